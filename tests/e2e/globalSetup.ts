/** Builds the client once before the browser tests, unless it is up to date. */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export default function setup(): void {
  const root = path.resolve(import.meta.dirname, '../..');
  execFileSync('npx', ['tsx', 'api/cli/build-client-if-stale.ts'], { cwd: root, stdio: 'inherit' });
}
