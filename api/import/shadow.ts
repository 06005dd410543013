/**
 * A re-import into an existing dataset on the embedded database, written in batches without
 * showing half of it (api/import/run/interleaved.ts). Each batch copies the rows it would insert
 * or change, with the values the merge would give them, into a pending "shadow" dataset that no
 * reader sees, and notes for each changed row its audit entry (before and after) and the version
 * of the row it compared with (xmin). One short transaction then publishes them: the changed rows
 * are updated in place with their noted audit entries, and the new ones moved into the dataset. A
 * row changed meanwhile by someone else (a steward's override) is compared again there, as the
 * merge does. A dry run stops before publishing and deletes the shadow. Set-based SQL, like
 * merge.ts, whose expressions it shares so that both give the same counts and audit entries.
 */
import type { Knex } from 'knex';
import { mergeSql, updateChangedRows, type LineRange, type MergeCounts } from './merge';
import type { Target } from './targets';

/** The session's notes of changed rows: which row, its copy, its version, its audit entry. */
const CHANGES = 'import_shadow_changes';

export async function createShadowChanges(knex: Knex): Promise<void> {
  await knex.raw(`DROP TABLE IF EXISTS ${CHANGES}`);
  await knex.raw(
    `CREATE TEMP TABLE ${CHANGES} (entity text NOT NULL, existing_id integer NOT NULL,
       shadow_id integer NOT NULL, seen xid NOT NULL, before jsonb NOT NULL, after jsonb NOT NULL)`,
  );
}

export async function dropShadowChanges(knex: Knex): Promise<void> {
  await knex.raw(`DROP TABLE IF EXISTS ${CHANGES}`);
}

/**
 * The audit's diff of two rows over the columns a merge sets: the values of `a` that `b` does not
 * share (the merge's audit entry, whose rows differ in no other column).
 */
function diff(columns: readonly string[], a: string, b: string): string {
  const object = (row: string) =>
    `jsonb_build_object(${columns.map((c) => `'${c}', ${row}.${c}`).join(', ')})`;
  return `(SELECT coalesce(jsonb_object_agg(e.key, e.value), '{}'::jsonb) FROM jsonb_each(${object(a)} - 'row_hash') e WHERE ${object(b)} -> e.key IS DISTINCT FROM e.value)`;
}

/**
 * Copies the staged rows of `lines` that are new to dataset `datasetId`, or would change its row,
 * into dataset `shadowId` with the values the merge would give them, noting each change; answers
 * how many of each.
 */
export async function copyChangesToShadow(
  trx: Knex,
  target: Target,
  datasetId: number,
  shadowId: number,
  lines: LineRange,
): Promise<MergeCounts> {
  const { source, rangeBindings, matches, setColumns, newValue } = mergeSql(target, lines);
  const table = target.table;
  const identity = target.identity.map((c) => `copied.${c} = c.${c}`).join(' AND ');
  const result = await trx.raw<{ rows: { inserted: number; updated: number }[] }>(
    `WITH src AS (${source}),
     compared AS (
       SELECT t.id AS existing_id, t.xmin AS seen,
              ${setColumns.map((c) => `${newValue(c)} AS ${c}`).join(', ')},
              (${setColumns.map((c) => `t.${c}`).join(', ')}) IS DISTINCT FROM (${setColumns.map(newValue).join(', ')}) AS differs
       FROM src LEFT JOIN ${table} t ON t.dataset_id = ? AND ${matches}
     ),
     changes AS (SELECT * FROM compared WHERE existing_id IS NULL OR differs),
     copied AS (
       INSERT INTO ${table} (dataset_id, ${setColumns.join(', ')})
       SELECT ?, ${setColumns.join(', ')} FROM changes
       RETURNING *
     ),
     noted AS (
       INSERT INTO ${CHANGES} (entity, existing_id, shadow_id, seen, before, after)
       SELECT ?, t.id, copied.id, c.seen, ${diff(setColumns, 't', 'copied')}, ${diff(setColumns, 'copied', 't')}
       FROM copied JOIN changes c ON ${identity} JOIN ${table} t ON t.id = c.existing_id
       RETURNING 1
     )
     SELECT count(*) FILTER (WHERE existing_id IS NULL)::int AS inserted,
            count(*) FILTER (WHERE existing_id IS NOT NULL)::int AS updated
     FROM changes`,
    [...rangeBindings, datasetId, shadowId, table],
  );
  const row = result.rows[0];
  return { inserted: Number(row?.inserted ?? 0), updated: Number(row?.updated ?? 0) };
}

/**
 * Publishes the shadow's rows of `target` into dataset `datasetId` (inside the publishing
 * transaction): rows it changes are updated in place and audited, their copies dropped, and the
 * new rows moved into the dataset; answers how many of each.
 */
export async function publishShadow(
  trx: Knex,
  target: Target,
  datasetId: number,
  shadowId: number,
  jobId: number,
): Promise<MergeCounts> {
  const table = target.table;
  const { setColumns } = mergeSql(target);
  // Rows changed since they were compared: compared again, as the merge does.
  const again = await updateChangedRows(
    trx,
    target,
    {
      sql: `SELECT s.* FROM ${CHANGES} a JOIN ${table} s ON s.id = a.shadow_id
              JOIN ${table} e ON e.id = a.existing_id
             WHERE a.entity = ? AND e.xmin <> a.seen`,
      bindings: [table],
    },
    datasetId,
    jobId,
  );
  // The others: updated to their copy's values, with the audit entries noted.
  const updated = await trx.raw<{ rows: { n: number }[] }>(
    `WITH upd AS (
       UPDATE ${table} t SET ${setColumns.map((c) => `${c} = s.${c}`).join(', ')}
       FROM ${CHANGES} a JOIN ${table} s ON s.id = a.shadow_id
       WHERE a.entity = ? AND t.id = a.existing_id AND t.xmin = a.seen
       RETURNING t.id, a.before, a.after
     ),
     audited AS (
       INSERT INTO audit_log (action, entity, entity_id, details)
       SELECT 'correction', ?, upd.id::text,
              jsonb_build_object('job_id', ?::int, 'dataset_id', ?::int, 'before', upd.before, 'after', upd.after)
       FROM upd
       RETURNING 1
     )
     SELECT count(*)::int AS n FROM audited`,
    [table, table, jobId, datasetId],
  );
  await trx.raw(
    `DELETE FROM ${table} WHERE dataset_id = ?
       AND id IN (SELECT shadow_id FROM ${CHANGES} WHERE entity = ?)`,
    [shadowId, table],
  );
  const moved = await trx.raw<{ rows: { n: number }[] }>(
    `WITH moved AS (UPDATE ${table} SET dataset_id = ? WHERE dataset_id = ? RETURNING 1)
     SELECT count(*)::int AS n FROM moved`,
    [datasetId, shadowId],
  );
  return {
    inserted: Number(moved.rows[0]?.n ?? 0),
    updated: again + Number(updated.rows[0]?.n ?? 0),
  };
}
