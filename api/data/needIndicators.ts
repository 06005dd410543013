/** Data access for need figures (the list behind Query.needIndicators). */
import type { Knex } from 'knex';
import { T, type DbNeedIndicator } from '../db/tables';
import type { Viewer } from '../viewer';
import { visibleDatasetIds } from './visibility';

export interface NeedIndicatorQuery {
  bases?: readonly string[] | null;
  yearFrom?: number | null;
  yearTo?: number | null;
  geographies?: readonly string[] | null;
  datasetIds?: readonly number[] | null;
  sortField: 'year' | 'basis' | 'value';
  sortDirection: 'asc' | 'desc';
  offset: number;
  limit: number;
}

function filtered(knex: Knex, viewer: Viewer, q: NeedIndicatorQuery) {
  const query = knex(T.needIndicators).whereIn('dataset_id', visibleDatasetIds(knex, viewer));
  if (q.bases?.length) void query.whereIn('basis', q.bases);
  if (q.yearFrom != null) void query.where('year', '>=', q.yearFrom);
  if (q.yearTo != null) void query.where('year', '<=', q.yearTo);
  if (q.geographies?.length) void query.whereIn('geography', q.geographies);
  if (q.datasetIds?.length) void query.whereIn('dataset_id', q.datasetIds);
  return query;
}

export async function listNeedIndicators(
  knex: Knex,
  viewer: Viewer,
  q: NeedIndicatorQuery,
): Promise<{ rows: DbNeedIndicator[]; total: number }> {
  const [rows, count] = await Promise.all([
    filtered(knex, viewer, q)
      .select<DbNeedIndicator[]>('*')
      .orderBy([
        { column: q.sortField, order: q.sortDirection },
        { column: 'id', order: 'asc' },
      ])
      .offset(q.offset)
      .limit(q.limit),
    filtered(knex, viewer, q).count<{ count: number }[]>({ count: '*' }),
  ]);
  return { rows, total: Number(count[0]?.count ?? 0) };
}
