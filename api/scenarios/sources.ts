/**
 * Sentences that say where a baseline figure came from: which datasets, which years, whether
 * illustrative. Every Sourced value of a scenario baseline is built from these.
 */
import type { DatasetVintageRow } from '../data/scenarios/baselineTotals';

export const usd = (n: number): string =>
  `USD ${Math.round(n).toLocaleString('en-US', { maximumFractionDigits: 0 })}`;

export const num = (n: number, digits = 0): string =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });

export const pct = (share: number): string => `${(100 * share).toFixed(1)}%`;

/** "fiscal year 2021" or "mean of fiscal years 2020–2023 (4 years with records)". */
export function yearsText(
  years: { from: number; to: number },
  counted: number,
  noun = 'year',
): string {
  if (years.from === years.to) return `${noun} ${years.to}`;
  return `mean of ${noun}s ${years.from}–${years.to} (${counted} ${counted === 1 ? 'year' : 'years'} with records)`;
}

/**
 * Names the datasets by id: readable ones by name, pooled-only ones counted (their names are
 * not the viewer's to read); "(illustrative)" when any of them is.
 */
export function datasetsText(ids: readonly number[], all: readonly DatasetVintageRow[]): string {
  const rows = all.filter((d) => ids.includes(d.id));
  if (rows.length === 0) return 'no datasets';
  const named = rows.filter((d) => d.visible).map((d) => d.name);
  const pooled = rows.length - named.length;
  if (pooled > 0) {
    named.push(`${pooled} dataset${pooled === 1 ? '' : 's'} pooled with your coalition`);
  }
  const illustrative = rows.some((d) => d.is_illustrative);
  return `${rows.length === 1 ? 'dataset' : 'datasets'} ${named.join(', ')}${illustrative ? ' (illustrative)' : ''}`;
}

/** "assumption (editable): ..." — the form of every default not derived from data. */
export const assumption = (text: string): string => `assumption (editable): ${text}`;
