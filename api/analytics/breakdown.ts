/** Query.equityBreakdown: labor's equity per funder, state or service category. */
import { computeEquity, needForScope } from '../../core/equity/index';
import type { AttributionRule, NeedBasis, ResourceDimension } from '../../core/vocabulary';
import { breakdownRows } from '../data/analytics/allocations';
import { needFigures } from '../data/analytics/need';
import { toResourceTotals, type YearTypeTotal } from '../data/analytics/resources';
import { ignoredScopeFields, type Scope } from '../data/analytics/scope';
import type { AnalyticsDeps } from './context';
import {
  disclosureFor,
  pooledIdsFor,
  sensitivityKind,
  suppressCells,
  typeCells,
  withholdTotals,
} from './disclosure';
import { presentMetrics, withheldReason, withholdResources } from './present';

export async function equityBreakdown(
  deps: AnalyticsDeps,
  args: {
    scope: Scope;
    dimension: ResourceDimension;
    needBasis: NeedBasis;
    attribution: AttributionRule;
    by: 'FUNDER' | 'STATE' | 'CATEGORY';
  },
) {
  const { scope, dimension, needBasis, attribution, by } = args;
  const pooledIds = await pooledIdsFor(deps);
  const [{ rows, datasetIds }, figures] = await Promise.all([
    breakdownRows(deps.knex, deps.viewer, dimension, scope, by, pooledIds),
    needFigures(deps.knex, deps.viewer, { bases: [needBasis], datasetIds: scope.needDatasetIds }),
  ]);
  const years = [...new Set(rows.map((r) => Number(r.year)))].sort((a, b) => a - b);
  const overallNeed = needForScope(figures, years, scope, deps.nonLaborAs);
  const groups = new Map<string, YearTypeTotal[]>();
  for (const r of rows) {
    const key = String(r.key);
    const list = groups.get(key) ?? [];
    list.push({
      year: Number(r.year),
      type: r.type,
      amount: r.amount,
      declared: r.declared,
      declaredLabor: r.declared_labor,
      records: r.records,
      pooledRecords: Number(r.pooled_records),
    });
    groups.set(key, list);
  }
  const disclosure = await disclosureFor(deps, dimension, datasetIds, overallNeed.datasetIds);
  const entries = [...groups.entries()];
  // A group hides its figures when it rests on a sensitive count, or when it must go with one
  // (complementary suppression against the scope's total, which other queries show).
  const { hidden } = suppressCells(
    disclosure,
    entries.map(([, list]) => ({
      value: list.reduce((s, r) => s + r.amount, 0),
      pooledRecords: list.reduce((s, r) => s + r.pooledRecords, 0),
    })),
  );
  const out = entries.map(([key, list], i) => {
    // A state has its own need figures where published (US-XX); otherwise the scope's are used.
    const need =
      by === 'STATE'
        ? needForScope(figures, years, { ...scope, usStates: [key] }, deps.nonLaborAs)
        : overallNeed;
    const totals = toResourceTotals(list);
    const withheld = hidden[i]! || withholdTotals(disclosure, list);
    const computed = presentMetrics(computeEquity(totals, need.totals, attribution));
    const reason = withheldReason(
      sensitivityKind(disclosure, typeCells(list)),
      disclosure.threshold,
    );
    const metrics = withheld ? withholdResources(computed, reason) : computed;
    return {
      key,
      by,
      total: withheld ? null : totals.labor + totals.sex + totals.shared,
      labor: metrics.labor,
      sex: metrics.sex,
      parityGap: metrics.parityGap,
      nullReasons: metrics.nullReasons,
    };
  });
  out.sort(
    (a, b) =>
      (a.labor.equityRatio ?? Infinity) - (b.labor.equityRatio ?? Infinity) ||
      a.key.localeCompare(b.key),
  );
  return {
    dimension,
    by,
    needBasis,
    attribution,
    rows: out,
    need: {
      basis: needBasis,
      geography: overallNeed.geography,
      vintages: overallNeed.vintages,
      unit: overallNeed.unit,
      datasetIds: overallNeed.datasetIds,
      confidence: overallNeed.confidence,
    },
    datasetIds,
    illustrative: disclosure.illustrative,
    ignoredScopeFields: ignoredScopeFields(scope, dimension),
  };
}
