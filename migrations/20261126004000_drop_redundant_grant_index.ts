/**
 * grants_dataset_idx duplicates the leading column of the (dataset_id, row_hash) unique index,
 * which serves every lookup by dataset; dropping it saves one index write per imported grant.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX IF EXISTS grants_dataset_idx');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('CREATE INDEX IF NOT EXISTS grants_dataset_idx ON grants (dataset_id)');
}
