/**
 * Rollups of grants for the dashboard's aggregates at scale: totals per dataset, year and type at
 * three grains — by state (with country), by funder, by service category. Statement-level triggers
 * with transition tables keep them in step with every write to grants (import, seeds, corrections,
 * deletions): each statement adds or subtracts the aggregated delta of the rows it touched.
 * Absent dimensions hold sentinels (0, '') so that a plain unique key identifies a cell.
 */
import type { Knex } from 'knex';

const GRAINS = `
  SELECT 'state' AS grain, dataset_id, fiscal_year, trafficking_type, 0 AS funder_id, '' AS service_category,
         country, coalesce(us_state, '') AS us_state, amount_usd, labor_share FROM %ROWS%
  UNION ALL
  SELECT 'funder', dataset_id, fiscal_year, trafficking_type, funder_id, '', '', '', amount_usd, labor_share FROM %ROWS%
  UNION ALL
  SELECT 'category', dataset_id, fiscal_year, trafficking_type, 0, service_category, '', '', amount_usd, labor_share FROM %ROWS%`;

const KEYS =
  'grain, dataset_id, fiscal_year, trafficking_type, funder_id, service_category, country, us_state';

/** The aggregated delta of a transition table, one row per rollup cell. */
function delta(rows: string): string {
  return `SELECT ${KEYS},
      sum(amount_usd) AS amount_sum,
      coalesce(sum(amount_usd) FILTER (WHERE labor_share IS NOT NULL), 0) AS declared_sum,
      coalesce(sum(amount_usd * labor_share), 0) AS declared_labor_sum,
      count(*) AS record_count
    FROM (${GRAINS.replaceAll('%ROWS%', rows)}) d
    GROUP BY ${KEYS}`;
}

/** Adds the rows of a transition table to their cells, creating cells as needed. */
function addRows(rows: string): string {
  return `
    INSERT INTO grant_rollups AS g (${KEYS}, amount_sum, declared_sum, declared_labor_sum, record_count)
    ${delta(rows)}
    ON CONFLICT (${KEYS})
    DO UPDATE SET amount_sum = g.amount_sum + excluded.amount_sum,
                  declared_sum = g.declared_sum + excluded.declared_sum,
                  declared_labor_sum = g.declared_labor_sum + excluded.declared_labor_sum,
                  record_count = g.record_count + excluded.record_count;`;
}

/** Subtracts the rows of a transition table from their cells and drops cells left empty. */
function subtractRows(rows: string): string {
  return `
    UPDATE grant_rollups AS g
    SET amount_sum = g.amount_sum - d.amount_sum,
        declared_sum = g.declared_sum - d.declared_sum,
        declared_labor_sum = g.declared_labor_sum - d.declared_labor_sum,
        record_count = g.record_count - d.record_count
    FROM (${delta(rows)}) d
    WHERE (g.grain, g.dataset_id, g.fiscal_year, g.trafficking_type, g.funder_id, g.service_category, g.country, g.us_state)
        = (d.grain, d.dataset_id, d.fiscal_year, d.trafficking_type, d.funder_id, d.service_category, d.country, d.us_state);
    DELETE FROM grant_rollups WHERE record_count = 0;`;
}

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('grant_rollups', (t) => {
    t.text('grain').notNullable();
    t.integer('dataset_id').notNullable().references('datasets.id').onDelete('CASCADE');
    t.integer('fiscal_year').notNullable();
    t.text('trafficking_type').notNullable();
    t.integer('funder_id').notNullable();
    t.text('service_category').notNullable();
    t.text('country').notNullable();
    t.text('us_state').notNullable();
    t.decimal('amount_sum', 20, 2).notNullable();
    t.decimal('declared_sum', 20, 2).notNullable();
    t.decimal('declared_labor_sum', 24, 6).notNullable();
    t.bigInteger('record_count').notNullable();
    t.primary([
      'grain',
      'dataset_id',
      'fiscal_year',
      'trafficking_type',
      'funder_id',
      'service_category',
      'country',
      'us_state',
    ]);
    t.check("grain IN ('state', 'funder', 'category')", [], 'grant_rollups_grain_check');
    t.check('record_count >= 0', [], 'grant_rollups_count_check');
  });
  await knex.raw(`
    CREATE FUNCTION grant_rollups_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      ${addRows('new_rows')}
      RETURN NULL;
    END $$;`);
  await knex.raw(`
    CREATE FUNCTION grant_rollups_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      ${subtractRows('old_rows')}
      RETURN NULL;
    END $$;`);
  await knex.raw(`
    CREATE FUNCTION grant_rollups_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      ${subtractRows('old_rows')}
      ${addRows('new_rows')}
      RETURN NULL;
    END $$;`);
  await knex.raw(`CREATE TRIGGER grant_rollups_insert AFTER INSERT ON grants
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION grant_rollups_after_insert()`);
  await knex.raw(`CREATE TRIGGER grant_rollups_delete AFTER DELETE ON grants
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION grant_rollups_after_delete()`);
  await knex.raw(`CREATE TRIGGER grant_rollups_update AFTER UPDATE ON grants
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION grant_rollups_after_update()`);
  // Backfill from the grants already stored.
  await knex.raw(`
    INSERT INTO grant_rollups (grain, dataset_id, fiscal_year, trafficking_type, funder_id, service_category,
      country, us_state, amount_sum, declared_sum, declared_labor_sum, record_count)
    SELECT grain, dataset_id, fiscal_year, trafficking_type, funder_id, service_category, country, us_state,
      sum(amount_usd), coalesce(sum(amount_usd) FILTER (WHERE labor_share IS NOT NULL), 0),
      coalesce(sum(amount_usd * labor_share), 0), count(*)
    FROM (${GRAINS.replaceAll('%ROWS%', 'grants')}) d
    GROUP BY grain, dataset_id, fiscal_year, trafficking_type, funder_id, service_category, country, us_state`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP TRIGGER IF EXISTS grant_rollups_update ON grants');
  await knex.raw('DROP TRIGGER IF EXISTS grant_rollups_delete ON grants');
  await knex.raw('DROP TRIGGER IF EXISTS grant_rollups_insert ON grants');
  await knex.raw('DROP FUNCTION IF EXISTS grant_rollups_after_update()');
  await knex.raw('DROP FUNCTION IF EXISTS grant_rollups_after_delete()');
  await knex.raw('DROP FUNCTION IF EXISTS grant_rollups_after_insert()');
  await knex.schema.dropTable('grant_rollups');
}
