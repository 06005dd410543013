/**
 * POST / : multipart/form-data with the CSV in `file` (streamed into the import as it arrives,
 * never buffered whole) and optional provenance fields (source, citation, license, url), which
 * may come after the file. Answers the job's result.
 */
import type { Readable } from 'node:stream';
import type { Request, Response } from 'express';
import { Router } from 'express';
import busboy from 'busboy';
import type { Knex } from 'knex';
import { viewerOf } from '../../auth/viewerFromRequest';
import type { DbKind } from '../../db/connection';
import type { Logger } from '../../logger';
import { runImport } from '../commit';
import type { ProvenanceInput } from '../dataset';
import { ImportFileError, ImportRequestError, UploadTooLargeError } from '../errors';
import { IMPORT_KINDS, isImportKind, type ImportKind } from '../templates';
import { forgetUpload, rememberUpload, UPLOAD_REF } from '../uploadRefs';
import { httpErrorOf } from '../../errors';
import { TRAFFICKING_TYPES, type TraffickingType } from '../../../core/vocabulary';
import { ImportForbiddenError, assertMayImport, crossSite } from './access';
import { IMPORT_FAILED_MESSAGE, fail, importResponse } from './reply';

const PROVENANCE_FIELDS = ['source', 'citation', 'license', 'url'] as const;
/** Multipart overhead allowed on top of the file size before the request is refused unread. */
const FORM_OVERHEAD = 1024 * 1024;

export interface UploadOptions {
  knex: Knex;
  dbKind: DbKind;
  logger: Logger;
  importEnabled: boolean;
  maxUploadBytes: number;
}

interface ImportQuery {
  kind: ImportKind;
  datasetName: string;
  dryRun: boolean;
  validOnly: boolean;
  /** The page's reference for this upload (see uploadRefs.ts), if it sent one. */
  ref: string | null;
  notTraffickingAs: TraffickingType | null;
}

function flag(value: unknown, name: string): boolean {
  if (value === undefined || value === '' || value === 'false' || value === '0') return false;
  if (value === 'true' || value === '1') return true;
  throw new ImportRequestError(`${name} must be true or false (got ${JSON.stringify(value)}).`);
}

/** The query parameters of an upload; throws ImportRequestError with what was expected. */
function readImportQuery(req: Request): ImportQuery {
  if (!isImportKind(req.query.kind)) {
    throw new ImportRequestError(
      `kind must be one of ${IMPORT_KINDS.join(', ')} (got ${JSON.stringify(req.query.kind ?? '')}).`,
    );
  }
  const dryRun = flag(req.query.dryRun, 'dryRun');
  const validOnly = flag(req.query.validOnly, 'validOnly');
  if (typeof req.query.dataset !== 'string' || !req.query.dataset.trim()) {
    throw new ImportRequestError(
      'Give the dataset name in the "dataset" parameter: the rows are added to the dataset of that name, which is created if it does not exist.',
    );
  }
  if (!req.is('multipart/form-data')) {
    throw new ImportRequestError('Send the file as multipart/form-data, in a field named "file".');
  }
  const ref = req.query.ref;
  if (ref !== undefined && (typeof ref !== 'string' || !UPLOAD_REF.test(ref))) {
    throw new ImportRequestError(
      'ref must be 16 to 64 letters, digits or dashes (the page’s reference for its upload).',
    );
  }
  const as = req.query.notTraffickingAs;
  if (as !== undefined && as !== '' && !(TRAFFICKING_TYPES as readonly unknown[]).includes(as)) {
    throw new ImportRequestError(
      `notTraffickingAs must be one of ${TRAFFICKING_TYPES.join(', ')} (got ${JSON.stringify(as)}).`,
    );
  }
  const notTraffickingAs = as ? (as as TraffickingType) : null;
  return {
    kind: req.query.kind,
    datasetName: req.query.dataset,
    dryRun,
    validOnly,
    ref: ref ?? null,
    notTraffickingAs,
  };
}

export function uploadRoute(options: UploadOptions): Router {
  const router = Router();
  router.post('/', (req, res) => {
    let organizationId: number;
    try {
      ({ organizationId } = assertMayImport(req, options.importEnabled));
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
    let query: ImportQuery;
    try {
      query = readImportQuery(req);
    } catch (err) {
      if (err instanceof ImportRequestError) return fail(res, 400, 'bad_request', err.message);
      throw err;
    }
    const declared = Number(req.get('content-length'));
    if (Number.isFinite(declared) && declared > options.maxUploadBytes + FORM_OVERHEAD) {
      res.set('Connection', 'close');
      return fail(
        res,
        413,
        'file_too_large',
        new UploadTooLargeError(options.maxUploadBytes).message,
      );
    }
    streamUpload(req, res, options, {
      ...query,
      organizationId,
      bytesTotal: Number.isFinite(declared) ? declared : null,
    });
  });
  return router;
}

/** Reads the form, runs the import on the file's stream, and answers once. */
function streamUpload(
  req: Request,
  res: Response,
  options: UploadOptions,
  upload: ImportQuery & { organizationId: number; bytesTotal: number | null },
): void {
  const maxBytes = options.maxUploadBytes;
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
    runImport(options.knex, options.dbKind, {
      kind: upload.kind,
      datasetName: upload.datasetName,
      fileName: info.filename || 'upload.csv',
      input: stream,
      bytesTotal: upload.bytesTotal,
      dryRun: upload.dryRun,
      validOnly: upload.validOnly,
      notTraffickingAs: upload.notTraffickingAs,
      provenance: () => formClosed.then(() => fields),
      actorUserId: viewerOf(req).userId,
      organizationId: upload.organizationId,
      uploadRef: upload.ref,
      onProgress: (p) => {
        const userId = viewerOf(req).userId;
        if (upload.ref && userId !== null) rememberUpload(upload.ref, p.jobId, userId);
      },
    })
      .finally(() => {
        if (upload.ref) forgetUpload(upload.ref);
      })
      .then(
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
            options.logger.error('import failed', err);
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
}
