/** Builds the client once before the browser tests, unless it is up to date. */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export default function setup(): void {
  const root = path.resolve(import.meta.dirname, '../..');
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build; the
  // browser tests measure (and the app serves) the production build.
  execFileSync('npx', ['tsx', 'api/cli/build-client-if-stale.ts'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
