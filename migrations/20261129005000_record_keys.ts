/**
 * Record keys for the cell key method (core/cellKey.ts, docs/methodology.md "Disclosure control"):
 * every grant, training, service record and research output gets a permanent random integer in
 * [0, 2^32). A volatile default is evaluated per row, so existing rows are backfilled with keys of
 * their own and every later insert draws one. Keys are never published and never change (an
 * updated record keeps its key, so its cells keep their noise).
 */
import type { Knex } from 'knex';

const TABLES = ['grants', 'trainings', 'service_records', 'research_outputs'] as const;

export async function up(knex: Knex): Promise<void> {
  for (const table of TABLES) {
    await knex.raw(
      `ALTER TABLE ${table} ADD COLUMN record_key bigint NOT NULL
         DEFAULT floor(random() * 4294967296)::bigint
         CONSTRAINT ${table}_record_key_check CHECK (record_key >= 0 AND record_key < 4294967296)`,
    );
  }
}

export async function down(knex: Knex): Promise<void> {
  for (const table of TABLES) {
    await knex.raw(`ALTER TABLE ${table} DROP COLUMN IF EXISTS record_key`);
  }
}
