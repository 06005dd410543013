/**
 * Real Fairshare processes for the operations tests: `npm start` (or the server alone) in a
 * process group of its own, on a free loopback port, over a PostgreSQL database made for the test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import path from 'node:path';
import knexFactory from 'knex';
import { openPostgres, type Db } from '../../api/db/connection';
import { migrateLatest } from '../../api/db/migrate';
import { runSeeds } from '../../seeds/index';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `check` every 100 ms until it returns true; throws `what` after `ms`. */
export async function waitFor(what: string, check: () => boolean | Promise<boolean>, ms = 30_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await sleep(100);
  }
  throw new Error(`Timed out waiting for ${what}.`);
}

/** A migrated, seeded database on `serverUrl` (the demo set unless `demo: false`), dropped by close(). */
export async function createDatabase(
  serverUrl: string,
  options: { demo?: boolean } = {},
): Promise<Db & { url: string }> {
  const name = `fairshare_ops_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = knexFactory({ client: 'pg', connection: serverUrl, pool: { min: 0, max: 1 } });
  await admin.raw(`CREATE DATABASE ${name}`);
  const target = new URL(serverUrl);
  target.pathname = `/${name}`;
  const db = openPostgres(target.toString(), { poolMax: 2 });
  await migrateLatest(db.knex);
  await runSeeds(db.knex, { demo: options.demo ?? true });
  return {
    ...db,
    url: target.toString(),
    async close() {
      await db.close();
      await admin.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.destroy();
    },
  };
}

export interface AppProcess {
  child: ChildProcess;
  url: string;
  output(): string;
  exited: Promise<number | null>;
  /** True while anything of the process group is alive. */
  groupAlive(): boolean;
}

/**
 * Starts `npm start` (or `node --import tsx api/main.ts` with `serverOnly`) in a new process
 * group and waits for /healthz.
 */
export async function startApp(
  env: Record<string, string>,
  options: { serverOnly?: boolean } = {},
): Promise<AppProcess> {
  const port = await freePort();
  const [cmd, args] = options.serverOnly
    ? [process.execPath, ['--import', 'tsx', 'api/main.ts']]
    : ['npm', ['start', '--silent']];
  const child = spawn(cmd, args, {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      SKIP_CLIENT_BUILD: 'true',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'info',
      ...env,
    },
  });
  let log = '';
  child.stdout.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr.on('data', (d: Buffer) => (log += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let gone = false;
  void exited.then(() => (gone = true));
  const url = `http://127.0.0.1:${port}`;
  await waitFor(
    `the app on port ${port} (output so far: ${log})`,
    async () => {
      if (gone) throw new Error(`The app exited before it was ready:\n${log}`);
      try {
        return (await fetch(`${url}/healthz`)).ok;
      } catch {
        return false;
      }
    },
    60_000,
  );
  return {
    child,
    url,
    output: () => log,
    exited,
    groupAlive() {
      try {
        process.kill(-child.pid!, 0);
        return true;
      } catch {
        return false;
      }
    },
  };
}

/** Kills whatever is left of the group (after a failed test). */
export function killGroup(app: AppProcess | undefined): void {
  if (!app) return;
  try {
    process.kill(-app.child.pid!, 'SIGKILL');
  } catch {
    /* already gone */
  }
}

/**
 * Ends a test that ran an app on its own cluster: SIGTERM (waiting up to 10 s), then whatever is
 * left of the group, the database connection and the cluster.
 */
export async function stopAppAndCluster(
  app: AppProcess | undefined,
  db: { close(): Promise<unknown> } | undefined,
  cluster: { destroy(): void } | undefined,
): Promise<void> {
  if (app?.groupAlive()) {
    process.kill(app.child.pid!, 'SIGTERM');
    await Promise.race([app.exited, sleep(10_000)]);
  }
  killGroup(app);
  await db?.close().catch(() => undefined);
  cluster?.destroy();
}
