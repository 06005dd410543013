/**
 * Import jobs: their status and counts (stored by api/data/importJobs), the live progress of jobs
 * (in this process's memory, and on PostgreSQL also in the job's row for the other processes), how
 * a dead job is told from a running one, and who may read a job.
 */
import type { Knex } from 'knex';
import {
  failJobs,
  insertJob,
  getJob,
  lockRunningJob,
  mayReadJob,
  recentJobs,
  rejectedRows,
  storeJobProgress,
  updateJobOutcome,
  type DbImportJob,
  type JobOutcome,
  type RejectedRow,
} from '../data/importJobs';
import { abandonedPendingDatasets, deletePendingDataset } from '../data/pendingImports';
import type { DbKind } from '../db/connection';

export type JobStatus = 'pending' | 'running' | 'succeeded' | 'failed' | 'rejected';

export interface ImportCounts {
  total: number;
  valid: number;
  rejected: number;
  /** USAspending awards left out as not about trafficking: neither valid nor rejected. */
  notAboutTrafficking: number;
  inserted: number;
  updated: number;
  unchanged: number;
}

export type ImportPhase = 'reading' | 'writing' | 'done';

export interface ImportProgress {
  phase: ImportPhase;
  rowsDone: number;
  /** Known once the whole file has been read. */
  rowsTotal: number | null;
  /**
   * While rows are written in batches (the embedded database): how many of `rowsToWrite` (the
   * valid rows) are written so far. Null when they are written in one transaction.
   */
  rowsWritten: number | null;
  rowsToWrite: number | null;
  bytesDone: number;
  bytesTotal: number | null;
}

/** Progress of the jobs running in this process. */
const live = new Map<number, ImportProgress>();

/** How often at most a running import's progress is written to its job's row. */
export const PROGRESS_STORE_EVERY_MS = 1000;

/** The writing of one job's progress to its row: the latest progress, written when due. */
interface ProgressStore {
  knex: Knex;
  latest: ImportProgress;
  written: ImportProgress | null;
  writtenAt: number;
  timer: NodeJS.Timeout | null;
  writing: boolean;
}

const stores = new Map<number, ProgressStore>();

/**
 * Records a running job's progress (null when it ends). With `store` on PostgreSQL it is also
 * written to the job's row, through the pool and not the import's transaction (whose writes no
 * other connection sees before it commits), so that every API process shows it: at once when the
 * phase changes, else at most every PROGRESS_STORE_EVERY_MS, the latest one winning. The embedded
 * database has one process (and its one connection is the running import's): memory only.
 */
export function setLiveProgress(
  jobId: number,
  progress: ImportProgress | null,
  store?: { knex: Knex; dbKind: DbKind },
): void {
  if (!progress) {
    live.delete(jobId);
    const ended = stores.get(jobId);
    if (ended?.timer) clearTimeout(ended.timer);
    stores.delete(jobId);
    return;
  }
  live.set(jobId, progress);
  if (store?.dbKind !== 'postgres') return;
  let s = stores.get(jobId);
  if (!s) {
    s = {
      knex: store.knex,
      latest: progress,
      written: null,
      writtenAt: 0,
      timer: null,
      writing: false,
    };
    stores.set(jobId, s);
  }
  s.latest = progress;
  scheduleStore(jobId, s);
}

function scheduleStore(jobId: number, s: ProgressStore): void {
  if (s.writing || s.latest === s.written) return; // a write ending looks again
  const phaseChanged = s.written?.phase !== s.latest.phase;
  if (s.timer && !phaseChanged) return;
  if (s.timer) clearTimeout(s.timer);
  const wait = phaseChanged ? 0 : s.writtenAt + PROGRESS_STORE_EVERY_MS - Date.now();
  s.timer = setTimeout(() => void writeStore(jobId, s), Math.max(0, wait));
  s.timer.unref();
}

async function writeStore(jobId: number, s: ProgressStore): Promise<void> {
  s.timer = null;
  s.writing = true;
  const progress = s.latest;
  s.written = progress;
  s.writtenAt = Date.now();
  try {
    await storeJobProgress(s.knex, jobId, progress);
  } catch {
    // Progress is only shown: a write that fails (the database went away) leaves the last one
    // stored, and the import itself, on its own connection, reports the failure.
  } finally {
    s.writing = false;
  }
  if (stores.get(jobId) === s) scheduleStore(jobId, s);
}

export function liveJobIds(): number[] {
  return [...live.keys()];
}

export function liveProgress(jobId: number): ImportProgress | null {
  return live.get(jobId) ?? null;
}

/**
 * A job's progress while it runs: this process's own when it runs the job, else the one stored
 * in its row by the process that does (null when none is known, or the job has ended).
 */
export function runningProgress(job: DbImportJob): ImportProgress | null {
  const here = live.get(job.id);
  if (here) return here;
  return job.status === 'running' || job.status === 'pending' ? job.progress : null;
}

/** Records a new job, shown running until it ends. */
export function createJob(knex: Knex, job: Parameters<typeof insertJob>[1]): Promise<number> {
  return insertJob(knex, job);
}

/**
 * Joins the job's transaction to the job: on PostgreSQL the job is alive while `trx` holds its
 * lock (the embedded database has one process, whose memory says which jobs run). Refuses to go
 * on when the job was already marked dead (it waited too long to start).
 */
export async function holdJob(trx: Knex.Transaction, dbKind: DbKind, jobId: number): Promise<void> {
  if ((await lockRunningJob(trx, jobId, dbKind === 'postgres')) !== 'running') {
    throw new Error(`Import job ${jobId} was marked stopped before its transaction began.`);
  }
}

/** Writes the outcome; `db` is the import's transaction when the data commit with it. */
export function finishJob(
  db: Knex | Knex.Transaction,
  jobId: number,
  outcome: JobOutcome,
): Promise<void> {
  return updateJobOutcome(db, jobId, outcome);
}

export const INTERRUPTED_MESSAGE =
  'The import stopped before it finished (the program was stopped or lost its database connection); nothing from it was saved. Import the file again.';

/** How long a new job may wait for its transaction before a sweep may call it dead. */
export const JOB_START_GRACE_SECONDS = 60;

/**
 * Jobs left 'running' by a process that ended (killed, crashed, cut off): their transaction was
 * rolled back, so nothing of them was saved; marks them failed. On PostgreSQL a running import
 * holds its job's advisory lock for its transaction, so a job whose lock is free is dead whatever
 * process ran it; the embedded database has one process per data folder, so a job that this
 * process is not running is dead, and the dataset it was writing in batches (run/interleaved) is
 * deleted. Safe to call at any time, from any process.
 */
export async function markInterruptedJobs(
  knex: Knex,
  dbKind: DbKind,
  graceSeconds = JOB_START_GRACE_SECONDS,
): Promise<number> {
  const failed = await failJobs(knex, {
    runningHere: [...live.keys()],
    checkLocks: dbKind === 'postgres',
    graceSeconds,
    message: INTERRUPTED_MESSAGE,
  });
  // A stopped embedded import leaves the dataset it was writing in batches, hidden: delete it.
  if (dbKind === 'embedded') {
    for (const id of await abandonedPendingDatasets(knex, [...live.keys()])) {
      await deletePendingDataset(knex, id);
    }
  }
  return failed;
}

export { getJob, mayReadJob, recentJobs, rejectedRows, type DbImportJob, type RejectedRow };

/**
 * Who may read a job (its errors and rejected rows quote the file's cells): the user who ran it,
 * and stewards of the organization that owns its dataset.
 */
export interface JobReader {
  userId: number;
  /** Organizations where the reader is a steward or admin. */
  stewardOf: readonly number[];
}

export function countsOf(job: DbImportJob): ImportCounts {
  const total = job.rows_total ?? job.rows_done;
  return {
    total,
    valid: total - job.rows_rejected - job.rows_not_trafficking,
    rejected: job.rows_rejected,
    notAboutTrafficking: job.rows_not_trafficking,
    inserted: job.rows_inserted,
    updated: job.rows_updated,
    unchanged: job.rows_unchanged,
  };
}
