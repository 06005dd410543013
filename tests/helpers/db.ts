/**
 * Test databases. Integration suites run on the embedded database (PGlite, in memory) and, when
 * TEST_DATABASE_URL is set, the same suite runs against that PostgreSQL server too, each run in
 * a database of its own that is dropped afterwards. TEST_BACKENDS=postgres limits a run to one.
 */
import { randomBytes } from 'node:crypto';
import knexFactory from 'knex';
import { afterAll, beforeAll, describe } from 'vitest';
import { openEmbedded, openPostgres, type Db } from '../../api/db/connection';
import { migrateLatest } from '../../api/db/migrate';
import { runSeeds } from '../../seeds/index';

export type Backend = 'embedded' | 'postgres';

export function testBackends(): Backend[] {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return ['embedded'];
  const wanted = (process.env.TEST_BACKENDS ?? 'embedded,postgres').split(',').map((s) => s.trim());
  return (['embedded', 'postgres'] as const).filter((b) => wanted.includes(b));
}

/** A fresh, empty (unmigrated) database on the backend; close() drops it. */
export async function createEmptyDb(backend: Backend): Promise<Db> {
  if (backend === 'embedded') return openEmbedded();
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  const name = `fairshare_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = knexFactory({ client: 'pg', connection: url, pool: { min: 0, max: 1 } });
  await admin.raw(`CREATE DATABASE ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const db = openPostgres(target.toString(), { poolMax: 4 });
  return {
    ...db,
    async close() {
      await db.close();
      await admin.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.destroy();
    },
  };
}

/** A fresh database with every migration applied, and the seeds when asked. */
export async function createTestDb(
  backend: Backend,
  options: { seed?: 'none' | 'reference' | 'demo' } = {},
): Promise<Db> {
  const db = await createEmptyDb(backend);
  await migrateLatest(db.knex);
  const seed = options.seed ?? 'none';
  if (seed !== 'none') await runSeeds(db.knex, { demo: seed === 'demo' });
  return db;
}

/**
 * Runs `suite` once per backend with a database made before and dropped after it:
 * `describeEachBackend('grants', (db) => { it(..., async () => db().knex ...) })`.
 */
export function describeEachBackend(
  name: string,
  suite: (db: () => Db, backend: Backend) => void,
  options: { seed?: 'none' | 'reference' | 'demo' } = {},
): void {
  for (const backend of testBackends()) {
    describe(`${name} [${backend}]`, () => {
      let db: Db | undefined;
      beforeAll(async () => {
        db = await createTestDb(backend, options);
      });
      afterAll(async () => {
        await db?.close();
      });
      suite(() => {
        if (!db) throw new Error('the test database was not created');
        return db;
      }, backend);
    });
  }
}
