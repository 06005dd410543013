/**
 * Field resolvers of the scenario result types: the model's output reshaped for GraphQL. Monte
 * Carlo bands and the tornado run here, only when a query selects them, in the model pool.
 */
import {
  MONTE_CARLO_OUTPUTS,
  parameterKeys,
  type Band,
  type MonteCarloOutput,
  type ResolvedLevers,
  type TornadoMetric as CoreTornadoMetric,
} from '../../../core/scenario/index';
import { DEFAULT_ATTRIBUTION, SCENARIO_SERVICE_CATEGORIES } from '../../../core/vocabulary';
import { modelPool } from '../../scenarios/pool/pool';
import { withInputErrorsAsync } from '../../scenarios/settings';
import type {
  BaselineMode,
  CategoryMixResultResolvers,
  GoalSeekResultResolvers,
  ScenarioBaselineResolvers,
  ScenarioDatasetResolvers,
  ScenarioNeedVintageResolvers,
  ScenarioRunResolvers,
  TornadoMetric,
} from '../generated/resolvers';
import { toConfidence } from './enums';
import type { Confidence as DbConfidence } from '../../../core/vocabulary';

const TORNADO_METRICS: Record<TornadoMetric, CoreTornadoMetric> = {
  LABOR_SERVED_TOTAL: 'laborServedTotal',
  LABOR_SERVED_GAIN: 'laborServedGain',
  SEX_SERVED_TOTAL: 'sexServedTotal',
  LABOR_EQUITY_RATIO_FINAL: 'laborEquityRatioFinal',
};
const TORNADO_ENUM = Object.fromEntries(
  Object.entries(TORNADO_METRICS).map(([k, v]) => [v, k]),
) as Record<CoreTornadoMetric, TornadoMetric>;

export const toBaselineMode = (m: 'latest' | 'average'): BaselineMode =>
  m === 'latest' ? 'LATEST' : 'AVERAGE';

function bandPoints(band: Band, years: number[]) {
  return years.map((year, i) => ({
    year,
    p10: band.p10[i] ?? null,
    p50: band.p50[i] ?? null,
    p90: band.p90[i] ?? null,
  }));
}

function typeBands(bands: Record<MonteCarloOutput, Band>, years: number[]) {
  return Object.fromEntries(
    MONTE_CARLO_OUTPUTS.map((o) => [o, bandPoints(bands[o], years)]),
  ) as Record<MonteCarloOutput, ReturnType<typeof bandPoints>>;
}

export function leversOut(l: ResolvedLevers) {
  return {
    ...l,
    categoryMix:
      l.categoryMix === null
        ? []
        : SCENARIO_SERVICE_CATEGORIES.map((category) => ({
            category,
            share: l.categoryMix![category],
          })),
  };
}

export const ScenarioRun: ScenarioRunResolvers = {
  baseYear: (p) => p.result.baseYear,
  horizonYears: (p) => p.result.horizonYears,
  illustrative: (p) => p.result.illustrative,
  attribution: (p) => p.result.attribution,
  sexSharedBudget: (p) => p.result.sexSharedBudget,
  years: (p) => p.result.years,
  baselineYears: (p) => p.result.baselineYears,
  difference: (p) => p.result.difference,
  totals: (p) => p.result.totals,
  baselineTotals: (p) => p.result.baselineTotals,
  differenceTotals: (p) => {
    const a = p.result.totals.laborEquityRatio;
    const b = p.result.baselineTotals.laborEquityRatio;
    return {
      ...p.result.differenceTotals,
      laborEquityRatio: a === null || b === null ? null : a - b,
    };
  },
  bands: async (p) => {
    const mc = await withInputErrorsAsync(
      modelPool().run({ kind: 'monteCarlo', input: p.input, options: p.settings.monteCarlo }),
    );
    return {
      draws: mc.draws,
      seed: mc.seed,
      labor: typeBands(mc.labor, mc.years),
      sex: typeBands(mc.sex, mc.years),
      laborServedTotal: mc.totals.laborServed,
      laborServedGain: mc.totals.laborServedGain,
      laborUnmetNeedTotal: mc.totals.laborUnmetNeed,
      sexServedTotal: mc.totals.sexServed,
      sexServedChange: mc.totals.sexServedChange,
      inputs: mc.inputs,
    };
  },
  parameters: (p) =>
    parameterKeys().map((key) => {
      const param = p.result.parameters[key];
      return { ...param, distribution: param.distribution === 'fixed' ? 'FIXED' : 'TRIANGULAR' };
    }),
  tornado: async (p, args) => {
    const metric = TORNADO_METRICS[args.metric ?? 'LABOR_SERVED_TOTAL'];
    const t = await withInputErrorsAsync(
      modelPool().run({ kind: 'tornado', input: p.input, metric }),
    );
    return { ...t, metric: TORNADO_ENUM[t.metric] };
  },
  levers: (p) => leversOut(p.result.levers),
  baseline: (p) => p.baseline,
  notes: (p) => [...p.baseline.notes, ...p.result.notes],
};

export const ScenarioBaseline: ScenarioBaselineResolvers = {
  years: (p) => p.baseline.years,
  mode: (p) => toBaselineMode(p.mode),
  needBasis: (p) => p.baseline.needBasis,
  attribution: (p) => p.baseline.attribution ?? DEFAULT_ATTRIBUTION,
  sexSharedBudget: (p) =>
    p.baseline.sexSharedBudget ?? { value: 0, source: 'no shared grants in the baseline' },
  labor: (p) => p.baseline.labor,
  sex: (p) => p.baseline.sex,
  categoryCostPerSurvivor: (p) =>
    SCENARIO_SERVICE_CATEGORIES.map((category) => ({
      category,
      ...p.baseline.categoryCostPerSurvivor[category],
    })),
  illustrative: (p) => p.baseline.illustrative ?? false,
  datasets: (p) => p.datasets,
  need: (p) => p.need,
  notes: (p) => p.notes,
};

export const ScenarioDataset: ScenarioDatasetResolvers = {
  id: (d) => String(d.id),
  dataset: (d, _a, ctx) => ctx.loaders.dataset.load(d.id),
};

export const ScenarioNeedVintage: ScenarioNeedVintageResolvers = {
  confidence: (n) => (n.confidence === null ? null : toConfidence(n.confidence as DbConfidence)),
  datasetIds: (n) => n.datasetIds.map(String),
  fallbacks: (n) => n.fallbacks ?? [],
};

export const GoalSeekResult: GoalSeekResultResolvers = {
  reachable: (p) => p.seek.reachable,
  illustrative: (p) => p.seek.illustrative,
  target: (p) => p.seek.target,
  byYear: (p) => p.seek.byYear,
  answer: (p) => (p.seek.reachable ? p.seek.answer : p.seek.best),
  binding: (p) => (p.seek.reachable ? null : p.seek.binding),
  message: (p) => (p.seek.reachable ? null : p.seek.message),
  run: (p) => p.run,
  evaluations: (p) => p.seek.evaluations,
  needFallbacks: (p) => p.baseline.need.fallbacks ?? [],
};

export const CategoryMixResult: CategoryMixResultResolvers = {
  feasible: (p) => p.mix.feasible,
  illustrative: (p) => p.mix.illustrative,
  newMoneyPerYear: (p) => (p.mix.feasible ? p.mix.newMoneyPerYear : null),
  allocations: (p) => {
    const m = p.mix;
    if (!m.feasible) return [];
    return SCENARIO_SERVICE_CATEGORIES.map((category) => ({
      category,
      amount: m.amounts[category],
      share: m.mix[category],
      yieldPerMillion: m.yieldPerMillion[category],
    }));
  },
  laborServed: (p) => (p.mix.feasible ? p.mix.laborServed : null),
  binding: (p) => (p.mix.feasible ? null : p.mix.binding),
  message: (p) => (p.mix.feasible ? null : p.mix.message),
  run: (p) => p.run,
  needFallbacks: (p) => p.baseline.need.fallbacks ?? [],
};
