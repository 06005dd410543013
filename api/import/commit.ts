/**
 * One import, from bytes to committed rows: the job is recorded, then in ONE transaction the file
 * is read as a stream, each row checked and staged (run/stageFile), repeated rows found in SQL
 * (run/repeats), and the valid rows merged into the real tables (run/apply). Default: all rows or
 * none. `validOnly` commits the valid rows and keeps the rejected ones for download; a dry run
 * does everything inside a savepoint that is rolled back. On the embedded database (one
 * connection) imports run one at a time, each written in batches that let other requests in,
 * hidden until published (run/interleaved): new datasets, re-imports and dry runs alike.
 */
import type { Knex } from 'knex';
import type { DbKind } from '../db/connection';
import { assertImportable, cleanDatasetName, findDataset } from './dataset';
import { ImportFileError, ImportRequestError } from './errors';
import {
  createJob,
  finishJob,
  holdJob,
  setLiveProgress,
  type ImportCounts,
  type ImportProgress,
  type JobStatus,
} from './jobs';
import { KIND_PLANS } from './kinds';
import { applyRows } from './run/apply';
import { importInBatches } from './run/interleaved';
import type { ImportRun, RunState } from './run/context';
import { rejectRepeatedRows } from './run/repeats';
import { MAX_ERRORS, type ImportRequest, type ImportResult } from './run/request';
import { leftOutOf, stagedCounts } from './run/counts';
import { stageFile } from './run/stageFile';
import { stepTimer } from './run/steps';
import { summarize } from './run/summary';
import type { RowError } from './validate';

export {
  MAX_ERRORS,
  MAX_NEED_ROWS,
  PREVIEW_ROWS,
  type ImportRequest,
  type ImportResult,
  type ImportStep,
} from './run/request';

const ZERO: ImportCounts = {
  total: 0,
  valid: 0,
  rejected: 0,
  notAboutTrafficking: 0,
  inserted: 0,
  updated: 0,
  unchanged: 0,
};

/** The embedded database's imports, one after the other (they share its one connection). */
let embeddedQueue: Promise<unknown> = Promise.resolve();

/**
 * Runs an import; rejects only with ImportRequestError (bad request) or an internal error.
 * `batched`: written in batches (run/interleaved; the embedded database's way, and only there)
 * or in one transaction (PostgreSQL's; on the embedded database it blocks the API while it runs).
 */
export function runImport(
  knex: Knex,
  dbKind: DbKind,
  request: ImportRequest,
  { batched = dbKind === 'embedded' }: { batched?: boolean } = {},
): Promise<ImportResult> {
  if (batched && dbKind !== 'embedded') {
    throw new Error('Only the embedded database writes imports in batches.');
  }
  if (dbKind !== 'embedded') return runOneImport(knex, dbKind, request, batched);
  const result = embeddedQueue.then(() => runOneImport(knex, dbKind, request, batched));
  embeddedQueue = result.catch(() => undefined);
  return result;
}

async function runOneImport(
  knex: Knex,
  dbKind: DbKind,
  request: ImportRequest,
  batched: boolean,
): Promise<ImportResult> {
  if (request.notTraffickingAs && request.kind !== 'usaspending') {
    throw new ImportRequestError(
      'notTraffickingAs applies to USAspending files only: other files give each row its trafficking_type.',
    );
  }
  const datasetName = cleanDatasetName(request.datasetName);
  const existing = await findDataset(knex, datasetName, request.organizationId ?? null);
  assertImportable(existing);
  const dryRun = request.dryRun ?? false;
  const validOnly = request.validOnly ?? false;
  const jobId = await createJob(knex, {
    kind: request.kind,
    fileName: request.fileName,
    dryRun,
    validOnly,
    createdBy: request.actorUserId ?? null,
    bytesTotal: request.bytesTotal ?? null,
    uploadRef: request.uploadRef ?? null,
  });
  const progress: ImportProgress = {
    phase: 'reading',
    rowsDone: 0,
    rowsTotal: null,
    rowsWritten: null,
    rowsToWrite: null,
    bytesDone: 0,
    bytesTotal: request.bytesTotal ?? null,
  };
  const report = () => {
    setLiveProgress(jobId, { ...progress }, { knex, dbKind });
    request.onProgress?.({ ...progress, jobId });
  };
  report();
  const state: RunState = {
    errors: [],
    preview: [],
    header: null,
    sha256: null,
    bytes: null,
    notAboutTrafficking: { rows: 0, examples: [] },
  };
  const importedAs = request.notTraffickingAs ?? null;
  const leftOut = () => ({ ...state.notAboutTrafficking, importedAs });
  const step = stepTimer(request.onStep);
  // The run but for its database handle (a transaction, or the database for the batched path).
  const runOf = {
    dbKind,
    request,
    plan: KIND_PLANS[request.kind],
    jobId,
    datasetName,
    dryRun,
    validOnly,
    existing,
    progress,
    report,
    state,
    step,
  };
  try {
    // On the embedded database an import is written in batches that let requests in between
    // (run/interleaved); on PostgreSQL it is one transaction.
    if (batched) {
      return await importInBatches(knex, { ...runOf, trx: knex, stageLifetime: 'session' });
    }
    let commitStarted = 0;
    const result = await knex.transaction(async (trx) => {
      await holdJob(trx, dbKind, jobId);
      const outcome = await importInTransaction({ ...runOf, trx });
      commitStarted = performance.now();
      return outcome;
    });
    request.onStep?.({ name: 'commit', seconds: (performance.now() - commitStarted) / 1000 });
    return result;
  } catch (err) {
    const fileError = err instanceof ImportFileError ? err : null;
    if (!fileError && err instanceof ImportRequestError) throw err;
    const errors: RowError[] = fileError
      ? [
          {
            line: fileError.line ?? 0,
            column: fileError.column,
            value: fileError.value,
            message: fileError.message,
          },
        ]
      : [];
    const message = fileError
      ? `Nothing was imported: ${fileError.message}`
      : 'The import failed because of a problem on the server; nothing was imported. It has been logged; try again, and if it persists, tell your administrator.';
    await finishJob(knex, jobId, {
      status: fileError ? 'rejected' : 'failed',
      datasetId: null,
      counts: ZERO,
      errors: [...errors, ...state.errors].slice(0, MAX_ERRORS),
      message,
      sha256: state.sha256,
      bytes: state.bytes,
      header: state.header,
    });
    if (!fileError) throw err;
    return {
      jobId,
      status: 'rejected',
      dryRun,
      counts: ZERO,
      errors: [...errors, ...state.errors].slice(0, MAX_ERRORS),
      preview: state.preview,
      dataset: existing ? { id: existing.id, name: existing.name } : null,
      organizationsCreated: 0,
      notAboutTrafficking: leftOut(),
      message,
      fileError,
    };
  } finally {
    progress.phase = 'done';
    request.onProgress?.({ ...progress, jobId });
    setLiveProgress(jobId, null);
  }
}

async function importInTransaction(run: ImportRun): Promise<ImportResult> {
  const { progress, state, dryRun, validOnly } = run;
  const staged = await run.step('read, check and stage', () => stageFile(run));
  progress.rowsDone = staged.total;
  progress.rowsTotal = staged.total;
  progress.phase = 'writing';
  run.report();

  const rejected = staged.rejected + (await rejectRepeatedRows(run));
  const total = staged.total;
  const counts = stagedCounts(run, total, rejected);
  const { valid } = counts;
  const commits = valid > 0 && (rejected === 0 || validOnly);
  const applied = valid > 0 && (dryRun || commits) ? await applyRows(run, staged, counts) : null;
  const dataset = applied && !dryRun ? applied.dataset : run.existing;

  const status: JobStatus = commits ? 'succeeded' : 'rejected';
  const message = summarize(status, dryRun, validOnly, counts);
  await run.step('finish job', () =>
    finishJob(run.trx, run.jobId, {
      status,
      datasetId: dataset?.id ?? null,
      counts,
      errors: state.errors,
      message,
      sha256: state.sha256,
      bytes: state.bytes,
      header: state.header,
    }),
  );
  return {
    jobId: run.jobId,
    status,
    dryRun,
    counts,
    errors: state.errors,
    preview: state.preview,
    dataset: dataset ? { id: dataset.id, name: dataset.name } : null,
    organizationsCreated: applied?.organizationsCreated ?? 0,
    notAboutTrafficking: leftOutOf(run),
    message,
  };
}
