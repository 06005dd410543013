/**
 * Rate-limit windows and sign-in failure counts in the database, so that several API processes
 * on one database share them (two processes must not allow twice the limit).
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('rate_limit_hits', (t) => {
    t.text('key').primary();
    t.integer('hits').notNullable();
    t.timestamp('reset_at', { useTz: true }).notNullable().index();
  });
  await knex.schema.createTable('signin_failures', (t) => {
    t.text('scope').notNullable();
    t.text('key').notNullable();
    t.integer('failures').notNullable();
    t.timestamp('locked_until', { useTz: true }).notNullable();
    t.timestamp('last_failure_at', { useTz: true }).notNullable().index();
    t.primary(['scope', 'key']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('signin_failures');
  await knex.schema.dropTable('rate_limit_hits');
}
