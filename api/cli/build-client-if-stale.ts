/**
 * Builds the client with Vite unless client/dist is up to date with its sources, so that a second
 * `npm start` takes seconds. The stamp is a hash of the source files' paths, sizes and mtimes.
 * `npm install` runs it too (the `prepare` script, with --prepare), so the first `npm start` finds
 * the client built; an install without Vite (production, --omit=dev) skips it with a note.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const dist = path.join(root, 'client/dist');
const stampFile = path.join(dist, '.source-stamp');
const SOURCES = ['client', 'core', 'api/schema.graphql', 'vite.config.ts', 'package-lock.json'];

function walk(p: string, out: string[]): void {
  if (!fs.existsSync(p)) return;
  const stat = fs.statSync(p);
  if (stat.isDirectory()) {
    if (p === dist || path.basename(p) === 'node_modules') return;
    for (const entry of fs.readdirSync(p).sort()) walk(path.join(p, entry), out);
  } else {
    out.push(`${path.relative(root, p)}:${stat.size}:${Math.floor(stat.mtimeMs)}`);
  }
}

export function sourceStamp(): string {
  // The build mode is part of the stamp: a bundle built in another mode is rebuilt.
  const entries: string[] = ['mode:production'];
  for (const s of SOURCES) walk(path.join(root, s), entries);
  return createHash('sha256').update(entries.join('\n')).digest('hex');
}

async function main(): Promise<void> {
  const stamp = sourceStamp();
  const current = fs.existsSync(stampFile) ? fs.readFileSync(stampFile, 'utf8') : '';
  if (current === stamp && fs.existsSync(path.join(dist, 'index.html'))) return;
  process.stdout.write(
    process.argv.includes('--prepare')
      ? 'Building the client, once, so that `npm start` starts in seconds…\n'
      : 'Building the client (its sources changed since the last build)…\n',
  );
  // Always a production bundle, whatever NODE_ENV the caller runs under (vitest sets "test",
  // which would otherwise bundle React's development build).
  process.env.NODE_ENV = 'production';
  let build: typeof import('vite').build;
  try {
    ({ build } = await import('vite'));
  } catch (err) {
    if (!process.argv.includes('--prepare')) throw err;
    process.stdout.write(
      'Vite is not installed (dev dependencies omitted): the client is not built.\n',
    );
    return;
  }
  await build({
    configFile: path.join(root, 'vite.config.ts'),
    mode: 'production',
    logLevel: 'warn',
  });
  fs.writeFileSync(stampFile, stamp);
}

main().catch((err: unknown) => {
  process.stderr.write(`Building the client failed: ${(err as Error).message}\n`);
  process.exit(1);
});
