/**
 * Creating an account and changing its password.
 *
 * Sign-up never says whether an address already has an account: the answer is the same sentence
 * either way, and the response takes as long (the password is hashed in both cases). When the
 * address is taken nothing changes; the person signs in with that account's password. Without
 * email delivery this is the only way to offer open sign-up without user enumeration.
 *
 * With an invitation token the new account joins the inviting organization at once; the token
 * must be pending and addressed to the same email. With an organization name instead, a new
 * organization is created with the account as its admin (only when the address had no account:
 * otherwise nothing changes, as above). Someone who already has an account signs in and
 * calls acceptInvitation instead.
 */
import type { Knex } from 'knex';
import type { OrganizationKind } from '../../core/vocabulary';
import {
  assertEmail,
  cleanDisplayName,
  insertUserIfNew,
  normalizeEmail,
  setPasswordHash,
  upsertMembership,
  userIdByEmail,
  userWithSecretsById,
} from '../data/accounts';
import { markInvitationAccepted, pendingInvitationByToken } from '../data/invitations';
import { BadUserInputError } from '../errors';
import { recordAudit } from './audit';
import { checkNewOrganization, createOrganizationWithAdmin } from './organizations';
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
  /** An organization to create with the new account as its admin (see ./organizations.ts). */
  organizationName?: string | null;
  organizationKind?: OrganizationKind | null;
}

export interface SignUpOptions {
  /** SIGNUP_CREATES_ORGANIZATIONS */
  createsOrganizations: boolean;
}

export async function signUp(
  knex: Knex,
  input: SignUpInput,
  address: string,
  options: SignUpOptions,
): Promise<string> {
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
  // Checked before the address is looked at, so that the answer never depends on it.
  const organization =
    input.organizationName == null
      ? null
      : await checkNewOrganization(knex, options.createsOrganizations, 'organizationName', {
          name: input.organizationName,
          kind: input.organizationKind,
        });
  if (organization && invitation) {
    throw new BadUserInputError(
      'organizationName',
      'An invitation joins its organization: leave the new organization’s name empty, or sign up without the invitation.',
    );
  }
  const passwordHash = await hashPassword(input.password);

  await knex.transaction(async (trx) => {
    const createdId = await insertUserIfNew(trx, { email, displayName, passwordHash });
    if (createdId === undefined) {
      const existingId = (await userIdByEmail(trx, email)) ?? null;
      await recordAudit(trx, {
        action: 'sign_up',
        actorUserId: existingId,
        entity: 'user',
        entityId: existingId,
        details: { address, outcome: 'address already had an account; nothing changed' },
      });
      return;
    }
    await recordAudit(trx, {
      action: 'sign_up',
      actorUserId: createdId,
      entity: 'user',
      entityId: createdId,
      details: { address, outcome: 'account created' },
    });
    if (invitation) {
      await upsertMembership(trx, createdId, invitation.organization_id, invitation.role);
      await markInvitationAccepted(trx, invitation.id);
      await recordAudit(trx, {
        action: 'invitation_accept',
        actorUserId: createdId,
        organizationId: invitation.organization_id,
        entity: 'invitation',
        entityId: invitation.id,
        details: { role: invitation.role, userId: createdId },
      });
    }
    if (organization) await createOrganizationWithAdmin(trx, createdId, organization, address);
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
    await setPasswordHash(trx, userId, passwordHash);
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
