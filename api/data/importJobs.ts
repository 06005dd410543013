/**
 * The import_jobs table and the rejected rows kept with each job: SQL only (the rules about jobs,
 * their live progress and who may read them are in api/import/jobs.ts).
 */
import type { Knex } from 'knex';
import type { ImportKind } from '../import/templates';
import type { ImportCounts, ImportProgress, JobStatus } from '../import/jobs';
import type { RowError } from '../import/validate';
import { T } from '../db/tables';

type Db = Knex | Knex.Transaction;

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
  rows_not_trafficking: number;
  errors: RowError[] | null;
  message: string | null;
  created_by: number | null;
  created_at: Date;
  finished_at: Date | null;
  header: string[] | null;
  /** The uploading page's reference (api/import/uploadRefs.ts), if it sent one. */
  upload_ref: string | null;
  /** The running import's progress as last stored (PostgreSQL only), and when it was stored. */
  progress: ImportProgress | null;
  progress_at: Date | null;
}

/**
 * Advisory-lock namespace of running imports: a running import holds (namespace, job id) for its
 * transaction (pg_advisory_xact_lock, released when the transaction or its connection ends, and
 * safe behind a transaction-mode pooler). A job shown running whose lock is free is dead.
 */
export const IMPORT_JOB_LOCK = 0x46534a42;

export async function insertJob(
  db: Db,
  job: {
    kind: ImportKind;
    fileName: string;
    dryRun: boolean;
    validOnly: boolean;
    createdBy: number | null;
    bytesTotal: number | null;
    uploadRef?: string | null;
  },
): Promise<number> {
  const [row] = await db(T.importJobs)
    .insert({
      kind: job.kind,
      file_name: job.fileName,
      file_bytes: job.bytesTotal,
      status: 'running',
      dry_run: job.dryRun,
      valid_only: job.validOnly,
      created_by: job.createdBy,
      upload_ref: job.uploadRef ?? null,
    })
    .returning<{ id: number }[]>('id');
  return row!.id;
}

/** The newest running job `userId` started with upload reference `ref`, or null. */
export async function runningJobOfUpload(
  db: Db,
  ref: string,
  userId: number,
): Promise<number | null> {
  const row = await db(T.importJobs)
    .where({ upload_ref: ref, created_by: userId, status: 'running' })
    .orderBy('id', 'desc')
    .first<{ id: number } | undefined>('id');
  return row?.id ?? null;
}

/** Takes the job's lock for the rest of `trx` (when `lock`); answers its status as committed. */
export async function lockRunningJob(
  trx: Knex.Transaction,
  jobId: number,
  lock: boolean,
): Promise<JobStatus> {
  if (lock) await trx.raw('SELECT pg_advisory_xact_lock(?, ?)', [IMPORT_JOB_LOCK, jobId]);
  const row = await trx(T.importJobs).where({ id: jobId }).first<{ status: JobStatus }>('status');
  return row.status;
}

/**
 * Stores a running import's progress, through the pool: never waits for the job's row, which the
 * import's own transaction locks once it writes the outcome (the progress is moot by then).
 */
export async function storeJobProgress(
  knex: Knex,
  jobId: number,
  progress: ImportProgress,
): Promise<void> {
  await knex(T.importJobs)
    .whereIn('id', knex(T.importJobs).select('id').where({ id: jobId }).forUpdate().skipLocked())
    .update({ progress: JSON.stringify(progress), progress_at: knex.fn.now() });
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

export async function updateJobOutcome(db: Db, jobId: number, o: JobOutcome): Promise<void> {
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
      rows_not_trafficking: o.counts.notAboutTrafficking,
      errors: JSON.stringify(o.errors),
      message: o.message,
      file_sha256: o.sha256,
      file_bytes: o.bytes,
      header: o.header ? JSON.stringify(o.header) : null,
      finished_at: db.fn.now(),
    });
}

/**
 * Marks failed the jobs shown pending or running that are not among `runningHere` and, when
 * `checkLocks`, whose lock nobody holds (pg_try_advisory_xact_lock succeeds only then) and that
 * are older than `graceSeconds` (the moment between a job's row and its transaction's lock).
 */
export async function failJobs(
  knex: Knex,
  options: {
    runningHere: readonly number[];
    checkLocks: boolean;
    graceSeconds: number;
    message: string;
  },
): Promise<number> {
  const query = knex(T.importJobs).whereIn('status', ['pending', 'running']);
  if (options.runningHere.length) void query.whereNotIn('id', [...options.runningHere]);
  if (options.checkLocks) {
    void query
      .whereRaw(`created_at < now() - make_interval(secs => ?)`, [options.graceSeconds])
      .whereRaw('pg_try_advisory_xact_lock(?, id)', [IMPORT_JOB_LOCK]);
  }
  return query.update({ status: 'failed', message: options.message, finished_at: knex.fn.now() });
}

export async function getJob(knex: Knex, jobId: number): Promise<DbImportJob | null> {
  const row = await knex(T.importJobs).where({ id: jobId }).first<DbImportJob | undefined>();
  return row ?? null;
}

/** Restricts a job query to the jobs a reader may read: their own, and their organizations'. */
function readableBy(
  knex: Knex,
  query: Knex.QueryBuilder,
  reader: { userId: number; stewardOf: readonly number[] },
): Knex.QueryBuilder {
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

export async function recentJobs(
  knex: Knex,
  limit: number,
  reader?: { userId: number; stewardOf: readonly number[] },
): Promise<DbImportJob[]> {
  const query = knex(T.importJobs);
  if (reader) readableBy(knex, query, reader);
  return query.orderBy('id', 'desc').limit(limit).select<DbImportJob[]>('*');
}

export async function mayReadJob(
  knex: Knex,
  jobId: number,
  reader: { userId: number; stewardOf: readonly number[] },
): Promise<boolean> {
  const row = await readableBy(knex, knex(T.importJobs).where({ id: jobId }), reader).first<
    { id: number } | undefined
  >('id');
  return row !== undefined;
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
