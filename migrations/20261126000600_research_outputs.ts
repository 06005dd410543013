import type { Knex } from 'knex';
import { RESEARCH_KINDS, TRAFFICKING_TYPES } from '../core/vocabulary';
import { inList, plausibleYear } from './checks';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('research_outputs', (t) => {
    t.bigIncrements('id').primary();
    t.integer('dataset_id').notNullable().references('datasets.id').onDelete('CASCADE');
    t.text('external_id').nullable();
    t.integer('year').notNullable();
    t.text('type_focus').notNullable();
    t.text('kind').notNullable();
    t.integer('output_count').nullable();
    t.decimal('funding_usd', 16, 2).nullable();
    t.text('note').nullable();
    t.text('row_hash').notNullable();
    t.check(plausibleYear('year'), [], 'research_outputs_year_check');
    t.check(inList('type_focus', TRAFFICKING_TYPES), [], 'research_outputs_type_check');
    t.check(inList('kind', RESEARCH_KINDS), [], 'research_outputs_kind_check');
    t.check('output_count IS NULL OR output_count >= 0', [], 'research_outputs_count_check');
    t.check('funding_usd IS NULL OR funding_usd >= 0', [], 'research_outputs_funding_check');
    t.check(
      'output_count IS NOT NULL OR funding_usd IS NOT NULL',
      [],
      'research_outputs_measure_check',
    );
    t.unique(['dataset_id', 'row_hash'], { indexName: 'research_outputs_dataset_row_hash_unique' });
  });
  await knex.raw(
    'CREATE INDEX research_outputs_year_type_idx ON research_outputs (year, type_focus)',
  );
  await knex.raw('CREATE INDEX research_outputs_dataset_idx ON research_outputs (dataset_id)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('research_outputs');
}
