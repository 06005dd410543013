/**
 * Data access for invitations. An invitation carries a one-time token (shown once to the admin
 * who made it, who passes it to the invitee); the database keeps its SHA-256 only.
 */
import type { Knex } from 'knex';
import type { Role } from '../../core/vocabulary';
import { digest, INVITATION_PREFIX, newSecret } from '../auth/secrets';
import { T, type DbInvitation } from '../db/tables';

export const INVITATION_LIFETIME_MS = 14 * 24 * 60 * 60_000;

/** Everything but the token hash. */
export type InvitationRow = Omit<DbInvitation, 'token_hash'>;
const COLUMNS = [
  'id',
  'organization_id',
  'email',
  'role',
  'invited_by',
  'created_at',
  'expires_at',
  'accepted_at',
] as const;

/**
 * Creates an invitation, replacing any pending one for the same address and organization.
 * Returns the token in clear (to show once) and the stored row.
 */
export async function createInvitation(
  trx: Knex.Transaction,
  invitation: { organizationId: number; email: string; role: Role; invitedBy: number },
  now = new Date(),
): Promise<{ token: string; row: InvitationRow }> {
  await trx(T.invitations)
    .where({ organization_id: invitation.organizationId, email: invitation.email })
    .whereNull('accepted_at')
    .delete();
  const token = newSecret(INVITATION_PREFIX);
  const [row] = await trx(T.invitations)
    .insert({
      organization_id: invitation.organizationId,
      email: invitation.email,
      role: invitation.role,
      token_hash: digest(token),
      invited_by: invitation.invitedBy,
      created_at: now,
      expires_at: new Date(now.getTime() + INVITATION_LIFETIME_MS),
    })
    .returning<InvitationRow[]>([...COLUMNS]);
  return { token, row: row! };
}

/** The pending (not accepted, not expired) invitation behind a token, or undefined. */
export function pendingInvitationByToken(
  knex: Knex | Knex.Transaction,
  token: string,
  now = new Date(),
): Promise<InvitationRow | undefined> {
  if (!/^fsi_[A-Za-z0-9_-]{43}$/.test(token)) return Promise.resolve(undefined);
  return knex(T.invitations)
    .where('token_hash', digest(token))
    .whereNull('accepted_at')
    .where('expires_at', '>', now)
    .first<InvitationRow | undefined>([...COLUMNS]);
}

/** Pending invitations of an organization, newest first. */
export function pendingInvitations(
  knex: Knex | Knex.Transaction,
  organizationId: number,
  now = new Date(),
): Promise<InvitationRow[]> {
  return knex(T.invitations)
    .where('organization_id', organizationId)
    .whereNull('accepted_at')
    .where('expires_at', '>', now)
    .orderBy([
      { column: 'created_at', order: 'desc' },
      { column: 'id', order: 'desc' },
    ])
    .select<InvitationRow[]>([...COLUMNS]);
}

export function invitationById(
  knex: Knex | Knex.Transaction,
  id: number,
): Promise<InvitationRow | undefined> {
  return knex(T.invitations).where('id', id).first<InvitationRow | undefined>([...COLUMNS]);
}

export async function markInvitationAccepted(
  trx: Knex.Transaction,
  id: number,
  now = new Date(),
): Promise<void> {
  await trx(T.invitations).where('id', id).update({ accepted_at: now });
}

export async function deleteInvitation(trx: Knex.Transaction, id: number): Promise<void> {
  await trx(T.invitations).where('id', id).delete();
}

/** An invitation just created: the token (shown once) and its row. */
export interface NewInvitationRow {
  token: string;
  row: InvitationRow;
}
