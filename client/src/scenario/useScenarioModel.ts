/**
 * Runs the scenario model in the worker as the settings change. A move of a slider sends a quick
 * run (at most PREVIEW_DRAWS Monte Carlo draws) at once; when the settings rest for a moment and
 * more draws were asked for, the full run follows. Only the latest request waits while one is
 * computing, so a fast drag never queues stale work.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { GoalSeekOptions, ScenarioInput, TornadoMetric } from '../../../core/scenario/types';
import type {
  FailedResponse,
  GoalSeekResponse,
  RunRequest,
  RunResponse,
  WorkerRequest,
  WorkerResponse,
} from './protocol';
import { recordMonteCarlo, takeInputMark } from './timing';

export const PREVIEW_DRAWS = 1_000;
const SETTLE_MS = 300;

export interface ShownRun extends RunResponse {
  /** When the input that led to this run happened (performance.now()), if a person moved a lever. */
  inputAt: number | null;
}

export interface ScenarioModel {
  run: ShownRun | null;
  failure: FailedResponse | null;
  computing: boolean;
  goalSeek: (
    input: ScenarioInput,
    options: GoalSeekOptions,
  ) => Promise<GoalSeekResponse | FailedResponse>;
}

export function useScenarioModel(
  input: ScenarioInput | null,
  mc: { draws: number; seed: number },
  metric: TornadoMetric,
): ScenarioModel {
  const worker = useRef<Worker | null>(null);
  const busy = useRef(false);
  const pending = useRef<RunRequest | null>(null);
  const nextId = useRef(1);
  const inputMarks = useRef(new Map<number, number | null>());
  const seeks = useRef(new Map<number, (r: GoalSeekResponse | FailedResponse) => void>());
  const [run, setRun] = useState<ShownRun | null>(null);
  const [failure, setFailure] = useState<FailedResponse | null>(null);
  const [computing, setComputing] = useState(false);

  const send = useCallback((req: WorkerRequest) => {
    if (req.kind === 'run') {
      busy.current = true;
      setComputing(true);
    }
    worker.current?.postMessage(req);
  }, []);

  useEffect(() => {
    const w = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    w.onmessage = (e: MessageEvent<WorkerResponse>) => {
      const res = e.data;
      if (res.kind === 'goalSeek') {
        seeks.current.get(res.id)?.(res);
        seeks.current.delete(res.id);
        return;
      }
      busy.current = false;
      const inputAt = inputMarks.current.get(res.id) ?? null;
      inputMarks.current.delete(res.id);
      if (res.ok) {
        recordMonteCarlo(res.bands.draws, res.bands.years.length - 1, res.ms.monteCarlo);
        setRun({ ...res, inputAt });
        setFailure(null);
      } else {
        setFailure(res);
      }
      const next = pending.current;
      pending.current = null;
      if (next) send(next);
      else setComputing(false);
    };
    return () => {
      w.terminate();
      worker.current = null;
      busy.current = false;
    };
  }, [send]);

  useEffect(() => {
    if (!input) return;
    const request = (draws: number): RunRequest => {
      const id = nextId.current++;
      inputMarks.current.set(id, takeInputMark());
      return { kind: 'run', id, input, draws, seed: mc.seed, metric };
    };
    const enqueue = (req: RunRequest) => {
      if (busy.current) {
        if (pending.current) inputMarks.current.delete(pending.current.id);
        pending.current = req;
      } else send(req);
    };
    enqueue(request(Math.min(mc.draws, PREVIEW_DRAWS)));
    if (mc.draws <= PREVIEW_DRAWS) return;
    const t = setTimeout(() => enqueue(request(mc.draws)), SETTLE_MS);
    return () => clearTimeout(t);
  }, [input, mc.draws, mc.seed, metric, send]);

  const goalSeek = useCallback(
    (seekInput: ScenarioInput, options: GoalSeekOptions) =>
      new Promise<GoalSeekResponse | FailedResponse>((resolve) => {
        const id = nextId.current++;
        seeks.current.set(id, resolve);
        worker.current?.postMessage({ kind: 'goalSeek', id, input: seekInput, options });
      }),
    [],
  );

  return { run, failure, computing, goalSeek };
}
