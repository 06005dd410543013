import type { Knex } from 'knex';

/**
 * The import pipeline: rows a job rejected (kept for the "rejected rows" download, outside the
 * data transaction) and the file's header, and the grant fields of federal award files (assistance listing, period of
 * performance) that had no column.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('import_rejected_rows', (t) => {
    t.integer('job_id').notNullable().references('import_jobs.id').onDelete('CASCADE');
    t.integer('line').notNullable().comment('line of the file where the row starts');
    t.jsonb('row_values').notNullable().comment('the row as read, column name -> text');
    t.text('error').notNullable();
    t.primary(['job_id', 'line']);
  });
  await knex.schema.alterTable('import_jobs', (t) => {
    t.jsonb('header').nullable().comment("the file's column names, for the rejected-rows download");
  });
  await knex.schema.alterTable('grants', (t) => {
    t.text('program_number').nullable().comment('assistance listing (CFDA) number, e.g. 16.320');
    t.text('program_title').nullable().comment('assistance listing (CFDA) title');
    t.date('period_start').nullable().comment('period of performance start');
    t.date('period_end').nullable().comment('period of performance end');
    t.check(
      'period_start IS NULL OR period_end IS NULL OR period_end >= period_start',
      [],
      'grants_period_check',
    );
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('grants', (t) => {
    t.dropChecks(['grants_period_check']);
    t.dropColumns('program_number', 'program_title', 'period_start', 'period_end');
  });
  await knex.schema.alterTable('import_jobs', (t) => t.dropColumn('header'));
  await knex.schema.dropTable('import_rejected_rows');
}
