/**
 * Rate-limit windows and sign-in failure counts, kept in the database so that every API process
 * on it counts the same hits (api/auth/rateLimitStore.ts, api/auth/backoff.ts). Times come from
 * the database clock, so processes on hosts whose clocks differ still agree on windows and locks.
 */
import type { Knex } from 'knex';
import pg from 'pg';
import { T } from '../db/tables';

const { escapeLiteral } = pg;

/** Counts a hit in the key's fixed window (a new window starts when the last one ended). */
export async function countHit(
  knex: Knex,
  key: string,
  windowMs: number,
): Promise<{ hits: number; resetAt: Date }> {
  return reserveHits(knex, key, windowMs, 1, { asyncCommit: false });
}

/**
 * Counts `count` hits at once in the key's fixed window and returns the window's total after
 * them: the caller owns hit numbers `hits - count + 1 .. hits`. With `asyncCommit` (PostgreSQL
 * only) the count commits without waiting for the WAL flush: the new total is visible to every
 * other process at once, and a crash of the database server can lose at most the last fraction of
 * a second of counts, which a rate limit can afford; waiting for the disk instead cost each
 * request a flush (0.5–10 ms, more on a busy disk).
 */
export async function reserveHits(
  knex: Knex,
  key: string,
  windowMs: number,
  count: number,
  options: { asyncCommit: boolean },
): Promise<{ hits: number; resetAt: Date }> {
  if (!Number.isInteger(count) || count < 1) throw new Error(`count must be a positive integer`);
  const upsert = (k: string, n: string, secs: string) =>
    `INSERT INTO ${T.rateLimitHits} AS r (key, hits, reset_at)
     VALUES (${k}, ${n}, now() + make_interval(secs => ${secs}))
     ON CONFLICT (key) DO UPDATE SET
       hits = CASE WHEN r.reset_at <= now() THEN EXCLUDED.hits ELSE r.hits + EXCLUDED.hits END,
       reset_at = CASE WHEN r.reset_at <= now() THEN EXCLUDED.reset_at ELSE r.reset_at END
     RETURNING hits, reset_at`;
  type Row = { hits: number; reset_at: Date };
  let row: Row | undefined;
  if (options.asyncCommit) {
    // One simple-protocol message of two statements runs as one implicit transaction, so SET
    // LOCAL covers the upsert's commit; simple protocol takes no parameters, hence literals.
    const secs = Number(windowMs / 1000);
    if (!Number.isFinite(secs)) throw new Error('windowMs must be a finite number');
    const results = await knex.raw<{ rows: Row[] } | { rows: Row[] }[]>(
      `SET LOCAL synchronous_commit = off; ${upsert(escapeLiteral(key), String(count), String(secs))}`,
    );
    const last = Array.isArray(results) ? results[results.length - 1] : results;
    row = last?.rows[0];
  } else {
    const { rows } = await knex.raw<{ rows: Row[] }>(upsert('?', '?', '?'), [
      key,
      count,
      windowMs / 1000,
    ]);
    row = rows[0];
  }
  if (!row) throw new Error('the rate-limit count returned no row');
  return { hits: row.hits, resetAt: new Date(row.reset_at) };
}

/** Takes back one hit (express-rate-limit's skipSuccessfulRequests and the like). */
export async function uncountHit(knex: Knex, key: string): Promise<void> {
  await knex(T.rateLimitHits).where({ key }).andWhere('hits', '>', 0).decrement('hits', 1);
}

export async function resetHits(knex: Knex, key: string): Promise<void> {
  await knex(T.rateLimitHits).where({ key }).delete();
}

/** Drops windows that ended more than an hour ago. */
export async function pruneHits(knex: Knex): Promise<void> {
  await knex(T.rateLimitHits).where('reset_at', '<', knex.raw("now() - interval '1 hour'")).delete();
}

/** Seconds the key is locked for from now (0 when not locked, or forgotten after `forgetMs`). */
export async function failureLockSeconds(
  knex: Knex,
  scope: string,
  key: string,
  forgetMs: number,
): Promise<number> {
  const { rows } = await knex.raw<{ rows: { seconds: number | null }[] }>(
    `SELECT ceil(extract(epoch FROM (locked_until - now())))::float8 AS seconds
     FROM ${T.signinFailures}
     WHERE scope = ? AND key = ? AND last_failure_at >= now() - make_interval(secs => ?)`,
    [scope, key, forgetMs / 1000],
  );
  return Math.max(0, rows[0]?.seconds ?? 0);
}

/**
 * Counts a failure (starting again from 1 when the last was more than `forgetMs` ago), sets the
 * lock that `lockFor(failures)` gives, and returns it in seconds.
 */
export async function countFailure(
  knex: Knex,
  scope: string,
  key: string,
  forgetMs: number,
  lockFor: (failures: number) => number,
): Promise<number> {
  return knex.transaction(async (trx) => {
    const { rows } = await trx.raw<{ rows: { failures: number }[] }>(
      `INSERT INTO ${T.signinFailures} AS f (scope, key, failures, locked_until, last_failure_at)
       VALUES (?, ?, 1, now(), now())
       ON CONFLICT (scope, key) DO UPDATE SET
         failures = CASE WHEN f.last_failure_at < now() - make_interval(secs => ?) THEN 1
                         ELSE f.failures + 1 END,
         last_failure_at = now()
       RETURNING failures`,
      [scope, key, forgetMs / 1000],
    );
    const lockMs = lockFor(rows[0]!.failures);
    await trx(T.signinFailures)
      .where({ scope, key })
      .update({ locked_until: trx.raw('now() + make_interval(secs => ?)', [lockMs / 1000]) });
    return Math.ceil(lockMs / 1000);
  });
}

export async function clearFailures(knex: Knex, scope: string, key: string): Promise<void> {
  await knex(T.signinFailures).where({ scope, key }).delete();
}

/** Drops failure counts older than `forgetMs`. */
export async function pruneFailures(knex: Knex, forgetMs: number): Promise<void> {
  await knex(T.signinFailures)
    .where('last_failure_at', '<', knex.raw('now() - make_interval(secs => ?)', [forgetMs / 1000]))
    .delete();
}
