/**
 * The generic peer of bench:api (tests/bench/peer/server.cjs): installed into a temporary folder
 * on first use with npm, never a dependency of the app, and run as a process of its own.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);
const PACKAGES = ['postgraphile@4.14.1', '@graphile/pg-aggregates@0.1.1'];
const DIR = path.join(os.tmpdir(), 'fairshare-bench-peer');

/** Installs the peer once (a minute) into the temporary folder; returns the folder. */
export async function installPeer(): Promise<string> {
  const marker = path.join(DIR, 'node_modules/@graphile/pg-aggregates/package.json');
  if (!fs.existsSync(marker)) {
    fs.mkdirSync(DIR, { recursive: true });
    fs.writeFileSync(path.join(DIR, 'package.json'), '{"name":"bench-peer","private":true}\n');
    console.log(`installing the peer (${PACKAGES.join(', ')}) into ${DIR}…`);
    await execFileAsync('npm', ['install', '--no-audit', '--no-fund', ...PACKAGES], { cwd: DIR });
  }
  fs.copyFileSync(path.join(import.meta.dirname, 'peer/server.cjs'), path.join(DIR, 'server.cjs'));
  return DIR;
}

export interface RunningPeer {
  url: string;
  process: ChildProcess;
  stop(): void;
}

/** Starts the peer on `port` over `databaseUrl`; resolves once it listens. */
export async function startPeer(databaseUrl: string, port: number): Promise<RunningPeer> {
  const dir = await installPeer();
  const child = spawn(process.execPath, ['server.cjs', databaseUrl, String(port)], { cwd: dir });
  await new Promise<void>((resolve, reject) => {
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      if (d.toString().includes('listening')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the peer exited (${code}): ${err}`)));
  });
  return { url: `http://127.0.0.1:${port}`, process: child, stop: () => child.kill('SIGTERM') };
}

/** CPU time (ms) a process has used so far, from /proc (Linux). */
export function cpuMsOf(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  // utime and stime are fields 14 and 15 of the line, 12 and 13 after "pid (comm) ".
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}
