/** How a column of an import file is described: its type, bounds, example and help text. */
import { MIN_YEAR, TRAFFICKING_TYPES, US_STATES } from '../../../core/vocabulary';

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

/*
 * The column shapes several kinds share, each defined once. Keys are written in the order the
 * template documentation (GET /api/import/templates) lists them.
 */

/** A row's own id, optional: rows with an id are updated in place on re-import. */
export const idColumn = (
  name: string,
  example: string,
  description = 'Your own id for the row; rows with an id are updated in place on re-import.',
): ColumnSpec => col({ name, type: 'text', required: false, example, maxLength: 200, description });

/** The organization a row is about, by name (matched by name, else created). */
export const organizationColumn = (
  name: string,
  required: boolean,
  example: string,
  description: string,
): ColumnSpec =>
  col({ name, type: 'text', required, example, maxLength: NAME_LENGTH, description });

/** A required year, `${YEAR_RANGE}`. */
export const yearColumn = (name = 'year', description = `${YEAR_RANGE}.`): ColumnSpec =>
  col({ name, type: 'year', required: true, example: '2023', description });

/** Which form of trafficking a row is about: a required choice of the trafficking types. */
export const typeColumn = (
  name: string,
  example: string,
  description: string,
  allowed: readonly string[] = TRAFFICKING_TYPES,
): ColumnSpec => col({ name, type: 'enum', required: true, allowed, example, description });

/** A whole number of people or things, from 0 to ten million. */
export const countColumn = (
  name: string,
  unit: string,
  required: boolean,
  example: string,
  description: string,
): ColumnSpec =>
  col({ name, type: 'integer', unit, required, example, min: 0, max: 10_000_000, description });

/** An amount (US dollars unless said), zero or more, up to what numeric(16,2) holds. */
export const amountColumn = (c: {
  name: string;
  unit?: string;
  required: boolean;
  example: string;
  aliases?: readonly string[];
  description: string;
}): ColumnSpec =>
  col({
    name: c.name,
    type: 'decimal',
    unit: c.unit ?? 'USD',
    required: c.required,
    example: c.example,
    min: 0,
    max: MAX_MONEY,
    ...(c.aliases ? { aliases: c.aliases } : {}),
    description: c.description,
  });

/** An optional share from 0 to 1 (0.3 or 30% are both read). */
export const shareColumn = (
  name: string,
  unit: string,
  example: string,
  description: string,
): ColumnSpec => col({ name, type: 'share', unit, required: false, example, description });

/** An optional date, YYYY-MM-DD. */
export const dateColumn = (
  name: string,
  example: string,
  description: string,
  aliases?: readonly string[],
): ColumnSpec =>
  col({
    name,
    type: 'date',
    required: false,
    example,
    ...(aliases ? { aliases } : {}),
    description,
  });
