/**
 * The import endpoints (api/import/routes.ts): template documentation, the upload with progress
 * (XMLHttpRequest: fetch reports no upload progress) and import jobs.
 */
import { importUrl, type ImportParams } from './helpers';

export interface TemplateColumn {
  name: string;
  type: string;
  unit: string | null;
  required: boolean;
  allowed: string[] | null;
  example: string;
  description: string;
  aliases?: string[];
}

export interface TemplateKind {
  kind: string;
  title: string;
  description: string;
  extraColumns: 'refused' | 'ignored';
  columns: TemplateColumn[];
}

export interface TemplateDocs {
  maxUploadBytes: number;
  kinds: TemplateKind[];
}

export interface RowError {
  line: number;
  column: string | null;
  value: string | null;
  message: string;
}

export interface ImportCounts {
  total: number;
  valid: number;
  rejected: number;
  /** USAspending awards left out as not about trafficking (neither valid nor rejected). */
  notAboutTrafficking: number;
  inserted: number;
  updated: number;
  unchanged: number;
}

export interface ImportResult {
  jobId: number;
  status: 'pending' | 'running' | 'succeeded' | 'failed' | 'rejected';
  dryRun: boolean;
  counts: ImportCounts;
  errors: RowError[];
  preview: Record<string, unknown>[];
  dataset: { id: number; name: string } | null;
  organizationsCreated: number;
  /** USAspending awards found not about trafficking: left out, or imported as a steward chose. */
  notAboutTrafficking?: {
    rows: number;
    importedAs: string | null;
    examples: {
      line: number;
      awardId: string | null;
      recipient: string | null;
      description: string | null;
    }[];
  };
  message: string;
}

export interface JobProgress {
  phase: 'reading' | 'writing' | 'done';
  rowsDone: number;
  rowsTotal: number | null;
  /** Rows written so far of `rowsToWrite`, while the server writes them in batches; else null. */
  rowsWritten?: number | null;
  rowsToWrite?: number | null;
  bytesDone: number;
  bytesTotal: number | null;
}

export interface JobSummary {
  jobId: number;
  status: string;
  progress: JobProgress;
}

/** A refusal or failure of the import API, with the server's message. */
export class ImportApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
    /** The job's result when the server sent one (a rejected commit, a file too large). */
    readonly result: ImportResult | null = null,
  ) {
    super(message);
  }
}

async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { headers: { accept: 'application/json' }, signal });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ImportApiError(
      'Fairshare’s server did not answer. Check that it is running, then try again.',
      0,
      'network',
    );
  }
  const body = (await res.json().catch(() => null)) as
    (T & { error?: string; message?: string }) | null;
  if (!res.ok || !body)
    throw new ImportApiError(
      body?.message ?? `The server answered ${res.status}.`,
      res.status,
      body?.error ?? 'http',
    );
  return body;
}

export const fetchTemplates = (signal?: AbortSignal) =>
  getJson<TemplateDocs>('/api/import/templates', signal);

/** The job an upload of the caller's started, by the reference sent with it. */
export const fetchUploadJob = (ref: string, signal?: AbortSignal) =>
  getJson<{ jobId: number }>(`/api/import/jobs/ref/${encodeURIComponent(ref)}`, signal);

/** One job's status and progress. */
export const fetchJob = (jobId: number, signal?: AbortSignal) =>
  getJson<JobSummary>(`/api/import/jobs/${jobId}`, signal);

export interface UploadHandle {
  promise: Promise<ImportResult>;
  abort: () => void;
}

/**
 * Sends the file. `onUpload` gets the bytes sent; `onSent` fires once the whole file is sent and
 * the server is checking (and maybe writing) the rows.
 */
export function uploadImport(
  params: ImportParams,
  file: File,
  provenance: Record<string, string>,
  onUpload: (loaded: number, total: number) => void,
  onSent: () => void,
): UploadHandle {
  const xhr = new XMLHttpRequest();
  const promise = new Promise<ImportResult>((resolve, reject) => {
    const form = new FormData();
    // Fields before the file: the server reads them while the file streams.
    for (const [k, v] of Object.entries(provenance)) if (v.trim()) form.append(k, v.trim());
    form.append('file', file, file.name);
    xhr.open('POST', importUrl(params));
    xhr.responseType = 'json';
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onUpload(e.loaded, e.total);
    };
    xhr.upload.onload = () => onSent();
    xhr.onload = () => {
      const body = xhr.response as
        (Partial<ImportResult> & { error?: string; message?: string }) | null;
      if (xhr.status === 200 && body && typeof body.jobId === 'number') {
        resolve(body as ImportResult);
        return;
      }
      const result = body && typeof body.jobId === 'number' ? (body as ImportResult) : null;
      reject(
        new ImportApiError(
          body?.message ?? `The server answered ${xhr.status} without an explanation.`,
          xhr.status,
          body?.error ?? 'http',
          result,
        ),
      );
    };
    xhr.onerror = () =>
      reject(
        new ImportApiError(
          'The upload was interrupted (the connection dropped or the server stopped). Nothing was imported; try again.',
          0,
          'network',
        ),
      );
    xhr.onabort = () =>
      reject(new ImportApiError('You cancelled the upload. Nothing was imported.', 0, 'aborted'));
    xhr.send(form);
  });
  return { promise, abort: () => xhr.abort() };
}
