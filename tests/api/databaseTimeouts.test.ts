/**
 * PostgreSQL session timeouts: set on every connection, and a query they cut off answers
 * QUERY_TIMEOUT with a sentence, not an internal error quoting SQL.
 */
import knexFactory from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres, type Db } from '../../api/db/connection';
import { queryTimeoutOf } from '../../api/db/timeouts';
import { testBackends, createTestDb } from '../helpers/db';
import { postGraphQL, recordingLogger, startTestApp, type RunningApp } from '../helpers/server';

describe('database timeout errors', () => {
  it.each([
    ['57014', /ran longer than the server allows \(STATEMENT_TIMEOUT_MS\)/],
    ['55P03', /locked by other work/],
    ['25P03', /stayed idle/],
  ])('maps SQLSTATE %s to QUERY_TIMEOUT', (code, message) => {
    const err = queryTimeoutOf(
      Object.assign(new Error('select ... - canceling statement'), { code }),
    );
    expect(err?.code).toBe('QUERY_TIMEOUT');
    expect(err?.httpStatus).toBe(503);
    expect(err?.message).toMatch(message);
    expect(err?.message).not.toMatch(/select/i);
  });

  it('leaves other database errors alone', () => {
    expect(queryTimeoutOf(Object.assign(new Error('x'), { code: '23505' }))).toBeNull();
    expect(queryTimeoutOf(new Error('no code'))).toBeNull();
    expect(queryTimeoutOf(null)).toBeNull();
  });
});

for (const backend of testBackends().filter((b) => b === 'postgres')) {
  describe(`PostgreSQL session timeouts [${backend}]`, () => {
    let base: Db;
    let timed: Db;
    let app: RunningApp;
    const log = recordingLogger();
    beforeAll(async () => {
      base = await createTestDb('postgres');
      timed = openPostgres(base.location, {
        poolMax: 2,
        timeouts: { statementMs: 300, lockMs: 100, idleInTransactionMs: 500 },
      });
      app = await startTestApp(timed, {}, log);
    });
    afterAll(async () => {
      await app.close();
      await timed.close();
      await base.close();
    });

    it('sets the three timeouts on each session', async () => {
      const show = async (name: string) =>
        (await timed.knex.raw<{ rows: Record<string, string>[] }>(`SHOW ${name}`)).rows[0]![name];
      expect(await show('statement_timeout')).toBe('300ms');
      expect(await show('lock_timeout')).toBe('100ms');
      expect(await show('idle_in_transaction_session_timeout')).toBe('500ms');
    });

    it('cuts off pg_sleep after the statement timeout', async () => {
      const t0 = Date.now();
      const err = await timed.knex.raw('SELECT pg_sleep(5)').catch((e: unknown) => e);
      expect(Date.now() - t0).toBeLessThan(3000);
      expect((err as { code?: string }).code).toBe('57014');
    });

    it('answers a GraphQL query stuck behind a lock with QUERY_TIMEOUT', async () => {
      // Another client holds an exclusive lock on datasets, as a long migration would.
      const other = knexFactory({
        client: 'pg',
        connection: base.location,
        pool: { min: 0, max: 1 },
      });
      try {
        await other.transaction(async (trx) => {
          await trx.raw('LOCK TABLE datasets IN ACCESS EXCLUSIVE MODE');
          log.lines.length = 0;
          const { status, body } = await postGraphQL(app.url, '{ datasets { totalCount } }');
          expect(status).toBe(200);
          expect(body.errors).toHaveLength(1);
          expect(body.errors![0]!.extensions).toEqual({ code: 'QUERY_TIMEOUT' });
          expect(body.errors![0]!.message).toMatch(/locked by other work/);
          expect(body.errors![0]!.message).not.toMatch(/select|from|lock table/i);
          expect(log.lines.join('\n')).toMatch(/cut off by a database timeout/);
        });
      } finally {
        await other.destroy();
      }
    });

    it('ends a transaction left idle longer than the idle-in-transaction timeout', async () => {
      const err = await timed.knex
        .transaction(async (trx) => {
          await trx.raw('SELECT 1');
          await new Promise((resolve) => setTimeout(resolve, 1200));
          await trx.raw('SELECT 1');
        })
        .catch((e: unknown) => e);
      // The server ends the session (FATAL 25P03); the client sees its connection gone.
      expect((err as Error).message).toMatch(/connection error|terminat/i);
      // The pool replaces the connection: the next query works.
      expect((await timed.knex.raw<{ rows: { one: number }[] }>('SELECT 1 AS one')).rows).toEqual([
        { one: 1 },
      ]);
    });
  });
}
