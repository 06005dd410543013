/** Query.allocations: grouped totals, with small service counts suppressed for non-stewards. */
import { suppressList } from '../../core/suppression';
import { DIMENSION_UNITS, type ResourceDimension } from '../../core/vocabulary';
import { allocationRows, type AllocationGroup } from '../data/analytics/allocations';
import { ignoredScopeFields, type Scope } from '../data/analytics/scope';
import { datasetFacts } from '../data/datasets';
import { mayViewUnsuppressed } from '../data/disclosure';
import type { AnalyticsDeps } from './context';

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
  suppressed: 'PRIMARY' | 'COMPLEMENTARY' | null;
}

export async function allocations(
  deps: AnalyticsDeps,
  args: { scope: Scope; dimension: ResourceDimension; groupBy: readonly AllocationGroup[] },
) {
  const { scope, dimension, groupBy } = args;
  const { rows, datasetIds } = await allocationRows(
    deps.knex,
    deps.viewer,
    dimension,
    scope,
    groupBy,
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
  let total: number | null = base.reduce((s, r) => s + (r.value ?? 0), 0);
  const facts = await datasetFacts(deps.knex, datasetIds);
  const unsuppressed = dimension !== 'SERVICES' || mayViewUnsuppressed(deps.viewer, facts.owners);
  if (!unsuppressed) {
    const disclosed = suppressList(
      base.map((r) => r.value ?? 0),
      { threshold: deps.suppressionThreshold },
    );
    disclosed.cells.forEach((cell, i) => {
      const row = base[i]!;
      if (cell.suppressed) {
        row.value = null;
        row.records = null;
        row.suppressed = cell.suppressed === 'primary' ? 'PRIMARY' : 'COMPLEMENTARY';
      }
    });
    total = disclosed.total?.value ?? null;
  }
  return {
    dimension,
    unit: DIMENSION_UNITS[dimension],
    groupBy: [...groupBy],
    rows: base,
    total,
    datasetIds,
    illustrative: facts.illustrative,
    ignoredScopeFields: ignoredScopeFields(scope, dimension),
  };
}
