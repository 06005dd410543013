/**
 * The audit log: who did what, when, to which organization's data. Call `recordAudit` inside the
 * transaction that makes the change, so that the entry and the change commit or fail together.
 * Admins read their organization's entries through Query.auditLog.
 *
 * Details are for people reading the log later: counts, ids, old and new roles. They must never
 * hold secrets or survivor data; keys that look like secrets are refused.
 */
import type { Knex } from 'knex';
import { insertAuditEntry } from '../data/auditLog';

export const AUDIT_ACTIONS = [
  // accounts
  'user_create',
  'sign_up',
  'sign_in',
  'sign_in_failed',
  'sign_out',
  'password_change',
  'password_reset',
  'token_create',
  'token_revoke',
  // organizations
  'organization_create',
  'invitation_create',
  'invitation_revoke',
  'invitation_accept',
  'role_change',
  'member_remove',
  // data
  'dataset_share',
  'dataset_unshare',
  'import',
  'import_rollback',
  'correction',
  'deletion',
  // scenarios
  'scenario_share',
  'scenario_unshare',
  'scenario_delete',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  action: AuditAction;
  /** The user who acted; null for the system or an unknown caller. */
  actorUserId: number | null;
  /** The organization whose data or members were affected; null for account-level events. */
  organizationId?: number | null;
  /** What was acted on: 'dataset', 'user', 'api_token', 'invitation', 'import_job', ... */
  entity?: string | null;
  entityId?: string | number | null;
  details?: Record<string, unknown> | null;
}

const SECRET_KEY = /pass(word)?|secret|token(?!_?id)|cookie|session|hash/i;

/** Throws when a details object (at any depth) has a key that looks like it holds a secret. */
function assertNoSecrets(value: unknown, path: string): void {
  if (value === null || typeof value !== 'object') return;
  for (const [key, inner] of Object.entries(value)) {
    if (SECRET_KEY.test(key)) {
      throw new Error(
        `Audit details must not carry secrets, but ${path}.${key} looks like one; log an id instead.`,
      );
    }
    assertNoSecrets(inner, `${path}.${key}`);
  }
}

/** Writes one audit entry with `trx` (use the transaction of the change it records). */
export async function recordAudit(trx: Knex | Knex.Transaction, entry: AuditEntry): Promise<void> {
  assertNoSecrets(entry.details, 'details');
  await insertAuditEntry(trx, {
    actor_user_id: entry.actorUserId,
    organization_id: entry.organizationId ?? null,
    action: entry.action,
    entity: entry.entity ?? null,
    entity_id: entry.entityId == null ? null : String(entry.entityId),
    details: entry.details ? JSON.stringify(entry.details) : null,
  });
}
