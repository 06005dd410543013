/**
 * The equity services behind Query.equity, equityTrend and equitySensitivity: protected totals
 * (protect.ts: perturbed for callers who may not see them exact), metrics from core/equity, need
 * chosen by core's documented rules. Every metric is computed from the protected totals, and all
 * resource figures are withheld when a total they rest on is.
 */
import {
  computeEquity,
  needFallbacks,
  needForScope,
  sensitivityGrid,
  yearNeedFallbacks,
  type NeedFallback,
  type NeedForScope,
  type NeedSlot,
  type NeedTotals,
} from '../../core/equity/index';
import {
  NEED_BASES,
  type AttributionRule,
  type NeedBasis,
  type ResourceDimension,
} from '../../core/vocabulary';
import { needFigures, type BasisFigure } from '../data/analytics/need';
import { toResourceTotals, type YearTypeTotal } from '../data/analytics/resources';
import { ignoredScopeFields, type Scope } from '../data/analytics/scope';
import type { AnalyticsDeps } from './context';
import { memoized } from './memo';
import { disclosureFor, disclosureOut, sensitivityKind, type Disclosure } from './disclosure';
import { presentMetrics, withheldReason, withholdResources, type MetricsOut } from './present';
import { anyProtected, anySuppressed, protectedResources, type ProtectedTotal } from './protect';

export interface NeedUsedOut {
  basis: NeedBasis;
  geography: string | null;
  vintages: number[];
  unit: string | null;
  datasetIds: number[];
  confidence: string | null;
  typeVintages: { type: NeedSlot; vintages: number[] }[];
  notes: string[];
  /** Fallbacks used because the basis lacks a type's figure (core needFallbacks). */
  fallbacks: NeedFallback[];
}

export function needUsed(basis: NeedBasis, n: NeedForScope, rule: AttributionRule): NeedUsedOut {
  return {
    basis,
    geography: n.geography,
    vintages: n.vintages,
    unit: n.unit,
    datasetIds: n.datasetIds,
    confidence: n.confidence,
    typeVintages: (Object.keys(n.vintagesByType) as NeedSlot[]).map((type) => ({
      type,
      vintages: n.vintagesByType[type],
    })),
    notes: n.notes,
    fallbacks: needFallbacks(n, basis, rule),
  };
}

const yearsOf = (rows: readonly YearTypeTotal[]) =>
  [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);

/**
 * Shared groundwork: protected resource totals and need figures, in parallel, with the years they
 * span and the sensitivity grid over every need basis. Once per request and scope: equity and
 * equitySensitivity asked together (the Overview) share it (api/analytics/memo.ts).
 */
function groundwork(deps: AnalyticsDeps, dimension: ResourceDimension, scope: Scope) {
  return memoized(deps.memo, `groundwork ${dimension} ${JSON.stringify(scope)}`, async () => {
    const [resources, figures] = await Promise.all([
      protectedResources(deps, dimension, scope),
      needFigures(deps.knex, deps.viewer, { datasetIds: scope.needDatasetIds }),
    ]);
    const years = yearsOf(resources.byYearType);
    const totals = toResourceTotals(resources.byType);
    const bases = needByBasis(figures, years, scope);
    const grid = sensitivityGrid(totals, bases.totals);
    return { resources, figures, years, totals, bases, grid };
  });
}

/** Withholds resource figures resting on a withheld total. */
function disclose(out: MetricsOut, rows: readonly ProtectedTotal[], d: Disclosure): MetricsOut {
  if (!anySuppressed(rows)) return out;
  return withholdResources(out, withheldReason(sensitivityKind(d), d.threshold));
}

/** Illustrative flag over resource and need datasets. */
async function illustrativeOf(
  deps: AnalyticsDeps,
  dimension: ResourceDimension,
  resourceIds: readonly number[],
  needIds: readonly number[],
): Promise<boolean> {
  return (await disclosureFor(deps, dimension, resourceIds, needIds)).illustrative;
}

const figuresOf = (figures: readonly BasisFigure[], basis: NeedBasis) =>
  figures.filter((f) => f.basis === basis);

/** Need totals per basis that has figures containing the scope. */
function needByBasis(figures: readonly BasisFigure[], years: number[], scope: Scope) {
  const out: Partial<Record<NeedBasis, NeedTotals>> = {};
  const used: Partial<Record<NeedBasis, NeedForScope>> = {};
  for (const basis of NEED_BASES) {
    const n = needForScope(figuresOf(figures, basis), years, scope);
    if (n.geography === null || n.vintages.length === 0) continue;
    out[basis] = n.totals;
    used[basis] = n;
  }
  return { totals: out, used };
}

export async function equity(
  deps: AnalyticsDeps,
  args: {
    scope: Scope;
    dimension: ResourceDimension;
    needBasis: NeedBasis;
    attribution: AttributionRule;
  },
) {
  const { scope, dimension, needBasis, attribution } = args;
  const { resources, figures, years, totals, grid } = await groundwork(deps, dimension, scope);
  const need = needForScope(figuresOf(figures, needBasis), years, scope);
  const disclosure = resources.disclosure;
  const metrics = disclose(
    presentMetrics(computeEquity(totals, need.totals, attribution)),
    resources.byType,
    disclosure,
  );
  const withheld = metrics.labor.resources === null;
  return {
    dimension,
    needBasis,
    attribution,
    ...metrics,
    range: withheld
      ? { min: null, max: null }
      : { min: grid.ranges.laborEquityRatio.min, max: grid.ranges.laborEquityRatio.max },
    need: needUsed(needBasis, need, attribution),
    datasetIds: resources.datasetIds,
    years,
    ignoredScopeFields: ignoredScopeFields(scope, dimension),
    illustrative: await illustrativeOf(deps, dimension, resources.datasetIds, need.datasetIds),
    disclosure: disclosureOut(disclosure, anyProtected(resources.byType)),
  };
}

export async function equityTrend(
  deps: AnalyticsDeps,
  args: {
    scope: Scope;
    dimension: ResourceDimension;
    needBasis: NeedBasis;
    attribution: AttributionRule;
  },
) {
  const { scope, dimension, needBasis, attribution } = args;
  const { resources, figures, years } = await groundwork(deps, dimension, scope);
  const basisFigures = figuresOf(figures, needBasis);
  const overall = needForScope(basisFigures, years, scope);
  const disclosure = resources.disclosure;
  const points = years.map((year) => {
    const rows = resources.byYearType.filter((r) => r.year === year);
    const need = needForScope(basisFigures, [year], scope);
    const metrics = disclose(
      presentMetrics(computeEquity(toResourceTotals(rows), need.totals, attribution)),
      rows,
      disclosure,
    );
    return {
      year,
      ...metrics,
      needVintage: need.vintages[0] ?? null,
      needFallbacks: yearNeedFallbacks(need, needBasis, attribution, year),
    };
  });
  return {
    dimension,
    needBasis,
    attribution,
    points,
    need: needUsed(needBasis, overall, attribution),
    datasetIds: resources.datasetIds,
    ignoredScopeFields: ignoredScopeFields(scope, dimension),
    illustrative: await illustrativeOf(deps, dimension, resources.datasetIds, overall.datasetIds),
    disclosure: disclosureOut(disclosure, anyProtected(resources.byYearType)),
  };
}

export async function equitySensitivity(
  deps: AnalyticsDeps,
  args: { scope: Scope; dimension: ResourceDimension },
) {
  const { scope, dimension } = args;
  const { resources, bases, grid } = await groundwork(deps, dimension, scope);
  const needIds = Object.values(bases.used).flatMap((n) => n.datasetIds);
  const disclosure = resources.disclosure;
  const withheld = anySuppressed(resources.byType);
  const cells = grid.cells.map((c) => ({
    needBasis: c.basis,
    attribution: c.rule,
    ...disclose(presentMetrics(c.metrics), resources.byType, disclosure),
    need: needUsed(c.basis, bases.used[c.basis]!, c.rule),
  }));
  const range = (name: keyof typeof grid.ranges) =>
    withheld
      ? { min: null, max: null }
      : { min: grid.ranges[name].min, max: grid.ranges[name].max };
  return {
    dimension,
    cells,
    ranges: {
      laborEquityRatio: range('laborEquityRatio'),
      laborResourceShare: range('laborResourceShare'),
      laborNeedShare: range('laborNeedShare'),
      disparityMultiple: range('disparityMultiple'),
      parityGap: range('parityGap'),
      dissimilarity: range('dissimilarity'),
      theil: range('theil'),
    },
    needBases: Object.keys(bases.used) as NeedBasis[],
    datasetIds: resources.datasetIds,
    ignoredScopeFields: ignoredScopeFields(scope, dimension),
    illustrative: await illustrativeOf(deps, dimension, resources.datasetIds, needIds),
    disclosure: disclosureOut(disclosure, anyProtected(resources.byType)),
  };
}
