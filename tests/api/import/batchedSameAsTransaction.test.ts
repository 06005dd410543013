/**
 * On the embedded database every import is written in batches (api/import/run/interleaved.ts): a
 * dry run and a re-import into an existing dataset as well as a new dataset. They must answer
 * exactly what the one-transaction path answers. The same sequence of imports runs on two fresh
 * databases, one in batches and one in one transaction, and every answer (counts, errors, preview,
 * awards left out as not about trafficking, organizations created, message), the rejected rows,
 * the audit entries and the records are compared; the counts are also checked against values
 * worked out by hand from the files below.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '../../../api/db/connection';
import { runImport, type ImportRequest, type ImportResult } from '../../../api/import/commit';
import { createTestDb } from '../../helpers/db';
import { GRANT_HEADER, streamOf, tableCounts } from './helpers';

/**
 * Version 1: 1,200 grants (three batches of 500 lines). Version 2: amounts of every 4th grant
 * raised (300 changed), grants 1,201-1,260 added (60, one new funder "Same Newcomer"), line 5 a
 * repeat of grant 3, and 2 rows with a bad amount.
 */
function grants(version: 1 | 2): string {
  const lines = [GRANT_HEADER];
  const row = (i: number, amount: number, funder = `Same Funder ${i % 7}`) =>
    `S-${i},${funder},Same Grantee ${i % 40},${2018 + (i % 5)},${amount},${i % 3 ? 'SEX' : 'LABOR'},,,US,TX,Grant ${i}`;
  for (let i = 1; i <= 1200; i++) {
    lines.push(row(i, 100 + i + (version === 2 && i % 4 === 0 ? 7 : 0)));
    if (version === 2 && i === 3) lines.push(row(3, 103));
  }
  if (version === 2) {
    for (let i = 1201; i <= 1260; i++) lines.push(row(i, 100 + i, 'Same Newcomer'));
    lines.push('S-bad-1,Same Funder 1,,2020,lots,SEX,,,US,,');
    lines.push('S-bad-2,Same Funder 2,,2020,-,LABOR,,,US,,');
  }
  return `${lines.join('\n')}\n`;
}

const USASPENDING = [
  'award_id_fain,recipient_name,total_obligated_amount,awarding_agency_name,award_base_action_date_fiscal_year,cfda_title,prime_award_base_transaction_description',
  'A-1,Example Legal Aid,500000,Department of Justice,2023,Services for Victims of Human Trafficking,Legal services for trafficked H-2A farmworkers',
  'A-2,Example Shelter,250000,Department of Health and Human Services,2023,Family Violence Prevention and Services,Emergency shelter for survivors of domestic violence',
  'A-5,Example Center,not a number,Department of Justice,2023,Services for Victims of Human Trafficking,Sex trafficking survivor housing',
].join('\n');

type Step = Pick<ImportRequest, 'kind' | 'datasetName' | 'dryRun' | 'validOnly'> & {
  content: string;
};

// Each case runs its imports twice (batched, and in one transaction): 15–35 s with the suite beside it.
vi.setConfig({ testTimeout: 120_000 });

describe('imports written in batches answer as one transaction does [embedded]', () => {
  let batched: Db;
  let single: Db;
  beforeAll(async () => {
    [batched, single] = await Promise.all([createTestDb('embedded'), createTestDb('embedded')]);
  });
  afterAll(async () => {
    await Promise.all([batched.close(), single.close()]);
  });

  /** Runs `step` on both databases; answers both results after checking they are the same. */
  async function both(step: Step): Promise<ImportResult> {
    const run = (db: Db, isBatched: boolean) =>
      runImport(
        db.knex,
        db.kind,
        {
          kind: step.kind,
          datasetName: step.datasetName,
          dryRun: step.dryRun,
          validOnly: step.validOnly,
          fileName: 'same.csv',
          input: streamOf(step.content),
        },
        { batched: isBatched },
      );
    const inBatches = await run(batched, true);
    const inOne = await run(single, false);
    expect(inBatches).toEqual(inOne);
    expect(await rejectedRows(batched, inBatches.jobId)).toEqual(
      await rejectedRows(single, inOne.jobId),
    );
    expect(await state(batched)).toEqual(await state(single));
    return inBatches;
  }

  const rejectedRows = (db: Db, jobId: number) =>
    db
      .knex('import_rejected_rows')
      .where({ job_id: jobId })
      .orderBy('line')
      .select('line', 'row_values', 'error');

  /**
   * Everything the imports wrote, by natural keys: row and organization ids depend on the order
   * rows are written in (a batch at a time, or all at once), and record keys are random.
   */
  async function state(db: Db) {
    const k = db.knex;
    const datasetNames = new Map(
      (await k('datasets').select('id', 'name')).map((d: { id: number; name: string }) => [
        d.id,
        d.name,
      ]),
    );
    const grantIds = new Map(
      (await k('grants').select('id', 'external_id')).map(
        (g: { id: number; external_id: string }) => [String(g.id), g.external_id],
      ),
    );
    const audit = await k('audit_log')
      .orderBy('id')
      .select<
        { action: string; entity: string; entity_id: string; details: Record<string, unknown> }[]
      >('action', 'entity', 'entity_id', 'details');
    const jobs = await k('import_jobs')
      .orderBy('id')
      .select<({ dataset_id: number | null } & Record<string, unknown>)[]>(
        'id',
        'status',
        'dataset_id',
        'rows_total',
        'rows_rejected',
        'rows_inserted',
        'rows_updated',
        'rows_unchanged',
        'message',
      );
    return {
      counts: await tableCounts(db),
      grants: await k('grants as g')
        .join('datasets as d', 'd.id', 'g.dataset_id')
        .join('organizations as f', 'f.id', 'g.funder_id')
        .leftJoin('organizations as r', 'r.id', 'g.recipient_id')
        .orderBy(['d.name', 'g.external_id'])
        .select(
          'd.name as dataset',
          'f.name as funder',
          'r.name as recipient',
          'g.external_id',
          'g.fiscal_year',
          'g.amount_usd',
          'g.trafficking_type',
          'g.classification',
        ),
      organizations: await k('organizations').orderBy('name').select('name', 'kind', 'country'),
      datasets: await k('datasets')
        .orderBy('name')
        .select('slug', 'name', 'vintage', 'data_period', 'pending_import_job'),
      // In the order of the entries' text: their ids follow the order rows are written in.
      audit: audit
        .map(({ details, ...entry }) => {
          const { dataset_id: datasetId, ...rest } = details;
          return {
            ...entry,
            entity_id:
              entry.entity === 'grants'
                ? grantIds.get(entry.entity_id)
                : datasetNames.get(Number(entry.entity_id)),
            dataset: datasetNames.get(Number(datasetId)) ?? null,
            details: rest,
          };
        })
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
      jobs: jobs.map((j) => ({ ...j, dataset_id: datasetNames.get(j.dataset_id ?? 0) ?? null })),
    };
  }

  it('gives the same answers and writes the same rows, first import to re-import', async () => {
    const first = await both({ kind: 'grants', datasetName: 'Same', content: grants(1) });
    expect(first.counts).toMatchObject({ total: 1200, inserted: 1200, updated: 0 });
    // 7 funders and 40 grantees.
    expect(first.organizationsCreated).toBe(47);

    // A steward's override on grant S-8 (LABOR by the file): the re-import must keep it.
    for (const db of [batched, single]) {
      await db
        .knex('grants')
        .where({ external_id: 'S-8' })
        .update({
          trafficking_type: 'SEX',
          classification: JSON.stringify({
            override: { type: 'SEX', previous: 'LABOR', reason: 'checked', by: null },
          }),
        });
    }

    const before = await tableCounts(batched);
    // 1,263 rows: 1 repeated and 2 bad amounts rejected; 300 changed, 60 new, 900 unchanged.
    const dry = await both({
      kind: 'grants',
      datasetName: 'Same',
      content: grants(2),
      dryRun: true,
    });
    expect(dry).toMatchObject({
      status: 'rejected',
      dryRun: true,
      counts: { total: 1263, valid: 1260, rejected: 3, inserted: 60, updated: 300, unchanged: 900 },
      organizationsCreated: 1,
    });
    expect(dry.errors.map((e) => e.line)).toEqual([5, 1263, 1264]);
    expect(await tableCounts(batched)).toEqual(before);

    const dryNew = await both({
      kind: 'grants',
      datasetName: 'Same, new',
      content: grants(2),
      dryRun: true,
      validOnly: true,
    });
    expect(dryNew.counts).toMatchObject({ valid: 1260, inserted: 1260, updated: 0 });
    expect(dryNew.dataset).toBeNull();
    expect(await tableCounts(batched)).toEqual(before);

    const again = await both({
      kind: 'grants',
      datasetName: 'Same',
      content: grants(2),
      validOnly: true,
    });
    expect(again).toMatchObject({
      status: 'succeeded',
      counts: { inserted: 60, updated: 300, unchanged: 900 },
      organizationsCreated: 1,
    });
    const kept = await batched.knex('grants').where({ external_id: 'S-8' }).first();
    expect(kept).toMatchObject({ trafficking_type: 'SEX', amount_usd: '115.00' });

    // Idempotent: the same file again changes nothing.
    const same = await both({
      kind: 'grants',
      datasetName: 'Same',
      content: grants(2),
      validOnly: true,
    });
    expect(same.counts).toMatchObject({ inserted: 0, updated: 0, unchanged: 1260 });
  });

  it('lists the same awards left out as not about trafficking in a dry run', async () => {
    const dry = await both({
      kind: 'usaspending',
      datasetName: 'Federal awards',
      content: USASPENDING,
      dryRun: true,
    });
    expect(dry.counts).toMatchObject({ total: 3, valid: 1, rejected: 1, notAboutTrafficking: 1 });
    expect(dry.notAboutTrafficking.examples.map((e) => e.awardId)).toEqual(['A-2']);
  });
});
