/**
 * HTTP endpoints of the import pipeline, mounted at /api/import:
 *
 * - GET  /templates                 kinds and their columns (name, type, unit, required, allowed, example, description)
 * - GET  /templates/:kind.csv       the CSV template: header and one example row
 * - POST /?kind=&dataset=&organization=&dryRun=&validOnly=   multipart/form-data: `file`, and optional
 *        source, citation, license, url. Answers the job's result (see ImportResponse).
 * - GET  /jobs                      the latest jobs (newest first)
 * - GET  /jobs/:id                  one job: status, counts, progress while it runs
 * - GET  /jobs/:id/rejected.csv     the rejected rows with an `error` column
 *
 * Importing needs a signed-in steward of the organization the data belongs to (assertMayImport);
 * jobs are readable by who ran them and by stewards of their dataset's organization.
 *
 * Errors are JSON `{ error, message }`: 400 bad request, 401 not signed in, 403 import disabled,
 * cross-site or not a steward, 404 unknown job or kind, 413 file too large, 500 server problem.
 */
import type { Readable } from 'node:stream';
import type { Request, Response } from 'express';
import { Router } from 'express';
import busboy from 'busboy';
import { requireImportOrganization } from '../auth/dataAccess';
import { organizationsWithRole } from '../auth/roles';
import { viewerOf } from '../auth/viewerFromRequest';
import type { AppDeps } from '../deps';
import { httpErrorOf } from '../errors';
import { runImport, type ImportResult } from './commit';
import { toCsv } from './csvExport';
import type { Config } from '../config';
import {
  IMPORT_DISABLED_MESSAGE,
  ImportFileError,
  ImportRequestError,
  UploadTooLargeError,
} from './errors';
import {
  countsOf,
  getJob,
  liveJobIds,
  liveProgress,
  markInterruptedJobs,
  mayReadJob,
  recentJobs,
  type DbImportJob,
  type JobReader,
  type ImportProgress,
} from './jobs';
import { rejectedCsv } from './rejected';
import { IMPORT_KINDS, TEMPLATES, isImportKind, type ImportKind } from './templates';
import type { ProvenanceInput } from './dataset';

export class ImportForbiddenError extends Error {
  override name = 'ImportForbiddenError';
}

export { IMPORT_DISABLED_MESSAGE };

/**
 * Whether this request may import (commit or dry-run) data, and into which organization's
 * datasets: the IMPORT_ENABLED flag, then a signed-in steward (or admin) of the organization, with
 * a browser session or a write API token (api/auth/dataAccess.ts). `organization=<id>` names it;
 * without it, the one organization where the caller is a steward. The dataset is then matched by
 * name among that organization's datasets, or created private to it (dataset.ts).
 */
export function assertMayImport(req: Request, config: Config): { organizationId: number } {
  if (!config.importEnabled) throw new ImportForbiddenError(IMPORT_DISABLED_MESSAGE);
  const raw = req.query.organization;
  let requested: number | null = null;
  if (raw !== undefined && raw !== '') {
    if (typeof raw !== 'string' || !/^\d{1,9}$/.test(raw)) {
      throw new ImportRequestError(
        `organization must be the id of your organization (got ${JSON.stringify(raw)}).`,
      );
    }
    requested = Number(raw);
  }
  return { organizationId: requireImportOrganization(viewerOf(req), requested) };
}

/** The signed-in reader of import jobs, or null (anonymous). */
function jobReader(req: Request): JobReader | null {
  const viewer = viewerOf(req);
  if (viewer.userId === null) return null;
  return { userId: viewer.userId, stewardOf: organizationsWithRole(viewer, 'steward') };
}

function fail(res: Response, status: number, error: string, message: string): void {
  res.status(status).json({ error, message });
}

/** A multipart form posted by a page of another site (CSRF); browsers send these headers. */
function crossSite(req: Request): boolean {
  if (req.get('sec-fetch-site') === 'cross-site') return true;
  const origin = req.get('origin');
  if (!origin || origin === 'null') return origin === 'null';
  try {
    return new URL(origin).host !== req.get('host');
  } catch {
    return true;
  }
}

function flag(value: unknown, name: string): boolean {
  if (value === undefined || value === '' || value === 'false' || value === '0') return false;
  if (value === 'true' || value === '1') return true;
  throw new ImportRequestError(`${name} must be true or false (got ${JSON.stringify(value)}).`);
}

/** The templates as documentation: what GET /templates answers. */
export function templateDocs() {
  return IMPORT_KINDS.map((kind) => {
    const t = TEMPLATES[kind];
    return {
      kind,
      title: t.title,
      description: t.description,
      extraColumns: t.strictColumns ? 'refused' : 'ignored',
      columns: t.columns.map((c) => ({
        name: c.name,
        type: c.type,
        unit: c.unit,
        required: c.required,
        allowed: c.allowed,
        example: c.example,
        description: c.description,
        ...(c.aliases?.length ? { aliases: c.aliases } : {}),
      })),
    };
  });
}

/** The CSV template of a kind: header and one example row. */
export function templateCsv(kind: ImportKind): string {
  const columns = TEMPLATES[kind].columns;
  const example = Object.fromEntries(columns.map((c) => [c.name, c.example]));
  return toCsv(
    [example],
    columns.map((c) => c.name),
  );
}

function jobView(job: DbImportJob) {
  const live = liveProgress(job.id);
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
      bytesDone: job.file_bytes === null ? 0 : Number(job.file_bytes),
      bytesTotal: job.file_bytes === null ? null : Number(job.file_bytes),
    },
    errors: job.errors ?? [],
    message: job.message,
    createdAt: new Date(job.created_at).toISOString(),
    finishedAt: job.finished_at ? new Date(job.finished_at).toISOString() : null,
  };
}

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
    message: result.message,
  };
}

const IMPORT_FAILED_MESSAGE =
  'The import failed because of a problem on the server; nothing was imported. It has been logged; try again, and if it persists, tell your administrator.';
const PROVENANCE_FIELDS = ['source', 'citation', 'license', 'url'] as const;
/** Multipart overhead allowed on top of the file size before the request is refused unread. */
const FORM_OVERHEAD = 1024 * 1024;

export function importRouter(deps: AppDeps): Router {
  const router = Router();
  const knex = deps.db.knex;
  const maxBytes = deps.config.maxUploadBytes;

  router.get('/templates', (_req, res) => {
    res.json({ maxUploadBytes: maxBytes, kinds: templateDocs() });
  });

  router.get('/templates/:file', (req, res) => {
    const kind = /^(.+)\.csv$/.exec(req.params.file)?.[1];
    if (!isImportKind(kind)) {
      fail(
        res,
        404,
        'not_found',
        `There is no template "${req.params.file}". Templates: ${IMPORT_KINDS.map((k) => `${k}.csv`).join(', ')}.`,
      );
      return;
    }
    res
      .type('text/csv; charset=utf-8')
      .attachment(`fairshare-${kind}-template.csv`)
      .send(templateCsv(kind));
  });

  router.post('/', (req, res) => {
    let organizationId: number;
    try {
      ({ organizationId } = assertMayImport(req, deps.config));
    } catch (err) {
      if (err instanceof ImportForbiddenError)
        return fail(res, 403, 'import_disabled', err.message);
      if (err instanceof ImportRequestError) return fail(res, 400, 'bad_request', err.message);
      const refusal = httpErrorOf(err);
      if (refusal) return fail(res, refusal.status, refusal.body.error, refusal.body.message);
      throw err;
    }
    if (crossSite(req)) {
      return fail(
        res,
        403,
        'cross_site',
        'Imports must be sent from Fairshare itself, not from another site.',
      );
    }
    let kind: ImportKind;
    let dryRun: boolean;
    let validOnly: boolean;
    try {
      if (!isImportKind(req.query.kind)) {
        throw new ImportRequestError(
          `kind must be one of ${IMPORT_KINDS.join(', ')} (got ${JSON.stringify(req.query.kind ?? '')}).`,
        );
      }
      kind = req.query.kind;
      dryRun = flag(req.query.dryRun, 'dryRun');
      validOnly = flag(req.query.validOnly, 'validOnly');
      if (typeof req.query.dataset !== 'string' || !req.query.dataset.trim()) {
        throw new ImportRequestError(
          'Give the dataset name in the "dataset" parameter: the rows are added to the dataset of that name, which is created if it does not exist.',
        );
      }
      if (!req.is('multipart/form-data')) {
        throw new ImportRequestError(
          'Send the file as multipart/form-data, in a field named "file".',
        );
      }
    } catch (err) {
      if (err instanceof ImportRequestError) return fail(res, 400, 'bad_request', err.message);
      throw err;
    }
    const declared = Number(req.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes + FORM_OVERHEAD) {
      res.set('Connection', 'close');
      return fail(res, 413, 'file_too_large', new UploadTooLargeError(maxBytes).message);
    }
    const datasetName = req.query.dataset;
    const fields: ProvenanceInput = {};
    let formDone!: () => void;
    const formClosed = new Promise<void>((resolve) => (formDone = resolve));
    let file: Readable | null = null;
    let responded = false;
    const respond = (status: number, body: unknown) => {
      if (responded) return;
      responded = true;
      if (status === 413 || status === 400) res.set('Connection', 'close');
      res.status(status).json(body);
    };
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        limits: { files: 1, fileSize: maxBytes, fields: 20, fieldSize: 64 * 1024 },
      });
    } catch {
      return fail(res, 400, 'bad_request', 'The upload is not a valid multipart form.');
    }
    parser.on('field', (name, value) => {
      if ((PROVENANCE_FIELDS as readonly string[]).includes(name)) {
        fields[name as (typeof PROVENANCE_FIELDS)[number]] = value;
      }
    });
    parser.on('file', (name, stream, info) => {
      if (name !== 'file' || file) {
        stream.resume();
        return;
      }
      file = stream;
      stream.on('limit', () => stream.destroy(new UploadTooLargeError(maxBytes)));
      // Read errors reach the import through its reader; this keeps them from being unhandled.
      stream.on('error', () => undefined);
      runImport(knex, deps.db.kind, {
        kind,
        datasetName,
        fileName: info.filename || 'upload.csv',
        input: stream,
        bytesTotal: Number.isFinite(declared) ? declared : null,
        dryRun,
        validOnly,
        provenance: () => formClosed.then(() => fields),
        actorUserId: viewerOf(req).userId,
        organizationId,
      }).then(
        (result) => {
          if (result.fileError instanceof UploadTooLargeError) {
            respond(413, {
              error: 'file_too_large',
              ...importResponse(result),
              message: result.fileError.message,
            });
          } else {
            respond(
              result.status === 'rejected' && !result.dryRun ? 422 : 200,
              importResponse(result),
            );
          }
        },
        (err: unknown) => {
          if (err instanceof ImportRequestError) {
            respond(400, { error: 'bad_request', message: err.message });
          } else {
            deps.logger.error('import failed', err);
            respond(500, { error: 'import_failed', message: IMPORT_FAILED_MESSAGE });
          }
          // Let the rest of the upload drain so that the request can end.
          stream.resume();
        },
      );
    });
    parser.on('close', () => {
      formDone();
      if (!file) {
        respond(400, {
          error: 'bad_request',
          message: 'No file was attached: send the CSV in a form field named "file".',
        });
      }
    });
    parser.on('error', (err) => {
      formDone();
      req.unpipe(parser);
      const message = `The upload was interrupted or is not a valid form (${(err as Error).message}); nothing was imported.`;
      if (file && !file.destroyed) file.destroy(new ImportFileError(message));
      else if (!file) respond(400, { error: 'bad_request', message });
    });
    // A connection closed before the whole body arrived (tab closed, network lost): the form
    // never ends, so end the file here; the import then rolls back.
    req.on('close', () => {
      if (req.complete) return;
      formDone();
      if (file && !file.destroyed) {
        file.destroy(
          new ImportFileError(
            'The upload was interrupted before the whole file arrived; nothing was imported. Upload the file again.',
          ),
        );
      }
    });
    req.pipe(parser);
  });

  // The embedded database has one connection, held by a running import until it ends: while one
  // runs, job reads are answered from this process's memory (or "busy") instead of waiting.
  const embedded = deps.db.kind === 'embedded';
  const busy = (res: Response) =>
    fail(
      res,
      503,
      'busy',
      'An import is running on the embedded database; try again when it has finished.',
    );
  const liveView = (id: number, progress: ImportProgress) => ({
    jobId: id,
    status: 'running',
    progress,
  });
  // One process per embedded data folder: a job it shows as running that this process is not
  // running was interrupted (the app was stopped mid-import). Marked once, on the first read.
  let interruptedMarked = !embedded;
  // Jobs quote the files' cells: signed-in readers only, each seeing their own jobs and those of
  // their organizations' datasets (while an import runs on the embedded database, stewards see
  // its progress, which quotes nothing).
  router.use('/jobs', (req, res, next) => {
    if (!jobReader(req)) {
      return fail(res, 401, 'unauthenticated', 'Sign in to see import jobs.');
    }
    next();
  });
  const seesLiveProgress = (req: Request) => (jobReader(req)?.stewardOf.length ?? 0) > 0;

  router.use('/jobs', async (_req, _res, next) => {
    if (!interruptedMarked && liveJobIds().length === 0) {
      interruptedMarked = true;
      await markInterruptedJobs(knex);
    }
    next();
  });

  router.get('/jobs', async (req, res) => {
    const running = liveJobIds();
    if (embedded && running.length) {
      const shown = seesLiveProgress(req) ? running : [];
      return res.json({ jobs: shown.map((id) => liveView(id, liveProgress(id)!)) });
    }
    const jobs = await recentJobs(knex, 20, jobReader(req)!);
    res.json({ jobs: jobs.map(jobView) });
  });

  router.get('/jobs/:id', async (req, res) => {
    const id = Number(req.params.id);
    const valid = Number.isInteger(id) && id > 0 && id < 2 ** 31;
    const live = valid ? liveProgress(id) : null;
    if (embedded && live && seesLiveProgress(req)) return res.json(liveView(id, live));
    if (embedded && liveJobIds().length) return busy(res);
    const readable = valid && (await mayReadJob(knex, id, jobReader(req)!));
    const job = readable ? await getJob(knex, id) : null;
    if (!job) return fail(res, 404, 'not_found', `There is no import job ${req.params.id}.`);
    res.json(jobView(job));
  });

  router.get('/jobs/:id/rejected.csv', async (req, res) => {
    if (embedded && liveJobIds().length) return busy(res);
    const id = Number(req.params.id);
    const valid = Number.isInteger(id) && id > 0 && id < 2 ** 31;
    const readable = valid && (await mayReadJob(knex, id, jobReader(req)!));
    const job = readable ? await getJob(knex, id) : null;
    if (!job) return fail(res, 404, 'not_found', `There is no import job ${req.params.id}.`);
    res.type('text/csv; charset=utf-8').attachment(`fairshare-import-${id}-rejected.csv`);
    for await (const chunk of rejectedCsv(knex, job)) {
      if (!res.write(chunk)) await new Promise((resolve) => res.once('drain', resolve));
    }
    res.end();
  });

  return router;
}
