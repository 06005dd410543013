/**
 * The datasets rows an import finds, creates or updates (the rules, matching by name and
 * provenance defaults, are api/import/dataset.ts).
 */
import type { Knex } from 'knex';
import { T, type DbDataset } from '../db/tables';

type Db = Knex | Knex.Transaction;

/** The dataset named `name` (case ignored) among an organization's, or the unowned public ones. */
export async function datasetByName(
  db: Db,
  name: string,
  organizationId: number | null,
): Promise<DbDataset | null> {
  const query = db(T.datasets)
    .whereRaw('lower(name) = lower(?)', [name])
    .whereNull('pending_import_job');
  if (organizationId === null) void query.whereNull('owner_organization_id');
  else void query.where('owner_organization_id', organizationId);
  const row = await query.orderBy('id').first<DbDataset | undefined>();
  return row ?? null;
}

export async function updateDataset(
  db: Db,
  datasetId: number,
  update: Partial<DbDataset>,
): Promise<void> {
  await db(T.datasets).where({ id: datasetId }).update(update);
}

/** The dataset slugs that start with `prefix`. */
export function slugsStartingWith(db: Db, prefix: string): Promise<string[]> {
  return db(T.datasets).where('slug', 'like', `${prefix}%`).pluck<string[]>('slug');
}

export async function insertDataset(db: Db, row: Partial<DbDataset>): Promise<number> {
  const [inserted] = await db(T.datasets).insert(row).returning<{ id: number }[]>('id');
  return inserted!.id;
}
