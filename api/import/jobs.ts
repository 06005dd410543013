/**
 * Import jobs: the row in import_jobs (status, counts, first errors, file name and checksum), the
 * live progress of jobs running in this process, and the rejected rows kept for download.
 */
import type { Knex } from 'knex';
import { T } from '../db/tables';
import type { ImportKind } from './templates';
import type { RowError } from './validate';

export type JobStatus = 'pending' | 'running' | 'succeeded' | 'failed' | 'rejected';

export interface DbImportJob {
  id: number;
  dataset_id: number | null;
  kind: ImportKind;
  file_name: string;
  file_sha256: string | null;
  file_bytes: number | null;
  status: JobStatus;
  dry_run: boolean;
  valid_only: boolean;
  rows_total: number | null;
  rows_done: number;
  rows_inserted: number;
  rows_updated: number;
  rows_unchanged: number;
  rows_rejected: number;
  errors: RowError[] | null;
  message: string | null;
  created_by: number | null;
  created_at: Date;
  finished_at: Date | null;
  header: string[] | null;
}

export interface ImportCounts {
  total: number;
  valid: number;
  rejected: number;
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

export async function createJob(
  knex: Knex,
  job: {
    kind: ImportKind;
    fileName: string;
    dryRun: boolean;
    validOnly: boolean;
    createdBy: number | null;
    bytesTotal: number | null;
  },
): Promise<number> {
  const [row] = await knex(T.importJobs)
    .insert({
      kind: job.kind,
      file_name: job.fileName,
      file_bytes: job.bytesTotal,
      status: 'running',
      dry_run: job.dryRun,
      valid_only: job.validOnly,
      created_by: job.createdBy,
    })
    .returning<{ id: number }[]>('id');
  return row!.id;
}

export interface JobOutcome {
  status: JobStatus;
  datasetId: number | null;
  counts: ImportCounts;
  errors: RowError[];
  message: string | null;
  sha256: string | null;
  bytes: number | null;
  header: string[] | null;
}

/** Writes the outcome; `db` is the import's transaction when the data commit with it. */
export async function finishJob(
  db: Knex | Knex.Transaction,
  jobId: number,
  o: JobOutcome,
): Promise<void> {
  await db(T.importJobs)
    .where({ id: jobId })
    .update({
      status: o.status,
      dataset_id: o.datasetId,
      rows_total: o.counts.total,
      rows_done: o.counts.total,
      rows_inserted: o.counts.inserted,
      rows_updated: o.counts.updated,
      rows_unchanged: o.counts.unchanged,
      rows_rejected: o.counts.rejected,
      errors: JSON.stringify(o.errors),
      message: o.message,
      file_sha256: o.sha256,
      file_bytes: o.bytes,
      header: o.header ? JSON.stringify(o.header) : null,
      finished_at: db.fn.now(),
    });
}

/**
 * Jobs left 'running' by a process that ended (killed, crashed): their transaction was rolled
 * back, so nothing of them was saved; mark them failed. Call once at start, in one process.
 */
export async function markInterruptedJobs(knex: Knex): Promise<number> {
  const running = [...live.keys()];
  return knex(T.importJobs)
    .whereIn('status', ['pending', 'running'])
    .modify((q) => {
      if (running.length) void q.whereNotIn('id', running);
    })
    .update({
      status: 'failed',
      message:
        'The import stopped before it finished (the program was stopped); nothing from it was saved. Import the file again.',
      finished_at: knex.fn.now(),
    });
}

export async function getJob(knex: Knex, jobId: number): Promise<DbImportJob | null> {
  const row = await knex(T.importJobs).where({ id: jobId }).first<DbImportJob | undefined>();
  return row ?? null;
}

/**
 * Who may read a job (its errors and rejected rows quote the file's cells): the user who ran it,
 * and stewards of the organization that owns its dataset.
 */
export interface JobReader {
  userId: number;
  /** Organizations where the reader is a steward or admin. */
  stewardOf: readonly number[];
}

function readableBy(knex: Knex, query: Knex.QueryBuilder, reader: JobReader): Knex.QueryBuilder {
  return query.where((q) => {
    void q.where('created_by', reader.userId);
    if (reader.stewardOf.length) {
      void q.orWhereIn(
        'dataset_id',
        knex(T.datasets)
          .select('id')
          .whereIn('owner_organization_id', [...reader.stewardOf]),
      );
    }
  });
}

/** The latest jobs, newest first; only those `reader` may read when given. */
export async function recentJobs(
  knex: Knex,
  limit: number,
  reader?: JobReader,
): Promise<DbImportJob[]> {
  const query = knex(T.importJobs);
  if (reader) readableBy(knex, query, reader);
  return query.orderBy('id', 'desc').limit(limit).select<DbImportJob[]>('*');
}

/** True when `reader` may read the job. */
export async function mayReadJob(knex: Knex, jobId: number, reader: JobReader): Promise<boolean> {
  const row = await readableBy(knex, knex(T.importJobs).where({ id: jobId }), reader).first<
    { id: number } | undefined
  >('id');
  return row !== undefined;
}

export function countsOf(job: DbImportJob): ImportCounts {
  const total = job.rows_total ?? job.rows_done;
  return {
    total,
    valid: total - job.rows_rejected,
    rejected: job.rows_rejected,
    inserted: job.rows_inserted,
    updated: job.rows_updated,
    unchanged: job.rows_unchanged,
  };
}

export interface RejectedRow {
  line: number;
  row_values: string[] | Record<string, string>;
  error: string;
}

/** The rejected rows of a job in line order, a page at a time (keyset paging on line). */
export async function* rejectedRows(
  knex: Knex,
  jobId: number,
  pageSize = 5000,
): AsyncGenerator<RejectedRow> {
  let after = 0;
  for (;;) {
    const page = await knex('import_rejected_rows')
      .where({ job_id: jobId })
      .andWhere('line', '>', after)
      .orderBy('line')
      .limit(pageSize)
      .select<RejectedRow[]>('line', 'row_values', 'error');
    for (const row of page) yield row;
    if (page.length < pageSize) return;
    after = page[page.length - 1]!.line;
  }
}
