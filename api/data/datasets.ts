/** Data access for datasets. Functions take the knex (or transaction) first and never open connections. */
import type { Knex } from 'knex';
import { T, type DbDataset } from '../db/tables';
import type { Viewer } from '../viewer';
import { visibleDatasetIds } from './visibility';

export interface DatasetQuery {
  illustrative?: boolean | null;
  confidence?: string | null;
  search?: string | null;
  sortField: 'name' | 'vintage' | 'imported_at';
  sortDirection: 'asc' | 'desc';
  offset: number;
  limit: number;
}

function filtered(knex: Knex, viewer: Viewer, q: DatasetQuery) {
  const query = knex(T.datasets).whereIn('id', visibleDatasetIds(knex, viewer));
  if (q.illustrative != null) void query.where('is_illustrative', q.illustrative);
  if (q.confidence) void query.where('confidence', q.confidence);
  if (q.search) void query.whereILike('name', `%${q.search.replace(/[%_\\]/g, (c) => `\\${c}`)}%`);
  return query;
}

export async function listDatasets(
  knex: Knex,
  viewer: Viewer,
  q: DatasetQuery,
): Promise<{ rows: DbDataset[]; total: number }> {
  const [rows, count] = await Promise.all([
    filtered(knex, viewer, q)
      .select<DbDataset[]>('*')
      .orderBy([
        { column: q.sortField, order: q.sortDirection, nulls: 'last' },
        { column: 'id', order: 'asc' },
      ])
      .offset(q.offset)
      .limit(q.limit),
    filtered(knex, viewer, q).count<{ count: number }[]>({ count: '*' }),
  ]);
  return { rows, total: Number(count[0]?.count ?? 0) };
}

/** Datasets by id, in key order, null where missing or not visible (DataLoader batch function). */
export async function datasetsByIds(
  knex: Knex,
  viewer: Viewer,
  ids: readonly number[],
): Promise<(DbDataset | null)[]> {
  const rows = await knex(T.datasets)
    .whereIn('id', ids)
    .whereIn('id', visibleDatasetIds(knex, viewer))
    .select<DbDataset[]>('*');
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
}

export interface RecordCounts {
  grants: number;
  trainings: number;
  serviceRecords: number;
  researchOutputs: number;
  needIndicators: number;
}

/** Record counts per dataset, one query (DataLoader batch function). */
export async function recordCountsByDataset(
  knex: Knex,
  ids: readonly number[],
): Promise<RecordCounts[]> {
  const tables = [
    ['grants', T.grants],
    ['trainings', T.trainings],
    ['serviceRecords', T.serviceRecords],
    ['researchOutputs', T.researchOutputs],
    ['needIndicators', T.needIndicators],
  ] as const;
  const union = tables
    .map(([key, table]) => `SELECT '${key}' AS kind, dataset_id, count(*)::int AS n FROM ${table} WHERE dataset_id = ANY(?) GROUP BY dataset_id`)
    .join(' UNION ALL ');
  const result = await knex.raw<{ rows: { kind: keyof RecordCounts; dataset_id: number; n: number }[] }>(
    union,
    tables.map(() => [...ids]),
  );
  const counts = new Map<number, RecordCounts>(
    ids.map((id) => [id, { grants: 0, trainings: 0, serviceRecords: 0, researchOutputs: 0, needIndicators: 0 }]),
  );
  for (const r of result.rows) counts.get(r.dataset_id)![r.kind] = r.n;
  return ids.map((id) => counts.get(id)!);
}

export interface DatasetFacts {
  /** Owner organization of each of `ownersOf`, in order. */
  owners: (number | null)[];
  /** True when any dataset of `ownersOf` or `alsoFlag` is illustrative. */
  illustrative: boolean;
}

/** Owners (for disclosure decisions) and the illustrative flag of datasets, in one query. */
export async function datasetFacts(
  knex: Knex,
  ownersOf: readonly number[],
  alsoFlag: readonly number[] = [],
): Promise<DatasetFacts> {
  const ids = [...new Set([...ownersOf, ...alsoFlag])];
  if (ids.length === 0) return { owners: [], illustrative: false };
  const rows = await knex(T.datasets)
    .whereIn('id', ids)
    .select<{ id: number; owner_organization_id: number | null; is_illustrative: boolean }[]>(
      'id',
      'owner_organization_id',
      'is_illustrative',
    );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    owners: ownersOf.map((id) => byId.get(id)?.owner_organization_id ?? null),
    illustrative: rows.some((r) => r.is_illustrative),
  };
}

/** Owner organization of each dataset id, in key order. */
export async function datasetOwners(knex: Knex, ids: readonly number[]): Promise<(number | null)[]> {
  return (await datasetFacts(knex, ids)).owners;
}

/** The dataset's owning organization: null for an unowned one, undefined when there is no such dataset. */
export async function datasetOwner(
  knex: Knex | Knex.Transaction,
  datasetId: number,
): Promise<number | null | undefined> {
  const row = await knex(T.datasets)
    .where('id', datasetId)
    .first<{ owner_organization_id: number | null } | undefined>('owner_organization_id');
  return row === undefined ? undefined : row.owner_organization_id;
}
