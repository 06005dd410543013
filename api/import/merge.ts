/**
 * Set-based SQL from the staging table into the real tables, all inside the import's
 * transaction: repeated rows are marked, organizations are matched by name or created, changed
 * rows are updated in place (each change audited with its before and after values), and new rows
 * are inserted. Nothing here loops over rows in JavaScript.
 */
import type { Knex } from 'knex';
import { stageName } from './staging/table';
import type { Target } from './targets';

/** The import's transaction, or (embedded database, api/import/run/interleaved.ts) the database. */
type Trx = Knex;

async function rows<T>(trx: Trx, sql: string, bindings: Knex.RawBinding[] = []): Promise<T[]> {
  const result = await trx.raw<{ rows: T[] }>(sql, bindings);
  return result.rows;
}

async function count(trx: Trx, sql: string, bindings: Knex.RawBinding[] = []): Promise<number> {
  const [row] = await rows<{ n: number }>(trx, sql, bindings);
  return Number(row?.n ?? 0);
}

/** Temporary tables of an import: dropped at commit (one transaction) or kept for the session. */
export type TempLifetime = 'transaction' | 'session';

export interface DuplicateError {
  line: number;
  message: string;
}

/**
 * Marks every row whose identity already appeared on an earlier line, keeping the first;
 * `rawColumns` rebuilds such a row for the rejected-rows download (file column -> stage column).
 */
export async function markDuplicates(
  trx: Trx,
  target: Target,
  rawColumns: Readonly<Record<string, string>>,
): Promise<number> {
  const stage = stageName(target);
  const id = target.identity.join(', ');
  const hasExternalId = target.columns.some((c) => c.name === 'external_id');
  const message = hasExternalId
    ? `CASE WHEN s.external_id IS NULL THEN replace(?, '{first}', d.first_line::text) ELSE replace(?, '{first}', d.first_line::text) END`
    : `replace(?, '{first}', d.first_line::text)`;
  const messageBindings = hasExternalId
    ? [target.duplicateMessage.withoutId, target.duplicateMessage.withId]
    : [target.duplicateMessage.withId];
  const staged = new Set(target.columns.map((c) => c.name));
  const raw = `jsonb_build_object(${Object.entries(rawColumns)
    .filter(([, col]) => staged.has(col))
    .map(([file, col]) => `'${file}', s.${col}::text`)
    .join(', ')})`;
  return count(
    trx,
    `WITH repeated AS (
       SELECT ${id} FROM ${stage} WHERE error IS NULL GROUP BY ${id} HAVING count(*) > 1
     ), d AS (
       SELECT s.line, min(s.line) OVER (PARTITION BY ${target.identity.map((c) => `s.${c}`).join(', ')}) AS first_line
       FROM ${stage} s JOIN repeated r USING (${id})
       WHERE s.error IS NULL
     ), marked AS (
       UPDATE ${stage} s SET error = ${message}, raw = ${raw}
       FROM d WHERE s.line = d.line AND d.line > d.first_line
       RETURNING 1
     )
     SELECT count(*)::int AS n FROM marked`,
    messageBindings,
  );
}

/** The first `limit` duplicate errors, by line. */
export async function duplicateErrors(
  trx: Trx,
  target: Target,
  limit: number,
): Promise<DuplicateError[]> {
  return rows<DuplicateError>(
    trx,
    `SELECT line, error AS message FROM ${stageName(target)} WHERE error IS NOT NULL AND raw IS NOT NULL AND jsonb_typeof(raw) = 'object' ORDER BY line LIMIT ?`,
    [limit],
  );
}

/** Keeps the rejected rows of the job, outside the part of the transaction that may roll back. */
export async function saveRejectedRows(trx: Trx, target: Target, jobId: number): Promise<void> {
  await trx.raw(
    `INSERT INTO import_rejected_rows (job_id, line, row_values, error)
     SELECT ?, line, coalesce(raw, '[]'::jsonb), error FROM ${stageName(target)} WHERE error IS NOT NULL
     ON CONFLICT (job_id, line) DO NOTHING`,
    [jobId],
  );
}

/**
 * Matches the organizations named in the staged rows (case-insensitive) and creates the missing
 * ones; returns how many were created. Leaves a temporary map from each spelling of a name to
 * its organization's id for the merge.
 */
export async function resolveOrganizations(
  trx: Trx,
  target: Target,
  lines?: LineRange,
): Promise<number> {
  if (target.orgRefs.length === 0) return 0;
  const stage = stageName(target);
  const names = target.orgRefs
    .map(
      (ref, priority) =>
        `SELECT ${ref.name} AS name, ${priority} AS priority, country FROM ${stage} WHERE error IS NULL AND ${ref.name} IS NOT NULL${lines ? ` AND line > ${lines.after} AND line <= ${lines.upTo}` : ''}`,
    )
    .join(' UNION ALL ');
  // Grouped by spelling first: lower() then runs once per spelling (20,200 in the benchmark's
  // million rows), not once per row and reference (two million), here and in the merge's join.
  await trx.raw(`DROP TABLE IF EXISTS import_org_spellings`);
  await trx.raw(
    `CREATE TEMP TABLE import_org_spellings ON COMMIT DROP AS
     SELECT name, min(priority) AS priority, min(country) AS country FROM (${names}) n GROUP BY name`,
  );
  await trx.raw(`DROP TABLE IF EXISTS import_org_names`);
  await trx.raw(
    `CREATE TEMP TABLE import_org_names ON COMMIT DROP AS
     SELECT key, name, (ARRAY[${target.orgRefs.map((r) => `'${r.kind}'`).join(', ')}])[priority + 1] AS kind, country
     FROM (SELECT lower(name) AS key, min(name) AS name, min(priority) AS priority, min(country) AS country
           FROM import_org_spellings GROUP BY lower(name)) g`,
  );
  const created = await count(
    trx,
    `WITH missing AS (
       SELECT n.*, coalesce(nullif(trim(both '-' from left(regexp_replace(n.key, '[^a-z0-9]+', '-', 'g'), 80)), ''), 'organization') AS base
       FROM import_org_names n
       WHERE NOT EXISTS (SELECT 1 FROM organizations o WHERE lower(o.name) = n.key)
     ), slugged AS (
       SELECT m.*, (EXISTS (SELECT 1 FROM organizations o WHERE o.slug = m.base)
                    OR count(*) OVER (PARTITION BY m.base) > 1) AS clash
       FROM missing m
     ), inserted AS (
       INSERT INTO organizations (slug, name, kind, country)
       SELECT CASE WHEN clash THEN base || '-' || left(md5(key), 8) ELSE base END, name, kind,
              CASE WHEN kind = 'FUNDER' THEN 'US' ELSE country END
       FROM slugged
       RETURNING 1
     )
     SELECT count(*)::int AS n FROM inserted`,
  );
  await trx.raw(`ANALYZE import_org_names`);
  await trx.raw(`DROP TABLE IF EXISTS import_org_map`);
  await trx.raw(
    `CREATE TEMP TABLE import_org_map ON COMMIT DROP AS
     SELECT s.name, min(o.id) AS id
     FROM import_org_spellings s JOIN organizations o ON lower(o.name) = lower(s.name)
     GROUP BY s.name`,
  );
  await trx.raw(`ANALYZE import_org_map`);
  return created;
}

export interface MergeCounts {
  inserted: number;
  updated: number;
}

/** Staged lines `after` < line <= `upTo`: one batch of an embedded import's merge. */
export interface LineRange {
  after: number;
  upTo: number;
}

/** Updates changed rows (auditing each change) and inserts new ones; only `lines` when given. */
export async function mergeTarget(
  trx: Trx,
  target: Target,
  datasetId: number,
  jobId: number,
  step: <T>(name: string, work: () => Promise<T>) => Promise<T> = (_n, work) => work(),
  lines?: LineRange,
): Promise<MergeCounts> {
  const table = target.table;
  const { source, rangeBindings, matches, setColumns } = mergeSql(target, lines);

  const updated = await step(`update changed ${table}`, () =>
    updateChangedRows(trx, target, { sql: source, bindings: rangeBindings }, datasetId, jobId),
  );

  const insertColumns = ['dataset_id', ...setColumns];
  const inserted = await step(`insert new ${table}`, () =>
    count(
      trx,
      `WITH src AS (${source}),
     ins AS (
       INSERT INTO ${table} (${insertColumns.join(', ')})
       SELECT ?, ${setColumns.map((c) => `src.${c}`).join(', ')} FROM src
       WHERE NOT EXISTS (SELECT 1 FROM ${table} t WHERE t.dataset_id = ? AND ${matches})
       RETURNING 1
     )
     SELECT count(*)::int AS n FROM ins`,
      [...rangeBindings, datasetId, datasetId],
    ),
  );
  return { inserted, updated };
}

/**
 * Sets the dataset's vintage and data period from the years of all its records. Grants' years
 * are read from grant_rollups, which the grants' triggers keep to exactly the cells that hold
 * grants: a few hundred rows, where grants has no index on the year and a large dataset's
 * million rows took a second to read.
 */
export async function refreshDatasetPeriod(trx: Trx, datasetId: number): Promise<void> {
  await trx.raw(
    `UPDATE datasets d SET vintage = y.last,
            data_period = CASE WHEN y.first = y.last THEN y.first::text ELSE y.first || '–' || y.last END
     FROM (
       SELECT min(year) AS first, max(year) AS last FROM (
         SELECT min(fiscal_year) AS year FROM grant_rollups WHERE grain = 'state' AND dataset_id = ?
         UNION ALL SELECT max(fiscal_year) FROM grant_rollups WHERE grain = 'state' AND dataset_id = ?
         UNION ALL SELECT min(year) FROM trainings WHERE dataset_id = ?
         UNION ALL SELECT max(year) FROM trainings WHERE dataset_id = ?
         UNION ALL SELECT min(year) FROM service_records WHERE dataset_id = ?
         UNION ALL SELECT max(year) FROM service_records WHERE dataset_id = ?
         UNION ALL SELECT min(year) FROM research_outputs WHERE dataset_id = ?
         UNION ALL SELECT max(year) FROM research_outputs WHERE dataset_id = ?
         UNION ALL SELECT min(year) FROM need_indicators WHERE dataset_id = ?
         UNION ALL SELECT max(year) FROM need_indicators WHERE dataset_id = ?
       ) years
     ) y
     WHERE d.id = ? AND y.last IS NOT NULL`,
    Array<number>(11).fill(datasetId),
  );
}

/**
 * The parts of a merge's SQL, shared with the embedded database's re-import (shadow.ts): the
 * staged rows (`lines` only, when given) with their organizations' ids, how a staged row (src)
 * matches an existing one (t), the columns set on update and their new values, and the audit's
 * diff of two rows.
 */
export function mergeSql(target: Target, lines?: LineRange) {
  const stage = stageName(target);
  const dataColumns = target.columns
    .map((c) => c.name)
    .filter((c) => !target.orgRefs.some((r) => r.name === c));
  const orgJoins = target.orgRefs
    .map((r, i) => `LEFT JOIN import_org_map o${i} ON o${i}.name = s.${r.name}`)
    .join(' ');
  const orgSelect = target.orgRefs.map((r, i) => `o${i}.id AS ${r.id}`);
  const inRange = lines ? ' AND s.line > ? AND s.line <= ?' : '';
  const rangeBindings = lines ? [lines.after, lines.upTo] : [];
  const source = `SELECT s.*${orgSelect.map((o) => `, ${o}`).join('')} FROM ${stage} s ${orgJoins} WHERE s.error IS NULL${inRange}`;
  const matches = target.identity.map((c) => `t.${c} = src.${c}`).join(' AND ');
  const setColumns = [...dataColumns, ...target.orgRefs.map((r) => r.id)];
  const newValue = (c: string) => target.updateExpr?.[c]?.('t', 'src') ?? `src.${c}`;
  const diff = (a: string, b: string) =>
    `(SELECT coalesce(jsonb_object_agg(e.key, e.value), '{}'::jsonb) FROM jsonb_each(to_jsonb(${a}) - 'id' - 'row_hash') e WHERE to_jsonb(${b}) -> e.key IS DISTINCT FROM e.value)`;
  return { source, rangeBindings, matches, setColumns, newValue, diff };
}

/**
 * Updates the rows of dataset `datasetId` that a row of `source` (aliased src; staged rows, or an
 * embedded re-import's pending copies) matches and changes, auditing each change with its before
 * and after values; answers how many were updated.
 */
export async function updateChangedRows(
  trx: Trx,
  target: Target,
  source: { sql: string; bindings: Knex.RawBinding[] },
  datasetId: number,
  jobId: number,
): Promise<number> {
  const table = target.table;
  const { matches, setColumns, newValue, diff } = mergeSql(target);
  return count(
    trx,
    `WITH src AS (${source.sql}),
     upd AS (
       UPDATE ${table} t SET ${setColumns.map((c) => `${c} = ${newValue(c)}`).join(', ')}
       FROM src
       WHERE t.dataset_id = ? AND ${matches}
         AND (${setColumns.map((c) => `t.${c}`).join(', ')}) IS DISTINCT FROM (${setColumns.map(newValue).join(', ')})
       RETURNING t.*
     ),
     old AS (SELECT t.* FROM ${table} t WHERE t.id IN (SELECT id FROM upd)),
     audited AS (
       INSERT INTO audit_log (action, entity, entity_id, details)
       SELECT 'correction', ?, upd.id::text,
              jsonb_build_object('job_id', ?::int, 'dataset_id', ?::int, 'before', ${diff('old', 'upd')}, 'after', ${diff('upd', 'old')})
       FROM upd JOIN old ON old.id = upd.id
       RETURNING 1
     )
     SELECT count(*)::int AS n FROM audited`,
    [...source.bindings, datasetId, table, jobId, datasetId],
  );
}
