/** Allocation totals grouped in SQL by any of type, year, funder, recipient, category, state, dataset. */
import type { Knex } from 'knex';
import type { ResourceDimension } from '../../../core/vocabulary';
import { BadUserInputError } from '../../errors';
import type { Viewer } from '../../viewer';
import { visibleDatasetIds } from '../visibility';
import { DIMENSIONS } from './dimensions';
import { amountColumns, scopedResources } from './resources';
import { applyScope, type Scope } from './scope';

export const ALLOCATION_GROUPS = ['TYPE', 'YEAR', 'FUNDER', 'RECIPIENT', 'CATEGORY', 'STATE', 'DATASET'] as const;
export type AllocationGroup = (typeof ALLOCATION_GROUPS)[number];

/** Groupings that name organizations or datasets: line items, never drawn from pooled datasets. */
const LINE_ITEM_GROUPS = new Set<AllocationGroup>(['FUNDER', 'RECIPIENT', 'DATASET']);

/** Most rows one allocation query returns; a larger grouping asks for a narrower scope. */
export const MAX_ALLOCATION_ROWS = 20_000;

export interface AllocationDbRow {
  type: string | null;
  year: number | null;
  funder_id: number | null;
  recipient_id: number | null;
  category: string | null;
  state: string | null;
  dataset_id: number | null;
  amount: number;
  records: number;
}

function groupColumn(dimension: ResourceDimension, group: AllocationGroup): string | null {
  const spec = DIMENSIONS[dimension];
  switch (group) {
    case 'TYPE':
      return spec.type;
    case 'YEAR':
      return spec.year;
    case 'FUNDER':
      return spec.filters.funder ?? null;
    case 'RECIPIENT':
      return spec.filters.recipient ?? null;
    case 'CATEGORY':
      return spec.filters.category ?? null;
    case 'STATE':
      return spec.filters.state ?? null;
    case 'DATASET':
      return 'r.dataset_id';
  }
}

const ALIAS: Record<AllocationGroup, keyof AllocationDbRow> = {
  TYPE: 'type',
  YEAR: 'year',
  FUNDER: 'funder_id',
  RECIPIENT: 'recipient_id',
  CATEGORY: 'category',
  STATE: 'state',
  DATASET: 'dataset_id',
};

/** Totals per combination of the requested groups, plus the datasets they came from. */
export async function allocationRows(
  knex: Knex,
  viewer: Viewer,
  dimension: ResourceDimension,
  scope: Scope,
  groupBy: readonly AllocationGroup[],
): Promise<{ rows: AllocationDbRow[]; datasetIds: number[] }> {
  const groups = [...new Set(groupBy)];
  const columns = groups.map((g) => {
    const column = groupColumn(dimension, g);
    if (!column) {
      throw new BadUserInputError('groupBy', `groupBy ${g} does not apply to ${dimension.toLowerCase()} records; choose among ${ALLOCATION_GROUPS.filter((x) => groupColumn(dimension, x)).join(', ')}.`);
    }
    return [g, column] as const;
  });
  const lineItems = groups.some((g) => LINE_ITEM_GROUPS.has(g));
  const base = lineItems
    ? applyScope(knex(`${DIMENSIONS[dimension].table} as r`).whereIn('r.dataset_id', visibleDatasetIds(knex, viewer)), scope, dimension)
    : scopedResources(knex, viewer, dimension, scope);
  const select = columns.map(([g, column]) => knex.raw(`${column} AS ${ALIAS[g]}`));
  const datasetsQuery = base.clone().distinct('r.dataset_id').pluck('r.dataset_id');
  const query = base
    .clone()
    .select(...select, ...amountColumns(knex, dimension).filter((_, i) => i === 0 || i === 3))
    .limit(MAX_ALLOCATION_ROWS + 1);
  if (columns.length) {
    void query.groupByRaw(columns.map(([, c]) => c).join(', '));
    void query.orderByRaw(columns.map(([, c]) => c).join(', '));
  }
  const [rows, datasetIds] = await Promise.all([query as Promise<AllocationDbRow[]>, datasetsQuery as Promise<number[]>]);
  if (rows.length > MAX_ALLOCATION_ROWS) {
    throw new BadUserInputError('groupBy', `This grouping has more than ${MAX_ALLOCATION_ROWS.toLocaleString('en-US')} rows; narrow the scope or group by fewer dimensions.`);
  }
  return { rows, datasetIds: datasetIds.map(Number).sort((a, b) => a - b) };
}

/** Totals per group key and type, for the equity breakdown by funder, state or category. */
export async function breakdownRows(
  knex: Knex,
  viewer: Viewer,
  dimension: ResourceDimension,
  scope: Scope,
  by: 'FUNDER' | 'STATE' | 'CATEGORY',
) {
  const column = groupColumn(dimension, by);
  if (!column) throw new BadUserInputError('by', `A breakdown by ${by.toLowerCase()} does not apply to ${dimension.toLowerCase()} records.`);
  const spec = DIMENSIONS[dimension];
  const base =
    by === 'FUNDER'
      ? applyScope(knex(`${spec.table} as r`).whereIn('r.dataset_id', visibleDatasetIds(knex, viewer)), scope, dimension)
      : scopedResources(knex, viewer, dimension, scope);
  const datasetsQuery = base.clone().distinct('r.dataset_id').pluck('r.dataset_id') as Promise<number[]>;
  const rowsQuery = base
    .clone()
    .select(knex.raw(`${column} AS key`), knex.raw(`${spec.year} AS year`), knex.raw(`${spec.type} AS type`), ...amountColumns(knex, dimension))
    .whereNotNull(column)
    .groupByRaw(`${column}, ${spec.year}, ${spec.type}`) as Promise<BreakdownDbRow[]>;
  const [rows, datasetIds] = await Promise.all([rowsQuery, datasetsQuery]);
  return { rows, datasetIds: datasetIds.map(Number).sort((a, b) => a - b) };
}

export interface BreakdownDbRow {
  key: string | number;
  year: number;
  type: 'LABOR' | 'SEX' | 'BOTH' | 'UNSPECIFIED';
  amount: number;
  declared: number;
  declared_labor: number;
  records: number;
}
