/** Downloads a table as CSV with its metadata header (for tables that are not charts). */
import { toCsv, type ChartMeta } from '../charts/csv';
import { downloadBlob, fileSlug } from '../charts/download';
import type { TableData } from '../charts/types';

export function DownloadCsvButton({
  table,
  meta,
  label = 'Download CSV',
}: {
  table: TableData;
  meta: ChartMeta;
  label?: string;
}) {
  return (
    <button
      type="button"
      onClick={() =>
        downloadBlob(
          new Blob([toCsv(table, { ...meta, link: meta.link ?? window.location.href })], {
            type: 'text/csv;charset=utf-8',
          }),
          `${fileSlug(meta.title)}.csv`,
        )
      }
    >
      {label}
    </button>
  );
}
