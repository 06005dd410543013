/** The JSON answers of the import routes: errors as `{ error, message }`, results and jobs. */
import type { Response } from 'express';
import type { ImportResult } from '../commit';
import { countsOf, runningProgress, type DbImportJob } from '../jobs';

export function fail(res: Response, status: number, error: string, message: string): void {
  res.status(status).json({ error, message });
}

export const IMPORT_FAILED_MESSAGE =
  'The import failed because of a problem on the server; nothing was imported. It has been logged; try again, and if it persists, tell your administrator.';

/** The JSON answer to an import. */
export function importResponse(result: ImportResult) {
  return {
    jobId: result.jobId,
    status: result.status,
    dryRun: result.dryRun,
    counts: result.counts,
    errors: result.errors,
    preview: result.preview,
    dataset: result.dataset,
    organizationsCreated: result.organizationsCreated,
    notAboutTrafficking: result.notAboutTrafficking,
    message: result.message,
  };
}

/** One job as GET /jobs answers it, with its live progress while it runs (from any process). */
export function jobView(job: DbImportJob) {
  const live = runningProgress(job);
  return {
    jobId: job.id,
    kind: job.kind,
    status: job.status,
    dryRun: job.dry_run,
    validOnly: job.valid_only,
    fileName: job.file_name,
    fileSha256: job.file_sha256,
    fileBytes: job.file_bytes === null ? null : Number(job.file_bytes),
    datasetId: job.dataset_id,
    counts: countsOf(job),
    progress: live ?? {
      phase: job.status === 'running' || job.status === 'pending' ? 'reading' : 'done',
      rowsDone: job.rows_done,
      rowsTotal: job.rows_total,
      rowsWritten: null,
      rowsToWrite: null,
      bytesDone: job.file_bytes === null ? 0 : Number(job.file_bytes),
      bytesTotal: job.file_bytes === null ? null : Number(job.file_bytes),
    },
    errors: job.errors ?? [],
    message: job.message,
    createdAt: new Date(job.created_at).toISOString(),
    finishedAt: job.finished_at ? new Date(job.finished_at).toISOString() : null,
  };
}
