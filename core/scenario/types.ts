/**
 * Inputs and outputs of the reallocation scenario model (docs/methodology.md, "The reallocation scenario model").
 * The API computes a `ScenarioBaseline` from SQL for one scope and need basis; everything here is
 * pure data so that the same objects cross a Web Worker boundary unchanged.
 */
import type { AttributionRule, NeedBasis, SCENARIO_SERVICE_CATEGORIES } from '../vocabulary';

export type ScenarioServiceCategory = (typeof SCENARIO_SERVICE_CATEGORIES)[number];

/** A number with the sentence that says where it came from. */
export interface Sourced {
  value: number;
  /** e.g. 'service records, 2020–2024, 157 providers (illustrative demo)'. */
  source: string;
}

/** The observed baseline of one trafficking type, as computed for the scope. */
export interface TypeBaseline {
  /**
   * Annual funding of the type in USD/year. LABOR: labor-only grants plus labor's part of shared
   * grants under the attribution rule; SEX: sex-only funding (what a shift draws on).
   */
  budget: Sourced;
  /** Survivors served per year in the baseline (people/year); the model is calibrated to it. */
  survivorsServed: Sourced;
  /** Cost per survivor served from service records (USD per survivor). */
  costPerSurvivor: Sourced;
  /** Share of staff leaving per year (0–1), from service records. */
  turnoverRate: Sourced;
  /** Share of staff trained in trauma-informed practice (0–1). */
  trainedShare: Sourced;
  /** Need in people per year under the chosen need basis. */
  need: Sourced;
}

export interface ScenarioBaseline {
  /** The averaged year range; a single year has from === to. The projection starts at to + 1. */
  years: { from: number; to: number };
  needBasis: NeedBasis;
  /**
   * The rule that gave labor and sex their parts of BOTH/UNSPECIFIED funding, services and need
   * (default DECLARED_SHARE, the default of every view), so the base-year equity ratio equals the
   * Equity page's ratio for the same scope, basis and rule.
   */
  attribution?: AttributionRule;
  /**
   * Sex's part of BOTH/UNSPECIFIED funding under the rule (USD/year; default 0): counted in the
   * equity ratio, never shifted (the shift draws on sex-only money) and held constant.
   */
  sexSharedBudget?: Sourced;
  /** Where the need figures come from (e.g. 'US', 'WORLD'); null when none cover the scope. */
  needGeography?: string | null;
  labor: TypeBaseline;
  sex: TypeBaseline;
  /** Cost per survivor served of each labor service category (USD per survivor). */
  categoryCostPerSurvivor: Record<ScenarioServiceCategory, Sourced>;
  /** True when any figure comes from the illustrative demo set; results carry the label on. */
  illustrative?: boolean;
}

/** Parameters held per trafficking type. */
export const TYPE_PARAMETER_NAMES = [
  'budget',
  'survivorsServed',
  'costPerSurvivor',
  'turnoverRate',
  'trainedShare',
  'need',
  'needGrowth',
  'caseload',
] as const;
export type TypeParameterName = (typeof TYPE_PARAMETER_NAMES)[number];

/** Parameters shared by both types. */
export const SHARED_PARAMETER_NAMES = [
  'staffCostShare',
  'costPerFte',
  'initialExperience',
  'yearsToFullExperience',
  'trainingRampEffect',
  'trainingCostPerStaff',
] as const;
export type SharedParameterName = (typeof SHARED_PARAMETER_NAMES)[number];

export type ParameterKey =
  | `labor.${TypeParameterName}`
  | `sex.${TypeParameterName}`
  | SharedParameterName
  | `categoryCostPerSurvivor.${ScenarioServiceCategory}`;

/** One model parameter after defaults and overrides, with its provenance. */
export interface ScenarioParameter {
  key: ParameterKey;
  label: string;
  unit: string;
  value: number;
  /** Valid range; an override outside it is rejected. */
  min: number;
  max: number;
  /** Uncertainty range, swung by the tornado; equal to value when the parameter is fixed. */
  low: number;
  high: number;
  /** Monte Carlo draws triangular(low, value, high); 'fixed' parameters are not drawn. */
  distribution: 'triangular' | 'fixed';
  source: string;
  /** The value was set by the user (a low/high alone keeps the default value). */
  overridden: boolean;
}

export type ScenarioParameters = Record<ParameterKey, ScenarioParameter>;

/** A value, or a value and/or uncertainty range. */
export type ParameterOverride = number | { value?: number; low?: number; high?: number };
export type ParameterOverrides = Partial<Record<ParameterKey, ParameterOverride>>;

/** The levers of a scenario; all default to "no change". */
export interface ScenarioLevers {
  /** Fraction of sex-only funding shifted to labor services once fully phased in (0–1). */
  shiftFraction?: number;
  /** Alternative to shiftFraction: USD/year shifted once fully phased in. */
  shiftAmount?: number;
  /** The shift reaches its full size in year p, linearly (1 = all in the first year). */
  phaseInYears?: number;
  /** New money added to labor services each projection year (USD/year). */
  newMoneyPerYear?: number;
  /** How added labor funding is spread over service categories (shares summing to 1). */
  categoryMix?: Partial<Record<ScenarioServiceCategory, number>>;
  /** Share of added labor funding spent on TIP training for staff (0–1). */
  trainingShare?: number;
}

export interface ScenarioInput {
  baseline: ScenarioBaseline;
  /** Projection years after the baseline year; default 5. */
  horizonYears?: number;
  levers?: ScenarioLevers;
  params?: ParameterOverrides;
}

export interface ResolvedLevers {
  shiftFraction: number;
  /** USD/year shifted once fully phased in. */
  shiftAmount: number;
  phaseInYears: number;
  newMoneyPerYear: number;
  /** null: added money buys services at the labor cost per survivor. */
  categoryMix: Record<ScenarioServiceCategory, number> | null;
  trainingShare: number;
}

/** A failed check on an input, naming the field in dotted form. */
export interface ScenarioValidationIssue {
  field: string;
  message: string;
}

/** One type in one year. Ratios whose denominator is 0 are null (see result notes). */
export interface TypeYear {
  /** USD/year, training included. */
  budget: number;
  trainingSpend: number;
  fte: number;
  trainedShare: number;
  /** Capacity-weighted mean experience factor of staff (0–1). */
  averageExperience: number | null;
  /** Survivors the staff could serve this year. */
  capacity: number;
  need: number;
  survivorsServed: number;
  unmetNeed: number;
  /** budget / survivorsServed. */
  costPerSurvivor: number | null;
  /** (budget share) / (need share). */
  equityRatio: number | null;
}

export interface ScenarioYear {
  year: number;
  labor: TypeYear;
  sex: TypeYear;
}

/** Sums over projection years 1..H (the base year excluded). */
export interface TypeTotals {
  budget: number;
  trainingSpend: number;
  survivorsServed: number;
  unmetNeed: number;
  need: number;
}

export interface HorizonTotals {
  labor: TypeTotals;
  sex: TypeTotals;
  /** Labor's equity ratio on budgets and need summed over the horizon. */
  laborEquityRatio: number | null;
}

export interface ScenarioResult {
  baseYear: number;
  horizonYears: number;
  illustrative: boolean;
  /** The attribution rule of the baseline's budgets and need. */
  attribution: AttributionRule;
  /** Sex's part of shared funding (USD/year), in every year's equity ratio; never shifted. */
  sexSharedBudget: number;
  levers: ResolvedLevers;
  parameters: ScenarioParameters;
  /** Index 0 is the base year, then years 1..H. */
  years: ScenarioYear[];
  /** The same model with zero levers. */
  baselineYears: ScenarioYear[];
  /** years minus baselineYears, field by field (null where either side is null). */
  difference: ScenarioYear[];
  totals: HorizonTotals;
  baselineTotals: HorizonTotals;
  differenceTotals: { labor: TypeTotals; sex: TypeTotals };
  /** Sentences about calibration, null ratios and data caveats. */
  notes: string[];
}

/** Outputs banded by the Monte Carlo run. */
export const MONTE_CARLO_OUTPUTS = [
  'survivorsServed',
  'survivorsServedGain',
  'unmetNeed',
  'capacity',
  'costPerSurvivor',
  'equityRatio',
] as const;
export type MonteCarloOutput = (typeof MONTE_CARLO_OUTPUTS)[number];

export interface Quantiles {
  p10: number | null;
  p50: number | null;
  p90: number | null;
}

/** Per-year quantiles (index 0 = base year). */
export interface Band {
  p10: (number | null)[];
  p50: (number | null)[];
  p90: (number | null)[];
}

export interface UncertainInput {
  key: ParameterKey;
  label: string;
  unit: string;
  low: number;
  mode: number;
  high: number;
  distribution: 'triangular';
}

export interface MonteCarloOptions {
  /** Number of draws; default 1,000. */
  draws?: number;
  /** PRNG seed (integer); default 1. */
  seed?: number;
}

export interface MonteCarloResult {
  seed: number;
  draws: number;
  baseYear: number;
  years: number[];
  labor: Record<MonteCarloOutput, Band>;
  sex: Record<MonteCarloOutput, Band>;
  /** Sums over years 1..H. */
  totals: {
    laborServed: Quantiles;
    laborServedGain: Quantiles;
    laborUnmetNeed: Quantiles;
    sexServed: Quantiles;
    sexServedChange: Quantiles;
  };
  inputs: UncertainInput[];
  illustrative: boolean;
}

export const TORNADO_METRICS = [
  'laborServedTotal',
  'laborServedGain',
  'sexServedTotal',
  'laborEquityRatioFinal',
] as const;
export type TornadoMetric = (typeof TORNADO_METRICS)[number];

export interface TornadoBar {
  key: ParameterKey;
  label: string;
  unit: string;
  value: number;
  low: number;
  high: number;
  /** null when the metric is undefined there (an equity ratio with a zero denominator). */
  outputAtLow: number | null;
  outputAtHigh: number | null;
  /** |outputAtHigh - outputAtLow| (0 when either is null); bars are sorted by it, largest first. */
  swing: number;
}

export interface TornadoResult {
  metric: TornadoMetric;
  baseOutput: number | null;
  bars: TornadoBar[];
}

export const GOAL_SEEK_LEVERS = ['shift', 'newMoney', 'shiftThenNewMoney'] as const;
export type GoalSeekLever = (typeof GOAL_SEEK_LEVERS)[number];

export interface GoalSeekOptions {
  /** Labor equity ratio to reach; default 1. */
  targetEquityRatio?: number;
  /** Calendar year by which to reach it; default the last projection year. */
  byYear?: number;
  /** Which lever to size; default 'shift'. The other levers of the input are kept. */
  lever?: GoalSeekLever;
  /** SEX survivors served kept at or above this share of the zero-lever run, every year; default 1. */
  sexFloor?: number;
  /** Upper limit on new money (USD/year); default 100 times the combined baseline budget. */
  maxNewMoneyPerYear?: number;
}

/**
 * What stops a goal from being reached:
 * SEX_FLOOR - shifting more would serve fewer sex-trafficking survivors than the floor allows;
 * SHIFT_LIMIT - shifting all sex-only funding (phased in by the year) is not enough;
 * EQUITY_CEILING - labor's equity ratio can never exceed 1 / (labor need share) while sex-only
 *   funding remains, so no amount of new money reaches the target;
 * NEW_MONEY_LIMIT - the target needs more new money than maxNewMoneyPerYear.
 */
export type BindingConstraint = 'SEX_FLOOR' | 'SHIFT_LIMIT' | 'EQUITY_CEILING' | 'NEW_MONEY_LIMIT';

export interface GoalSeekAnswer {
  shiftFraction: number;
  /** USD/year once fully phased in. */
  shiftAmount: number;
  newMoneyPerYear: number;
  /** Labor equity ratio in byYear at the answer. */
  equityRatio: number | null;
}

export type GoalSeekResult =
  | {
      reachable: true;
      /** True when the baseline rests on illustrative demo data (as for every result). */
      illustrative: boolean;
      target: number;
      byYear: number;
      answer: GoalSeekAnswer;
      /** The full scenario re-run at the answer. */
      result: ScenarioResult;
      evaluations: number;
    }
  | {
      reachable: false;
      illustrative: boolean;
      target: number;
      byYear: number;
      binding: BindingConstraint;
      message: string;
      /** The furthest the lever can go within the constraints. */
      best: GoalSeekAnswer;
      evaluations: number;
    };

export interface CategoryBounds {
  /** Minimum share of the new money (0–1). */
  minShare?: number;
  /** Maximum share of the new money (0–1); 0 excludes the category. */
  maxShare?: number;
  /** Maximum USD/year the category can absorb. */
  maxAmount?: number;
}

export interface CategoryMixOptions {
  /** Labor survivors served to reach in byYear (people/year). */
  targetLaborServed: number;
  /** Calendar year; default the last projection year. */
  byYear?: number;
  bounds?: Partial<Record<ScenarioServiceCategory, CategoryBounds>>;
}

export type CategoryMixResult =
  | {
      feasible: true;
      /** True when the baseline rests on illustrative demo data, feasible or not. */
      illustrative: boolean;
      newMoneyPerYear: number;
      amounts: Record<ScenarioServiceCategory, number>;
      mix: Record<ScenarioServiceCategory, number>;
      /** Labor survivors served in byYear per USD 1,000,000/year put in each category. */
      yieldPerMillion: Record<ScenarioServiceCategory, number>;
      laborServed: number;
      /** The model re-run with the answer as levers. */
      result: ScenarioResult;
    }
  | {
      feasible: false;
      illustrative: boolean;
      binding: 'NEED' | 'CATEGORY_LIMITS';
      message: string;
    };
