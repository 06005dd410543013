/**
 * CSV writing for every export (templates, rejected rows, and any other download): RFC 4180
 * quoting, CRLF line ends, optional `# ...` metadata lines before the header, and protection
 * against CSV injection: a text cell that starts with =, +, -, @, tab or carriage return would
 * be run as a formula by spreadsheet programs, so it is written with a leading apostrophe (a plain
 * signed number such as -500 is not a formula and is left as it is).
 */

export interface CsvColumn {
  /** Property of each row object (or index, for array rows). */
  key: string | number;
  /** Header text; the key when absent. */
  header?: string;
}

export interface CsvOptions {
  /** Lines written first as `# line` comments: title, source, date, filters. */
  metadata?: readonly string[];
}

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n;]|^\s|\s$/;

// A signed number ("-1", "+2.5", "-1,000") is read as a number, never run: left as it is.
const SIGNED_NUMBER = /^[+-](\d[\d,]*(\.\d*)?|\.\d+)$/;

/** A text value made safe to open in a spreadsheet (apostrophe before a formula character). */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) && !SIGNED_NUMBER.test(text) ? `'${text}` : text;
}

/**
 * The inverse on import: a cell that is an apostrophe followed by exactly what neutralizeFormula
 * would have guarded loses the apostrophe, so that an exported file (rejected rows, a template
 * opened and saved) imports the values it was made from. Any other apostrophe is kept.
 */
export function unguardFormula(text: string): string {
  if (text.charCodeAt(0) !== 39 /* ' */) return text;
  const inner = text.slice(1);
  return neutralizeFormula(inner) === text ? inner : text;
}

/** One cell: numbers as written, dates as ISO, objects as JSON, text neutralized and quoted. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  let text: string;
  if (value instanceof Date) text = value.toISOString();
  else if (typeof value === 'string') text = value;
  else text = JSON.stringify(value) ?? '';
  const safe = neutralizeFormula(text);
  return safe !== text || NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(values: readonly unknown[]): string {
  return values.map(csvCell).join(',') + '\r\n';
}

const normalizeColumns = (columns: readonly (string | CsvColumn)[]): CsvColumn[] =>
  columns.map((c) => (typeof c === 'string' ? { key: c } : c));

function valueOf(row: unknown, key: string | number): unknown {
  if (row === null || typeof row !== 'object') return undefined;
  return (row as Record<string | number, unknown>)[key];
}

/** The metadata lines and the header line. */
export function csvHead(
  columns: readonly (string | CsvColumn)[],
  options: CsvOptions = {},
): string {
  const meta = (options.metadata ?? []).map((m) => `# ${m.replace(/[\r\n]+/g, ' ')}\r\n`).join('');
  return meta + csvLine(normalizeColumns(columns).map((c) => c.header ?? String(c.key)));
}

/** A whole CSV document as a string (for small exports). */
export function toCsv(
  rows: Iterable<unknown>,
  columns: readonly (string | CsvColumn)[],
  options: CsvOptions = {},
): string {
  const cols = normalizeColumns(columns);
  let out = csvHead(cols, options);
  for (const row of rows) out += csvLine(cols.map((c) => valueOf(row, c.key)));
  return out;
}

/** The same, streamed: yields the head, then chunks of rows (for large exports). */
export async function* csvChunks(
  rows: AsyncIterable<unknown> | Iterable<unknown>,
  columns: readonly (string | CsvColumn)[],
  options: CsvOptions = {},
): AsyncGenerator<string> {
  const cols = normalizeColumns(columns);
  yield csvHead(cols, options);
  let chunk = '';
  for await (const row of rows) {
    chunk += csvLine(cols.map((c) => valueOf(row, c.key)));
    if (chunk.length >= 64 * 1024) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}
