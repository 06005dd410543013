/**
 * A pool of worker threads for the scenario model, so that Monte Carlo draws, tornados, goal seek
 * and the category-mix solver never block the event loop that answers /healthz and light queries.
 * At most `size` tasks run at once; up to `maxQueued` more wait in order; a task not finished
 * `timeLimitMs` after it was submitted is stopped (its worker is terminated and replaced) and
 * fails with ModelTimeLimitError. Workers start on first use (or on warm()) and are unref'd, so an
 * idle pool keeps no process alive.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { GraphQLError } from 'graphql';
import { ScenarioInputError } from '../../../core/scenario/index';
import { TooManyRequestsError } from '../../errors';
import type { ModelResults, ModelTask, TaskOutcome } from './tasks';

export interface ModelPoolOptions {
  /** Worker threads, at least 1. */
  size: number;
  /** Milliseconds from submission after which a task is stopped. */
  timeLimitMs: number;
  /** Tasks that may wait for a free worker; more are refused with TOO_MANY_REQUESTS. */
  maxQueued: number;
}

/** A task ran out of its time limit. */
export class ModelTimeLimitError extends GraphQLError {
  constructor(seconds: number) {
    super(
      `The scenario model did not finish within ${seconds} seconds and was stopped. Ask for fewer Monte Carlo draws or a shorter horizon, or try again when the server is less busy.`,
      { extensions: { code: 'MODEL_TIME_LIMIT', http: { status: 503 } } },
    );
  }
}

/** The pool was closed (the server is shutting down) before the task ran. */
export class ModelPoolClosedError extends GraphQLError {
  constructor() {
    super('The server is shutting down; try again in a moment.', {
      extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } },
    });
  }
}

interface Job {
  id: number;
  task: ModelTask;
  resolve(value: unknown): void;
  reject(error: unknown): void;
  timer: NodeJS.Timeout;
  slot?: Slot;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job: Job | null;
}

/** tsx's programmatic import, so a worker can load TypeScript whatever started this process. */
function workerSource(): string {
  const require = createRequire(import.meta.url);
  const pkgPath = require.resolve('tsx/package.json');
  const pkg = JSON.parse(fs.readFileSync(pkgPath, 'utf8')) as {
    exports: Record<string, { import: { default: string } }>;
  };
  const api = pathToFileURL(
    path.join(path.dirname(pkgPath), pkg.exports['./esm/api']!.import.default),
  ).href;
  const entry = pathToFileURL(path.join(import.meta.dirname, 'worker.ts')).href;
  return `import(${JSON.stringify(api)}).then((m) => m.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(api)}))`;
}

let source: string | undefined;

export class ModelPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private submitted = 0;
  private closed = false;

  constructor(private options: ModelPoolOptions) {}

  configure(options: ModelPoolOptions): void {
    this.options = options;
  }

  /** Starts every worker now rather than on the first task (the server calls this at start). */
  warm(): void {
    while (this.slots.length < this.options.size) this.spawn();
  }

  /** Tasks running, waiting, and submitted since the pool was made. */
  get load(): { running: number; queued: number; submitted: number } {
    return {
      running: this.slots.filter((s) => s.job).length,
      queued: this.queue.length,
      submitted: this.submitted,
    };
  }

  run<K extends ModelTask['kind']>(
    task: Extract<ModelTask, { kind: K }>,
  ): Promise<ModelResults[K]> {
    if (this.closed) return Promise.reject(new ModelPoolClosedError());
    if (this.queue.length >= this.options.maxQueued && !this.idleSlot()) {
      return Promise.reject(
        new TooManyRequestsError(
          'The scenario model is busy with other requests. Try again in a few seconds.',
          5,
        ),
      );
    }
    return new Promise<ModelResults[K]>((resolve, reject) => {
      // As set (whole milliseconds): toFixed(1) made a limit of 0.02 s read "0 seconds".
      const seconds = this.options.timeLimitMs / 1000;
      const job: Job = {
        id: this.nextId++,
        task,
        resolve: resolve,
        reject,
        timer: setTimeout(() => this.expire(job, seconds), this.options.timeLimitMs),
      };
      job.timer.unref();
      this.submitted++;
      this.queue.push(job);
      this.dispatch();
    });
  }

  /** Stops every worker; queued and running tasks fail with ModelPoolClosedError. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) this.settle(job, new ModelPoolClosedError());
    const slots = this.slots.splice(0);
    for (const slot of slots) if (slot.job) this.settle(slot.job, new ModelPoolClosedError());
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private idleSlot(): Slot | undefined {
    return this.slots.find((s) => s.ready && !s.job);
  }

  private spawn(): Slot {
    source ??= workerSource();
    const worker = new Worker(source, { eval: true });
    worker.unref();
    const slot: Slot = { worker, ready: false, job: null };
    this.slots.push(slot);
    worker.on('message', (m: { ready?: true; id?: number; outcome?: TaskOutcome }) => {
      if (m.ready) {
        slot.ready = true;
      } else if (slot.job && m.id === slot.job.id && m.outcome) {
        const job = slot.job;
        slot.job = null;
        this.settle(job, undefined, m.outcome);
      }
      this.dispatch();
    });
    const lost = (err: unknown) => {
      this.remove(slot);
      if (slot.job) this.settle(slot.job, err);
      slot.job = null;
      if (!slot.ready && !this.closed) {
        // It never started: fail what waits rather than spawn again and again.
        for (const job of this.queue.splice(0)) this.settle(job, err);
        return;
      }
      this.dispatch();
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`A model worker exited with code ${code}.`)));
    return slot;
  }

  private remove(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
  }

  private dispatch(): void {
    if (this.closed) return;
    while (this.queue.length > 0) {
      const slot = this.idleSlot();
      if (!slot) {
        if (this.slots.length < this.options.size) this.spawn();
        return;
      }
      const job = this.queue.shift()!;
      slot.job = job;
      job.slot = slot;
      slot.worker.postMessage({ id: job.id, task: job.task });
    }
  }

  private expire(job: Job, seconds: number): void {
    const queued = this.queue.indexOf(job);
    if (queued >= 0) this.queue.splice(queued, 1);
    const slot = job.slot;
    if (slot && slot.job === job) {
      slot.job = null;
      this.remove(slot);
      void slot.worker.terminate();
    }
    this.settle(job, new ModelTimeLimitError(seconds));
    this.dispatch();
  }

  private settle(job: Job, error: unknown, outcome?: TaskOutcome): void {
    clearTimeout(job.timer);
    if (outcome?.ok) return job.resolve(outcome.value);
    if (outcome && 'issues' in outcome) return job.reject(new ScenarioInputError(outcome.issues));
    job.reject(outcome ? new Error(`The scenario model failed: ${outcome.message}`) : error);
  }
}

let shared: ModelPool | undefined;

/** This process's pool (one per process, whatever number of apps it serves). */
export function modelPool(): ModelPool {
  shared ??= new ModelPool({ size: 1, timeLimitMs: 30_000, maxQueued: 32 });
  return shared;
}

/** Applies the configuration to this process's pool. */
export function configureModelPool(options: ModelPoolOptions): ModelPool {
  const pool = modelPool();
  pool.configure(options);
  return pool;
}

/** Stops this process's pool (at shutdown); a later modelPool() makes a new one. */
export async function closeModelPool(): Promise<void> {
  const pool = shared;
  shared = undefined;
  await pool?.close();
}
