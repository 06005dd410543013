/**
 * Research counts that cover a period (a literature review of 2000–2017) carry that period, so
 * they are shown as period totals and never added into yearly series (docs/methodology.md,
 * "Research counts and periods"). period_end set: a period figure whose `year` is its last year;
 * period_start: its first year, when the source gives one. Both null: a count for one year.
 * The literature counts seeded before this migration are given their periods here: Sweileh (2018)
 * counts Scopus documents of 2000–2017; Dimas et al. (2022) count studies published up to 2021.
 */
import type { Knex } from 'knex';
import { plausibleYear } from './checks';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('research_outputs', (t) => {
    t.integer('period_start').nullable();
    t.integer('period_end').nullable();
    t.check('period_end IS NULL OR period_end = year', [], 'research_outputs_period_end_check');
    t.check(
      `period_start IS NULL OR (period_end IS NOT NULL AND period_start <= period_end AND ${plausibleYear('period_start')})`,
      [],
      'research_outputs_period_start_check',
    );
  });
  await knex('research_outputs')
    .where('external_id', 'like', 'sweileh-2018-literature-%')
    .where('year', 2017)
    .update({ period_start: 2000, period_end: 2017 });
  await knex('research_outputs')
    .where('external_id', 'like', 'dimas-2022-or-literature-%')
    .where('year', 2021)
    .update({ period_end: 2021 });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('research_outputs', (t) => {
    t.dropChecks(['research_outputs_period_end_check', 'research_outputs_period_start_check']);
    t.dropColumn('period_start');
    t.dropColumn('period_end');
  });
}
