/**
 * CSV of a chart's table with `# ` metadata lines naming the sources, the need basis, the rule
 * and whether the data are illustrative. Text cells that a spreadsheet would run as a formula
 * (starting with = + - @, a tab or a carriage return) get a leading apostrophe; plain numbers,
 * negative ones included, stay numbers.
 */
import type { TableCell, TableData } from './types';

export interface DatasetCitation {
  name: string;
  citation?: string | null;
  url?: string | null;
  confidence?: string | null;
  illustrative: boolean;
}

export interface ChartMeta {
  title: string;
  /** e.g. "Funding (US dollars)". */
  measure?: string;
  /** e.g. "Identified victims (TIP report), figures of 2017–2023, WORLD". */
  needBasis?: string;
  /** e.g. "Declared labor share". */
  attribution?: string;
  /** e.g. "2018–2024; states CA, TX". */
  scope: string;
  illustrative: boolean;
  sources: DatasetCitation[];
  /** Notes such as suppressed cells. */
  notes?: string[];
  /** The link that reproduces the view. */
  link?: string;
  /** When the file was made (ISO date). */
  date?: string;
}

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

/**
 * A number at the precision its source can carry: six significant digits (shares and ratios keep
 * their decimals), amounts of 100,000 or more to whole units; float noise such as
 * 0.30000000000000004 goes.
 */
export function csvNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  const v = Math.abs(value) >= 1e5 ? Math.round(value) : Number(value.toPrecision(6));
  return String(Object.is(v, -0) ? 0 : v);
}

/** One cell as CSV text: quoted when needed, formula-looking text neutralised. */
export function csvCell(value: TableCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return csvNumber(value);
  let text = value;
  if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A metadata line: one line, never starting a formula. */
function metaLine(text: string): string {
  return `# ${text.replace(/[\r\n]+/g, ' ')}`;
}

export function metadataLines(meta: ChartMeta): string[] {
  const lines = [metaLine(`Fairshare: ${meta.title}`)];
  if (meta.measure) lines.push(metaLine(`Measure: ${meta.measure}`));
  if (meta.needBasis) lines.push(metaLine(`Need basis: ${meta.needBasis}`));
  if (meta.attribution) lines.push(metaLine(`Attribution rule: ${meta.attribution}`));
  lines.push(metaLine(`Scope: ${meta.scope}`));
  lines.push(
    metaLine(
      meta.illustrative
        ? 'Illustrative: YES. Rests on generated demo data, not real figures; do not quote as findings.'
        : 'Illustrative: no. Every dataset used is real data.',
    ),
  );
  for (const s of meta.sources) {
    // Each part without its own final full stop, so the join never writes "Data.. https".
    const parts = [s.name];
    if (s.citation && s.citation !== s.name) parts.push(s.citation);
    if (s.url) parts.push(s.url);
    for (let i = 0; i < parts.length; i++) parts[i] = parts[i]!.trim().replace(/\.+$/, '');
    const flags = [
      ...new Set([s.confidence?.toLowerCase(), s.illustrative ? 'illustrative' : null]),
    ].filter(Boolean);
    lines.push(
      metaLine(`Source: ${parts.join('. ')}${flags.length ? ` (${flags.join(', ')})` : ''}`),
    );
  }
  for (const n of meta.notes ?? []) lines.push(metaLine(`Note: ${n}`));
  if (meta.link) lines.push(metaLine(`View: ${meta.link}`));
  if (meta.date) lines.push(metaLine(`Downloaded: ${meta.date}`));
  return lines;
}

/** The whole file: metadata lines, the header row, the data rows, CRLF line ends. */
export function toCsv(table: TableData, meta: ChartMeta): string {
  const header = table.columns.map((c) => csvCell(c.label)).join(',');
  const body = table.rows.map((r) => table.columns.map((c) => csvCell(r[c.key] ?? null)).join(','));
  return [...metadataLines(meta), header, ...body].join('\r\n') + '\r\n';
}
