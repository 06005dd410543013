/** Pure helpers of the import page (tested in tests/client/import). */
import { DEFAULT_VIEW, EMPTY_SCOPE, serializeView } from '../state/viewState';
import type { JobProgress } from './api';

/** A size in bytes as a person reads it: "812 bytes", "1.4 kB", "23.5 MB" (powers of 1024). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  if (bytes < 1024) return `${bytes} byte${bytes === 1 ? '' : 's'}`;
  const units = ['kB', 'MB', 'GB'];
  let v = bytes / 1024;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v < 10 ? v.toFixed(1) : Math.round(v).toString()} ${units[u]}`;
}

/** Why a file cannot be sent, before sending it (null when it can). */
export function fileProblem(
  file: { name: string; size: number },
  maxBytes: number | null,
): string | null {
  if (file.size === 0) return `“${file.name}” is empty. Choose the CSV file that holds your rows.`;
  if (maxBytes !== null && file.size > maxBytes)
    return `“${file.name}” is ${formatBytes(file.size)}, more than the ${formatBytes(maxBytes)} this server accepts. Split it into smaller files and import them one after the other into the same dataset.`;
  if (!/\.(csv|txt)$/i.test(file.name))
    return `“${file.name}” does not look like a CSV file. Save your spreadsheet as “CSV UTF-8 (comma delimited)” and choose that file.`;
  return null;
}

export interface ImportParams {
  kind: string;
  dataset: string;
  dryRun: boolean;
  validOnly: boolean;
  organizationId: string | null;
  /** The page's reference for the upload, to find the job it starts. */
  ref?: string;
}

/** The upload address: POST /api/import?kind=&dataset=&dryRun=&validOnly=[&organization=][&ref=]. */
export function importUrl(p: ImportParams): string {
  const q = new URLSearchParams({
    kind: p.kind,
    dataset: p.dataset.trim(),
    dryRun: String(p.dryRun),
    validOnly: String(p.validOnly),
  });
  if (p.organizationId) q.set('organization', p.organizationId);
  if (p.ref) q.set('ref', p.ref);
  return `/api/import?${q.toString()}`;
}

/** The Overview scoped to one dataset (the `dataset` parameter of the view). */
export function overviewHrefFor(datasetId: string | number): string {
  return serializeView({
    ...DEFAULT_VIEW,
    scope: { ...EMPTY_SCOPE, datasetIds: [String(datasetId)] },
  });
}

/**
 * The columns of a preview table: `line` first, `error` last, the others in the order they first
 * appear; internal ids (`*_id` numbers the server resolved, e.g. funder_id) left out when the
 * row also has the name they stand for.
 */
export function previewColumns(rows: readonly Record<string, unknown>[]): string[] {
  const seen: string[] = [];
  for (const r of rows) for (const k of Object.keys(r)) if (!seen.includes(k)) seen.push(k);
  const middle = seen.filter((k) => k !== 'line' && k !== 'error');
  const kept = middle.filter((k) => {
    if (!k.endsWith('_id')) return true;
    const values = rows.map((r) => r[k]).filter((v) => v !== null && v !== undefined);
    // Keep ids that are the file's own (text), drop numeric keys the server looked up.
    return !values.every((v) => typeof v === 'number');
  });
  return [
    ...(seen.includes('line') ? ['line'] : []),
    ...kept,
    ...(seen.includes('error') ? ['error'] : []),
  ];
}

/** A preview cell as text. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return JSON.stringify(v);
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** A count with its noun, singular or plural: "1 row", "3 rows". */
export function plural(n: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? noun : pluralNoun}`;
}

/** What to do about a rejected cell, for someone fixing the file in a spreadsheet. */
export function whereToFix(e: { line: number; column: string | null }): string {
  if (e.column) return `Line ${e.line} of the file, column “${e.column}”`;
  return `Line ${e.line} of the file`;
}

/** Upload and processing progress as one percentage (0–100) for a progress bar, or null. */
export function uploadPercent(loaded: number, total: number | null): number | null {
  if (!total || total <= 0) return null;
  return Math.max(0, Math.min(100, Math.round((loaded / total) * 100)));
}

/**
 * A running job's progress in words and as a percentage: rows checked while the file is read,
 * then rows written of those to write when the server writes them in batches (the embedded
 * database), else the rows read.
 */
export function jobProgressText(p: JobProgress | null): { text: string; percent: number | null } {
  if (p?.phase === 'writing' && p.rowsWritten != null && p.rowsToWrite) {
    return {
      text: `Saving the rows: ${plural(p.rowsWritten, 'row')} of ${p.rowsToWrite.toLocaleString('en-US')} written`,
      percent: uploadPercent(p.rowsWritten, p.rowsToWrite),
    };
  }
  const verb = p?.phase === 'writing' ? 'Saving the rows' : 'Checking the rows';
  const done =
    p && p.rowsDone > 0
      ? `: ${plural(p.rowsDone, 'row')}${p.rowsTotal ? ` of ${p.rowsTotal.toLocaleString('en-US')}` : ''} done`
      : '…';
  return { text: `${verb}${done}`, percent: p ? uploadPercent(p.rowsDone, p.rowsTotal) : null };
}
