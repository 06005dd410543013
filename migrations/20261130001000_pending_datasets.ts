import type { Knex } from 'knex';

/**
 * A dataset an import on the embedded database is still writing: its rows go in by small batches,
 * each committed, so that other requests are answered between them; until the import publishes it
 * (clears the column in one short transaction) nobody sees it, and if the import stops it is
 * deleted. Always null on PostgreSQL, where an import writes in one transaction.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('datasets', (t) => {
    t.integer('pending_import_job')
      .nullable()
      .comment('the import job still writing this dataset; hidden from every reader until null');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('datasets', (t) => {
    t.dropColumn('pending_import_job');
  });
}
