import type { Knex } from 'knex';
import { TRAFFICKING_TYPES, US_STATES } from '../core/vocabulary';
import { inList, plausibleYear, shareOrNull, usStateOrNull } from './checks';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('service_records', (t) => {
    t.bigIncrements('id').primary();
    t.integer('dataset_id').notNullable().references('datasets.id').onDelete('CASCADE');
    t.integer('provider_id').notNullable().references('organizations.id').onDelete('RESTRICT');
    t.text('external_id').nullable();
    t.integer('year').notNullable();
    t.text('trafficking_type').notNullable();
    t.integer('survivors_served').notNullable();
    t.integer('capacity').nullable();
    t.integer('declined_or_waitlisted').nullable();
    t.decimal('staff_fte', 8, 2).nullable();
    t.decimal('staff_turnover_rate', 5, 4).nullable().comment('share of staff leaving per year');
    t.decimal('tip_trained_share', 5, 4).nullable().comment('share of staff trained in TIP');
    t.decimal('cost_usd', 16, 2).nullable();
    t.string('country', 2).notNullable().defaultTo('US');
    t.string('us_state', 2).nullable();
    t.text('row_hash').notNullable();
    t.check('survivors_served >= 0', [], 'service_records_served_check');
    t.check('capacity IS NULL OR capacity >= 0', [], 'service_records_capacity_check');
    t.check(
      'declined_or_waitlisted IS NULL OR declined_or_waitlisted >= 0',
      [],
      'service_records_declined_check',
    );
    t.check('staff_fte IS NULL OR staff_fte >= 0', [], 'service_records_fte_check');
    t.check(shareOrNull('staff_turnover_rate'), [], 'service_records_turnover_check');
    t.check(shareOrNull('tip_trained_share'), [], 'service_records_tip_check');
    t.check('cost_usd IS NULL OR cost_usd >= 0', [], 'service_records_cost_check');
    t.check(plausibleYear('year'), [], 'service_records_year_check');
    t.check(inList('trafficking_type', TRAFFICKING_TYPES), [], 'service_records_type_check');
    t.check(usStateOrNull('us_state', US_STATES), [], 'service_records_state_check');
    t.unique(['dataset_id', 'row_hash'], { indexName: 'service_records_dataset_row_hash_unique' });
  });
  await knex.raw(
    'CREATE UNIQUE INDEX service_records_dataset_external_id_unique ON service_records (dataset_id, external_id) WHERE external_id IS NOT NULL',
  );
  await knex.raw(
    'CREATE INDEX service_records_year_type_idx ON service_records (year, trafficking_type)',
  );
  await knex.raw('CREATE INDEX service_records_provider_idx ON service_records (provider_id)');
  await knex.raw('CREATE INDEX service_records_dataset_idx ON service_records (dataset_id)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('service_records');
}
