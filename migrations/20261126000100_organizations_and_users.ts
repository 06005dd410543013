import type { Knex } from 'knex';
import { ORGANIZATION_KINDS, ROLES } from '../core/vocabulary';
import { inList } from './checks';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('organizations', (t) => {
    t.increments('id').primary();
    t.text('slug').notNullable().unique();
    t.text('name').notNullable();
    t.text('kind').notNullable();
    t.string('country', 2).notNullable().defaultTo('US');
    t.string('us_state', 2).nullable();
    t.boolean('is_illustrative').notNullable().defaultTo(false);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.check(inList('kind', ORGANIZATION_KINDS), [], 'organizations_kind_check');
    t.check('length(trim(name)) > 0', [], 'organizations_name_check');
  });
  await knex.schema.createTable('users', (t) => {
    t.increments('id').primary();
    t.text('email').notNullable();
    t.text('display_name').notNullable();
    t.text('password_hash').notNullable();
    t.integer('failed_signins').notNullable().defaultTo(0);
    t.timestamp('locked_until', { useTz: true }).nullable();
    t.timestamp('disabled_at', { useTz: true }).nullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.check("email = lower(email) AND position('@' in email) > 1", [], 'users_email_check');
  });
  await knex.raw('CREATE UNIQUE INDEX users_email_unique ON users (email)');
  await knex.schema.createTable('memberships', (t) => {
    t.integer('user_id').notNullable().references('users.id').onDelete('CASCADE');
    t.integer('organization_id').notNullable().references('organizations.id').onDelete('CASCADE');
    t.text('role').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.primary(['user_id', 'organization_id']);
    t.check(inList('role', ROLES), [], 'memberships_role_check');
  });
  await knex.schema.alterTable('memberships', (t) => t.index(['organization_id']));
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('memberships');
  await knex.schema.dropTable('users');
  await knex.schema.dropTable('organizations');
}
