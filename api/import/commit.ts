/**
 * One import, from bytes to committed rows: the job is recorded, then in ONE transaction the file
 * is read as a stream, each row checked and staged (COPY on PostgreSQL, batched INSERT on the
 * embedded database), repeated rows found in SQL, and the valid rows merged into the real tables.
 * Default: all rows or none. `validOnly` commits the valid rows and keeps the rejected ones for
 * download; a dry run does everything inside a savepoint that is rolled back.
 */
import type { Readable } from 'node:stream';
import type { Knex } from 'knex';
import type { DbKind } from '../db/connection';
import { T } from '../db/tables';
import {
  assertImportable,
  cleanDatasetName,
  findDataset,
  upsertDataset,
  type ProvenanceInput,
} from './dataset';
import { ImportFileError, ImportRequestError } from './errors';
import {
  createJob,
  finishJob,
  setLiveProgress,
  type ImportCounts,
  type ImportProgress,
  type JobStatus,
} from './jobs';
import { KIND_PLANS, type KindPlan } from './kinds';
import {
  duplicateErrors,
  markDuplicates,
  mergeTarget,
  refreshDatasetPeriod,
  resolveOrganizations,
  saveRejectedRows,
} from './merge';
import { buildNeedRows, needInput, type NeedInput } from './needs';
import { readCsv, type CsvRecord } from './parse';
import type { StagedRow } from './rows';
import { openStager, type Stager } from './staging/stager';
import { createStageTable, stageColumns, stageName } from './staging/table';
import type { ImportKind } from './templates';
import { checkRow, mapHeader, type HeaderMap, type RowError } from './validate';

export const MAX_ERRORS = 100;
export const PREVIEW_ROWS = 20;
/** Need-indicator files are converted as a whole (ALL rows need their LABOR row): keep them small. */
export const MAX_NEED_ROWS = 100_000;
const PROGRESS_EVERY_ROWS = 5000;

export interface ImportRequest {
  kind: ImportKind;
  datasetName: string;
  fileName: string;
  input: Readable;
  /** File size when known (progress). */
  bytesTotal?: number | null;
  dryRun?: boolean;
  validOnly?: boolean;
  /** Provenance of the dataset; may resolve late (form fields sent after the file). */
  provenance?: () => ProvenanceInput | Promise<ProvenanceInput>;
  actorUserId?: number | null;
  /**
   * The organization whose data this is (HTTP imports: the steward's organization). The dataset
   * is matched by name among its datasets and created private to it. Null or absent: public
   * datasets without an owner (imports from the server's shell).
   */
  organizationId?: number | null;
  maxRowChars?: number;
  onProgress?: (progress: ImportProgress & { jobId: number }) => void;
}

export interface ImportResult {
  jobId: number;
  status: JobStatus;
  dryRun: boolean;
  counts: ImportCounts;
  errors: RowError[];
  preview: Record<string, unknown>[];
  dataset: { id: number; name: string } | null;
  organizationsCreated: number;
  message: string;
  /** The error that stopped the whole file, if one did (not serialized). */
  fileError?: ImportFileError;
}

class DryRunRollback extends Error {}

const ZERO: ImportCounts = {
  total: 0,
  valid: 0,
  rejected: 0,
  inserted: 0,
  updated: 0,
  unchanged: 0,
};

/** Runs an import; rejects only with ImportRequestError (bad request) or an internal error. */
export async function runImport(
  knex: Knex,
  dbKind: DbKind,
  request: ImportRequest,
): Promise<ImportResult> {
  const datasetName = cleanDatasetName(request.datasetName);
  const existing = await findDataset(knex, datasetName, request.organizationId ?? null);
  assertImportable(existing);
  const dryRun = request.dryRun ?? false;
  const validOnly = request.validOnly ?? false;
  const plan = KIND_PLANS[request.kind];
  const jobId = await createJob(knex, {
    kind: request.kind,
    fileName: request.fileName,
    dryRun,
    validOnly,
    createdBy: request.actorUserId ?? null,
    bytesTotal: request.bytesTotal ?? null,
  });
  const progress: ImportProgress = {
    phase: 'reading',
    rowsDone: 0,
    rowsTotal: null,
    bytesDone: 0,
    bytesTotal: request.bytesTotal ?? null,
  };
  const report = () => {
    setLiveProgress(jobId, { ...progress });
    request.onProgress?.({ ...progress, jobId });
  };
  report();
  const state: RunState = { errors: [], preview: [], header: null, sha256: null, bytes: null };
  try {
    return await knex.transaction((trx) =>
      importInTransaction(
        trx,
        dbKind,
        request,
        plan,
        { jobId, datasetName, dryRun, validOnly, existing },
        progress,
        report,
        state,
      ),
    );
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
      message,
      fileError,
    };
  } finally {
    progress.phase = 'done';
    request.onProgress?.({ ...progress, jobId });
    setLiveProgress(jobId, null);
  }
}

interface RunState {
  errors: RowError[];
  preview: Record<string, unknown>[];
  header: string[] | null;
  sha256: string | null;
  bytes: number | null;
}

interface RunOptions {
  jobId: number;
  datasetName: string;
  dryRun: boolean;
  validOnly: boolean;
  existing: { id: number; name: string } | null;
}

async function importInTransaction(
  trx: Knex.Transaction,
  dbKind: DbKind,
  request: ImportRequest,
  plan: KindPlan,
  options: RunOptions,
  progress: ImportProgress,
  report: () => void,
  state: RunState,
): Promise<ImportResult> {
  const { jobId, dryRun, validOnly } = options;
  for (const target of plan.targets) await createStageTable(trx, target);
  const [mainTarget] = plan.targets;
  const csv = await readCsv(request.input, {
    maxRowChars: request.maxRowChars,
    onBytes: (n) => {
      progress.bytesDone = n;
    },
  });
  state.header = csv.header;
  const map = mapHeader(request.kind, csv.header, csv.headerLine);
  const style = { decimalComma: csv.delimiter === ';' };
  const stager = await openStager(trx, dbKind, stageName(mainTarget!), stageColumns(mainTarget!));
  const columns = mainTarget!.columns.map((c) => c.name);
  const stageValid = (line: number, row: StagedRow) =>
    stager.add([line, null, null, ...columns.map((c) => row[c] ?? null)]);
  const stageRejected = (record: CsvRecord, errors: RowError[]) => {
    for (const e of errors) if (state.errors.length < MAX_ERRORS) state.errors.push(e);
    return stager.add([
      record.line,
      errors.map((e) => e.message).join(' '),
      record.values,
      ...columns.map(() => null),
    ]);
  };

  let total = 0;
  let rejected = 0;
  const needs: (NeedInput & { values: string[] })[] = [];
  try {
    for await (const batch of csv.batches) {
      for (const record of batch) {
        total++;
        const checked = checkRow(request.kind, map, record, style);
        const built = checked.ok
          ? plan.build
            ? plan.build(record.line, checked.cells)
            : ({ ok: true, row: checked.cells } as const)
          : checked;
        if (state.preview.length < PREVIEW_ROWS) {
          // Templates show their own columns; a USAspending row shows the grant it becomes.
          const shown =
            built.ok && checked.ok && request.kind !== 'usaspending'
              ? { ok: true as const, row: checked.cells }
              : built;
          state.preview.push(previewRow(map, record, shown));
        }
        let wait: Promise<void> | undefined;
        if (!built.ok) {
          rejected++;
          wait = stageRejected(record, built.errors);
        } else if (plan.build) {
          wait = stageValid(record.line, built.row);
        } else {
          if (needs.length >= MAX_NEED_ROWS) {
            throw new ImportFileError(
              `Need-indicator files are limited to ${MAX_NEED_ROWS.toLocaleString('en-US')} rows; split the file.`,
              { line: record.line },
            );
          }
          needs.push({
            ...needInput(record.line, checked.ok ? checked.cells : {}),
            values: record.values,
          });
        }
        if (wait) await wait;
        if (total % PROGRESS_EVERY_ROWS === 0) {
          progress.rowsDone = total;
          report();
        }
      }
    }
    state.sha256 = csv.stats.sha256;
    state.bytes = csv.stats.bytes;
    if (total === 0) {
      throw new ImportFileError(
        `The file has a header but no rows below it: there is nothing to import.`,
        { line: csv.headerLine + 1 },
      );
    }
    let researchRows: { line: number; row: StagedRow }[] = [];
    if (!plan.build) {
      const converted = buildNeedRows(needs);
      for (const input of needs) {
        if (!converted.rejectedLines.has(input.line)) continue;
        rejected++;
        const errors = converted.errors.filter((e) => e.line === input.line);
        const w = stageRejected({ line: input.line, values: input.values }, errors);
        if (w) await w;
      }
      for (const { line, row } of converted.need) {
        const w = stageValid(line, row);
        if (w) await w;
      }
      researchRows = converted.research;
    }
    await stager.finish();
    if (researchRows.length) await stageAll(trx, dbKind, plan.targets[1]!, researchRows);
  } catch (err) {
    stager.abort();
    throw err;
  }

  progress.rowsDone = total;
  progress.rowsTotal = total;
  progress.phase = 'writing';
  report();
  // Statistics of the staged rows (a temporary table has none) and room to hash-join and sort
  // them in memory: the set-based statements below then plan as they should.
  await trx.raw(`SET LOCAL work_mem = '256MB'`);
  for (const target of plan.targets) await trx.raw(`ANALYZE ${stageName(target)}`);

  for (const target of plan.targets) {
    rejected += await markDuplicates(trx, target, plan.rawColumns);
  }
  const sqlErrors: RowError[] = [];
  for (const target of plan.targets) {
    for (const d of await duplicateErrors(trx, target, MAX_ERRORS)) {
      sqlErrors.push({ line: d.line, column: null, value: null, message: d.message });
    }
  }
  state.errors = [...state.errors, ...sqlErrors]
    .sort((a, b) => a.line - b.line)
    .slice(0, MAX_ERRORS);
  for (const row of state.preview) {
    const repeated = sqlErrors.find((e) => e.line === row.line);
    if (repeated) row.error = repeated.message;
  }
  for (const target of plan.targets) await saveRejectedRows(trx, target, jobId);
  const valid = total - rejected;
  const counts: ImportCounts = { total, valid, rejected, inserted: 0, updated: 0, unchanged: 0 };

  const commits = valid > 0 && (rejected === 0 || validOnly);
  let dataset = options.existing;
  let organizationsCreated = 0;
  if (valid > 0 && (dryRun || commits)) {
    const apply = async (db: Knex.Transaction) => {
      const provenance = (await request.provenance?.()) ?? {};
      const date = new Date().toISOString().slice(0, 10);
      const defaults = plan.defaults({
        datasetName: options.datasetName,
        fileName: request.fileName,
        date,
        needs,
      });
      const ds = await upsertDataset(
        db,
        options.datasetName,
        provenance,
        defaults,
        request.actorUserId ?? null,
        request.organizationId ?? null,
      );
      for (const target of plan.targets) {
        organizationsCreated += await resolveOrganizations(db, target);
        const merged = await mergeTarget(db, target, ds.id, jobId);
        counts.inserted += merged.inserted;
        counts.updated += merged.updated;
      }
      counts.unchanged = valid - counts.inserted - counts.updated;
      await refreshDatasetPeriod(db, ds.id);
      await db(T.auditLog).insert({
        actor_user_id: request.actorUserId ?? null,
        organization_id: request.organizationId ?? null,
        action: 'import',
        entity: 'dataset',
        entity_id: String(ds.id),
        details: JSON.stringify({
          job_id: jobId,
          kind: request.kind,
          file_name: request.fileName,
          file_sha256: state.sha256,
          dataset_created: ds.created,
          provenance_changed: ds.changed,
          counts,
        }),
      });
      return ds;
    };
    if (dryRun) {
      await trx
        .transaction(async (savepoint) => {
          await apply(savepoint);
          throw new DryRunRollback();
        })
        .catch((err: unknown) => {
          if (!(err instanceof DryRunRollback)) throw err;
        });
    } else {
      const ds = await apply(trx);
      dataset = { id: ds.id, name: ds.name };
    }
  }

  const status: JobStatus = valid > 0 && (rejected === 0 || validOnly) ? 'succeeded' : 'rejected';
  const message = summarize(status, dryRun, validOnly, counts);
  await finishJob(trx, jobId, {
    status,
    datasetId: dryRun ? (options.existing?.id ?? null) : (dataset?.id ?? null),
    counts,
    errors: state.errors,
    message,
    sha256: state.sha256,
    bytes: state.bytes,
    header: state.header,
  });
  return {
    jobId,
    status,
    dryRun,
    counts,
    errors: state.errors,
    preview: state.preview,
    dataset: dataset ? { id: dataset.id, name: dataset.name } : null,
    organizationsCreated,
    message,
  };
}

async function stageAll(
  trx: Knex.Transaction,
  dbKind: DbKind,
  target: (typeof KIND_PLANS)[ImportKind]['targets'][number],
  rows: { line: number; row: StagedRow }[],
): Promise<void> {
  const stager: Stager = await openStager(trx, dbKind, stageName(target), stageColumns(target));
  const columns = target.columns.map((c) => c.name);
  for (const { line, row } of rows) {
    const w = stager.add([line, null, null, ...columns.map((c) => row[c] ?? null)]);
    if (w) await w;
  }
  await stager.finish();
}

function previewRow(
  map: HeaderMap,
  record: CsvRecord,
  built: { ok: true; row: Record<string, unknown> } | { ok: false; errors: RowError[] },
): Record<string, unknown> {
  if (built.ok) {
    const { row_hash: _hash, ...fields } = built.row;
    return { line: record.line, ...fields, error: null };
  }
  const raw: Record<string, unknown> = { line: record.line };
  map.header.forEach((h, i) => {
    raw[h] = record.values[i] ?? '';
  });
  raw.error = built.errors.map((e) => e.message).join(' ');
  return raw;
}

const n = (v: number) => v.toLocaleString('en-US');

function summarize(
  status: JobStatus,
  dryRun: boolean,
  validOnly: boolean,
  c: ImportCounts,
): string {
  const rows = `${n(c.total)} row${c.total === 1 ? '' : 's'} read, ${n(c.valid)} valid, ${n(c.rejected)} rejected`;
  const effect = `${n(c.inserted)} new, ${n(c.updated)} updated, ${n(c.unchanged)} unchanged`;
  if (dryRun) {
    return status === 'succeeded'
      ? `Dry run: ${rows}. Importing would give ${effect}. Nothing was saved.`
      : `Dry run: ${rows}. ${c.valid === 0 ? 'No row is valid' : 'Fix the rejected rows or import the valid rows only'}; nothing was saved.`;
  }
  if (status === 'rejected') {
    return c.valid === 0
      ? `Nothing was imported: ${rows}. No row is valid.`
      : `Nothing was imported: ${rows}. Fix the rejected rows, or import the valid rows only.`;
  }
  return `Imported: ${rows}; ${effect}.${validOnly && c.rejected ? ' The rejected rows can be downloaded with their errors.' : ''}`;
}
