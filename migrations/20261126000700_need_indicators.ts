import type { Knex } from 'knex';
import { CONFIDENCE_LEVELS, NEED_BASES, NEED_TYPES } from '../core/vocabulary';
import { inList, plausibleYear } from './checks';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('need_indicators', (t) => {
    t.bigIncrements('id').primary();
    t.integer('dataset_id').notNullable().references('datasets.id').onDelete('CASCADE');
    t.text('indicator').notNullable().comment('source series id, e.g. gems-2022');
    t.text('basis').notNullable();
    t.integer('year').notNullable();
    t.text('geography').notNullable().comment('WORLD, ISO country code, or US-XX');
    t.text('trafficking_type').notNullable();
    t.decimal('value', 16, 2).notNullable();
    t.decimal('low', 16, 2).nullable();
    t.decimal('high', 16, 2).nullable();
    t.text('unit').notNullable();
    t.text('confidence').notNullable();
    t.text('note').nullable();
    t.decimal('published_total', 16, 2)
      .nullable()
      .comment('the ALL figure a NON_LABOR row was derived from');
    t.text('row_hash').notNullable();
    t.check(inList('basis', NEED_BASES), [], 'need_indicators_basis_check');
    t.check(plausibleYear('year'), [], 'need_indicators_year_check');
    t.check(inList('trafficking_type', NEED_TYPES), [], 'need_indicators_type_check');
    t.check('value >= 0', [], 'need_indicators_value_check');
    t.check('low IS NULL OR (low >= 0 AND low <= value)', [], 'need_indicators_low_check');
    t.check('high IS NULL OR high >= value', [], 'need_indicators_high_check');
    t.check(inList('confidence', CONFIDENCE_LEVELS), [], 'need_indicators_confidence_check');
    t.check(
      "geography = 'WORLD' OR geography ~ '^[A-Z]{2}$' OR geography ~ '^US-[A-Z]{2}$'",
      [],
      'need_indicators_geography_check',
    );
    t.unique(['dataset_id', 'basis', 'year', 'geography', 'trafficking_type'], {
      indexName: 'need_indicators_identity_unique',
    });
  });
  await knex.raw(
    'CREATE INDEX need_indicators_basis_idx ON need_indicators (basis, geography, year)',
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('need_indicators');
}
