/**
 * Query.allocations: grouped totals, each published through the disclosure layer (protect.ts):
 * perturbed, and hidden when small, for callers who may not see them exact. The total is a cell
 * of its own, so it may differ slightly from the sum of the rows when they are protected.
 */
import { DIMENSION_UNITS, type ResourceDimension } from '../../core/vocabulary';
import {
  allocationRows,
  type AllocationDbRow,
  type AllocationGroup,
} from '../data/analytics/allocations';
import { keysOf } from '../data/analytics/resources';
import { ignoredScopeFields, type Scope } from '../data/analytics/scope';
import type { AnalyticsDeps } from './context';
import { disclosureOfFacts, disclosureOut, pooledIdsFor } from './disclosure';
import { publishCell } from './protect';

export interface AllocationRowOut {
  type: string | null;
  year: number | null;
  funderId: number | null;
  recipientId: number | null;
  category: string | null;
  state: string | null;
  datasetId: number | null;
  value: number | null;
  records: number | null;
  suppressed: 'SUPPRESSED' | null;
}

const cellOf = (r: AllocationDbRow) => ({
  value: r.amount,
  pooledRecords: Number(r.pooled_records),
  keys: keysOf(r),
});

export async function allocations(
  deps: AnalyticsDeps,
  args: { scope: Scope; dimension: ResourceDimension; groupBy: readonly AllocationGroup[] },
) {
  const { scope, dimension, groupBy } = args;
  // One statement: the scope's AUTO is settled in it (not from the request's dataset list), and
  // the owners and flags of the datasets behind the answer come with its rows.
  const pooledIds = await pooledIdsFor(deps);
  const { rows, total, datasetIds, facts } = await allocationRows(
    deps.knex,
    deps.viewer,
    dimension,
    scope,
    groupBy,
    pooledIds,
  );
  const disclosure = disclosureOfFacts(deps, dimension, facts);
  let anyProtected = false;
  const out: AllocationRowOut[] = rows.map((r) => {
    const published = publishCell(disclosure, cellOf(r));
    anyProtected ||= published.protected;
    const hidden = published.value === null;
    return {
      type: r.type,
      year: r.year === null || r.year === undefined ? null : Number(r.year),
      funderId: r.funder_id ?? null,
      recipientId: r.recipient_id ?? null,
      category: r.category ?? null,
      state: r.state ?? null,
      datasetId: r.dataset_id ?? null,
      value: published.value,
      records: hidden ? null : r.records,
      suppressed: hidden ? 'SUPPRESSED' : null,
    };
  });
  const publishedTotal = total ? publishCell(disclosure, cellOf(total)) : null;
  anyProtected ||= publishedTotal?.protected ?? false;
  return {
    dimension,
    unit: DIMENSION_UNITS[dimension],
    groupBy: [...groupBy],
    rows: out,
    total: publishedTotal ? publishedTotal.value : 0,
    datasetIds,
    illustrative: disclosure.illustrative,
    disclosure: disclosureOut(disclosure, anyProtected),
    ignoredScopeFields: ignoredScopeFields(scope, dimension),
  };
}
