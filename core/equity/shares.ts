/**
 * Shares of a whole: `s_i = x_i / sum_j x_j` (docs/methodology.md, "Equity metrics": resource share and need share).
 */
import { assertAmount, divide, undefinedBecause } from './measured';
import type { Measured } from './types';

/** `x_i / sum_j x_j` for every i; all null with `reasonIfNone` when the sum is 0. */
export function sharesOf(
  amounts: readonly number[],
  what: string,
  reasonIfNone: string,
): Measured[] {
  amounts.forEach((amount, i) => assertAmount(`${what} ${i + 1}`, amount));
  const whole = amounts.reduce((sum, amount) => sum + amount, 0);
  return amounts.map((amount) => divide(amount, whole, reasonIfNone));
}

/** The shares' values when every share is defined, else the first reason. */
export function definedShares(shares: readonly Measured[]): number[] | Measured {
  const values: number[] = [];
  for (const share of shares) {
    if (share.value === null) return undefinedBecause(share.reason ?? 'A share is undefined.');
    values.push(share.value);
  }
  return values;
}
