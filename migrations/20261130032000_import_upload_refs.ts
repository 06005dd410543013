/**
 * An upload's reference (api/import/uploadRefs.ts) is kept with its job, so that any API process on
 * the database finds the job of an upload another process is receiving. Only the uploader finds
 * it, and only while the job runs; the index covers the jobs that have one.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('import_jobs', (t) => {
    t.text('upload_ref').nullable();
  });
  await knex.raw(
    'CREATE INDEX import_jobs_upload_ref_idx ON import_jobs (upload_ref) WHERE upload_ref IS NOT NULL',
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX IF EXISTS import_jobs_upload_ref_idx');
  await knex.schema.alterTable('import_jobs', (t) => {
    t.dropColumn('upload_ref');
  });
}
