/** Allocation totals grouped in SQL by any of type, year, funder, recipient, category, state, dataset. */
import type { Knex } from 'knex';
import type { ResourceDimension } from '../../../core/vocabulary';
import { T } from '../../db/tables';
import { BadUserInputError } from '../../errors';
import type { Viewer } from '../../viewer';
import type { DatasetFacts } from '../datasets';
import { chooseSource, DIMENSIONS, type ResourceSource, type ScopeFilter } from './dimensions';
import { amountColumns, keyColumns, scopedResources } from './resources';
import { scopeFilters, type Scope } from './scope';

export const ALLOCATION_GROUPS = ['TYPE', 'YEAR', 'FUNDER', 'RECIPIENT', 'CATEGORY', 'STATE', 'DATASET'] as const;
export type AllocationGroup = (typeof ALLOCATION_GROUPS)[number];

/** Groupings that name organizations or datasets: line items, never drawn from pooled datasets. */
const LINE_ITEM_GROUPS = new Set<AllocationGroup>(['FUNDER', 'RECIPIENT', 'DATASET']);

/** The filter dimension a grouping needs in its source. */
const GROUP_FILTER: Partial<Record<AllocationGroup, ScopeFilter>> = {
  FUNDER: 'funder',
  RECIPIENT: 'recipient',
  CATEGORY: 'category',
  STATE: 'state',
};

/** Most rows one allocation query returns; a larger grouping asks for a narrower scope. */
export const MAX_ALLOCATION_ROWS = 20_000;

/** Room for the datasets behind an allocation, read in the same statement as its rows. */
const MAX_DATASETS = 10_000;

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
  pooled_records: number;
  cell_key: number;
  pooled_amount: number;
  pooled_key: number;
  pooled_max: number;
}

/** The SQL expression a grouping reads in a source, or null when the dimension lacks it. */
function groupColumn(source: ResourceSource, group: AllocationGroup): string | null {
  switch (group) {
    case 'TYPE':
      return source.type;
    case 'YEAR':
      return source.year;
    case 'DATASET':
      return 'r.dataset_id';
    case 'STATE':
      // Rollups store "no state" as ''; report it as null like the grants table does.
      return source.grain ? "nullif(r.us_state, '')" : (source.filters.state ?? null);
    default:
      return source.filters[GROUP_FILTER[group]!] ?? null;
  }
}

/** The source for a query filtering by the scope and grouping by `groups` (pooledIds: for cell keys). */
function sourceFor(
  dimension: ResourceDimension,
  scope: Scope,
  groups: readonly AllocationGroup[],
  pooledIds: readonly number[],
): ResourceSource {
  const uses = scopeFilters(scope);
  for (const g of groups) {
    const f = GROUP_FILTER[g];
    if (f) uses.add(f);
  }
  return chooseSource(dimension, uses, { pooledIds });
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

function applicableGroups(dimension: ResourceDimension): string {
  const base = chooseSource(dimension, new Set(Object.keys(DIMENSIONS[dimension].filters) as ScopeFilter[]));
  return ALLOCATION_GROUPS.filter((g) => groupColumn(base, g)).join(', ');
}

/**
 * Totals per combination of the requested groups, the total over all of them (a cell of its own,
 * with its own keys; null when the scope holds no records), the datasets they came from, and
 * those datasets' owners and illustrative flag (what the disclosure decision needs), in one
 * statement. The scope's AUTO illustrative data is settled inside it (excludedIllustrativeIds).
 */
export async function allocationRows(
  knex: Knex,
  viewer: Viewer,
  dimension: ResourceDimension,
  scope: Scope,
  groupBy: readonly AllocationGroup[],
  pooledIds: readonly number[] = [],
): Promise<{
  rows: AllocationDbRow[];
  total: AllocationDbRow | null;
  datasetIds: number[];
  facts: DatasetFacts;
}> {
  const groups = [...new Set(groupBy)];
  const source = sourceFor(dimension, scope, groups, pooledIds);
  const columns = groups.map((g) => {
    const column = groupColumn(source, g);
    if (!column) {
      throw new BadUserInputError(
        'groupBy',
        `groupBy ${g} does not apply to ${dimension.toLowerCase()} records; choose among ${applicableGroups(dimension)}.`,
      );
    }
    return [g, column] as const;
  });
  const lineItems = groups.some((g) => LINE_ITEM_GROUPS.has(g));
  const base = scopedResources(knex, viewer, source, scope, { lineItems });
  const [amount, , , records, pooledRecords] = amountColumns(knex, source, pooledIds);
  const cellColumns = [amount!, records!, pooledRecords!, ...keyColumns(knex, source, pooledIds)];
  // One statement: the grouped rows, the total (the () set: a row even over no records) and the
  // datasets behind them (the (dataset) set, unless the rows are that set already), each with
  // its owner and illustrative flag. Rows of the total and the datasets sort first, so that the
  // limit cuts only grouped rows.
  const groupColumns = columns.map(([, c]) => c);
  const byDataset = groups.length === 1 && groups[0] === 'DATASET';
  const sets = groupColumns.length
    ? [`(${groupColumns.join(', ')})`, '()', ...(byDataset ? [] : ['(r.dataset_id)'])]
    : ['()', '(r.dataset_id)'];
  const rowFlag = groupColumns.length ? `grouping(${groupColumns.join(', ')})` : '1';
  const grouped = base
    .clone()
    .select(
      ...columns.map(([g, column]) => knex.raw(`${column} AS ${ALIAS[g]}`)),
      knex.raw('r.dataset_id AS set_dataset_id'),
      ...cellColumns,
      knex.raw(`${rowFlag}::int AS by_other`),
      knex.raw('grouping(r.dataset_id)::int AS by_dataset'),
    )
    .groupByRaw(`GROUPING SETS (${sets.join(', ')})`)
    .modify((q) => {
      if (groupColumns.length) void q.orderByRaw([`${rowFlag} DESC`, ...groupColumns].join(', '));
    })
    .limit(MAX_ALLOCATION_ROWS + 2 + MAX_DATASETS);
  type Row = AllocationDbRow & {
    set_dataset_id: number | null;
    by_other: number;
    by_dataset: number;
    set_owner: number | null;
    set_illustrative: boolean | null;
  };
  const all = await knex
    .with('g', grouped)
    .select<Row[]>('g.*', 'd.owner_organization_id AS set_owner', 'd.is_illustrative AS set_illustrative')
    .from('g')
    .leftJoin(`${T.datasets} as d`, 'd.id', 'g.set_dataset_id')
    .orderByRaw(['g.by_other DESC', ...columns.map(([g]) => `g.${ALIAS[g]}`)].join(', '));
  const rows: AllocationDbRow[] = [];
  const datasets = new Map<number, { owner: number | null; illustrative: boolean }>();
  let totalRow: AllocationDbRow | undefined;
  for (const { set_dataset_id, by_other, by_dataset, set_owner, set_illustrative, ...row } of all) {
    const dataset = { owner: set_owner === null ? null : Number(set_owner), illustrative: set_illustrative === true };
    if (by_other === 0) {
      rows.push(row);
      if (byDataset) datasets.set(Number(set_dataset_id), dataset);
    } else if (by_dataset === 0) datasets.set(Number(set_dataset_id), dataset);
    else totalRow = row;
  }
  const datasetIds = [...datasets.keys()].sort((a, b) => a - b);
  if (rows.length > MAX_ALLOCATION_ROWS || all.length === MAX_ALLOCATION_ROWS + 2 + MAX_DATASETS) {
    throw new BadUserInputError(
      'groupBy',
      `This grouping has more than ${MAX_ALLOCATION_ROWS.toLocaleString('en-US')} rows; narrow the scope or group by fewer dimensions.`,
    );
  }
  // Without groupings the one row is the total, as a plain aggregate would give it.
  if (!groupColumns.length && totalRow) rows.push(totalRow);
  const total = totalRow && Number(totalRow.records) > 0 ? totalRow : null;
  const facts: DatasetFacts = {
    owners: datasetIds.map((id) => datasets.get(id)!.owner),
    illustrative: datasetIds.some((id) => datasets.get(id)!.illustrative),
  };
  return { rows, total, datasetIds, facts };
}

export interface BreakdownDbRow {
  key: string | number;
  year: number;
  type: 'LABOR' | 'SEX' | 'BOTH' | 'UNSPECIFIED';
  amount: number;
  declared: number;
  declared_labor: number;
  records: number;
  pooled_records: number;
  cell_key: number;
  pooled_amount: number;
  pooled_key: number;
  pooled_max: number;
}

export interface BreakdownRows {
  /** Totals per group key, year and type. */
  rows: BreakdownDbRow[];
  /** Totals per group key and type over the scope's years, each a cell of its own (year 0). */
  typeTotals: BreakdownDbRow[];
  /** Totals per group key over every type (type 'UNSPECIFIED', year 0: read only the amounts). */
  groupTotals: BreakdownDbRow[];
  datasetIds: number[];
}

/**
 * Totals per group key, year and type, per key and type, and per key, for the equity breakdown
 * by funder, state or category (one GROUPING SETS query), and the datasets behind them.
 */
export async function breakdownRows(
  knex: Knex,
  viewer: Viewer,
  dimension: ResourceDimension,
  scope: Scope,
  by: 'FUNDER' | 'STATE' | 'CATEGORY',
  pooledIds: readonly number[] = [],
): Promise<BreakdownRows> {
  const source = sourceFor(dimension, scope, [by], pooledIds);
  const column = groupColumn(source, by);
  if (!column) {
    throw new BadUserInputError('by', `A breakdown by ${by.toLowerCase()} does not apply to ${dimension.toLowerCase()} records.`);
  }
  const base = scopedResources(knex, viewer, source, scope, { lineItems: by === 'FUNDER' });
  const rowsQuery = base
    .clone()
    .select(
      knex.raw(`${column} AS key`),
      knex.raw(`${source.year} AS year`),
      knex.raw(`${source.type} AS type`),
      ...amountColumns(knex, source, pooledIds),
      ...keyColumns(knex, source, pooledIds),
      knex.raw(`grouping(${source.year})::int AS by_year`),
      knex.raw(`grouping(${source.type})::int AS by_type`),
    )
    .whereRaw(`${column} IS NOT NULL`)
    .groupByRaw(
      `GROUPING SETS ((${column}, ${source.year}, ${source.type}), (${column}, ${source.type}), (${column}))`,
    ) as Promise<(BreakdownDbRow & { by_year: number; by_type: number })[]>;
  const datasetsQuery = base.clone().distinct('r.dataset_id').pluck('r.dataset_id') as Promise<number[]>;
  const [all, datasetIds] = await Promise.all([rowsQuery, datasetsQuery]);
  const out: BreakdownRows = { rows: [], typeTotals: [], groupTotals: [], datasetIds: datasetIds.map(Number).sort((a, b) => a - b) };
  for (const { by_year, by_type, ...r } of all) {
    if (by_type === 1) out.groupTotals.push({ ...r, year: 0, type: 'UNSPECIFIED' });
    else if (by_year === 1) out.typeTotals.push({ ...r, year: 0 });
    else out.rows.push(r);
  }
  return out;
}
