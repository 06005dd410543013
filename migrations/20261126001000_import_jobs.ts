import type { Knex } from 'knex';
import { inList } from './checks';

export const IMPORT_KINDS = [
  'grants',
  'trainings',
  'service_records',
  'research_outputs',
  'need_indicators',
  'usaspending',
] as const;
export const IMPORT_STATUSES = ['pending', 'running', 'succeeded', 'failed', 'rejected'] as const;

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('import_jobs', (t) => {
    t.increments('id').primary();
    t.integer('dataset_id').nullable().references('datasets.id').onDelete('SET NULL');
    t.text('kind').notNullable();
    t.text('file_name').notNullable();
    t.text('file_sha256').nullable();
    t.bigInteger('file_bytes').nullable();
    t.text('status').notNullable().defaultTo('pending');
    t.boolean('dry_run').notNullable().defaultTo(false);
    t.boolean('valid_only').notNullable().defaultTo(false);
    t.integer('rows_total').nullable();
    t.integer('rows_done').notNullable().defaultTo(0);
    t.integer('rows_inserted').notNullable().defaultTo(0);
    t.integer('rows_updated').notNullable().defaultTo(0);
    t.integer('rows_unchanged').notNullable().defaultTo(0);
    t.integer('rows_rejected').notNullable().defaultTo(0);
    t.jsonb('errors').nullable().comment('first errors: line, column, value, message');
    t.text('message').nullable();
    t.integer('created_by').nullable().references('users.id').onDelete('SET NULL');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('finished_at', { useTz: true }).nullable();
    t.check(inList('kind', IMPORT_KINDS), [], 'import_jobs_kind_check');
    t.check(inList('status', IMPORT_STATUSES), [], 'import_jobs_status_check');
    t.check(
      'rows_done >= 0 AND rows_inserted >= 0 AND rows_updated >= 0 AND rows_unchanged >= 0 AND rows_rejected >= 0',
      [],
      'import_jobs_counts_check',
    );
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('import_jobs');
}
