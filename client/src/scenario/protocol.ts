/** Messages between the studio and its model worker (worker.ts). Plain data, structured-cloned. */
import type {
  GoalSeekOptions,
  GoalSeekResult,
  MonteCarloResult,
  ScenarioInput,
  ScenarioResult,
  ScenarioValidationIssue,
  TornadoMetric,
  TornadoResult,
} from '../../../core/scenario/types';

export interface RunRequest {
  kind: 'run';
  id: number;
  input: ScenarioInput;
  draws: number;
  seed: number;
  metric: TornadoMetric;
}

export interface GoalSeekRequest {
  kind: 'goalSeek';
  id: number;
  input: ScenarioInput;
  options: GoalSeekOptions;
}

export type WorkerRequest = RunRequest | GoalSeekRequest;

export interface RunResponse {
  kind: 'run';
  id: number;
  ok: true;
  result: ScenarioResult;
  bands: MonteCarloResult;
  tornado: TornadoResult;
  /** Milliseconds spent in the worker on each part. */
  ms: { run: number; monteCarlo: number; tornado: number };
}

export interface GoalSeekResponse {
  kind: 'goalSeek';
  id: number;
  ok: true;
  seek: GoalSeekResult;
  ms: number;
}

export interface FailedResponse {
  kind: WorkerRequest['kind'];
  id: number;
  ok: false;
  /** Validation issues naming their fields; empty for an unexpected failure. */
  issues: ScenarioValidationIssue[];
  message: string;
}

export type WorkerResponse = RunResponse | GoalSeekResponse | FailedResponse;
