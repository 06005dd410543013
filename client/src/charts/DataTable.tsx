/**
 * The one HTML table of the client: a caption, column headers (`scope="col"`), an optional
 * column of row headers (`scope="row"`), right-aligned numeric columns, optional row actions
 * (a button or two per row under a visually hidden header) and an empty state. It sits in a
 * named scroll region reachable with the keyboard, so a wide table scrolls on a phone; on paper
 * the print styles let it flow and repeat its header row on every page.
 */
import type { AriaAttributes, ReactNode } from 'react';
import type { TableCell, TableData } from './types';

export interface DataColumn<R> {
  key: string;
  header: ReactNode;
  cell: (row: R, index: number) => ReactNode;
  /** Right-aligned with tabular figures. */
  numeric?: boolean;
  /** Extra classes on this column's cells, e.g. `small`, `nowrap`. */
  className?: string;
  /** e.g. `aria-sort` on a sortable header. */
  sort?: AriaAttributes['aria-sort'];
}

/** A per-row control (Open, Remove, Reset…); its header is read by screen readers only. */
export interface RowAction<R> {
  label: string;
  cell: (row: R, index: number) => ReactNode;
}

export interface DataTableProps<R> {
  /** Names the table and its scroll region. */
  caption: string;
  /** Show the caption on screen (it is always read by screen readers). */
  captionVisible?: boolean;
  columns: readonly DataColumn<R>[];
  rows: readonly R[];
  rowKey: (row: R, index: number) => string;
  /** The key of the column whose cells name their row (`<th scope="row">`). */
  rowHeader?: string;
  actions?: readonly RowAction<R>[];
  /** Shown instead of the table when there are no rows; without it an empty table is drawn. */
  empty?: ReactNode;
  /** Extra class on the table, e.g. `ranking-table`. */
  className?: string;
  rowClassName?: (row: R) => string | undefined;
  /** Set false where the table already sits in a scrolling container. */
  scroll?: boolean;
  /** The scroll region's name, when it should differ from the caption. */
  regionLabel?: string;
  testId?: string;
}

function cellClass(numeric: boolean | undefined, extra: string | undefined): string | undefined {
  return [numeric ? 'num' : null, extra].filter(Boolean).join(' ') || undefined;
}

export function DataTable<R>({
  caption,
  captionVisible = false,
  columns,
  rows,
  rowKey,
  rowHeader,
  actions = [],
  empty,
  className,
  rowClassName,
  scroll = true,
  regionLabel,
  testId,
}: DataTableProps<R>) {
  if (rows.length === 0 && empty !== undefined) return <>{empty}</>;
  const table = (
    <table className={['data-table', className].filter(Boolean).join(' ')} data-testid={testId}>
      <caption className={captionVisible ? undefined : 'visually-hidden'}>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th
              key={c.key}
              scope="col"
              className={cellClass(c.numeric, undefined)}
              aria-sort={c.sort}
            >
              {c.header}
            </th>
          ))}
          {actions.map((a) => (
            <th key={`action-${a.label}`} scope="col">
              <span className="visually-hidden">{a.label}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={rowKey(r, i)} className={rowClassName?.(r)}>
            {columns.map((c) =>
              c.key === rowHeader ? (
                <th key={c.key} scope="row" className={cellClass(c.numeric, c.className)}>
                  {c.cell(r, i)}
                </th>
              ) : (
                <td key={c.key} className={cellClass(c.numeric, c.className)}>
                  {c.cell(r, i)}
                </td>
              ),
            )}
            {actions.map((a) => (
              <td key={`action-${a.label}`}>{a.cell(r, i)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (!scroll) return table;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={regionLabel ?? caption}>
      {table}
    </div>
  );
}

type ChartRow = Record<string, TableCell>;

/** How a chart's table cell reads on screen: a dash for no value, numbers in the column's format. */
export function formatTableCell(v: TableCell | undefined, format?: (v: number) => string): string {
  if (v === null || v === undefined) return '–';
  return typeof v === 'number' && format ? format(v) : String(v);
}

/** The columns of a chart's table (`TableData`, also what CSV downloads are built from). */
export function chartColumns(table: TableData): DataColumn<ChartRow>[] {
  return table.columns.map((c) => ({
    key: c.key,
    header: c.label,
    numeric: c.numeric,
    cell: (r: ChartRow) => formatTableCell(r[c.key], c.format),
  }));
}

/** A chart's data as a table, its first column naming the rows (the 'show as table' view). */
export function ChartTable({
  table,
  caption,
  rowHeader = true,
}: {
  table: TableData;
  caption: string;
  /** Whether the first column names the rows (false for lists of records). */
  rowHeader?: boolean;
}) {
  return (
    <DataTable
      caption={caption}
      columns={chartColumns(table)}
      rows={table.rows}
      rowKey={(_, i) => String(i)}
      rowHeader={rowHeader ? table.columns[0]?.key : undefined}
      regionLabel={`${caption} (table)`}
    />
  );
}
