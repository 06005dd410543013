/**
 * Fewer indexes on grants, for imports: each index is one more B-tree insert per imported row,
 * and at a million rows the five secondary indexes cost more than the heap and the identity
 * indexes together (issue 13: a 200,000-row merge took ~34 s with them, ~11 s with only the
 * primary key and the identity index). Three of them serve no query any more:
 *
 * - grants_year_type_idx was a covering index for the dashboard's GROUP BY type x year over
 *   grants. Those totals come from grant_rollups (its primary key leads with grain, dataset, year,
 *   type); reads of grants themselves (pooled datasets, a recipient's grants) sum record_key,
 *   which the index does not cover, so it no longer gives an index-only scan.
 * - grants_state_idx and grants_category_idx: state and category totals come from the state and
 *   category grains of grant_rollups. Reads of grants are narrowed by dataset first (the
 *   (dataset_id, row_hash) identity index leads with dataset_id), by recipient (recipient_idx) or
 *   by funder (funder_idx); a state or a category keeps 1/51 to 1/10 of those rows, a filter the
 *   heap scan applies as cheaply.
 *
 * Kept: the primary key; the identity (dataset_id, row_hash) and (dataset_id, external_id)
 * unique indexes, which the import's merge and its guarantees rest on; funder_idx and
 * recipient_idx, which serve the foreign keys' RESTRICT checks when an organization is deleted
 * and the visibility of organizations by the data that names them (api/data/visibility.ts).
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX IF EXISTS grants_year_type_idx');
  await knex.raw('DROP INDEX IF EXISTS grants_state_idx');
  await knex.raw('DROP INDEX IF EXISTS grants_category_idx');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(
    'CREATE INDEX IF NOT EXISTS grants_year_type_idx ON grants (fiscal_year, trafficking_type) INCLUDE (amount_usd, labor_share, dataset_id)',
  );
  await knex.raw('CREATE INDEX IF NOT EXISTS grants_state_idx ON grants (us_state, fiscal_year)');
  await knex.raw(
    'CREATE INDEX IF NOT EXISTS grants_category_idx ON grants (service_category, fiscal_year)',
  );
}
