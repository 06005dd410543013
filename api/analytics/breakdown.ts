/** Query.equityBreakdown: labor's equity per funder, state or service category. */
import { computeEquity, needForScope } from '../../core/equity/index';
import type { AttributionRule, NeedBasis, ResourceDimension } from '../../core/vocabulary';
import { breakdownRows } from '../data/analytics/allocations';
import { needFigures } from '../data/analytics/need';
import { toResourceTotals, type YearTypeTotal } from '../data/analytics/resources';
import { ignoredScopeFields, type Scope } from '../data/analytics/scope';
import { datasetFacts } from '../data/datasets';
import { mayViewUnsuppressed } from '../data/disclosure';
import type { AnalyticsDeps } from './context';
import { presentMetrics, withholdResources } from './present';

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
  const [{ rows, datasetIds }, figures] = await Promise.all([
    breakdownRows(deps.knex, deps.viewer, dimension, scope, by),
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
    });
    groups.set(key, list);
  }
  const facts = await datasetFacts(deps.knex, datasetIds, overallNeed.datasetIds);
  const unsuppressed = dimension !== 'SERVICES' || mayViewUnsuppressed(deps.viewer, facts.owners);
  const out = [...groups.entries()].map(([key, list]) => {
    // A state has its own need figures where published (US-XX); otherwise the scope's are used.
    const need =
      by === 'STATE'
        ? needForScope(figures, years, { ...scope, usStates: [key] }, deps.nonLaborAs)
        : overallNeed;
    const totals = toResourceTotals(list);
    let metrics = presentMetrics(computeEquity(totals, need.totals, attribution));
    const small = list.some((r) => r.amount > 0 && r.amount < deps.suppressionThreshold);
    if (!unsuppressed && small) metrics = withholdResources(metrics, deps.suppressionThreshold);
    const total = totals.labor + totals.sex + totals.shared;
    return {
      key,
      by,
      total: !unsuppressed && small ? null : total,
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
    illustrative: facts.illustrative,
    ignoredScopeFields: ignoredScopeFields(scope, dimension),
  };
}
