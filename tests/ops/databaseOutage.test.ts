/**
 * Failing fast while PostgreSQL stays down (api/db/outage.ts), against the PostgreSQL server
 * reached through a TCP forwarder the test switches off (connections refused) and on again. A
 * request waits DATABASE_WAIT_MS once; the next ones are answered at once until a connection
 * succeeds again; a busy pool is no outage. With a real server stopped and started again, through
 * an API process: tests/ops/databaseDown.test.ts.
 */
import net from 'node:net';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres, type Db } from '../../api/db/connection';
import { DatabaseUnavailableError } from '../../api/errors';
import { testBackends } from '../helpers/db';

const WAIT_MS = 600;
/** An answer given without waiting for the database. */
const FAST_MS = 150;

/** Forwards connections on `port` to the target while on; while off, nothing listens there. */
function forwarder(target: { host: string; port: number }) {
  let server: net.Server | null = null;
  const sockets = new Set<net.Socket>();
  let port = 0;
  return {
    get port() {
      return port;
    },
    async on() {
      server = net.createServer((client) => {
        const upstream = net.connect(target.port, target.host);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
          s.on('error', () => undefined);
        }
        client.pipe(upstream).pipe(client);
      });
      await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve));
      port = (server.address() as net.AddressInfo).port;
    },
    async off() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
      server = null;
    },
  };
}

const timed = async (work: () => Promise<unknown>) => {
  const t = performance.now();
  try {
    await work();
    return { ms: performance.now() - t, error: null as unknown };
  } catch (error) {
    return { ms: performance.now() - t, error };
  }
};

for (const backend of testBackends().filter((b) => b === 'postgres')) {
  describe(`PostgreSQL down for longer than DATABASE_WAIT_MS [${backend}]`, () => {
    const target = new URL(process.env.TEST_DATABASE_URL!);
    const link = forwarder({ host: target.hostname, port: Number(target.port || 5432) });
    let db: Db;
    beforeAll(async () => {
      await link.on();
      const url = new URL(target);
      url.port = String(link.port);
      db = openPostgres(url.toString(), { pool: { max: 1, waitMs: WAIT_MS } });
    });
    afterAll(async () => {
      await db?.close();
      await link.off();
    });

    it('waits once, then fails at once until the server answers again', async () => {
      const query = () => db.knex.raw('SELECT 1 AS one');
      // Down before the pool holds a connection (a pooled one the outage cut fails at once, on
      // its own, and is thrown away).
      await link.off();

      const first = await timed(query);
      expect(first.ms).toBeGreaterThan(WAIT_MS - 50);
      expect((first.error as Error).name).toBe('KnexTimeoutError');
      for (let i = 0; i < 3; i++) {
        const next = await timed(query);
        expect(next.error).toBeInstanceOf(DatabaseUnavailableError);
        expect(next.ms).toBeLessThan(FAST_MS);
      }
      // A transaction is refused at once too.
      const trx = await timed(() => db.knex.transaction((t) => t.raw('SELECT 1')));
      expect(trx.error).toBeInstanceOf(DatabaseUnavailableError);

      await link.on();
      const started = performance.now();
      let back = await timed(query);
      while (back.error && performance.now() - started < 5_000) {
        await new Promise((r) => setTimeout(r, 20));
        back = await timed(query);
      }
      expect(back.error).toBeNull();
      // A probe connects every 250 ms: back well within a second.
      expect(performance.now() - started).toBeLessThan(1_000);
      expect((await query()).rows).toEqual([{ one: 1 }]);
    });

    it('does not take a busy pool for an outage', async () => {
      // The pool's one connection is held: a second query waits WAIT_MS and times out, and the
      // one after it waits again (the server answers; nothing failed to connect).
      let release: () => void = () => undefined;
      const held = new Promise<void>((r) => (release = r));
      const holding = db.knex.transaction(async (t) => {
        await t.raw('SELECT 1');
        await held;
      });
      await new Promise((r) => setTimeout(r, 100));
      try {
        for (let i = 0; i < 2; i++) {
          const waited = await timed(() => db.knex.raw('SELECT 1'));
          expect((waited.error as Error).name).toBe('KnexTimeoutError');
          expect(waited.ms).toBeGreaterThan(WAIT_MS - 50);
        }
      } finally {
        release();
        await holding;
      }
      expect((await db.knex.raw('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    });
  });
}
