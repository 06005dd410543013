import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('audit_log', (t) => {
    t.bigIncrements('id').primary();
    t.timestamp('at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.integer('actor_user_id').nullable().references('users.id').onDelete('SET NULL');
    t.integer('organization_id').nullable().references('organizations.id').onDelete('SET NULL');
    t.text('action')
      .notNullable()
      .comment('e.g. sign_in, import, correction, deletion, role_change');
    t.text('entity').nullable();
    t.text('entity_id').nullable();
    t.jsonb('details').nullable();
    t.check('length(trim(action)) > 0', [], 'audit_log_action_check');
  });
  await knex.raw('CREATE INDEX audit_log_org_at_idx ON audit_log (organization_id, at DESC)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('audit_log');
}
