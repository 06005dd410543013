/**
 * The audit log's table: one insert (the rules of what may be written are api/auth/audit.ts) and
 * reading. An organization's admins see the entries
 * about their organization (imports, corrections, deletions, role changes, shares, invitations)
 * and the account events (sign-ins, failed sign-ins, password and token changes) of its current
 * members.
 */
import type { Knex } from 'knex';
import { T, type DbAuditEntry } from '../db/tables';

/** Account-level actions, recorded without an organization. */
export const ACCOUNT_ACTIONS = [
  'user_create',
  'sign_up',
  'sign_in',
  'sign_in_failed',
  'sign_out',
  'password_change',
  'password_reset',
  'token_create',
  'token_revoke',
] as const;

/** Writes one entry as given, details as JSON text (api/auth/audit.ts's recordAudit checks it). */
export async function insertAuditEntry(
  trx: Knex | Knex.Transaction,
  entry: Omit<DbAuditEntry, 'id' | 'at' | 'details'> & { details: string | null },
): Promise<void> {
  await trx(T.auditLog).insert(entry);
}

export type AuditRow = DbAuditEntry & { actor_name: string | null };

function entriesFor(knex: Knex | Knex.Transaction, organizationId: number) {
  return knex(`${T.auditLog} as a`).where((q) => {
    void q.where('a.organization_id', organizationId).orWhere((inner) => {
      void inner
        .whereNull('a.organization_id')
        .whereIn('a.action', ACCOUNT_ACTIONS)
        .whereIn(
          'a.actor_user_id',
          knex(T.memberships).select('user_id').where('organization_id', organizationId),
        );
    });
  });
}

/** A page of the organization's audit entries, newest first, and their total. */
export async function auditEntries(
  knex: Knex | Knex.Transaction,
  organizationId: number,
  page: { offset: number; limit: number },
): Promise<{ rows: AuditRow[]; total: number }> {
  const [rows, count] = await Promise.all([
    entriesFor(knex, organizationId)
      .leftJoin(`${T.users} as u`, 'u.id', 'a.actor_user_id')
      .orderBy([
        { column: 'a.at', order: 'desc' },
        { column: 'a.id', order: 'desc' },
      ])
      .offset(page.offset)
      .limit(page.limit)
      .select<AuditRow[]>('a.*', 'u.display_name as actor_name'),
    entriesFor(knex, organizationId).count<{ n: number }[]>({ n: '*' }),
  ]);
  return { rows, total: Number(count[0]?.n ?? 0) };
}
