/**
 * Query.equityBreakdown: labor's equity per funder, state or service category. Each row is
 * `equity` with the scope narrowed to its group: the group's own resource years and the need
 * figures for those years (and, for a state, the state's own figures where published), so a
 * funder's row reads the same as the Equity page focused on that funder. Each group's totals per
 * type, and its total over types, are cells of their own, protected (protect.ts) for callers who
 * may not see them exact; a group's figures are withheld when a total is.
 */
import { computeEquity, needForScope } from '../../core/equity/index';
import { needUsed } from './equity';
import type { AttributionRule, NeedBasis, ResourceDimension } from '../../core/vocabulary';
import { breakdownRows, type BreakdownDbRow } from '../data/analytics/allocations';
import { needFigures } from '../data/analytics/need';
import { keysOf, toResourceTotals, type YearTypeTotal } from '../data/analytics/resources';
import { ignoredScopeFields, type Scope } from '../data/analytics/scope';
import type { AnalyticsDeps } from './context';
import { settleIllustrative } from './dataSelection';
import { disclosureFor, disclosureOut, pooledIdsFor, sensitivityKind } from './disclosure';
import { presentMetrics, withheldReason, withholdResources } from './present';
import { anySuppressed, protectTotals, publishCell } from './protect';

const totalOf = (r: BreakdownDbRow): YearTypeTotal => ({
  year: Number(r.year),
  type: r.type,
  amount: r.amount,
  declared: r.declared,
  declaredLabor: r.declared_labor,
  records: r.records,
  pooledRecords: Number(r.pooled_records),
  keys: keysOf(r),
});

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
  const [pooledIds, settled] = await Promise.all([
    pooledIdsFor(deps),
    settleIllustrative(deps, scope),
  ]);
  const [{ rows, typeTotals, groupTotals, datasetIds }, figures] = await Promise.all([
    breakdownRows(deps.knex, deps.viewer, dimension, settled, by, pooledIds),
    needFigures(deps.knex, deps.viewer, { bases: [needBasis], datasetIds: scope.needDatasetIds }),
  ]);
  const years = [...new Set(rows.map((r) => Number(r.year)))].sort((a, b) => a - b);
  const overallNeed = needForScope(figures, years, scope);
  const yearsOfGroup = new Map<string, Set<number>>();
  for (const r of rows) {
    const key = String(r.key);
    yearsOfGroup.set(key, (yearsOfGroup.get(key) ?? new Set()).add(Number(r.year)));
  }
  const groups = new Map<string, YearTypeTotal[]>();
  for (const r of typeTotals) {
    const key = String(r.key);
    groups.set(key, [...(groups.get(key) ?? []), totalOf(r)]);
  }
  const disclosure = await disclosureFor(deps, dimension, datasetIds, overallNeed.datasetIds);
  const groupTotal = new Map(
    groupTotals.map((r) => [
      String(r.key),
      publishCell(disclosure, {
        value: r.amount,
        pooledRecords: Number(r.pooled_records),
        keys: keysOf(r),
      }),
    ]),
  );
  let anyProtected = false;
  const out = [...groups.entries()].map(([key, list]) => {
    // The group's own years; a state's own geography (US-XX) where figures are published.
    const groupYears = [...(yearsOfGroup.get(key) ?? [])].sort((a, b) => a - b);
    const groupScope = by === 'STATE' ? { ...scope, usStates: [key] } : scope;
    const need = needForScope(figures, groupYears, groupScope);
    const protectedList = protectTotals(disclosure, list);
    const total = groupTotal.get(key);
    anyProtected ||= protectedList.some((t) => t.protected) || (total?.protected ?? false);
    const withheld = anySuppressed(protectedList) || total?.value === null;
    const computed = presentMetrics(
      computeEquity(toResourceTotals(protectedList), need.totals, attribution),
    );
    const reason = withheldReason(sensitivityKind(disclosure), disclosure.threshold);
    const metrics = withheld ? withholdResources(computed, reason) : computed;
    return {
      key,
      by,
      total: withheld ? null : (total?.value ?? null),
      labor: metrics.labor,
      sex: metrics.sex,
      parityGap: metrics.parityGap,
      nullReasons: metrics.nullReasons,
      need: needUsed(needBasis, need, attribution),
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
    need: needUsed(needBasis, overallNeed, attribution),
    datasetIds,
    illustrative: disclosure.illustrative,
    disclosure: disclosureOut(disclosure, anyProtected),
    ignoredScopeFields: ignoredScopeFields(scope, dimension),
  };
}
