/**
 * How each resource dimension maps onto its table: the value summed, the type and year columns,
 * and which scope filters and groupings apply. For funding, a query whose filters and groupings
 * fit one grain of grant_rollups (state, funder or category) reads the rollup instead of the
 * grants: the same totals from far fewer rows (see migrations/20261126003000_grant_rollups.ts).
 * Datasets a caller sees only pooled are read record by record beside the rollup of the others,
 * for the cell keys of their pooled parts (api/analytics/protect.ts).
 */
import type { Knex } from 'knex';
import type { ResourceDimension } from '../../../core/vocabulary';
import { T } from '../../db/tables';

export type ScopeFilter = 'funder' | 'recipient' | 'category' | 'state' | 'country';

export interface DimensionSpec {
  table: string;
  /** SQL expression of the amount, over alias r. */
  value: string;
  type: string;
  year: string;
  /** Declared labor share column for BOTH/UNSPECIFIED records, if the table has one. */
  laborShare: string | null;
  /** Columns of the scope filters that apply; absent filters are ignored and reported. */
  filters: Partial<Record<ScopeFilter, string>>;
  /** SQL condition over alias r that every counted record meets, if any. */
  rowFilter?: string;
}

export const DIMENSIONS: Record<ResourceDimension, DimensionSpec> = {
  FUNDING: {
    table: T.grants,
    value: 'r.amount_usd',
    type: 'r.trafficking_type',
    year: 'r.fiscal_year',
    laborShare: 'r.labor_share',
    filters: {
      funder: 'r.funder_id',
      recipient: 'r.recipient_id',
      category: 'r.service_category',
      state: 'r.us_state',
      country: 'r.country',
    },
  },
  TRAINING: {
    table: T.trainings,
    value: '(r.participants * r.hours)',
    type: 'r.type_focus',
    year: 'r.year',
    laborShare: null,
    filters: { recipient: 'r.provider_id', state: 'r.us_state', country: 'r.country' },
  },
  SERVICES: {
    table: T.serviceRecords,
    value: 'r.survivors_served',
    type: 'r.trafficking_type',
    year: 'r.year',
    laborShare: null,
    filters: { recipient: 'r.provider_id', state: 'r.us_state', country: 'r.country' },
  },
  RESEARCH: {
    table: T.researchOutputs,
    value: 'coalesce(r.output_count, 0)',
    type: 'r.type_focus',
    year: 'r.year',
    laborShare: null,
    filters: {},
    // Counts that cover a period are never added into yearly series: see researchPeriods.
    rowFilter: 'r.period_end IS NULL',
  },
};

/** Where a query reads its rows from, and the SQL of its four sums over alias r. */
export interface ResourceSource {
  dimension: ResourceDimension;
  table: string;
  type: string;
  year: string;
  filters: Partial<Record<ScopeFilter, string>>;
  rowFilter: string | null;
  sums: { amount: string; declared: string; declaredLabor: string; records: string };
  /**
   * SQL of one record's amount, or null for a rollup (whose rows are not records). Over a rollup
   * with `pooledIds`, the rows of those datasets are records and this is their amount.
   */
  value: string | null;
  /** For a rollup, the grain its rows must have. */
  grain: 'state' | 'funder' | 'category' | null;
  /**
   * For a rollup: datasets read record by record instead (the caller sees them only pooled), so
   * that their pooled parts have cell keys; their rows carry `record_key`, the others 0.
   */
  pooledIds: readonly number[] | null;
}

/** The dimension's own table (never a rollup). */
export function baseSource(dimension: ResourceDimension): ResourceSource {
  const spec = DIMENSIONS[dimension];
  const share = spec.laborShare;
  return {
    dimension,
    table: spec.table,
    type: spec.type,
    year: spec.year,
    filters: spec.filters,
    rowFilter: spec.rowFilter ?? null,
    sums: {
      amount: `sum(${spec.value})`,
      declared: share ? `sum(${spec.value}) FILTER (WHERE ${share} IS NOT NULL)` : '0',
      declaredLabor: share ? `sum(${spec.value} * ${share})` : '0',
      records: 'count(*)',
    },
    value: spec.value,
    grain: null,
    pooledIds: null,
  };
}

const ROLLUP_GRAINS: ReadonlyArray<readonly ['state' | 'funder' | 'category', ReadonlySet<ScopeFilter>]> = [
  ['category', new Set<ScopeFilter>(['category'])],
  ['funder', new Set<ScopeFilter>(['funder'])],
  ['state', new Set<ScopeFilter>(['state', 'country'])],
];

/**
 * The cheapest source for a query over `dimension` that filters and groups by `uses`: a grant
 * rollup grain holding every dimension used, else the dimension's own table. `pooledIds` are the
 * datasets the caller sees only pooled: over a rollup they are read record by record (rollups
 * hold neither record keys nor largest records, which the cell key method needs for them).
 */
export function chooseSource(
  dimension: ResourceDimension,
  uses: ReadonlySet<ScopeFilter>,
  options: { pooledIds?: readonly number[] } = {},
): ResourceSource {
  if (dimension !== 'FUNDING') return baseSource(dimension);
  const grain = ROLLUP_GRAINS.find(([, dims]) => [...uses].every((u) => dims.has(u)))?.[0];
  if (!grain) return baseSource(dimension);
  const pooledIds = options.pooledIds?.length ? [...options.pooledIds] : null;
  return {
    dimension,
    table: T.grantRollups,
    type: 'r.trafficking_type',
    year: 'r.fiscal_year',
    rowFilter: null,
    filters: {
      ...(grain === 'funder' ? { funder: 'r.funder_id' } : {}),
      ...(grain === 'category' ? { category: 'r.service_category' } : {}),
      ...(grain === 'state' ? { state: 'r.us_state', country: 'r.country' } : {}),
    },
    sums: {
      amount: 'sum(r.amount_sum)',
      declared: 'sum(r.declared_sum)',
      declaredLabor: 'sum(r.declared_labor_sum)',
      records: 'sum(r.record_count)',
    },
    value: pooledIds ? 'r.amount_sum' : null,
    grain,
    pooledIds,
  };
}

/** A grant's rollup cell at each grain: the columns a grain does not hold take its sentinels. */
const GRANT_AS_ROLLUP: Record<'state' | 'funder' | 'category', string> = {
  state: "0, '', country, coalesce(us_state, '')",
  funder: "funder_id, '', '', ''",
  category: "0, service_category, '', ''",
};

/**
 * The FROM item of a source, aliased r: its table, or for a rollup with pooled datasets the
 * rollup's rows of the other datasets and, beside them, the pooled datasets' grants shaped as
 * one-record rollup rows (the same sums, to the cent, as their cells would hold).
 */
export function sourceTable(knex: Knex, source: ResourceSource): string | Knex.Raw {
  if (!source.grain || !source.pooledIds) return `${source.table} as r`;
  const ids = [...source.pooledIds];
  return knex.raw(
    `(SELECT grain, dataset_id, fiscal_year, trafficking_type, funder_id, service_category, country, us_state,
             amount_sum, declared_sum, declared_labor_sum, record_count, 0::bigint AS record_key
        FROM ${T.grantRollups} WHERE grain = ? AND NOT (dataset_id = ANY(?))
      UNION ALL
      SELECT ?, dataset_id, fiscal_year, trafficking_type, ${GRANT_AS_ROLLUP[source.grain]},
             amount_usd, CASE WHEN labor_share IS NOT NULL THEN amount_usd ELSE 0 END,
             coalesce(amount_usd * labor_share, 0), 1, record_key
        FROM ${T.grants} WHERE dataset_id = ANY(?)) AS r`,
    [source.grain, ids, source.grain, ids],
  );
}
