/**
 * `npm start`: builds the client if its sources changed (a child process, stopped with us), then
 * runs the server in this same process. One node process owns the lifecycle, so a signal sent to
 * npm (which forwards it) or to the whole process group reaches the server, which drains
 * (api/main.ts) instead of being orphaned or cut. SKIP_CLIENT_BUILD=true skips the check, for
 * deployments that build once at install time.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

async function buildClientIfStale(): Promise<void> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'cli/build-client-if-stale.ts')],
    { stdio: 'inherit' },
  );
  // Nothing is served yet: a signal during the build stops the build and this process.
  const stop = (signal: NodeJS.Signals) => {
    child.kill(signal);
    process.exitCode = 1;
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  process.off('SIGINT', stop);
  process.off('SIGTERM', stop);
  if (code !== 0 || process.exitCode === 1) process.exit(code || 1);
}

/** A launcher that dies without passing on a signal (a shell, npm killed hard) must not leave an
 * orphan serving on: when the parent changes, drain and stop as on SIGTERM. */
function stopWithParent(): void {
  const parent = process.ppid;
  if (parent <= 1) return; // started by init, systemd or a container runtime
  const watch = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(watch);
    process.kill(process.pid, 'SIGTERM');
  }, 1000);
  watch.unref();
}

stopWithParent();
if (!/^(true|1|yes)$/.test(process.env.SKIP_CLIENT_BUILD ?? '')) await buildClientIfStale();
await import('./main');
