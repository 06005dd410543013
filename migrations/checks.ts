/** SQL fragments shared by migrations: CHECK constraints built from the core vocabulary. */
import { MAX_YEAR, MIN_YEAR } from '../core/vocabulary';

const quote = (v: string) => `'${v.replace(/'/g, "''")}'`;

/** `column IN ('A','B',…)` for a CHECK constraint. */
export function inList(column: string, values: readonly string[]): string {
  return `${column} IN (${values.map(quote).join(', ')})`;
}

/** `column BETWEEN MIN_YEAR AND MAX_YEAR`. */
export function plausibleYear(column: string): string {
  return `${column} BETWEEN ${MIN_YEAR} AND ${MAX_YEAR}`;
}

/** `column` is null or in [0, 1]. */
export function shareOrNull(column: string): string {
  return `${column} IS NULL OR (${column} >= 0 AND ${column} <= 1)`;
}

/** US postal code or null. */
export function usStateOrNull(column: string, states: readonly string[]): string {
  return `${column} IS NULL OR ${inList(column, states)}`;
}
