/**
 * Import jobs count the USAspending awards left out as not about trafficking apart from rejected
 * rows (docs/methodology.md, "Classifying federal awards by trafficking type"): they are not errors,
 * and a steward can import them with a type of their choosing.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('import_jobs', (t) => {
    t.integer('rows_not_trafficking').notNullable().defaultTo(0);
    t.check('rows_not_trafficking >= 0', [], 'import_jobs_rows_not_trafficking_check');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('import_jobs', (t) => {
    t.dropChecks(['import_jobs_rows_not_trafficking_check']);
    t.dropColumn('rows_not_trafficking');
  });
}
