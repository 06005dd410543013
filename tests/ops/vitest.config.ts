/**
 * Fault and operations tests (`npm run test:ops`): real server processes, signals, two processes
 * on one database, a PostgreSQL server restarted or unreachable, and the tests that time how fast
 * the API answers during an import on the embedded database. They start processes and clusters, or
 * hold a latency limit that other test files running beside them would break, so they run one file
 * at a time, once, in a CI step of their own (.ci/run), not in `npm test`.
 * They need TEST_DATABASE_URL (the main PostgreSQL server) and PostgreSQL's server binaries.
 */
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: path.resolve(import.meta.dirname, '../..'),
  test: {
    include: ['tests/ops/**/*.test.ts'],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
  },
});
