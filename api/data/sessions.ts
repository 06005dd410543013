/**
 * Data access for browser sessions (the cookies, lifetimes and rules are in api/auth/sessions.ts).
 * Sessions are found by the SHA-256 of their cookie; the cookie itself is never stored.
 */
import type { Knex } from 'knex';
import { T, type DbSession } from '../db/tables';

export async function insertSession(
  trx: Knex | Knex.Transaction,
  session: Pick<DbSession, 'id_hash' | 'user_id' | 'created_at' | 'expires_at' | 'last_seen_at'>,
): Promise<void> {
  await trx(T.sessions).insert(session);
}

/** Deletes every session (of anyone) that expired before `now`. */
export async function deleteExpiredSessions(
  trx: Knex | Knex.Transaction,
  now: Date,
): Promise<void> {
  await trx(T.sessions).where('expires_at', '<', now).delete();
}

/** The unexpired session with this hash whose user is not disabled, or undefined. */
export function liveSessionByHash(
  knex: Knex | Knex.Transaction,
  idHash: string,
  now: Date,
): Promise<Pick<DbSession, 'user_id' | 'created_at' | 'last_seen_at'> | undefined> {
  return knex(T.sessions)
    .join(T.users, 'users.id', 'sessions.user_id')
    .where('sessions.id_hash', idHash)
    .where('sessions.expires_at', '>', now)
    .whereNull('users.disabled_at')
    .first<Pick<DbSession, 'user_id' | 'created_at' | 'last_seen_at'> | undefined>(
      'sessions.user_id',
      'sessions.created_at',
      'sessions.last_seen_at',
    );
}

export async function touchSession(
  knex: Knex | Knex.Transaction,
  idHash: string,
  lastSeenAt: Date,
  expiresAt: Date,
): Promise<void> {
  await knex(T.sessions)
    .where('id_hash', idHash)
    .update({ last_seen_at: lastSeenAt, expires_at: expiresAt });
}

export async function deleteSessionByHash(
  trx: Knex | Knex.Transaction,
  idHash: string,
): Promise<void> {
  await trx(T.sessions).where('id_hash', idHash).delete();
}

/** Deletes the user's sessions except the one with hash `keepHash`; returns how many ended. */
export function deleteSessionsOfUser(
  trx: Knex | Knex.Transaction,
  userId: number,
  keepHash: string | null,
): Promise<number> {
  const q = trx(T.sessions).where('user_id', userId);
  if (keepHash !== null) void q.whereNot('id_hash', keepHash);
  return q.delete();
}
