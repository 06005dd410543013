import { Readable } from 'node:stream';
import { PGlite } from '@electric-sql/pglite';
import { openEmbedded } from './api/db/connection';
import { migrateLatest } from './api/db/migrate';
const db = await openEmbedded();
await migrateLatest(db.knex);
const k = db.knex;
await k.raw(`INSERT INTO organizations (slug, name, kind, country) SELECT 'f'||i, 'F'||i, 'FUNDER', 'US' FROM generate_series(1,150) i`);
const { runImport } = await import('./api/import/commit');
await runImport(k, db.kind, { kind: 'grants', datasetName: 'x', fileName: 'x.csv', input: Readable.from([Buffer.from('grant_id,funder,recipient,fiscal_year,amount_usd,trafficking_type,labor_share,service_category,country,us_state,description\nA,F1,,2020,1,SEX,,,US,NY,\n')]) });
await k.raw(`ALTER TABLE grants DISABLE TRIGGER grant_rollups_insert`);
await k.raw(`INSERT INTO grants (dataset_id, external_id, funder_id, fiscal_year, amount_usd, trafficking_type, country, us_state, row_hash) SELECT 1, 'G'||i, 1 + i % 150, 2015 + i % 10, 1000 + i, 'SEX', 'US', 'NY', i FROM generate_series(1,100000) i`);
const pglite = (k.client as any).pglite as PGlite;
for (let i = 0; i < 2; i++) {
  const t0 = performance.now();
  const c = await pglite.clone();
  console.log('clone', ((performance.now() - t0)/1000).toFixed(2), 's', (await c.query('select count(*) n from grants')).rows, 'rss', (process.memoryUsage().rss/1e6).toFixed(0));
  await c.close();
}
await db.close();
