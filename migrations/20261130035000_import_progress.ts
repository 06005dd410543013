/**
 * A running import's progress is kept with its job (api/import/jobs.ts writes it about once a
 * second through the pool, on PostgreSQL), so that any API process on the database shows it, not
 * only the process running the import. Stored as the whole progress object; read only while the
 * job runs (its counts say the rest once it has ended).
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('import_jobs', (t) => {
    t.jsonb('progress').nullable().comment('the progress of the running import, as last stored');
    t.timestamp('progress_at', { useTz: true }).nullable().comment('when progress was stored');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('import_jobs', (t) => {
    t.dropColumn('progress_at');
    t.dropColumn('progress');
  });
}
