/**
 * The embedded database writes a new dataset in batches (api/import/run/interleaved.ts): a failure
 * after rows were written leaves nothing (no dataset, no records, no organization it created), a
 * dataset left pending by a stopped process is deleted by the sweep for dead jobs, and readers
 * never see a pending dataset.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setPendingImport } from '../../../api/data/pendingImports';
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
});
