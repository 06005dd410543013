/** The research-periods migration on a database seeded before it: literature counts get their periods. */
import { expect, it } from 'vitest';
import * as researchPeriods from '../../migrations/20261129006000_research_periods';
import { describeEachBackend } from '../helpers/db';

describeEachBackend(
  'migration 20261129006000_research_periods',
  (db) => {
    it('gives the literature counts seeded before it their periods', async () => {
      const knex = db().knex;
      // As a database migrated and seeded before this migration: no period columns.
      await researchPeriods.down(knex);
      expect(await knex.schema.hasColumn('research_outputs', 'period_end')).toBe(false);
      await researchPeriods.up(knex);
      const rows = await knex('research_outputs')
        .whereNotNull('period_end')
        .select('external_id', 'period_start', 'period_end')
        .orderBy('external_id');
      // Sweileh (2018): documents of 2000–2017; Dimas et al. (2022): studies up to 2021.
      expect(rows).toEqual([
        {
          external_id: 'dimas-2022-or-literature-2021-LABOR',
          period_start: null,
          period_end: 2021,
        },
        { external_id: 'dimas-2022-or-literature-2021-SEX', period_start: null, period_end: 2021 },
        {
          external_id: 'dimas-2022-or-literature-2021-UNSPECIFIED',
          period_start: null,
          period_end: 2021,
        },
        { external_id: 'sweileh-2018-literature-2017-LABOR', period_start: 2000, period_end: 2017 },
        { external_id: 'sweileh-2018-literature-2017-SEX', period_start: 2000, period_end: 2017 },
        {
          external_id: 'sweileh-2018-literature-2017-UNSPECIFIED',
          period_start: 2000,
          period_end: 2017,
        },
      ]);
    });

    it('refuses a period that does not end in the record year, or starts after it ends', async () => {
      const knex = db().knex;
      const id = 'sweileh-2018-literature-2017-LABOR';
      await expect(
        knex('research_outputs').where({ external_id: id }).update({ period_end: 2016 }),
      ).rejects.toThrow(/research_outputs_period_end_check/);
      await expect(
        knex('research_outputs').where({ external_id: id }).update({ period_start: 2018 }),
      ).rejects.toThrow(/research_outputs_period_start_check/);
    });
  },
  { seed: 'reference' },
);
