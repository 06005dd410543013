/**
 * The scenario model in a Web Worker, so that slider moves recompute without blocking the page.
 * Runs core/scenario on the baseline the page fetched once: the projection, the Monte Carlo
 * bands, the tornado, and goal seek. The server's runScenario remains the reference; the same
 * input and seed give the same numbers here. (Imports the model's modules one by one: the
 * category-mix solver and its WebAssembly are not needed in the browser.)
 */
import { goalSeek } from '../../../core/scenario/goalseek';
import { runScenario } from '../../../core/scenario/model';
import { runMonteCarlo } from '../../../core/scenario/montecarlo';
import { tornado } from '../../../core/scenario/tornado';
import { ScenarioInputError } from '../../../core/scenario/validate';
import type { FailedResponse, WorkerRequest, WorkerResponse } from './protocol';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse): void;
};

function timed<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const value = fn();
  return [value, performance.now() - t0];
}

function failure(req: WorkerRequest, err: unknown): FailedResponse {
  if (err instanceof ScenarioInputError) {
    return { kind: req.kind, id: req.id, ok: false, issues: err.issues, message: err.message };
  }
  const message = err instanceof Error ? err.message : String(err);
  return { kind: req.kind, id: req.id, ok: false, issues: [], message };
}

scope.onmessage = (e) => {
  const req = e.data;
  try {
    if (req.kind === 'run') {
      const [result, run] = timed(() => runScenario(req.input));
      const [bands, monteCarlo] = timed(() =>
        runMonteCarlo(req.input, { draws: req.draws, seed: req.seed }),
      );
      const [tornadoResult, tornadoMs] = timed(() => tornado(req.input, { metric: req.metric }));
      scope.postMessage({
        kind: 'run',
        id: req.id,
        ok: true,
        result,
        bands,
        tornado: tornadoResult,
        ms: { run, monteCarlo, tornado: tornadoMs },
      });
    } else {
      const [seek, ms] = timed(() => goalSeek(req.input, req.options));
      scope.postMessage({ kind: 'goalSeek', id: req.id, ok: true, seek, ms });
    }
  } catch (err) {
    scope.postMessage(failure(req, err));
  }
};
