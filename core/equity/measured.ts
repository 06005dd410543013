/**
 * Building blocks for figures that may be undefined. A ratio whose denominator is 0 is reported as
 * null with a reason a funder understands (docs/methodology.md, "Equity metrics"), never as Infinity or NaN.
 */
import type { Measured } from './types';

/** A defined figure: `{ value, reason: null }`. */
export function measured(value: number): Measured {
  return { value, reason: null };
}

/** An undefined figure: `{ value: null, reason }`. */
export function undefinedBecause(reason: string): Measured {
  return { value: null, reason };
}

/** `numerator / denominator`, or null with `reasonIfZero` when the denominator is 0. */
export function divide(numerator: number, denominator: number, reasonIfZero: string): Measured {
  if (denominator === 0) return undefinedBecause(reasonIfZero);
  return finiteOrUndefined(numerator / denominator);
}

/** `value`, or null when a denominator so close to 0 made it overflow to Infinity. */
export function finiteOrUndefined(value: number): Measured {
  return Number.isFinite(value)
    ? measured(value)
    : undefinedBecause('The figure is too large to compute: what it divides by is all but 0.');
}

/** `f` of the inputs' values when all are defined; else null with the first undefined one's reason. */
export function combine<T extends readonly Measured[]>(
  inputs: readonly [...T],
  f: (...values: { [K in keyof T]: number }) => Measured,
): Measured {
  const values: number[] = [];
  for (const input of inputs) {
    if (input.value === null) return undefinedBecause(input.reason ?? 'An input is undefined.');
    values.push(input.value);
  }
  return f(...(values as { [K in keyof T]: number }));
}

/**
 * Throws a RangeError unless `value` is a finite number that is not negative: amounts of money,
 * hours and people are never negative, and a negative total means the query behind it is wrong.
 */
export function assertAmount(what: string, value: number): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`Expected ${what} to be a finite number of 0 or more, but got ${value}.`);
  }
}
