/**
 * Fails requests at once while PostgreSQL stays down. A request that cannot get a connection
 * waits for the server up to DATABASE_WAIT_MS (a restart is over by then, and the request
 * succeeds). Once one has waited that long while every attempt to connect failed, the server is
 * down: the requests that follow are answered DATABASE_UNAVAILABLE at once instead of each
 * waiting in turn, and a probe tries to connect every PROBE_EVERY_MS; the first connection made
 * (by the probe or the pool) ends the outage, so requests succeed again as soon as the server is
 * back. A busy pool (all connections in use, none failing) is no outage.
 */
import type { Knex } from 'knex';
import pg from 'pg';
import { DatabaseUnavailableError } from '../errors';

export const PROBE_EVERY_MS = 250;
/** The probe's own limit on connecting (a server that drops packets answers nothing). */
const PROBE_CONNECT_TIMEOUT_MS = 2_000;

/** The parts of knex's client and tarn's pool used here. */
interface PoolClient {
  pool?: {
    on(event: 'createFail' | 'createSuccess', listener: () => void): void;
  };
  acquireConnection(): Promise<unknown>;
}

export interface OutageGuard {
  /** Whether requests are being failed at once (the server is down). */
  down(): boolean;
  /** Stops the probe (the database is being closed). */
  close(): void;
}

export function failFastWhileDown(
  knex: Knex,
  connection: string | pg.ClientConfig,
  options: { probeEveryMs?: number } = {},
): OutageGuard {
  const probeEveryMs = options.probeEveryMs ?? PROBE_EVERY_MS;
  const client = knex.client as PoolClient;
  let lastConnectFailed = false;
  let isDown = false;
  let closed = false;
  let probeTimer: NodeJS.Timeout | null = null;

  const end = () => {
    isDown = false;
    if (probeTimer) clearTimeout(probeTimer);
    probeTimer = null;
  };
  const probe = async () => {
    probeTimer = null;
    const config =
      typeof connection === 'string' ? { connectionString: connection } : { ...connection };
    const attempt = new pg.Client({ ...config, connectionTimeoutMillis: PROBE_CONNECT_TIMEOUT_MS });
    attempt.on('error', () => undefined); // a probe's connection ended by the server: nothing to do
    try {
      await attempt.connect();
      lastConnectFailed = false;
      end();
    } catch {
      // Still down.
    } finally {
      await attempt.end().catch(() => undefined);
    }
    if (isDown && !closed) scheduleProbe();
  };
  const scheduleProbe = () => {
    probeTimer = setTimeout(() => void probe(), probeEveryMs);
    probeTimer.unref();
  };
  const begin = () => {
    if (isDown || closed) return;
    isDown = true;
    scheduleProbe();
  };

  client.pool?.on('createFail', () => {
    lastConnectFailed = true;
  });
  client.pool?.on('createSuccess', () => {
    lastConnectFailed = false;
    end();
  });

  const acquire = client.acquireConnection.bind(client);
  client.acquireConnection = async () => {
    if (isDown) throw new DatabaseUnavailableError();
    try {
      return await acquire();
    } catch (err) {
      // Waited DATABASE_WAIT_MS, and the last attempt to connect failed: the server is down.
      if (err instanceof Error && err.name === 'KnexTimeoutError' && lastConnectFailed) begin();
      throw err;
    }
  };

  return {
    down: () => isDown,
    close() {
      closed = true;
      end();
    },
  };
}
