import type { Knex } from 'knex';
import { CONFIDENCE_LEVELS, VISIBILITIES } from '../core/vocabulary';
import { inList } from './checks';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('datasets', (t) => {
    t.increments('id').primary();
    t.text('slug').notNullable().unique();
    t.text('name').notNullable();
    t.text('source').notNullable();
    t.text('citation').notNullable();
    t.text('url').nullable();
    t.text('license').nullable();
    t.integer('vintage').nullable().comment('year the data describe (latest year covered)');
    t.text('data_period').nullable();
    t.text('confidence').notNullable();
    t.boolean('is_illustrative').notNullable().defaultTo(false);
    t.integer('owner_organization_id')
      .nullable()
      .references('organizations.id')
      .onDelete('RESTRICT');
    t.text('visibility').notNullable().defaultTo('public');
    t.text('description').nullable();
    t.timestamp('imported_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.integer('imported_by').nullable().references('users.id').onDelete('SET NULL');
    t.check(inList('confidence', CONFIDENCE_LEVELS), [], 'datasets_confidence_check');
    t.check(inList('visibility', VISIBILITIES), [], 'datasets_visibility_check');
    t.check('vintage IS NULL OR vintage BETWEEN 1990 AND 2100', [], 'datasets_vintage_check');
    t.check(
      "visibility = 'public' OR owner_organization_id IS NOT NULL",
      [],
      'datasets_private_has_owner_check',
    );
    t.check('length(trim(name)) > 0', [], 'datasets_name_check');
  });
  // Pooled view: a member organization shares a private dataset with a coalition.
  await knex.schema.createTable('dataset_shares', (t) => {
    t.integer('dataset_id').notNullable().references('datasets.id').onDelete('CASCADE');
    t.integer('coalition_id').notNullable().references('organizations.id').onDelete('CASCADE');
    t.timestamp('shared_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.primary(['dataset_id', 'coalition_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('dataset_shares');
  await knex.schema.dropTable('datasets');
}
