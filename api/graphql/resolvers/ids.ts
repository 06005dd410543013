/** Parsing of ID arguments, with errors that name the field. */
import { BadUserInputError } from '../../errors';

export function parseId(field: string, value: string): number {
  if (!/^\d{1,9}$/.test(value)) {
    throw new BadUserInputError(field, `${field} must be a numeric id (got "${value}").`);
  }
  return Number(value);
}

export function parseIds(field: string, values: readonly string[]): number[] {
  return values.map((v) => parseId(field, v));
}
