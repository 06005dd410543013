/**
 * Resource totals in SQL: one round trip returns, by GROUPING SETS, the totals per year and type
 * (with the declared-labor-share parts that DECLARED_SHARE needs) and the datasets drawn on.
 */
import type { Knex } from 'knex';
import type { ResourceTotals } from '../../../core/equity/index';
import type { ResourceDimension, TraffickingType } from '../../../core/vocabulary';
import type { Viewer } from '../../viewer';
import { aggregateDatasetIds } from '../visibility';
import { DIMENSIONS } from './dimensions';
import { applyScope, type Scope } from './scope';

export interface YearTypeTotal {
  year: number;
  type: TraffickingType;
  amount: number;
  declared: number;
  declaredLabor: number;
  records: number;
}

export interface ResourceRows {
  byYearType: YearTypeTotal[];
  datasetIds: number[];
}

/** Base query over the dimension's table (alias r), scoped by visibility and the scope. */
export function scopedResources(
  knex: Knex,
  viewer: Viewer,
  dimension: ResourceDimension,
  scope: Scope,
): Knex.QueryBuilder {
  const spec = DIMENSIONS[dimension];
  const query = knex(`${spec.table} as r`).whereIn('r.dataset_id', aggregateDatasetIds(knex, viewer));
  return applyScope(query, scope, dimension);
}

/** SQL select expressions for amount, declared part and declared labor part. */
export function amountColumns(knex: Knex, dimension: ResourceDimension): Knex.Raw[] {
  const spec = DIMENSIONS[dimension];
  const share = spec.laborShare;
  return [
    knex.raw(`coalesce(sum(${spec.value}), 0)::float8 AS amount`),
    knex.raw(share ? `coalesce(sum(${spec.value}) FILTER (WHERE ${share} IS NOT NULL), 0)::float8 AS declared` : '0::float8 AS declared'),
    knex.raw(share ? `coalesce(sum(${spec.value} * ${share}), 0)::float8 AS declared_labor` : '0::float8 AS declared_labor'),
    knex.raw('count(*)::int AS records'),
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
  by_dataset: number;
}

/** Totals per year and type, and the dataset ids behind them, in one query. */
export async function resourceRows(
  knex: Knex,
  viewer: Viewer,
  dimension: ResourceDimension,
  scope: Scope,
): Promise<ResourceRows> {
  const spec = DIMENSIONS[dimension];
  const rows: RawRow[] = await scopedResources(knex, viewer, dimension, scope)
    .select(
      knex.raw(`${spec.year} AS year`),
      knex.raw(`${spec.type} AS type`),
      'r.dataset_id',
      ...amountColumns(knex, dimension),
      knex.raw('grouping(r.dataset_id)::int AS by_dataset'),
    )
    .groupByRaw(`GROUPING SETS ((${spec.year}, ${spec.type}), (r.dataset_id))`);
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
