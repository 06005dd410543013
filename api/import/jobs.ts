/**
 * Import jobs: their status and counts (stored by api/data/importJobs), the live progress of jobs
 * running in this process, how a dead job is told from a running one, and who may read a job.
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

/** Progress of the jobs running in this process (the database row is written at the end). */
const live = new Map<number, ImportProgress>();

export function setLiveProgress(jobId: number, progress: ImportProgress | null): void {
  if (progress) live.set(jobId, progress);
  else live.delete(jobId);
}

export function liveJobIds(): number[] {
  return [...live.keys()];
}

export function liveProgress(jobId: number): ImportProgress | null {
  return live.get(jobId) ?? null;
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
