/**
 * The SQL behind a scenario baseline: service-record aggregates per trafficking type over the
 * baseline years (survivors served, cost, FTE-weighted turnover and TIP-trained share) in one
 * GROUP BY GROUPING SETS round trip. Funding totals come from resourceRows (analytics).
 */
import type { Knex } from 'knex';
import type { TraffickingType } from '../../../core/vocabulary';
import { T } from '../../db/tables';
import type { Viewer } from '../../viewer';
import { scopedResources } from '../analytics/resources';
import type { Scope } from '../analytics/scope';

/** Sums over the service records of one trafficking type (or of all types). */
export interface ServiceSums {
  records: number;
  /** Distinct years with records. */
  years: number;
  served: number;
  /** Sum of cost_usd, and survivors served, over records that give a cost. */
  cost: number;
  servedWithCost: number;
  /** Sum of FTE x rate and of FTE over records giving both (FTE-weighted means). */
  fteTurnover: number;
  fteForTurnover: number;
  fteTrained: number;
  fteForTrained: number;
  /** Cell keys (core/cellKey.ts) of the survivors-served sums, for perturbation. */
  keys?: { served: number; servedWithCost: number };
}

export interface ServiceTotals {
  byType: Partial<Record<TraffickingType, ServiceSums>>;
  all: ServiceSums;
  datasetIds: number[];
}

const EMPTY: ServiceSums = {
  records: 0,
  years: 0,
  served: 0,
  cost: 0,
  servedWithCost: 0,
  fteTurnover: 0,
  fteForTurnover: 0,
  fteTrained: 0,
  fteForTrained: 0,
};

interface RawRow {
  type: TraffickingType | null;
  dataset_id: number | null;
  by_type: number;
  by_dataset: number;
  records: number;
  years: number;
  served: number;
  cost: number;
  served_with_cost: number;
  fte_turnover: number;
  fte_for_turnover: number;
  fte_trained: number;
  fte_for_trained: number;
  served_key: number;
  served_with_cost_key: number;
}

/**
 * Service-record sums per type, over all types, and the datasets drawn on, for the scope
 * narrowed to the years from..to. Visibility is applied by scopedResources (aggregate view).
 */
export async function serviceTotals(
  knex: Knex,
  viewer: Viewer,
  scope: Scope,
  years: { from: number; to: number },
): Promise<ServiceTotals> {
  const withTurnover = 'r.staff_fte IS NOT NULL AND r.staff_turnover_rate IS NOT NULL';
  const withTrained = 'r.staff_fte IS NOT NULL AND r.tip_trained_share IS NOT NULL';
  const rows: RawRow[] = await scopedResources(knex, viewer, 'SERVICES', scope)
    .whereBetween('r.year', [years.from, years.to])
    .select(
      knex.raw('r.trafficking_type AS type'),
      'r.dataset_id',
      knex.raw('grouping(r.trafficking_type)::int AS by_type'),
      knex.raw('grouping(r.dataset_id)::int AS by_dataset'),
      knex.raw('count(*)::int AS records'),
      knex.raw('count(DISTINCT r.year)::int AS years'),
      knex.raw('coalesce(sum(r.survivors_served), 0)::float8 AS served'),
      knex.raw('coalesce(sum(r.cost_usd), 0)::float8 AS cost'),
      knex.raw(
        'coalesce(sum(r.survivors_served) FILTER (WHERE r.cost_usd IS NOT NULL), 0)::float8 AS served_with_cost',
      ),
      knex.raw(
        `coalesce(sum(r.staff_fte * r.staff_turnover_rate) FILTER (WHERE ${withTurnover}), 0)::float8 AS fte_turnover`,
      ),
      knex.raw(
        `coalesce(sum(r.staff_fte) FILTER (WHERE ${withTurnover}), 0)::float8 AS fte_for_turnover`,
      ),
      knex.raw(
        `coalesce(sum(r.staff_fte * r.tip_trained_share) FILTER (WHERE ${withTrained}), 0)::float8 AS fte_trained`,
      ),
      knex.raw(
        `coalesce(sum(r.staff_fte) FILTER (WHERE ${withTrained}), 0)::float8 AS fte_for_trained`,
      ),
      knex.raw('coalesce(sum(r.record_key) % 4294967296, 0)::float8 AS served_key'),
      knex.raw(
        'coalesce(sum(r.record_key) FILTER (WHERE r.cost_usd IS NOT NULL) % 4294967296, 0)::float8 AS served_with_cost_key',
      ),
    )
    .groupByRaw('GROUPING SETS ((r.trafficking_type), (), (r.dataset_id))');
  const out: ServiceTotals = { byType: {}, all: { ...EMPTY }, datasetIds: [] };
  for (const r of rows) {
    const sums: ServiceSums = {
      records: r.records,
      years: r.years,
      served: r.served,
      cost: r.cost,
      servedWithCost: r.served_with_cost,
      fteTurnover: r.fte_turnover,
      fteForTurnover: r.fte_for_turnover,
      fteTrained: r.fte_trained,
      fteForTrained: r.fte_for_trained,
      keys: { served: Number(r.served_key), servedWithCost: Number(r.served_with_cost_key) },
    };
    if (r.by_dataset === 0) out.datasetIds.push(Number(r.dataset_id));
    else if (r.by_type === 0) out.byType[r.type!] = sums;
    else out.all = sums;
  }
  out.datasetIds.sort((a, b) => a - b);
  return out;
}

export const emptyServiceSums = (): ServiceSums => ({ ...EMPTY });

export interface DatasetVintageRow {
  id: number;
  slug: string;
  name: string;
  vintage: number | null;
  imported_at: Date;
  is_illustrative: boolean;
  visible: boolean;
}

/**
 * Provenance of the datasets a baseline drew on: vintage, import time, illustrative flag, and
 * whether the viewer may read it record by record (names of pooled-only datasets are not shown).
 */
export async function datasetVintages(
  knex: Knex,
  visibleIds: Knex.QueryBuilder,
  ids: readonly number[],
): Promise<DatasetVintageRow[]> {
  if (ids.length === 0) return [];
  const [rows, visible] = await Promise.all([
    knex(T.datasets)
      .whereIn('id', [...ids])
      .select<
        Omit<DatasetVintageRow, 'visible'>[]
      >('id', 'slug', 'name', 'vintage', 'imported_at', 'is_illustrative')
      .orderBy('id'),
    knex(T.datasets).whereIn('id', [...ids]).whereIn('id', visibleIds).pluck<number[]>('id'),
  ]);
  const readable = new Set(visible);
  return rows.map((r) => ({ ...r, visible: readable.has(r.id) }));
}
