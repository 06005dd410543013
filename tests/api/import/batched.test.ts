/**
 * The embedded database writes every import in batches (api/import/run/interleaved.ts): a failure
 * after rows were written leaves nothing (no dataset, no records, no organization it created), a
 * re-import that fails while publishing leaves the existing dataset as it was, a dataset (or a
 * re-import's shadow) left pending by a stopped process is deleted by the sweep for dead jobs,
 * and readers never see a pending dataset.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertShadowDataset, setPendingImport } from '../../../api/data/pendingImports';
import type { Db } from '../../../api/db/connection';
import { markInterruptedJobs } from '../../../api/import/jobs';
import { createTestDb } from '../../helpers/db';
import { GRANT_HEADER, importText, tableCounts } from './helpers';

/** `rows` grants: two funders, one of them known before; recipients new, one per 10 rows. */
function file(rows: number, prefix: string): string {
  const lines = [GRANT_HEADER];
  for (let i = 1; i <= rows; i++) {
    const funder = i % 2 ? 'Known Funder' : `${prefix} Funder`;
    lines.push(`${prefix}-${i},${funder},${prefix} Grantee ${i % 10},2022,${i},LABOR,,,US,,`);
  }
  return `${lines.join('\n')}\n`;
}

describe('an import written in batches [embedded]', () => {
  let db: Db;
  beforeAll(async () => {
    db = await createTestDb('embedded');
    // An organization that exists before the imports: a failed import must not delete it.
    await importText(db, 'grants', `${GRANT_HEADER}\nK-1,Known Funder,,2021,5,SEX,,,US,,\n`, {
      datasetName: 'Before',
    });
  });
  afterAll(async () => {
    await db.close();
  });

  it('leaves nothing when it fails after writing its rows', async () => {
    const before = await tableCounts(db);
    // 2,400 rows are five batches of 500 lines; the failure comes once all are written.
    const failing = importText(db, 'grants', file(2400, 'Fail'), {
      datasetName: 'Fails late',
      onStep: (step) => {
        if (step.name === 'write grants') throw new Error('injected failure before publishing');
      },
    });
    await expect(failing).rejects.toThrow('injected failure before publishing');
    expect(await tableCounts(db)).toEqual(before);
    expect(await db.knex('organizations').where('name', 'like', 'Fail%').count()).toEqual([
      { count: 0 },
    ]);
    expect(await db.knex('organizations').where({ name: 'Known Funder' }).count()).toEqual([
      { count: 1 },
    ]);
    const job = await db.knex('import_jobs').orderBy('id', 'desc').first();
    expect(job).toMatchObject({ status: 'failed', dataset_id: null });

    // Importing it again works, with the counts of a first import.
    const again = await importText(db, 'grants', file(2400, 'Fail'), { datasetName: 'Fails late' });
    expect(again.counts).toMatchObject({ total: 2400, inserted: 2400, updated: 0 });
    // 1 new funder ("Fail Funder") and 10 new grantees.
    expect(again.organizationsCreated).toBe(11);
    const after = await tableCounts(db);
    expect(after.grants).toBe(before.grants! + 2400);
    expect(after.datasets).toBe(before.datasets! + 1);
  });

  it('deletes a dataset left pending by a stopped import, and hides it until then', async () => {
    const done = await importText(db, 'grants', file(30, 'Left'), { datasetName: 'Left pending' });
    const datasetId = done.dataset!.id;
    const { visibleDatasetIds } = await import('../../../api/data/visibility');
    const anyone = { memberships: [] } as never;
    const visible = async () =>
      (await visibleDatasetIds(db.knex, anyone).pluck<number[]>('id')).includes(datasetId);
    expect(await visible()).toBe(true);
    // As a process stopped mid-import leaves it: pending on its job, which no process runs.
    await setPendingImport(db.knex, datasetId, done.jobId);
    expect(await visible()).toBe(false);
    const grantsBefore = (await tableCounts(db)).grants;
    await markInterruptedJobs(db.knex, db.kind, 0);
    expect(await db.knex('datasets').where({ id: datasetId }).first()).toBeUndefined();
    expect((await tableCounts(db)).grants).toBe(grantsBefore! - 30);
    // The organizations only that import named ("Left Funder" and 10 grantees) go with it: left
    // behind, nothing would name them and they would be listed publicly. "Known Funder", which
    // existed before, stays.
    expect(await db.knex('organizations').where('name', 'like', 'Left%').count()).toEqual([
      { count: 0 },
    ]);
    expect(await db.knex('organizations').where({ name: 'Known Funder' }).count()).toEqual([
      { count: 1 },
    ]);
  });

  /** The records, audit entries and organizations a re-import may change. */
  const snapshot = async () => ({
    counts: await tableCounts(db),
    grants: await db
      .knex('grants')
      .orderBy('id')
      .select('id', 'dataset_id', 'amount_usd', 'funder_id'),
    audit: await db.knex('audit_log').count<{ count: number }[]>(),
    datasets: await db.knex('datasets').orderBy('id').select('id', 'name', 'pending_import_job'),
  });

  it('leaves the existing dataset as it was when a re-import fails while publishing', async () => {
    await importText(db, 'grants', file(1200, 'Old'), { datasetName: 'Re-imported' });
    const before = await snapshot();
    // Version 2: every row's amount changed (1,200 updates), 300 new rows with a new funder.
    const changed = file(1500, 'Old')
      .split('\n')
      .map((line, i) =>
        i === 0 || !line
          ? line
          : line.replace(/,2022,(\d+),/, (_m, n: string) => `,2022,${Number(n) + 1},`),
      )
      .map((line, i) => (i > 1200 && line ? line.replace('Old Funder', 'Newer Funder') : line))
      .join('\n');
    const failing = importText(db, 'grants', changed, {
      datasetName: 'Re-imported',
      onStep: (step) => {
        // The last step inside the publishing transaction: everything before it is rolled back.
        if (step.name === 'dataset period and audit')
          throw new Error('injected failure while publishing');
      },
    });
    await expect(failing).rejects.toThrow('injected failure while publishing');
    expect(await snapshot()).toEqual(before);
    expect(await db.knex('organizations').where({ name: 'Newer Funder' }).count()).toEqual([
      { count: 0 },
    ]);

    // A dry run of it leaves nothing either, and gives the counts worked out above.
    const dry = await importText(db, 'grants', changed, {
      datasetName: 'Re-imported',
      dryRun: true,
    });
    expect(dry.counts).toMatchObject({ total: 1500, inserted: 300, updated: 1200, unchanged: 0 });
    expect(dry.organizationsCreated).toBe(1);
    expect(await snapshot()).toEqual(before);

    // The re-import itself, then: all of it at once.
    const done = await importText(db, 'grants', changed, { datasetName: 'Re-imported' });
    expect(done.counts).toMatchObject({ inserted: 300, updated: 1200, unchanged: 0 });
    const after = await tableCounts(db);
    expect(after.grants).toBe(before.counts.grants! + 300);
    expect(after.datasets).toBe(before.counts.datasets);
    const corrections = await db
      .knex('audit_log')
      .where({ action: 'correction', entity: 'grants' })
      .whereRaw("(details ->> 'job_id')::int = ?", [done.jobId])
      .select('details');
    expect(corrections).toHaveLength(1200);
    // Grant Old-1 was 1, now 2: the audit entry says exactly that.
    const old1 = await db
      .knex('grants as g')
      .join('datasets as d', 'd.id', 'g.dataset_id')
      .where({ 'd.name': 'Re-imported', 'g.external_id': 'Old-1' })
      .first('g.id');
    const entry = await db
      .knex('audit_log')
      .where({ action: 'correction', entity: 'grants', entity_id: String(old1.id) })
      .first('details');
    expect(entry.details).toMatchObject({ before: { amount_usd: 1 }, after: { amount_usd: 2 } });
  });

  it('deletes the shadow a stopped re-import left, and only it', async () => {
    const before = await snapshot();
    const existing = await db.knex('datasets').where({ name: 'Before' }).first('id');
    const job = await db.knex('import_jobs').orderBy('id', 'desc').first('id');
    const shadow = await insertShadowDataset(db.knex, existing.id, job.id);
    // A copy of the dataset's one grant, changed, as a re-import's batch writes it.
    await db.knex.raw(
      `INSERT INTO grants (dataset_id, funder_id, fiscal_year, amount_usd, trafficking_type,
         service_category, country, row_hash)
       SELECT ?, funder_id, fiscal_year, amount_usd + 1, trafficking_type, service_category,
         country, row_hash
       FROM grants WHERE dataset_id = ?`,
      [shadow, existing.id],
    );
    expect((await tableCounts(db)).grants).toBe(before.counts.grants! + 1);
    const { visibleDatasetIds } = await import('../../../api/data/visibility');
    const anyone = { memberships: [] } as never;
    expect(await visibleDatasetIds(db.knex, anyone).pluck<number[]>('id')).not.toContain(shadow);
    await markInterruptedJobs(db.knex, db.kind, 0);
    expect(await snapshot()).toEqual(before);
  });

  it("keeps a steward's override made while a re-import is being written", async () => {
    // 600 grants, S-1 a labor grant; the new version raises every amount by 1.
    const version = (raise: number) =>
      [
        GRANT_HEADER,
        ...Array.from(
          { length: 600 },
          (_, i) => `O-${i + 1},Known Funder,,2023,${100 + i + raise},LABOR,,,US,,`,
        ),
      ].join('\n') + '\n';
    await importText(db, 'grants', version(0), { datasetName: 'Overridden meanwhile' });
    const grant = () =>
      db
        .knex('grants as g')
        .join('datasets as d', 'd.id', 'g.dataset_id')
        .where({ 'd.name': 'Overridden meanwhile', 'g.external_id': 'O-1' })
        .first('g.id', 'g.amount_usd', 'g.trafficking_type', 'g.classification');
    const { id } = await grant();
    const override = { type: 'SEX', previous: 'LABOR', reason: 'checked', by: null };
    // Once the batches are written, before publishing, a steward overrides O-1's type (queued
    // on the one connection ahead of the publishing transaction).
    let overridden: Promise<number> | undefined;
    let publishStarted = Infinity;
    const result = await importText(db, 'grants', version(1), {
      datasetName: 'Overridden meanwhile',
      onStep: (step) => {
        if (step.name === 'write grants') {
          overridden = db
            .knex('grants')
            .where({ id })
            .update({ trafficking_type: 'SEX', classification: JSON.stringify({ override }) })
            .then(() => performance.now());
        }
        if (step.name === 'publish grants') {
          publishStarted = performance.now() - step.seconds * 1000;
        }
      },
    });
    expect(await overridden).toBeLessThan(publishStarted);
    expect(result.counts).toMatchObject({ updated: 600, inserted: 0 });
    // The override stays and the new amount is taken, as a re-import after it would do.
    const after = await grant();
    expect(after).toMatchObject({ amount_usd: '101.00', trafficking_type: 'SEX' });
    expect(after.classification).toEqual({ override });
    const entry = await db
      .knex('audit_log')
      .where({ action: 'correction', entity: 'grants', entity_id: String(id) })
      .first('details');
    expect(entry.details).toMatchObject({
      job_id: result.jobId,
      before: { amount_usd: 100 },
      after: { amount_usd: 101 },
    });
  });
});
