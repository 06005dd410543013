/**
 * The model work that runs off the event loop (pool.ts): each task is plain data in, plain data
 * out, so it crosses to a worker thread by structured clone. `runTask` is what a worker executes.
 */
import {
  goalSeek,
  runMonteCarlo,
  ScenarioInputError,
  solveCategoryMix,
  tornado,
  type CategoryMixOptions,
  type CategoryMixResult,
  type GoalSeekOptions,
  type GoalSeekResult,
  type MonteCarloOptions,
  type MonteCarloResult,
  type ScenarioInput,
  type ScenarioValidationIssue,
  type TornadoMetric,
  type TornadoResult,
} from '../../../core/scenario/index';

export type ModelTask =
  | { kind: 'monteCarlo'; input: ScenarioInput; options: MonteCarloOptions }
  | { kind: 'tornado'; input: ScenarioInput; metric: TornadoMetric }
  | { kind: 'goalSeek'; input: ScenarioInput; options: GoalSeekOptions }
  | { kind: 'categoryMix'; input: ScenarioInput; options: CategoryMixOptions };

export interface ModelResults {
  monteCarlo: MonteCarloResult;
  tornado: TornadoResult;
  goalSeek: GoalSeekResult;
  categoryMix: CategoryMixResult;
}

export type TaskOutcome =
  | { ok: true; value: unknown }
  | { ok: false; issues: ScenarioValidationIssue[] }
  | { ok: false; message: string };

export async function runTask(task: ModelTask): Promise<unknown> {
  switch (task.kind) {
    case 'monteCarlo':
      return runMonteCarlo(task.input, task.options);
    case 'tornado':
      return tornado(task.input, { metric: task.metric });
    case 'goalSeek':
      return goalSeek(task.input, task.options);
    case 'categoryMix':
      return solveCategoryMix(task.input, task.options);
  }
}

/** Runs a task and folds its failure into data: input errors keep their issues. */
export async function settleTask(task: ModelTask): Promise<TaskOutcome> {
  try {
    return { ok: true, value: await runTask(task) };
  } catch (e) {
    if (e instanceof ScenarioInputError) return { ok: false, issues: e.issues };
    return { ok: false, message: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
}
