/**
 * Query.equityBreakdown: labor's equity per funder, state or service category. Each row is
 * `equity` with the scope narrowed to its group: the group's own resource years and the need
 * figures for those years (and, for a state, the state's own figures where published), so a
 * funder's row reads the same as the Equity page focused on that funder.
 */
import { computeEquity, needForScope } from '../../core/equity/index';
import { needUsed } from './equity';
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
  const overallNeed = needForScope(figures, years, scope);
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
    // The group's own years; a state's own geography (US-XX) where figures are published.
    const groupYears = [...new Set(list.map((r) => r.year))].sort((a, b) => a - b);
    const groupScope = by === 'STATE' ? { ...scope, usStates: [key] } : scope;
    const need = needForScope(figures, groupYears, groupScope);
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
      need: needUsed(needBasis, need),
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
    need: needUsed(needBasis, overallNeed),
    datasetIds,
    illustrative: disclosure.illustrative,
    ignoredScopeFields: ignoredScopeFields(scope, dimension),
  };
}
