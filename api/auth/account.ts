/**
 * Creating an account and changing its password.
 *
 * Sign-up never says whether an address already has an account: the answer is the same sentence
 * either way, and the response takes as long (the password is hashed in both cases). When the
 * address is taken nothing changes; the person signs in with that account's password. Without
 * email delivery this is the only way to offer open sign-up without user enumeration.
 *
 * With an invitation token the new account joins the inviting organization at once; the token
 * must be pending and addressed to the same email. Someone who already has an account signs in and
 * calls acceptInvitation instead.
 */
import type { Knex } from 'knex';
import {
  assertEmail,
  cleanDisplayName,
  normalizeEmail,
  upsertMembership,
  userWithSecretsById,
} from '../data/accounts';
import { markInvitationAccepted, pendingInvitationByToken } from '../data/invitations';
import { T } from '../db/tables';
import { BadUserInputError } from '../errors';
import { recordAudit } from './audit';
import { assertAcceptablePassword, hashPassword, verifyPassword } from './passwords';
import { deleteUserSessions } from './sessions';

export const SIGN_UP_DONE =
  'If this email address had no account, one has been created: sign in with it now. If it already had one, nothing has changed: sign in with that account’s password.';

export const INVITATION_INVALID =
  'This invitation is not valid: it may have expired, been used or withdrawn, or have been sent to another email address. Ask the organization’s admin for a new one.';

export interface SignUpInput {
  email: string;
  password: string;
  displayName: string;
  invitationToken?: string | null;
}

export async function signUp(knex: Knex, input: SignUpInput, address: string): Promise<string> {
  const email = normalizeEmail(input.email);
  assertEmail('email', email);
  const displayName = cleanDisplayName('displayName', input.displayName);
  assertAcceptablePassword('password', input.password, { email, displayName });
  const invitation = input.invitationToken
    ? await pendingInvitationByToken(knex, input.invitationToken.trim())
    : undefined;
  if (input.invitationToken && (!invitation || invitation.email !== email)) {
    throw new BadUserInputError('invitationToken', INVITATION_INVALID);
  }
  const passwordHash = await hashPassword(input.password);

  await knex.transaction(async (trx) => {
    const [created] = await trx(T.users)
      .insert({ email, display_name: displayName, password_hash: passwordHash })
      .onConflict('email')
      .ignore()
      .returning<{ id: number }[]>('id');
    if (!created) {
      const existing = await trx(T.users).where('email', email).first<{ id: number }>('id');
      await recordAudit(trx, {
        action: 'sign_up',
        actorUserId: existing?.id ?? null,
        entity: 'user',
        entityId: existing?.id ?? null,
        details: { address, outcome: 'address already had an account; nothing changed' },
      });
      return;
    }
    await recordAudit(trx, {
      action: 'sign_up',
      actorUserId: created.id,
      entity: 'user',
      entityId: created.id,
      details: { address, outcome: 'account created' },
    });
    if (invitation) {
      await upsertMembership(trx, created.id, invitation.organization_id, invitation.role);
      await markInvitationAccepted(trx, invitation.id);
      await recordAudit(trx, {
        action: 'invitation_accept',
        actorUserId: created.id,
        organizationId: invitation.organization_id,
        entity: 'invitation',
        entityId: invitation.id,
        details: { role: invitation.role, userId: created.id },
      });
    }
  });
  return SIGN_UP_DONE;
}

/**
 * Changes the user's password after checking the current one, and ends the user's other
 * sessions (the one making the change stays signed in). API tokens are left alone: revoke them
 * separately if they may be compromised.
 */
export async function changePassword(
  knex: Knex,
  userId: number,
  input: { currentPassword: string; newPassword: string },
  keepSessionCookie: string | null,
): Promise<void> {
  const user = await userWithSecretsById(knex, userId);
  if (!user || !(await verifyPassword(user.password_hash, input.currentPassword))) {
    throw new BadUserInputError('currentPassword', 'The current password is not correct.');
  }
  assertAcceptablePassword('newPassword', input.newPassword, {
    email: user.email,
    displayName: user.display_name,
  });
  if (input.newPassword === input.currentPassword) {
    throw new BadUserInputError(
      'newPassword',
      'The new password must differ from the current one.',
    );
  }
  const passwordHash = await hashPassword(input.newPassword);
  await knex.transaction(async (trx) => {
    await trx(T.users).where('id', userId).update({ password_hash: passwordHash });
    const ended = await deleteUserSessions(trx, userId, keepSessionCookie);
    await recordAudit(trx, {
      action: 'password_change',
      actorUserId: userId,
      entity: 'user',
      entityId: userId,
      details: { signedOutElsewhere: ended },
    });
  });
}
