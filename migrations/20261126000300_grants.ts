import type { Knex } from 'knex';
import { SERVICE_CATEGORIES, TRAFFICKING_TYPES, US_STATES } from '../core/vocabulary';
import { inList, plausibleYear, shareOrNull, usStateOrNull } from './checks';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('grants', (t) => {
    t.bigIncrements('id').primary();
    t.integer('dataset_id').notNullable().references('datasets.id').onDelete('CASCADE');
    t.integer('funder_id').notNullable().references('organizations.id').onDelete('RESTRICT');
    t.integer('recipient_id').nullable().references('organizations.id').onDelete('RESTRICT');
    t.text('external_id').nullable();
    t.integer('fiscal_year').notNullable();
    t.decimal('amount_usd', 16, 2).notNullable();
    t.text('trafficking_type').notNullable();
    t.decimal('labor_share', 5, 4).nullable();
    t.text('service_category').notNullable().defaultTo('OTHER');
    t.string('country', 2).notNullable().defaultTo('US');
    t.string('us_state', 2).nullable();
    t.text('description').nullable();
    t.jsonb('classification').nullable().comment('keyword classifier: matched terms, confidence');
    t.text('row_hash').notNullable();
    t.check('amount_usd >= 0', [], 'grants_amount_check');
    t.check(plausibleYear('fiscal_year'), [], 'grants_year_check');
    t.check(inList('trafficking_type', TRAFFICKING_TYPES), [], 'grants_type_check');
    t.check(shareOrNull('labor_share'), [], 'grants_labor_share_check');
    t.check(inList('service_category', SERVICE_CATEGORIES), [], 'grants_category_check');
    t.check(usStateOrNull('us_state', US_STATES), [], 'grants_state_check');
    t.check("country ~ '^[A-Z]{2}$'", [], 'grants_country_check');
    t.unique(['dataset_id', 'row_hash'], { indexName: 'grants_dataset_row_hash_unique' });
  });
  await knex.raw(
    'CREATE UNIQUE INDEX grants_dataset_external_id_unique ON grants (dataset_id, external_id) WHERE external_id IS NOT NULL',
  );
  // Covering index for the dashboard's GROUP BY type x year.
  await knex.raw(
    'CREATE INDEX grants_year_type_idx ON grants (fiscal_year, trafficking_type) INCLUDE (amount_usd, labor_share, dataset_id)',
  );
  await knex.raw('CREATE INDEX grants_funder_idx ON grants (funder_id, fiscal_year)');
  await knex.raw('CREATE INDEX grants_recipient_idx ON grants (recipient_id)');
  await knex.raw('CREATE INDEX grants_state_idx ON grants (us_state, fiscal_year)');
  await knex.raw('CREATE INDEX grants_category_idx ON grants (service_category, fiscal_year)');
  await knex.raw('CREATE INDEX grants_dataset_idx ON grants (dataset_id)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('grants');
}
