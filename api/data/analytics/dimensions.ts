/**
 * How each resource dimension maps onto its table: the value summed, the type and year columns,
 * and which scope filters and groupings apply. For funding, a query whose filters and groupings
 * fit one grain of grant_rollups (state, funder or category) reads the rollup instead of the
 * grants: the same totals from far fewer rows (see migrations/20261126003000_grant_rollups.ts).
 */
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
  /** SQL of one record's amount, or null for a rollup (whose rows are not records). */
  value: string | null;
  /** For a rollup, the grain its rows must have. */
  grain: 'state' | 'funder' | 'category' | null;
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
  };
}

const ROLLUP_GRAINS: ReadonlyArray<readonly ['state' | 'funder' | 'category', ReadonlySet<ScopeFilter>]> = [
  ['category', new Set<ScopeFilter>(['category'])],
  ['funder', new Set<ScopeFilter>(['funder'])],
  ['state', new Set<ScopeFilter>(['state', 'country'])],
];

/**
 * The cheapest source for a query over `dimension` that filters and groups by `uses`: a grant
 * rollup grain holding every dimension used, else the dimension's own table. `records` asks for
 * the records themselves, as the cell key method does (rollups hold neither keys nor maxima).
 */
export function chooseSource(
  dimension: ResourceDimension,
  uses: ReadonlySet<ScopeFilter>,
  options: { records?: boolean } = {},
): ResourceSource {
  if (dimension !== 'FUNDING' || options.records) return baseSource(dimension);
  const grain = ROLLUP_GRAINS.find(([, dims]) => [...uses].every((u) => dims.has(u)))?.[0];
  if (!grain) return baseSource(dimension);
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
    value: null,
    grain,
  };
}
