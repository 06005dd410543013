/** USAspending awards that are not about trafficking are reported, not imported, unless a steward sets their type. */
import { expect, it } from 'vitest';
import { describeEachBackend } from '../../helpers/db';
import { importText } from './helpers';

const HEADER =
  'award_id_fain,recipient_name,total_obligated_amount,awarding_agency_name,award_base_action_date_fiscal_year,cfda_title,prime_award_base_transaction_description';
const ROWS = [
  'A-1,Example Legal Aid,500000,Department of Justice,2023,Services for Victims of Human Trafficking,Legal services for trafficked H-2A farmworkers',
  'A-2,Example Shelter,250000,Department of Health and Human Services,2023,Family Violence Prevention and Services,Emergency shelter for survivors of domestic violence',
];

describeEachBackend('USAspending awards not about trafficking', (db) => {
  it('are reported in the dry run, with the reason, and not imported as funding', async () => {
    const dry = await importText(db(), 'usaspending', [HEADER, ...ROWS].join('\n'), {
      datasetName: 'Federal awards',
      dryRun: true,
    });
    expect(dry.counts).toMatchObject({ total: 2, valid: 1, rejected: 1 });
    expect(dry.errors).toHaveLength(1);
    expect(dry.errors[0]).toMatchObject({
      line: 3,
      column: 'prime_award_base_transaction_description',
      value: 'Emergency shelter for survivors of domestic violence',
    });
    expect(dry.errors[0]!.message).toMatch(/^Not about human trafficking/);

    const done = await importText(db(), 'usaspending', [HEADER, ...ROWS].join('\n'), {
      datasetName: 'Federal awards',
      validOnly: true,
    });
    expect(done.counts).toMatchObject({ inserted: 1, rejected: 1 });
    const grants = await db().knex('grants').select('external_id', 'trafficking_type');
    expect(grants).toEqual([{ external_id: 'A-1', trafficking_type: 'LABOR' }]);
    // Amounts are published, the types classified: the dataset is not a primary source.
    const ds = await db().knex('datasets').where({ name: 'Federal awards' }).first();
    expect(ds.confidence).toBe('computed');
    expect(ds.description).toMatch(/classified from the award description/);
  });

  it('are imported when a steward sets their type in a trafficking_type column', async () => {
    const file = [
      `${HEADER},trafficking_type`,
      `${ROWS[0]},`,
      `${ROWS[1]!.replace('A-2', 'A-3')},BOTH`,
    ].join('\n');
    const result = await importText(db(), 'usaspending', file, { datasetName: 'Steward set' });
    expect(result.counts).toMatchObject({ total: 2, rejected: 0, inserted: 2 });
    const g = await db().knex('grants').where({ external_id: 'A-3' }).first();
    expect(g.trafficking_type).toBe('BOTH');
    const c =
      typeof g.classification === 'string' ? JSON.parse(g.classification) : g.classification;
    expect(c).toMatchObject({
      rule: 'keywords-v2',
      type: 'NOT_TRAFFICKING',
      override: { type: 'BOTH', previous: 'NOT_TRAFFICKING', by: null },
    });
  });
});
