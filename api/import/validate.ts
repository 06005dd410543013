/**
 * Validation of a file against its kind's column specification: the header first (missing,
 * unknown or repeated columns stop the file), then each row, cell by cell, into typed values.
 * Every problem becomes an error with the line, the column, the value and a sentence.
 */
import { readCell, type CellValue, type NumberStyle } from './cells';
import { ImportFileError } from './errors';
import type { CsvRecord } from './parse';
import { TEMPLATES, normalizeHeader, type ColumnSpec, type ImportKind } from './templates';

/** The column the rejected-rows download adds; ignored when such a file is imported again. */
export const REJECTED_ERROR_COLUMN = 'error';

export interface RowError {
  line: number;
  column: string | null;
  value: string | null;
  message: string;
}

/** A row's cells by column name, typed; null where empty. */
export type Cells = Record<string, CellValue>;

export type RowCheck = { ok: true; cells: Cells } | { ok: false; errors: RowError[] };

export interface HeaderMap {
  /** Column name -> position in the file's rows. */
  positions: Map<string, number>;
  /** The file's own header, as written. */
  header: string[];
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return row[b.length]!;
}

function closest(name: string, candidates: string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(name, c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best !== null && bestDistance <= Math.max(2, Math.floor(best.length / 4)) ? best : null;
}

/** Maps the header to the kind's columns, or throws an ImportFileError naming what is wrong. */
export function mapHeader(kind: ImportKind, header: string[], headerLine: number): HeaderMap {
  const template = TEMPLATES[kind];
  const bySpelling = new Map<string, { spec: ColumnSpec; rank: number }>();
  for (const spec of template.columns) {
    [spec.name, ...(spec.aliases ?? [])].forEach((n, rank) => bySpelling.set(n, { spec, rank }));
  }
  const positions = new Map<string, number>();
  const ranks = new Map<string, number>();
  const unknown: string[] = [];
  const problems: string[] = [];
  header.forEach((raw, position) => {
    const key = normalizeHeader(raw);
    // The error column of a rejected-rows download: fixed rows can be imported again as they are.
    if (key === REJECTED_ERROR_COLUMN) return;
    const hit = bySpelling.get(key);
    if (!hit) {
      if (template.strictColumns) unknown.push(raw);
      return;
    }
    const name = hit.spec.name;
    const previous = positions.get(name);
    if (previous !== undefined && template.strictColumns) {
      problems.push(
        `The columns "${header[previous]}" and "${raw}" both give ${name}; keep one of them.`,
      );
    } else if (previous === undefined || hit.rank < ranks.get(name)!) {
      positions.set(name, position);
      ranks.set(name, hit.rank);
    }
  });
  const names = template.columns.map((c) => c.name);
  const missing = template.columns.filter((c) => c.required && !positions.has(c.name));
  for (const u of unknown) {
    const guess = closest(
      normalizeHeader(u),
      names.filter((n) => !positions.has(n)),
    );
    problems.push(
      guess
        ? `The column "${u}" is not one Fairshare knows; did you mean "${guess}"?`
        : `The column "${u}" is not one Fairshare knows. Remove it or rename it to one of the template's columns.`,
    );
  }
  for (const m of missing) {
    if (unknown.some((u) => closest(normalizeHeader(u), [m.name]) !== null)) continue;
    problems.push(`The required column "${m.name}" is missing.`);
  }
  if (
    kind === 'usaspending' &&
    ![
      'award_base_action_date_fiscal_year',
      'award_base_action_date',
      'period_of_performance_start_date',
    ].some((n) => positions.has(n))
  ) {
    problems.push(
      'The file has no column to read the fiscal year from: include award_base_action_date_fiscal_year, award_base_action_date or period_of_performance_start_date.',
    );
  }
  if (problems.length) {
    const expected = template.strictColumns
      ? ` The ${template.title.toLowerCase()} template's columns are: ${names.join(', ')}.`
      : '';
    throw new ImportFileError(
      `The header on line ${headerLine} does not match the ${template.title.toLowerCase()} format. ${problems.join(' ')}${expected}`,
      {
        line: headerLine,
      },
    );
  }
  return { positions, header };
}

/** Whether values past the header's width hold anything but spaces. */
function hasExtraValues(values: string[], width: number): boolean {
  for (let i = width; i < values.length; i++) if (values[i]!.trim() !== '') return true;
  return false;
}

/** Checks one record against the kind's columns: typed cells, or every error found in it. */
export function checkRow(
  kind: ImportKind,
  map: HeaderMap,
  record: CsvRecord,
  style: NumberStyle,
): RowCheck {
  const { values, line } = record;
  const width = map.header.length;
  if (values.length < width || hasExtraValues(values, width)) {
    return {
      ok: false,
      errors: [
        {
          line,
          column: null,
          value: null,
          message: `This row has ${values.length} values but the header has ${width} columns. A value that contains the delimiter must be in double quotes.`,
        },
      ],
    };
  }
  const cells: Cells = {};
  const errors: RowError[] = [];
  for (const spec of TEMPLATES[kind].columns) {
    const position = map.positions.get(spec.name);
    const raw = position === undefined ? '' : (values[position] ?? '').trim();
    if (raw === '') {
      if (spec.required) {
        errors.push({
          line,
          column: spec.name,
          value: '',
          message: `${spec.name} is empty; it is required.`,
        });
      }
      cells[spec.name] = spec.fallback ?? null;
      continue;
    }
    const result = readCell(spec, raw, style);
    if (result.ok) cells[spec.name] = result.value;
    else errors.push({ line, column: spec.name, value: raw, message: result.message });
  }
  return errors.length ? { ok: false, errors } : { ok: true, cells };
}
