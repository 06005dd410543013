import type { Knex } from 'knex';

/**
 * Briefs: a view's figures, charts, assumptions and citations frozen when the brief was made,
 * with the recommendations its authors wrote, the scenario version and the data vintages it came
 * from. Readable by members of its organization; analysts create and edit them.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('briefs', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.integer('organization_id').notNullable().references('organizations.id').onDelete('CASCADE');
    t.integer('created_by').nullable().references('users.id').onDelete('SET NULL');
    t.text('kind').notNullable().comment('OVERVIEW, EQUITY, FUNDERS or SCENARIO');
    t.text('title').notNullable();
    t.jsonb('view').notNullable().comment('the settings that reproduce the brief');
    t.jsonb('content').notNullable().comment('figures, charts, assumptions, citations as made');
    t.jsonb('recommendations').notNullable().defaultTo('[]');
    t.uuid('scenario_id').nullable().references('scenarios.id').onDelete('SET NULL');
    t.integer('scenario_version').nullable();
    t.jsonb('data_vintages').notNullable().comment('datasets (id, vintage, imported_at) used');
    t.text('app_version').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['organization_id', 'created_at'], 'briefs_organization_idx');
    t.check("kind in ('OVERVIEW', 'EQUITY', 'FUNDERS', 'SCENARIO')", [], 'briefs_kind_check');
    t.check('length(trim(title)) > 0', [], 'briefs_title_check');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('briefs');
}
