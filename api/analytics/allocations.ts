/** Query.allocations: grouped totals, with small service counts suppressed for non-stewards. */
import { DIMENSION_UNITS, type ResourceDimension } from '../../core/vocabulary';
import { allocationRows, type AllocationGroup } from '../data/analytics/allocations';
import { ignoredScopeFields, type Scope } from '../data/analytics/scope';
import type { AnalyticsDeps } from './context';
import { disclosureFor, pooledIdsFor, suppressCells } from './disclosure';

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

export async function allocations(
  deps: AnalyticsDeps,
  args: { scope: Scope; dimension: ResourceDimension; groupBy: readonly AllocationGroup[] },
) {
  const { scope, dimension, groupBy } = args;
  const pooledIds = await pooledIdsFor(deps);
  const { rows, datasetIds } = await allocationRows(
    deps.knex,
    deps.viewer,
    dimension,
    scope,
    groupBy,
    pooledIds,
  );
  const base: AllocationRowOut[] = rows.map((r) => ({
    type: r.type,
    year: r.year === null || r.year === undefined ? null : Number(r.year),
    funderId: r.funder_id ?? null,
    recipientId: r.recipient_id ?? null,
    category: r.category ?? null,
    state: r.state ?? null,
    datasetId: r.dataset_id ?? null,
    value: r.amount,
    records: r.records,
    suppressed: null,
  }));
  const disclosure = await disclosureFor(deps, dimension, datasetIds);
  const { hidden, totalHidden } = suppressCells(
    disclosure,
    rows.map((r) => ({ value: r.amount, pooledRecords: Number(r.pooled_records) })),
  );
  hidden.forEach((isHidden, i) => {
    if (!isHidden) return;
    const row = base[i]!;
    row.value = null;
    row.records = null;
    row.suppressed = 'SUPPRESSED';
  });
  const total = totalHidden ? null : rows.reduce((sum, r) => sum + r.amount, 0);
  return {
    dimension,
    unit: DIMENSION_UNITS[dimension],
    groupBy: [...groupBy],
    rows: base,
    total,
    datasetIds,
    illustrative: disclosure.illustrative,
    ignoredScopeFields: ignoredScopeFields(scope, dimension),
  };
}
