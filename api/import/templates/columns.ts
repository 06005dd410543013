/** How a column of an import file is described: its type, bounds, example and help text. */
import { MIN_YEAR, US_STATES } from '../../../core/vocabulary';

export type ColumnType =
  | 'text'
  | 'integer'
  | 'decimal'
  | 'year'
  | 'share'
  | 'enum'
  | 'us_state'
  | 'country'
  | 'geography'
  | 'date';

export interface ColumnSpec {
  /** Header name, snake_case. Headers are matched case-insensitively, spaces read as _. */
  name: string;
  type: ColumnType;
  /** Unit of a number, e.g. USD. */
  unit: string | null;
  required: boolean;
  /** For enums: the accepted values (matched case-insensitively). */
  allowed: readonly string[] | null;
  example: string;
  description: string;
  /** Inclusive bounds of numbers. */
  min?: number;
  max?: number;
  /** Longest accepted text, in characters. */
  maxLength?: number;
  /** Value used when the cell is empty (documented in the description). */
  fallback?: string;
  /** Other header spellings accepted for this column. */
  aliases?: readonly string[];
}

// numeric(16,2) holds up to 10^14 - 0.01.
export const MAX_MONEY = 99_999_999_999_999;
export const NAME_LENGTH = 300;
export const TEXT_LENGTH = 4000;
export const YEAR_RANGE = `a year from ${MIN_YEAR} to next year`;

export const col = (c: Omit<ColumnSpec, 'unit' | 'allowed'> & Partial<ColumnSpec>): ColumnSpec => ({
  unit: null,
  allowed: null,
  ...c,
});

export const country = col({
  name: 'country',
  type: 'country',
  required: false,
  example: 'US',
  fallback: 'US',
  description: 'ISO 3166-1 two-letter country code where the work takes place; US when empty.',
});
export const usState = col({
  name: 'us_state',
  type: 'us_state',
  required: false,
  allowed: US_STATES,
  example: 'CA',
  description: 'US postal code of the state, for work in the US; empty otherwise.',
});
