/**
 * USAspending awards that are not about trafficking are counted apart from rejected rows and listed
 * in the dry run, not imported as funding, unless a steward overrides: per row (a trafficking_type
 * column) or for the whole file (notTraffickingAs). Counts worked out from the rows below by hand.
 */
import { expect, it } from 'vitest';
import { countsOf, getJob } from '../../../api/import/jobs';
import { describeEachBackend } from '../../helpers/db';
import { importText } from './helpers';

const HEADER =
  'award_id_fain,recipient_name,total_obligated_amount,awarding_agency_name,award_base_action_date_fiscal_year,cfda_title,prime_award_base_transaction_description';
const LABOR =
  'A-1,Example Legal Aid,500000,Department of Justice,2023,Services for Victims of Human Trafficking,Legal services for trafficked H-2A farmworkers';
const SHELTER =
  'A-2,Example Shelter,250000,Department of Health and Human Services,2023,Family Violence Prevention and Services,Emergency shelter for survivors of domestic violence';
const HIV =
  'A-4,Example Clinic,90000,Department of Health and Human Services,2023,HIV Prevention Activities,HIV prevention and testing in rural counties';
const INVALID =
  'A-5,Example Center,not a number,Department of Justice,2023,Services for Victims of Human Trafficking,Sex trafficking survivor housing';

const file = (...rows: string[]) => [HEADER, ...rows].join('\n');
const typeOf = async (db: () => any) =>
  (await db().knex('grants').select('external_id', 'trafficking_type').orderBy('external_id')) as {
    external_id: string;
    trafficking_type: string;
  }[];

describeEachBackend('USAspending awards not about trafficking', (db) => {
  it('are a count of their own in the dry run, with the awards listed, apart from invalid rows', async () => {
    const dry = await importText(db(), 'usaspending', file(LABOR, SHELTER, HIV, INVALID), {
      datasetName: 'Federal awards',
      dryRun: true,
    });
    // 4 rows: A-1 valid, A-2 and A-4 not about trafficking, A-5 invalid (amount).
    expect(dry.counts).toMatchObject({ total: 4, valid: 1, rejected: 1, notAboutTrafficking: 2 });
    expect(dry.errors).toHaveLength(1);
    expect(dry.errors[0]).toMatchObject({ line: 5, column: 'total_obligated_amount' });
    expect(dry.notAboutTrafficking.rows).toBe(2);
    expect(dry.notAboutTrafficking.importedAs).toBeNull();
    expect(dry.notAboutTrafficking.examples).toEqual([
      expect.objectContaining({
        line: 3,
        awardId: 'A-2',
        recipient: 'Example Shelter',
        amountUsd: 250000,
        description: 'Emergency shelter for survivors of domestic violence',
      }),
      expect.objectContaining({ line: 4, awardId: 'A-4', amountUsd: 90000 }),
    ]);
    expect(dry.notAboutTrafficking.examples[0]!.reason).toMatch(/^Not about human trafficking/);
    expect(dry.message).toContain(
      '4 rows read, 1 valid, 1 rejected, 2 left out as not about trafficking',
    );
    // The dry-run preview says why each is left out.
    expect(dry.preview.find((r) => r.line === 3)!.error).toMatch(/^Not about human trafficking/);
    expect(await typeOf(db)).toEqual([]);
  });

  it('are not imported by default, and do not stop the valid rows from being imported', async () => {
    const done = await importText(db(), 'usaspending', file(LABOR, SHELTER, HIV), {
      datasetName: 'Federal awards default',
    });
    expect(done.status).toBe('succeeded');
    expect(done.counts).toMatchObject({
      total: 3,
      valid: 1,
      rejected: 0,
      notAboutTrafficking: 2,
      inserted: 1,
    });
    expect((await typeOf(db)).filter((g) => g.external_id !== 'A-1')).toEqual([]);
    expect((await typeOf(db)).find((g) => g.external_id === 'A-1')).toEqual({
      external_id: 'A-1',
      trafficking_type: 'LABOR',
    });
    // The job keeps the count apart from rejected rows.
    const job = await getJob(db().knex, done.jobId);
    expect(countsOf(job!)).toMatchObject({
      total: 3,
      valid: 1,
      rejected: 0,
      notAboutTrafficking: 2,
    });
    // Amounts are published, the types classified: the dataset is not a primary source.
    const ds = await db().knex('datasets').where({ name: 'Federal awards default' }).first();
    expect(ds.confidence).toBe('computed');
    expect(ds.description).toMatch(/classified from the award description/);
  });

  it('are imported with the type a steward gives for the file (notTraffickingAs)', async () => {
    const done = await importText(
      db(),
      'usaspending',
      file(LABOR, SHELTER, HIV).replace(/A-(\d)/g, 'B-$1'),
      {
        datasetName: 'Federal awards override',
        notTraffickingAs: 'UNSPECIFIED',
      },
    );
    expect(done.status).toBe('succeeded');
    expect(done.counts).toMatchObject({ total: 3, valid: 3, notAboutTrafficking: 0, inserted: 3 });
    expect(done.notAboutTrafficking).toMatchObject({ rows: 2, importedAs: 'UNSPECIFIED' });
    const rows = await db()
      .knex('grants')
      .whereIn('external_id', ['B-1', 'B-2', 'B-4'])
      .orderBy('external_id')
      .select('external_id', 'trafficking_type', 'classification');
    expect(rows.map((r: any) => [r.external_id, r.trafficking_type])).toEqual([
      ['B-1', 'LABOR'],
      ['B-2', 'UNSPECIFIED'],
      ['B-4', 'UNSPECIFIED'],
    ]);
    const c = (r: any) =>
      typeof r.classification === 'string' ? JSON.parse(r.classification) : r.classification;
    expect(c(rows[1])).toMatchObject({
      type: 'NOT_TRAFFICKING',
      override: { type: 'UNSPECIFIED', previous: 'NOT_TRAFFICKING' },
    });
    expect(c(rows[1]).override.reason).toMatch(/notTraffickingAs/);
    // The override touches only awards found not about trafficking: B-1 keeps its own type.
    expect(c(rows[0]).override).toBeUndefined();
  });

  it('are imported when a steward sets their type in a trafficking_type column', async () => {
    const result = await importText(
      db(),
      'usaspending',
      [
        `${HEADER},trafficking_type`,
        `${LABOR.replace('A-1', 'C-1')},`,
        `${SHELTER.replace('A-2', 'C-3')},BOTH`,
      ].join('\n'),
      { datasetName: 'Steward set' },
    );
    expect(result.counts).toMatchObject({
      total: 2,
      rejected: 0,
      notAboutTrafficking: 0,
      inserted: 2,
    });
    const g = await db().knex('grants').where({ external_id: 'C-3' }).first();
    expect(g.trafficking_type).toBe('BOTH');
    const c =
      typeof g.classification === 'string' ? JSON.parse(g.classification) : g.classification;
    expect(c).toMatchObject({
      rule: 'keywords-v2',
      type: 'NOT_TRAFFICKING',
      override: { type: 'BOTH', previous: 'NOT_TRAFFICKING', by: null },
    });
  });

  it('refuses notTraffickingAs on a file that is not from USAspending', async () => {
    await expect(
      importText(db(), 'grants', 'grant_id\n1', { notTraffickingAs: 'LABOR' }),
    ).rejects.toThrow(/applies to USAspending files only/);
  });
});
