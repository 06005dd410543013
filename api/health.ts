/** Database reachability and migration state, for GET /healthz and Query.health. */
import type { Db } from './db/connection';
import { migrationState } from './db/migrate';

export interface HealthReport {
  status: 'ok' | 'degraded';
  database: {
    kind: Db['kind'];
    location: string;
    reachable: boolean;
    error?: string;
  };
  migrations: { applied: number; pending: string[]; latest: string | null } | null;
}

/**
 * SELECT 1; on PostgreSQL it gives up at the first failed attempt to connect instead of waiting,
 * with the requests, for the pool's retries (api/db/connection.ts).
 */
async function ping(db: Db): Promise<void> {
  let unsubscribe = () => undefined as void;
  const refused = new Promise<never>((_resolve, reject) => {
    unsubscribe = db.onConnectFailure?.(reject) ?? unsubscribe;
  });
  try {
    await Promise.race([db.knex.raw('SELECT 1'), refused]);
  } finally {
    unsubscribe();
  }
}

export async function checkHealth(db: Db): Promise<HealthReport> {
  try {
    await ping(db);
    const migrations = await migrationState(db.knex);
    return {
      status: migrations.pending.length === 0 ? 'ok' : 'degraded',
      database: { kind: db.kind, location: db.location, reachable: true },
      migrations,
    };
  } catch {
    return {
      status: 'degraded',
      database: {
        kind: db.kind,
        location: db.location,
        reachable: false,
        error: 'the database did not answer',
      },
      migrations: null,
    };
  }
}
