import type { Knex } from 'knex';
import { TRAFFICKING_TYPES, TRAINING_AUDIENCES, US_STATES } from '../core/vocabulary';
import { inList, plausibleYear, usStateOrNull } from './checks';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('trainings', (t) => {
    t.bigIncrements('id').primary();
    t.integer('dataset_id').notNullable().references('datasets.id').onDelete('CASCADE');
    t.integer('provider_id').notNullable().references('organizations.id').onDelete('RESTRICT');
    t.text('external_id').nullable();
    t.integer('year').notNullable();
    t.text('type_focus').notNullable();
    t.text('audience').notNullable();
    t.integer('participants').notNullable();
    t.decimal('hours', 8, 2).notNullable();
    t.string('country', 2).notNullable().defaultTo('US');
    t.string('us_state', 2).nullable();
    t.text('row_hash').notNullable();
    t.check('participants >= 0', [], 'trainings_participants_check');
    t.check('hours >= 0', [], 'trainings_hours_check');
    t.check(plausibleYear('year'), [], 'trainings_year_check');
    t.check(inList('type_focus', TRAFFICKING_TYPES), [], 'trainings_type_check');
    t.check(inList('audience', TRAINING_AUDIENCES), [], 'trainings_audience_check');
    t.check(usStateOrNull('us_state', US_STATES), [], 'trainings_state_check');
    t.unique(['dataset_id', 'row_hash'], { indexName: 'trainings_dataset_row_hash_unique' });
  });
  await knex.raw(
    'CREATE UNIQUE INDEX trainings_dataset_external_id_unique ON trainings (dataset_id, external_id) WHERE external_id IS NOT NULL',
  );
  await knex.raw('CREATE INDEX trainings_year_type_idx ON trainings (year, type_focus)');
  await knex.raw('CREATE INDEX trainings_provider_idx ON trainings (provider_id)');
  await knex.raw('CREATE INDEX trainings_dataset_idx ON trainings (dataset_id)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('trainings');
}
