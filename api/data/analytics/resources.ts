/**
 * Resource totals in SQL: one round trip returns, by GROUPING SETS, the totals per year and type,
 * per type over the whole scope (with the declared-labor-share parts that DECLARED_SHARE needs)
 * and the datasets drawn on. Every total carries its cell keys (core/cellKey.ts), from which the
 * disclosure layer (api/analytics/protect.ts) perturbs it for callers who may not see it exact.
 */
import type { Knex } from 'knex';
import type { ResourceTotals } from '../../../core/equity/index';
import type { ResourceDimension, TraffickingType } from '../../../core/vocabulary';
import type { Viewer } from '../../viewer';
import { aggregateDatasetIds, visibleDatasetIds } from '../visibility';
import { excludedIllustrativeIds } from './dataSelection';
import { baseSource, chooseSource, sourceTable, type ResourceSource } from './dimensions';
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
  /** The cell's keys, for perturbation (absent on totals not read from records). */
  keys?: CellKeys;
}

/** What the cell key method needs of a cell (core/cellKey.ts). */
export interface CellKeys {
  /** Sum of the cell's record keys, modulo 2^32. */
  cellKey: number;
  /** Amount, key and largest record of the part from datasets the viewer sees only pooled. */
  pooledAmount: number;
  pooledKey: number;
  pooledMax: number;
}

export interface ResourceRows {
  byYearType: YearTypeTotal[];
  /** Totals per type over the whole scope, each a cell of its own (`year` is 0). */
  byType: YearTypeTotal[];
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
  const query = knex.from(sourceTable(knex, source)).whereIn('r.dataset_id', readable);
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

/**
 * SQL select expressions for a cell's keys: cell_key, and pooled_amount, pooled_key and
 * pooled_max over the records of `pooledIds`. A rollup has no records: its cell_key is 0, and so
 * are its pooled keys unless the pooled datasets were read beside it as records (chooseSource
 * with `pooledIds`). Only service counts use cell_key (disclosureFor's smallCounts), and they
 * never come from a rollup.
 */
export function keyColumns(knex: Knex, source: ResourceSource, pooledIds: readonly number[] = []): Knex.Raw[] {
  const modulus = 4294967296;
  if (source.value === null) {
    return ['cell_key', 'pooled_amount', 'pooled_key', 'pooled_max'].map((c) => knex.raw(`0::float8 AS ${c}`));
  }
  const pooled = pooledIds.length > 0;
  const filter = 'FILTER (WHERE r.dataset_id = ANY(?))';
  const ids = [[...pooledIds]];
  return [
    source.grain
      ? knex.raw('0::float8 AS cell_key')
      : knex.raw(`coalesce(sum(r.record_key) % ${modulus}, 0)::float8 AS cell_key`),
    pooled
      ? knex.raw(`coalesce(sum(${source.value}) ${filter}, 0)::float8 AS pooled_amount`, ids)
      : knex.raw('0::float8 AS pooled_amount'),
    pooled
      ? knex.raw(`coalesce(sum(r.record_key) ${filter} % ${modulus}, 0)::float8 AS pooled_key`, ids)
      : knex.raw('0::float8 AS pooled_key'),
    pooled
      ? knex.raw(`coalesce(max(${source.value}) ${filter}, 0)::float8 AS pooled_max`, ids)
      : knex.raw('0::float8 AS pooled_max'),
  ];
}

/** The keys of a row selected with keyColumns. */
export function keysOf(r: { cell_key: number; pooled_amount: number; pooled_key: number; pooled_max: number }): CellKeys {
  return {
    cellKey: Number(r.cell_key),
    pooledAmount: Number(r.pooled_amount),
    pooledKey: Number(r.pooled_key),
    pooledMax: Number(r.pooled_max),
  };
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
  by_year: number;
  cell_key: number;
  pooled_amount: number;
  pooled_key: number;
  pooled_max: number;
}

/**
 * Totals per year and type, per type, and the dataset ids behind them, in one query. The records
 * of pooled datasets are read themselves (beside a rollup of the others), for the keys of their
 * pooled parts.
 */
export async function resourceRows(
  knex: Knex,
  viewer: Viewer,
  dimension: ResourceDimension,
  scope: Scope,
  pooledIds: readonly number[] = [],
): Promise<ResourceRows> {
  const source = chooseSource(dimension, scopeFilters(scope), { pooledIds });
  const rows: RawRow[] = await scopedResources(knex, viewer, source, scope)
    .select(
      knex.raw(`${source.year} AS year`),
      knex.raw(`${source.type} AS type`),
      'r.dataset_id',
      ...amountColumns(knex, source, pooledIds),
      ...keyColumns(knex, source, pooledIds),
      knex.raw('grouping(r.dataset_id)::int AS by_dataset'),
      knex.raw(`grouping(${source.year})::int AS by_year`),
    )
    .groupByRaw(`GROUPING SETS ((${source.year}, ${source.type}), (${source.type}), (r.dataset_id))`);
  const byYearType: YearTypeTotal[] = [];
  const byType: YearTypeTotal[] = [];
  const datasetIds: number[] = [];
  for (const r of rows) {
    if (r.by_dataset === 0) {
      datasetIds.push(Number(r.dataset_id));
      continue;
    }
    const total: YearTypeTotal = {
      year: r.by_year === 0 ? Number(r.year) : 0,
      type: r.type!,
      amount: r.amount,
      declared: r.declared,
      declaredLabor: r.declared_labor,
      records: r.records,
      pooledRecords: Number(r.pooled_records),
      keys: keysOf(r),
    };
    (r.by_year === 0 ? byYearType : byType).push(total);
  }
  byYearType.sort((a, b) => a.year - b.year || a.type.localeCompare(b.type));
  byType.sort((a, b) => a.type.localeCompare(b.type));
  return { byYearType, byType, datasetIds: datasetIds.sort((a, b) => a - b) };
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
