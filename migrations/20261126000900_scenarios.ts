import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('scenarios', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.integer('owner_user_id').nullable().references('users.id').onDelete('SET NULL');
    t.integer('organization_id').nullable().references('organizations.id').onDelete('SET NULL');
    t.text('name').notNullable();
    t.text('share_token_hash').nullable().unique().comment('set when shared by link');
    t.integer('latest_version').notNullable().defaultTo(1);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('deleted_at', { useTz: true }).nullable();
    t.check('latest_version >= 1', [], 'scenarios_version_check');
    t.check('length(trim(name)) > 0', [], 'scenarios_name_check');
  });
  await knex.schema.createTable('scenario_versions', (t) => {
    t.uuid('scenario_id').notNullable().references('scenarios.id').onDelete('CASCADE');
    t.integer('version').notNullable();
    t.jsonb('params').notNullable();
    t.jsonb('data_vintages').notNullable().comment('datasets and need vintages the run used');
    t.jsonb('summary').nullable();
    t.integer('created_by').nullable().references('users.id').onDelete('SET NULL');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.primary(['scenario_id', 'version']);
    t.check('version >= 1', [], 'scenario_versions_version_check');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('scenario_versions');
  await knex.schema.dropTable('scenarios');
}
