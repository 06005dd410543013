/**
 * Resource totals in SQL: one round trip returns, by GROUPING SETS, the totals per year and type
 * (with the declared-labor-share parts that DECLARED_SHARE needs) and the datasets drawn on.
 */
import type { Knex } from 'knex';
import type { ResourceTotals } from '../../../core/equity/index';
import type { ResourceDimension, TraffickingType } from '../../../core/vocabulary';
import type { Viewer } from '../../viewer';
import { aggregateDatasetIds, visibleDatasetIds } from '../visibility';
import { excludedIllustrativeIds } from './dataSelection';
import { baseSource, chooseSource, type ResourceSource } from './dimensions';
import { applyScope, scopeFilters, type Scope } from './scope';

export interface YearTypeTotal {
  year: number;
  type: TraffickingType;
  amount: number;
  declared: number;
  declaredLabor: number;
  records: number;
  /** Records from datasets the viewer sees only pooled (0 unless pooled ids were given). */
  pooledRecords: number;
}

export interface ResourceRows {
  byYearType: YearTypeTotal[];
  datasetIds: number[];
}

/**
 * Base query over a source (alias r), scoped by visibility and the scope. `lineItems` queries
 * (grouped by funder, recipient or dataset) see only datasets readable record by record; other
 * aggregates also see datasets pooled with the viewer's coalitions.
 */
export function scopedResources(
  knex: Knex,
  viewer: Viewer,
  sourceOrDimension: ResourceSource | ResourceDimension,
  scope: Scope,
  options: { lineItems?: boolean } = {},
): Knex.QueryBuilder {
  const source = typeof sourceOrDimension === 'string' ? baseSource(sourceOrDimension) : sourceOrDimension;
  const readable = options.lineItems ? visibleDatasetIds(knex, viewer) : aggregateDatasetIds(knex, viewer);
  const query = knex(`${source.table} as r`).whereIn('r.dataset_id', readable);
  const leftOut = excludedIllustrativeIds(knex, viewer, scope);
  if (leftOut) void query.whereNotIn('r.dataset_id', leftOut);
  return applyScope(query, scope, source);
}

/**
 * SQL select expressions for amount, declared part, declared labor part, record count, and the
 * count of records from `pooledIds` (datasets the viewer sees only pooled).
 */
export function amountColumns(
  knex: Knex,
  sourceOrDimension: ResourceSource | ResourceDimension,
  pooledIds: readonly number[] = [],
): Knex.Raw[] {
  const source = typeof sourceOrDimension === 'string' ? baseSource(sourceOrDimension) : sourceOrDimension;
  const s = source.sums;
  return [
    knex.raw(`coalesce(${s.amount}, 0)::float8 AS amount`),
    knex.raw(`coalesce(${s.declared}, 0)::float8 AS declared`),
    knex.raw(`coalesce(${s.declaredLabor}, 0)::float8 AS declared_labor`),
    knex.raw(`coalesce(${s.records}, 0)::int AS records`),
    pooledIds.length
      ? knex.raw(`coalesce(${s.records} FILTER (WHERE r.dataset_id = ANY(?)), 0)::int AS pooled_records`, [
          [...pooledIds],
        ])
      : knex.raw('0 AS pooled_records'),
  ];
}

interface RawRow {
  year: number | null;
  type: TraffickingType | null;
  dataset_id: number | null;
  amount: number;
  declared: number;
  declared_labor: number;
  records: number;
  pooled_records: number;
  by_dataset: number;
}

/** Totals per year and type, and the dataset ids behind them, in one query. */
export async function resourceRows(
  knex: Knex,
  viewer: Viewer,
  dimension: ResourceDimension,
  scope: Scope,
  pooledIds: readonly number[] = [],
): Promise<ResourceRows> {
  const source = chooseSource(dimension, scopeFilters(scope));
  const rows: RawRow[] = await scopedResources(knex, viewer, source, scope)
    .select(
      knex.raw(`${source.year} AS year`),
      knex.raw(`${source.type} AS type`),
      'r.dataset_id',
      ...amountColumns(knex, source, pooledIds),
      knex.raw('grouping(r.dataset_id)::int AS by_dataset'),
    )
    .groupByRaw(`GROUPING SETS ((${source.year}, ${source.type}), (r.dataset_id))`);
  const byYearType: YearTypeTotal[] = [];
  const datasetIds: number[] = [];
  for (const r of rows) {
    if (r.by_dataset === 0) datasetIds.push(Number(r.dataset_id));
    else
      byYearType.push({
        year: Number(r.year),
        type: r.type!,
        amount: r.amount,
        declared: r.declared,
        declaredLabor: r.declared_labor,
        records: r.records,
        pooledRecords: Number(r.pooled_records),
      });
  }
  byYearType.sort((a, b) => a.year - b.year || a.type.localeCompare(b.type));
  return { byYearType, datasetIds: datasetIds.sort((a, b) => a - b) };
}

/** Folds year-and-type totals (already summed in SQL) into the ResourceTotals the metrics take. */
export function toResourceTotals(rows: readonly YearTypeTotal[]): ResourceTotals {
  const totals: ResourceTotals = { labor: 0, sex: 0, shared: 0, sharedDeclared: 0, sharedDeclaredLabor: 0 };
  for (const r of rows) {
    if (r.type === 'LABOR') totals.labor += r.amount;
    else if (r.type === 'SEX') totals.sex += r.amount;
    else {
      totals.shared += r.amount;
      totals.sharedDeclared += r.declared;
      totals.sharedDeclaredLabor += r.declaredLabor;
    }
  }
  return totals;
}
