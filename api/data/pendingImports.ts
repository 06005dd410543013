/**
 * Datasets an import on the embedded database is still writing (datasets.pending_import_job):
 * marked and published in a short transaction each, or deleted, rows first, in small batches when
 * the import stops or was a dry run. A re-import writes into a pending "shadow" of the existing
 * dataset. SQL only; the rules are api/import/run/interleaved.ts.
 */
import type { Knex } from 'knex';
import { T } from '../db/tables';
import { yieldToEventLoop } from '../db/yield';

/** The tables whose rows belong to a dataset (dataset_id, deleted with it). */
const RECORD_TABLES = [
  T.grants,
  T.trainings,
  T.serviceRecords,
  T.researchOutputs,
  T.needIndicators,
] as const;

const DELETE_BATCH = 1000;

export async function setPendingImport(
  db: Knex,
  datasetId: number,
  jobId: number | null,
): Promise<void> {
  await db(T.datasets).where({ id: datasetId }).update({ pending_import_job: jobId });
}

/**
 * A pending copy of dataset `datasetId`'s description (same owner and visibility, its own slug and
 * name), hidden from every reader, that re-import `jobId` writes its new and changed rows into.
 */
export async function insertShadowDataset(
  db: Knex,
  datasetId: number,
  jobId: number,
): Promise<number> {
  const result = await db.raw<{ rows: { id: number }[] }>(
    `INSERT INTO datasets (slug, name, source, citation, url, license, vintage, data_period,
       confidence, is_illustrative, owner_organization_id, visibility, description, imported_by,
       pending_import_job)
     SELECT slug || '--import-' || ?::text, name || ' (import ' || ?::text || ', pending)', source,
       citation, url, license, vintage, data_period, confidence, is_illustrative,
       owner_organization_id, visibility, description, imported_by, ?
     FROM datasets WHERE id = ?
     RETURNING id`,
    [jobId, jobId, jobId, datasetId],
  );
  return Number(result.rows[0]!.id);
}

/** Deletes the (emptied) shadow dataset of a published re-import. */
export async function deleteShadowDataset(db: Knex, shadowId: number): Promise<void> {
  await db(T.datasets).where({ id: shadowId }).whereNotNull('pending_import_job').delete();
}

/** How many valid staged rows `stages` (staging tables) hold: the rows an import will write. */
export async function stagedValidRows(db: Knex, stages: readonly string[]): Promise<number> {
  let n = 0;
  for (const stage of stages) {
    const result = await db.raw<{ rows: { n: number }[] }>(
      `SELECT count(*)::int AS n FROM ${stage} WHERE error IS NULL`,
    );
    n += Number(result.rows[0]?.n ?? 0);
  }
  return n;
}

/** The highest organization id so far: those an import creates come after it. */
export async function lastOrganizationId(db: Knex): Promise<number> {
  const row = await db(T.organizations).max<{ id: number | null }>({ id: 'id' }).first();
  return Number(row?.id ?? 0);
}

/** Ids in the import's name -> organization map that were created after `lastBefore`. */
export async function organizationsCreatedAfter(db: Knex, lastBefore: number): Promise<number[]> {
  const rows = await db.raw<{ rows: { id: number }[] }>(
    'SELECT DISTINCT id FROM import_org_map WHERE id > ?',
    [lastBefore],
  );
  return rows.rows.map((r) => r.id);
}

/**
 * Deletes a pending dataset: its records a batch at a time (each its own statement, the event loop
 * handed back between them), then the dataset.
 */
export async function deletePendingDataset(knex: Knex, datasetId: number): Promise<void> {
  // The organizations its records name that its import created (after the import's job began):
  // once the records are gone nothing names them, and an organization nothing names is listed
  // publicly, which would publish names from a private file. Deleted below if nothing else uses
  // them.
  const created = await knex.raw<{ rows: { id: number }[] }>(
    `SELECT o.id FROM organizations o
       JOIN datasets d ON d.id = ?
       JOIN import_jobs j ON j.id = d.pending_import_job
      WHERE o.created_at >= j.created_at
        AND (EXISTS (SELECT 1 FROM grants g WHERE g.dataset_id = d.id
                       AND (g.funder_id = o.id OR g.recipient_id = o.id))
          OR EXISTS (SELECT 1 FROM trainings t WHERE t.dataset_id = d.id AND t.provider_id = o.id)
          OR EXISTS (SELECT 1 FROM service_records s WHERE s.dataset_id = d.id
                       AND s.provider_id = o.id))`,
    [datasetId],
  );
  for (const table of RECORD_TABLES) {
    for (;;) {
      // Counted in SQL: the embedded driver does not report how many rows a DELETE removed.
      const result = await knex.raw<{ rows: { n: number }[] }>(
        `WITH gone AS (
           DELETE FROM ${table} WHERE id IN (SELECT id FROM ${table} WHERE dataset_id = ? LIMIT ?)
           RETURNING 1
         ) SELECT count(*)::int AS n FROM gone`,
        [datasetId, DELETE_BATCH],
      );
      await yieldToEventLoop();
      if (Number(result.rows[0]?.n ?? 0) < DELETE_BATCH) break;
    }
  }
  await knex(T.datasets).where({ id: datasetId }).whereNotNull('pending_import_job').delete();
  await deleteUnusedOrganizations(
    knex,
    created.rows.map((r) => Number(r.id)),
  );
}

/** Deletes those of `ids` that no record, dataset or member names (created by a failed import). */
export async function deleteUnusedOrganizations(knex: Knex, ids: readonly number[]): Promise<void> {
  for (let i = 0; i < ids.length; i += DELETE_BATCH) {
    const batch = ids.slice(i, i + DELETE_BATCH);
    await knex.raw(
      `DELETE FROM organizations o WHERE o.id IN (${batch.map(() => '?').join(', ')})
         AND NOT EXISTS (SELECT 1 FROM grants g WHERE g.funder_id = o.id OR g.recipient_id = o.id)
         AND NOT EXISTS (SELECT 1 FROM trainings t WHERE t.provider_id = o.id)
         AND NOT EXISTS (SELECT 1 FROM service_records s WHERE s.provider_id = o.id)
         AND NOT EXISTS (SELECT 1 FROM datasets d WHERE d.owner_organization_id = o.id)
         AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.organization_id = o.id)`,
      batch,
    );
    await yieldToEventLoop();
  }
}

/** Pending datasets whose import is not among `running` (its process stopped). */
export function abandonedPendingDatasets(
  knex: Knex,
  running: readonly number[],
): Promise<number[]> {
  const query = knex(T.datasets).whereNotNull('pending_import_job');
  if (running.length) void query.whereNotIn('pending_import_job', [...running]);
  return query.pluck<number[]>('id');
}
