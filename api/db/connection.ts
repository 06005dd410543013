/**
 * Opens the database: embedded PostgreSQL (PGlite through knex-pglite) in a data folder when no
 * DATABASE_URL is given, else a real PostgreSQL server through pg. One process per data folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import knexFactory, { type Knex } from 'knex';
import ClientPgLite from 'knex-pglite';
import pg from 'pg';
import type { DatabasePool, DatabaseTimeouts } from '../config';
import { failFastWhileDown } from './outage';

// PostgreSQL's numeric and bigint arrive as strings from pg; counts and sums fit in a double.
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export type DbKind = 'embedded' | 'postgres';

export interface Db {
  knex: Knex;
  kind: DbKind;
  /** Human-readable location, without credentials. */
  location: string;
  close(): Promise<void>;
  /**
   * PostgreSQL: calls `listener` on each failed attempt to connect (so that a health check need
   * not wait out the pool's retries to learn the server is down); returns the unsubscriber.
   */
  onConnectFailure?(listener: (err: unknown) => void): () => void;
}

export class DataFolderLockedError extends Error {
  override name = 'DataFolderLockedError';
}

const LOCK_FILE = 'fairshare.lock';

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the data folder's lock file, or explains which process holds it. Stale locks are taken over. */
export function lockDataFolder(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
      return () => {
        try {
          if (fs.readFileSync(lockPath, 'utf8') === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          /* already gone */
        }
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = Number(fs.readFileSync(lockPath, 'utf8'));
      if (
        Number.isInteger(holder) &&
        holder > 0 &&
        holder !== process.pid &&
        processAlive(holder)
      ) {
        throw new DataFolderLockedError(
          `The data folder ${dataDir} is in use by another Fairshare process (pid ${holder}). ` +
            'Stop that process first, or set DATA_DIR to another folder.',
        );
      }
      fs.unlinkSync(lockPath); // stale: its process is gone
    }
  }
  throw new DataFolderLockedError(`Could not take the lock on ${dataDir}.`);
}

/** Embedded PostgreSQL; `dataDir` undefined keeps it in memory (tests). */
export async function openEmbedded(dataDir?: string): Promise<Db> {
  const release = dataDir ? lockDataFolder(dataDir) : () => undefined;
  let pglite: PGlite;
  try {
    pglite = dataDir ? new PGlite(path.join(dataDir, 'pgdata')) : new PGlite();
    await pglite.waitReady;
  } catch (err) {
    release();
    throw err;
  }
  // Passed through a function: knex deep-clones its config, and a PGlite instance there explodes.
  const knex = knexFactory({
    client: ClientPgLite,
    dialect: 'postgres',
    connection: () => ({ pglite }) as object,
    useNullAsDefault: false,
  } as Knex.Config);
  return {
    knex,
    kind: 'embedded',
    location: dataDir ? path.join(dataDir, 'pgdata') : 'memory',
    async close() {
      await knex.destroy();
      if (!pglite.closed) await pglite.close();
      release();
    },
  };
}

/** Between two attempts to connect while the server refuses (restarting, say). */
const CONNECT_RETRY_MS = 250;

/**
 * A PostgreSQL server. `timeouts` become the sessions' statement_timeout, lock_timeout and
 * idle_in_transaction_session_timeout (0: off), so that no request holds a connection or a lock
 * without end; a query they cut off is answered QUERY_TIMEOUT (api/db/timeouts.ts).
 *
 * A connection that fails to open is retried every 250 ms for up to `pool.waitMs` (default 5 s)
 * instead of failing the request at once: while the server restarts, requests wait for it and
 * then succeed; only those whose query was running when it stopped fail, and after waitMs a
 * request is answered DATABASE_UNAVAILABLE (api/db/unavailable.ts), and so are, at once, the
 * requests that follow until a connection succeeds again (api/db/outage.ts). Connections the server ended
 * are marked by knex on their 'error' event and thrown away, so no idle client error goes
 * unheard.
 */
export function openPostgres(
  url: string,
  options: { poolMax?: number; pool?: Partial<DatabasePool>; timeouts?: DatabaseTimeouts } = {},
): Db {
  const t = options.timeouts;
  const waitMs = options.pool?.waitMs ?? 5_000;
  const connection = t
    ? {
        connectionString: url,
        statement_timeout: t.statementMs,
        lock_timeout: t.lockMs,
        idle_in_transaction_session_timeout: t.idleInTransactionMs,
      }
    : url;
  const knex = knexFactory({
    client: 'pg',
    // pg reads these; knex's type lacks lock_timeout
    connection: connection as Knex.StaticConnectionConfig | string,
    pool: {
      min: 0,
      max: options.pool?.max ?? options.poolMax ?? 10,
      // false: tarn retries a failed connect until the acquire times out; true fails at once.
      propagateCreateError: waitMs === 0,
      createRetryIntervalMillis: CONNECT_RETRY_MS,
    },
    acquireConnectionTimeout: Math.max(waitMs, 1),
  });
  const pool = (knex.client as { pool?: TarnEvents }).pool;
  const outage = failFastWhileDown(knex, connection);
  return {
    knex,
    kind: 'postgres',
    location: redactUrl(url),
    close: () => {
      outage.close();
      return knex.destroy();
    },
    onConnectFailure(listener) {
      // knex makes a new pool when it is destroyed and initialised again; take the current one.
      const current = (knex.client as { pool?: TarnEvents }).pool ?? pool;
      if (!current) return () => undefined;
      const onFail = (_id: number, err: unknown) => listener(err);
      current.on('createFail', onFail);
      return () => current.removeListener('createFail', onFail);
    },
  };
}

/** The part of tarn's pool (knex.client.pool) used here. */
interface TarnEvents {
  on(event: 'createFail', listener: (eventId: number, err: unknown) => void): void;
  removeListener(event: 'createFail', listener: (eventId: number, err: unknown) => void): void;
}

/** The URL without its password, for logs and /healthz. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://(unparseable URL)';
  }
}

export async function openDatabase(opts: {
  databaseUrl?: string;
  dataDir: string;
  databaseTimeouts?: DatabaseTimeouts;
  databasePool?: DatabasePool;
}): Promise<Db> {
  return opts.databaseUrl
    ? openPostgres(opts.databaseUrl, { timeouts: opts.databaseTimeouts, pool: opts.databasePool })
    : openEmbedded(opts.dataDir);
}
