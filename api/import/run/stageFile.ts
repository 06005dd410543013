/**
 * Reads the file as a stream, checks each row and stages it (COPY on PostgreSQL, batched INSERT on
 * the embedded database): valid rows as their target columns, rejected ones with their error and
 * values as read. Need-indicator files are converted as a whole once read.
 */
import type { Knex } from 'knex';
import type { DbKind } from '../../db/connection';
import { ImportFileError } from '../errors';
import { buildNeedRows, needInput, type NeedInput } from '../needs';
import { readCsv, type CsvRecord } from '../parse';
import type { NotTraffickingRow, StagedRow } from '../rows';
import { openStager } from '../staging/stager';
import { createStageTable, stageColumns, stageName } from '../staging/table';
import type { Target } from '../targets';
import { checkRow, mapHeader, type HeaderMap, type RowError } from '../validate';
import type { ImportRun, StagedFile } from './context';
import { MAX_ERRORS, MAX_NEED_ROWS, PREVIEW_ROWS } from './request';

const PROGRESS_EVERY_ROWS = 5000;

export async function stageFile(run: ImportRun): Promise<StagedFile> {
  const { trx, dbKind, request, plan, progress, state } = run;
  for (const target of plan.targets) await createStageTable(trx, target, run.stageLifetime);
  const mainTarget = plan.targets[0]!;
  const csv = await readCsv(request.input, {
    maxRowChars: request.maxRowChars,
    onBytes: (n) => {
      progress.bytesDone = n;
    },
  });
  state.header = csv.header;
  const map = mapHeader(request.kind, csv.header, csv.headerLine);
  const style = { decimalComma: csv.delimiter === ';' };
  const stager = await openStager(trx, dbKind, stageName(mainTarget), stageColumns(mainTarget));
  const columns = mainTarget.columns.map((c) => c.name);
  const stageValid = (line: number, row: StagedRow) => stager.add(stagedValues(line, row, columns));
  const stageRejected = (record: CsvRecord, errors: RowError[]) => {
    for (const e of errors) if (state.errors.length < MAX_ERRORS) state.errors.push(e);
    return stager.add([
      record.line,
      errors.map((e) => e.message).join(' '),
      record.values,
      ...columns.map(() => null),
    ]);
  };

  const buildOptions = {
    notTraffickingAs: request.notTraffickingAs ?? null,
    actorUserId: request.actorUserId ?? null,
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
            ? plan.build(record.line, checked.cells, buildOptions)
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
        // Only the USAspending builder leaves rows out this way; checkRow never does.
        const notTrafficking = (built as { notAboutTrafficking?: NotTraffickingRow })
          .notAboutTrafficking;
        if (notTrafficking) {
          // Counted apart and listed for the dry run; staged only when a steward's override
          // gave it a type (built.ok), never as a rejected row.
          const left = state.notAboutTrafficking;
          left.rows++;
          if (left.examples.length < MAX_ERRORS) left.examples.push(notTrafficking);
        }
        if (!built.ok) {
          // An award left out as not about trafficking is neither an error nor funding.
          if (!notTrafficking) {
            rejected++;
            wait = stageRejected(record, built.errors);
          }
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
          run.report();
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
  return { total, rejected, needs };
}

async function stageAll(
  trx: Knex,
  dbKind: DbKind,
  target: Target,
  rows: { line: number; row: StagedRow }[],
): Promise<void> {
  const stager = await openStager(trx, dbKind, stageName(target), stageColumns(target));
  const columns = target.columns.map((c) => c.name);
  for (const { line, row } of rows) {
    const w = stager.add(stagedValues(line, row, columns));
    if (w) await w;
  }
  await stager.finish();
}

/** A valid row's staging values: its line, no error, no raw values, then its columns in order. */
function stagedValues(line: number, row: StagedRow, columns: readonly string[]): unknown[] {
  const values = new Array<unknown>(columns.length + 3);
  values[0] = line;
  values[1] = null;
  values[2] = null;
  for (let i = 0; i < columns.length; i++) values[i + 3] = row[columns[i]!] ?? null;
  return values;
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
  const left = (built as { notAboutTrafficking?: NotTraffickingRow }).notAboutTrafficking;
  raw.error = left ? left.reason : built.errors.map((e) => e.message).join(' ');
  return raw;
}
