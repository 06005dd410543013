/**
 * Grants' statement triggers read their transition table once instead of three to five times
 * (issue 13). Inserting a million grants, EXPLAIN ANALYZE put 4.6 s in the reference check (five
 * scans of the million new rows: distinct datasets, the datasets to lock, the organizations named,
 * the organizations to lock) and 4.6 s in the rollups (three scans, one per grain, appended into
 * one aggregate of three million rows).
 *
 * - References: one scan groups the new rows by dataset, funder and recipient (grouping sets,
 *   hashed side by side); the locks and existence checks then run over those few thousand ids.
 *   Same locks (FOR KEY SHARE), same errors (SQLSTATE 23503 and the old constraint names).
 * - Rollups: one scan aggregated by the three grains' grouping sets gives the same cells, sums
 *   and counts as the UNION ALL of three scans did.
 *
 * tests/migrations/grantReferences.test.ts and grantRollups.test.ts check both on both databases.
 */
import type { Knex } from 'knex';

const FK_VIOLATION = (constraint: string, message: string) =>
  `RAISE EXCEPTION ${message} USING ERRCODE = 'foreign_key_violation', CONSTRAINT = '${constraint}', TABLE = 'grants'`;

const CHECK_REFERENCES_ONE_PASS = `
  CREATE OR REPLACE FUNCTION grants_check_references() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    datasets_named integer[];
    funders_named integer[];
    organizations_named integer[];
    locked bigint;
  BEGIN
    -- GROUPING(dataset_id, funder_id, recipient_id) is 3 for the dataset set, 5 for the funder
    -- set and 6 for the recipient set (a bit is 1 where that column is not grouped).
    SELECT coalesce(array_agg(dataset_id) FILTER (WHERE g = 3), '{}'),
           coalesce(array_agg(funder_id) FILTER (WHERE g = 5), '{}'),
           coalesce(array_agg(coalesce(funder_id, recipient_id))
                      FILTER (WHERE g = 5 OR (g = 6 AND recipient_id IS NOT NULL)), '{}')
      INTO datasets_named, funders_named, organizations_named
    FROM (
      SELECT GROUPING(dataset_id, funder_id, recipient_id) AS g, dataset_id, funder_id, recipient_id
      FROM new_rows
      GROUP BY GROUPING SETS ((dataset_id), (funder_id), (recipient_id))
    ) named;
    SELECT count(*) INTO locked FROM (
      SELECT 1 FROM datasets d WHERE d.id = ANY (datasets_named) FOR KEY SHARE OF d
    ) l;
    IF locked < cardinality(datasets_named) THEN
      ${FK_VIOLATION('grants_dataset_id_foreign', `'insert or update on table "grants" violates foreign key constraint "grants_dataset_id_foreign": a dataset it names does not exist'`)};
    END IF;
    SELECT coalesce(array_agg(DISTINCT id), '{}') INTO organizations_named
    FROM unnest(organizations_named) id;
    SELECT count(*) INTO locked FROM (
      SELECT 1 FROM organizations o WHERE o.id = ANY (organizations_named) FOR KEY SHARE OF o
    ) l;
    IF locked < cardinality(organizations_named) THEN
      IF EXISTS (SELECT 1 FROM unnest(funders_named) f(id) WHERE NOT EXISTS (SELECT 1 FROM organizations o WHERE o.id = f.id)) THEN
        ${FK_VIOLATION('grants_funder_id_foreign', `'insert or update on table "grants" violates foreign key constraint "grants_funder_id_foreign": a funder it names does not exist'`)};
      END IF;
      ${FK_VIOLATION('grants_recipient_id_foreign', `'insert or update on table "grants" violates foreign key constraint "grants_recipient_id_foreign": a recipient it names does not exist'`)};
    END IF;
    RETURN NULL;
  END $$;`;

const KEYS =
  'grain, dataset_id, fiscal_year, trafficking_type, funder_id, service_category, country, us_state';

/**
 * The aggregated delta of a transition table, one row per rollup cell, in one scan. GROUPING
 * (funder_id, service_category) is 1 for the funder grain, 2 for the category grain and 3 for
 * the state grain; a dimension its grain does not group holds the sentinel (0 or '').
 */
function delta(rows: string): string {
  return `SELECT CASE GROUPING(funder_id, service_category) WHEN 1 THEN 'funder' WHEN 2 THEN 'category' ELSE 'state' END AS grain,
      dataset_id, fiscal_year, trafficking_type,
      CASE WHEN GROUPING(funder_id) = 0 THEN funder_id ELSE 0 END AS funder_id,
      CASE WHEN GROUPING(service_category) = 0 THEN service_category ELSE '' END AS service_category,
      CASE WHEN GROUPING(country) = 0 THEN country ELSE '' END AS country,
      CASE WHEN GROUPING(coalesce(us_state, '')) = 0 THEN coalesce(us_state, '') ELSE '' END AS us_state,
      sum(amount_usd) AS amount_sum,
      coalesce(sum(amount_usd) FILTER (WHERE labor_share IS NOT NULL), 0) AS declared_sum,
      coalesce(sum(amount_usd * labor_share), 0) AS declared_labor_sum,
      count(*) AS record_count
    FROM ${rows}
    GROUP BY GROUPING SETS (
      (dataset_id, fiscal_year, trafficking_type, country, coalesce(us_state, '')),
      (dataset_id, fiscal_year, trafficking_type, funder_id),
      (dataset_id, fiscal_year, trafficking_type, service_category))`;
}

type Delta = (rows: string) => string;

function addRows(delta: Delta, rows: string): string {
  return `
    INSERT INTO grant_rollups AS g (${KEYS}, amount_sum, declared_sum, declared_labor_sum, record_count)
    ${delta(rows)}
    ON CONFLICT (${KEYS})
    DO UPDATE SET amount_sum = g.amount_sum + excluded.amount_sum,
                  declared_sum = g.declared_sum + excluded.declared_sum,
                  declared_labor_sum = g.declared_labor_sum + excluded.declared_labor_sum,
                  record_count = g.record_count + excluded.record_count;`;
}

function subtractRows(delta: Delta, rows: string): string {
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

/** The three rollup trigger functions, aggregating transition tables with `delta`. */
const rollupFunctions = (delta: Delta) => [
  `CREATE OR REPLACE FUNCTION grant_rollups_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      ${addRows(delta, 'new_rows')}
      RETURN NULL;
    END $$;`,
  `CREATE OR REPLACE FUNCTION grant_rollups_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      ${subtractRows(delta, 'old_rows')}
      RETURN NULL;
    END $$;`,
  `CREATE OR REPLACE FUNCTION grant_rollups_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      ${subtractRows(delta, 'old_rows')}
      ${addRows(delta, 'new_rows')}
      RETURN NULL;
    END $$;`,
];

export async function up(knex: Knex): Promise<void> {
  await knex.raw(CHECK_REFERENCES_ONE_PASS);
  for (const sql of rollupFunctions(delta)) await knex.raw(sql);
}

// ---- down: the functions as migrations 20261126003000 and 20261129013200 left them ----

const CHECK_REFERENCES_BEFORE = `
  CREATE OR REPLACE FUNCTION grants_check_references() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    wanted bigint;
    locked bigint;
  BEGIN
    SELECT count(*) INTO wanted FROM (SELECT DISTINCT dataset_id FROM new_rows) r;
    SELECT count(*) INTO locked FROM (
      SELECT 1 FROM datasets d WHERE d.id IN (SELECT dataset_id FROM new_rows) FOR KEY SHARE OF d
    ) l;
    IF locked < wanted THEN
      ${FK_VIOLATION('grants_dataset_id_foreign', `'insert or update on table "grants" violates foreign key constraint "grants_dataset_id_foreign": a dataset it names does not exist'`)};
    END IF;
    SELECT count(*) INTO wanted FROM (
      SELECT funder_id AS id FROM new_rows UNION SELECT recipient_id FROM new_rows WHERE recipient_id IS NOT NULL
    ) r;
    SELECT count(*) INTO locked FROM (
      SELECT 1 FROM organizations o
      WHERE o.id IN (SELECT funder_id FROM new_rows UNION SELECT recipient_id FROM new_rows)
      FOR KEY SHARE OF o
    ) l;
    IF locked < wanted THEN
      IF EXISTS (SELECT 1 FROM new_rows n WHERE NOT EXISTS (SELECT 1 FROM organizations o WHERE o.id = n.funder_id)) THEN
        ${FK_VIOLATION('grants_funder_id_foreign', `'insert or update on table "grants" violates foreign key constraint "grants_funder_id_foreign": a funder it names does not exist'`)};
      END IF;
      ${FK_VIOLATION('grants_recipient_id_foreign', `'insert or update on table "grants" violates foreign key constraint "grants_recipient_id_foreign": a recipient it names does not exist'`)};
    END IF;
    RETURN NULL;
  END $$;`;

const GRAINS_BEFORE = (rows: string) => `
  SELECT 'state' AS grain, dataset_id, fiscal_year, trafficking_type, 0 AS funder_id, '' AS service_category,
         country, coalesce(us_state, '') AS us_state, amount_usd, labor_share FROM ${rows}
  UNION ALL
  SELECT 'funder', dataset_id, fiscal_year, trafficking_type, funder_id, '', '', '', amount_usd, labor_share FROM ${rows}
  UNION ALL
  SELECT 'category', dataset_id, fiscal_year, trafficking_type, 0, service_category, '', '', amount_usd, labor_share FROM ${rows}`;

const deltaBefore: Delta = (rows) => `SELECT ${KEYS},
      sum(amount_usd) AS amount_sum,
      coalesce(sum(amount_usd) FILTER (WHERE labor_share IS NOT NULL), 0) AS declared_sum,
      coalesce(sum(amount_usd * labor_share), 0) AS declared_labor_sum,
      count(*) AS record_count
    FROM (${GRAINS_BEFORE(rows)}) d
    GROUP BY ${KEYS}`;

export async function down(knex: Knex): Promise<void> {
  await knex.raw(CHECK_REFERENCES_BEFORE);
  for (const sql of rollupFunctions(deltaBefore)) await knex.raw(sql);
}
