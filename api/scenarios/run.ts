/**
 * The scenario services behind Query.runScenario, goalSeek and solveCategoryMix: a baseline from
 * SQL (baseline.ts), the settings (settings.ts), and core/scenario for the model. Monte Carlo
 * bands and the tornado are computed by their field resolvers, only when asked for. Everything
 * but the single deterministic run goes to the model pool (pool/pool.ts), off the event loop.
 */
import {
  runScenario as coreRunScenario,
  type CategoryMixOptions,
  type GoalSeekOptions,
  type GoalSeekResult,
  type CategoryMixResult,
  type ScenarioInput,
  type ScenarioResult,
} from '../../core/scenario/index';
import type { AnalyticsDeps } from '../analytics/context';
import { scenarioBaseline, type ScenarioBaselineOut } from './baseline';
import { modelPool } from './pool/pool';
import {
  coreInput,
  toSettings,
  withInputErrors,
  withInputErrorsAsync,
  type ScenarioInputArgs,
  type ScenarioSettings,
} from './settings';

/** A run of the model with everything its field resolvers need. */
export interface ScenarioRunOut {
  settings: ScenarioSettings;
  input: ScenarioInput;
  result: ScenarioResult;
  baseline: ScenarioBaselineOut;
}

/** The baseline and settings of an input, read from current data. */
export async function prepareRun(
  deps: AnalyticsDeps,
  args: ScenarioInputArgs,
  options: { disclosureSafe?: boolean } = {},
): Promise<{ settings: ScenarioSettings; baseline: ScenarioBaselineOut; input: ScenarioInput }> {
  const { settings, scope } = toSettings(args);
  const baseline = await scenarioBaseline(deps, scope, settings.needBasis, {
    mode: settings.baselineMode,
    attribution: settings.attribution,
    disclosureSafe: options.disclosureSafe,
  });
  return { settings, baseline, input: coreInput(settings, baseline.baseline) };
}

/** Runs the model on a prepared input (BAD_USER_INPUT naming the field when invalid). */
export function runOn(settings: ScenarioSettings, baseline: ScenarioBaselineOut): ScenarioRunOut {
  const input = coreInput(settings, baseline.baseline);
  return { settings, input, baseline, result: withInputErrors(() => coreRunScenario(input)) };
}

export async function runScenario(
  deps: AnalyticsDeps,
  args: ScenarioInputArgs,
): Promise<ScenarioRunOut> {
  const { settings, baseline } = await prepareRun(deps, args);
  return runOn(settings, baseline);
}

export interface GoalSeekOut {
  seek: GoalSeekResult;
  run: ScenarioRunOut | null;
  /** The baseline the search started from (its need fallbacks hold whether or not it succeeds). */
  baseline: ScenarioBaselineOut;
}

export async function goalSeek(
  deps: AnalyticsDeps,
  args: ScenarioInputArgs,
  options: GoalSeekOptions,
): Promise<GoalSeekOut> {
  const { settings, baseline, input } = await prepareRun(deps, args);
  const seek = await withInputErrorsAsync(modelPool().run({ kind: 'goalSeek', input, options }));
  if (!seek.reachable) return { seek, run: null, baseline };
  const levers = {
    ...settings.levers,
    shiftFraction: seek.answer.shiftFraction,
    shiftAmount: undefined,
    newMoneyPerYear: seek.answer.newMoneyPerYear,
  };
  delete levers.shiftAmount;
  const answered = { ...settings, levers };
  return {
    seek,
    baseline,
    run: {
      settings: answered,
      input: coreInput(answered, baseline.baseline),
      baseline,
      result: seek.result,
    },
  };
}

export interface CategoryMixOut {
  mix: CategoryMixResult;
  run: ScenarioRunOut | null;
  /** The baseline the optimiser started from. */
  baseline: ScenarioBaselineOut;
}

export async function solveCategoryMix(
  deps: AnalyticsDeps,
  args: ScenarioInputArgs,
  options: CategoryMixOptions,
): Promise<CategoryMixOut> {
  const { settings, baseline, input } = await prepareRun(deps, args);
  const mix: CategoryMixResult = await withInputErrorsAsync(
    modelPool().run({ kind: 'categoryMix', input, options }),
  );
  if (!mix.feasible) return { mix, run: null, baseline };
  const answered: ScenarioSettings = {
    ...settings,
    levers: {
      newMoneyPerYear: mix.newMoneyPerYear,
      categoryMix: mix.newMoneyPerYear > 0 ? mix.mix : undefined,
    },
  };
  if (answered.levers.categoryMix === undefined) delete answered.levers.categoryMix;
  return {
    mix,
    baseline,
    run: {
      settings: answered,
      input: coreInput(answered, baseline.baseline),
      baseline,
      result: mix.result,
    },
  };
}
