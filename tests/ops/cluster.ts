/**
 * A PostgreSQL cluster of the test's own, in a temporary folder, for tests that stop or restart
 * the database server (never the shared one on 5432). initdb and the server refuse to run as
 * root, so under root (CI) they run as the `postgres` user, which owns the folder.
 */
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/** The newest installed PostgreSQL's server binaries (Debian's layout, /usr/lib/postgresql/N/bin). */
export function postgresBinDir(): string {
  const base = '/usr/lib/postgresql';
  const versions = fs.existsSync(base)
    ? fs
        .readdirSync(base)
        .filter((v) => fs.existsSync(path.join(base, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!versions[0]) {
    throw new Error(
      'PostgreSQL server binaries (initdb, pg_ctl) were not found under /usr/lib/postgresql/*/bin.',
    );
  }
  return path.join(base, versions[0], 'bin');
}

export interface Cluster {
  /** postgres://postgres@127.0.0.1:PORT/postgres */
  url: string;
  /** `pg_ctl restart -m fast`: ends every session, checkpoints, starts again; resolves when up. */
  restart(): Promise<void>;
  /** `pg_ctl stop -m fast` and `pg_ctl start`, each waiting until done. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server and removes the folder. */
  destroy(): void;
  log(): string;
}

export function createCluster(port: number): Cluster {
  const bin = postgresBinDir();
  const asRoot = process.getuid?.() === 0;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fairshare-pg-'));
  const data = path.join(dir, 'data');
  const logFile = path.join(dir, 'server.log');
  if (asRoot) execFileSync('chown', ['postgres:', dir]);
  const command = (tool: string, args: string[]): [string, string[]] =>
    asRoot
      ? ['runuser', ['-u', 'postgres', '--', path.join(bin, tool), ...args]]
      : [path.join(bin, tool), args];
  const run = (tool: string, args: string[]) => {
    const [cmd, argv] = command(tool, args);
    execFileSync(cmd, argv, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
  };
  const pgCtlArgs = (action: string[]) => [
    '-D',
    data,
    '-l',
    logFile,
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`,
    '-w',
    '-t',
    '30',
    ...action,
  ];
  const pgCtlAsync = async (action: string[]) => {
    await execFileAsync(...command('pg_ctl', pgCtlArgs(action)), { cwd: dir, timeout: 60_000 });
  };
  let started = false;
  const destroy = () => {
    if (started) {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } catch {
        /* already stopped */
      }
      started = false;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
    run('pg_ctl', pgCtlArgs(['start']));
    started = true;
  } catch (err) {
    const log = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : '';
    destroy();
    const stderr = (err as { stderr?: Buffer }).stderr?.toString() ?? '';
    throw new Error(`Could not start a PostgreSQL cluster on port ${port}: ${stderr}\n${log}`, {
      cause: err,
    });
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    // Asynchronous: the caller's load keeps running while the server restarts.
    restart: () => pgCtlAsync(['-m', 'fast', 'restart']),
    stop: () => pgCtlAsync(['-m', 'fast', 'stop']),
    start: () => pgCtlAsync(['start']),
    destroy,
    log: () => (fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : ''),
  };
}
