/**
 * The rejected rows of a job as CSV, in the file's own columns plus an `error` column, written
 * injection-safe, streamed page by page. Such a file, once fixed, can be imported again as it is:
 * the `# ...` lines and the error column are ignored on import.
 */
import type { Knex } from 'knex';
import { csvChunks } from './csvExport';
import { rejectedRows, type DbImportJob } from './jobs';
import { REJECTED_ERROR_COLUMN, mapHeader } from './validate';

export function rejectedCsv(knex: Knex, job: DbImportJob): AsyncGenerator<string> {
  const header = job.header ?? [];
  let positions = new Map<string, number>();
  try {
    positions = mapHeader(job.kind, header, 1).positions;
  } catch {
    // The header itself was rejected: no rows were kept, only the header is written.
  }
  const specAt = new Map([...positions].map(([name, i]) => [i, name]));
  const columns = [
    ...header.map((h, i) => ({ key: i, header: h || `column_${i + 1}` })),
    { key: header.length, header: REJECTED_ERROR_COLUMN },
  ];
  const rows = (async function* () {
    for await (const r of rejectedRows(knex, job.id)) {
      // Rows rejected while reading keep their values as read; rows found repeated in SQL are
      // rebuilt from their checked values, by column name.
      const values = Array.isArray(r.row_values)
        ? r.row_values
        : header.map(
            (_h, i) => (r.row_values as Record<string, string>)[specAt.get(i) ?? ''] ?? '',
          );
      yield [...header.map((_h, i) => values[i] ?? ''), r.error];
    }
  })();
  return csvChunks(rows, columns, {
    metadata: [
      `Rows rejected by Fairshare import job ${job.id} (${job.kind}, file ${job.file_name}), with the reason in the last column.`,
      'Fix the rows and import this file again: the error column and these # lines are ignored.',
    ],
  });
}
