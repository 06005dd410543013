/**
 * Survivor-safe disclosure (docs/methodology.md, "Disclosure control"): small counts describe
 * real people, so a count of 1 to threshold - 1 is hidden (primary suppression), and so is a
 * second count wherever the first could be recovered by subtraction from a total that is shown
 * (complementary suppression).
 *
 * Choices, each for a reason:
 * - 0 is shown: it identifies no one, and hiding every 0 would blank most sparse tables. A 0 is
 *   never picked as a complementary cell either: hiding a 0 next to a primary cell protects
 *   nothing, since the pair's sum then gives the primary cell away.
 * - Totals are counts of people too: a total of 1 to threshold - 1 is primary-suppressed.
 * - Totals are computed here from the cells, so they always add up. When a published total
 *   includes more than the cells (an "other" remainder), add the remainder as its own cell.
 * - The rule is the usual one-unknown check: no shown sum may have exactly one hidden term. It does
 *   not guard against inference through combinations of sums or give interval protection; it is
 *   the rule of CDC/CMS small-cell practice, not a full disclosure audit.
 * - The reason ('primary' | 'complementary') is for data stewards. Shown to anyone else, it narrows
 *   what a hidden count can be (a primary cell is 1 to threshold - 1): render both as "suppressed".
 */
import { DEFAULT_SUPPRESSION_THRESHOLD } from './vocabulary';

export type SuppressionReason = 'primary' | 'complementary';

/** A count as it may be shown: value null when suppressed, with why. */
export interface DisclosedCell {
  value: number | null;
  suppressed: SuppressionReason | null;
  /** Set when a total was suppressed because no cell of its line could be; else null. */
  note: string | null;
}

export interface SuppressionOptions {
  /** Counts from 1 to threshold - 1 are suppressed; default DEFAULT_SUPPRESSION_THRESHOLD (11). */
  threshold?: number;
}

export interface ListSuppressionOptions extends SuppressionOptions {
  /** Whether the list's total is shown (default true). */
  showTotal?: boolean;
}

export interface TableSuppressionOptions extends SuppressionOptions {
  /** Whether each total is shown (all default true). */
  showRowTotals?: boolean;
  showColumnTotals?: boolean;
  showGrandTotal?: boolean;
}

export interface SuppressedList {
  cells: DisclosedCell[];
  /** Null when the total is not shown. */
  total: DisclosedCell | null;
  threshold: number;
}

export interface SuppressedTable {
  cells: DisclosedCell[][];
  rowTotals: DisclosedCell[] | null;
  columnTotals: DisclosedCell[] | null;
  grandTotal: DisclosedCell | null;
  threshold: number;
}

/** A sum the reader sees: the counts at `members` add up to the count at `total` (indices). */
export interface ShownSum {
  members: readonly number[];
  total: number;
}

const TOTAL_NOTE =
  'This total is suppressed because the only non-zero count it sums is suppressed, ' +
  'and showing the total would reveal that count.';

/**
 * Primary suppression of counts 1..threshold-1, then complementary suppression until no shown sum
 * has exactly one hidden term (the smallest shown non-zero member, else the total, joins it).
 */
export function suppressSmallCells(
  table: readonly number[],
  options?: ListSuppressionOptions,
): SuppressedList;
export function suppressSmallCells(
  table: readonly (readonly number[])[],
  options?: TableSuppressionOptions,
): SuppressedTable;
export function suppressSmallCells(
  table: readonly number[] | readonly (readonly number[])[],
  options: ListSuppressionOptions & TableSuppressionOptions = {},
): SuppressedList | SuppressedTable {
  if (isTable(table)) return suppressTable(table, options);
  return suppressList(table, options);
}

/** `suppressSmallCells` for a list whose total (sum of the cells) is shown unless told otherwise. */
export function suppressList(
  counts: readonly number[],
  options: ListSuppressionOptions = {},
): SuppressedList {
  const showTotal = options.showTotal ?? true;
  const total = counts.reduce((sum, count) => sum + count, 0);
  const values = showTotal ? [...counts, total] : [...counts];
  const sums = showTotal ? [{ members: counts.map((_, i) => i), total: counts.length }] : [];
  const disclosed = suppressByShownSums(values, sums, options);
  return {
    cells: disclosed.slice(0, counts.length),
    total: showTotal ? (disclosed[counts.length] ?? null) : null,
    threshold: thresholdOf(options),
  };
}

/** `suppressSmallCells` for a table with row totals, column totals and a grand total. */
export function suppressTable(
  rows: readonly (readonly number[])[],
  options: TableSuppressionOptions = {},
): SuppressedTable {
  const width = rows[0]?.length ?? 0;
  if (rows.some((row) => row.length !== width)) {
    throw new RangeError(
      `Expected every row of the table to have ${width} cells, as the first does.`,
    );
  }
  const values: number[] = rows.flat();
  const add = (value: number) => values.push(value) - 1;
  const at = (r: number, c: number) => r * width + c;
  const rowIndex = rows.map((_, r) => Array.from({ length: width }, (_, c) => at(r, c)));
  const columnIndex = Array.from({ length: width }, (_, c) => rows.map((_, r) => at(r, c)));
  const sumOf = (indices: number[]) => indices.reduce((s, i) => s + (values[i] ?? 0), 0);

  const sums: ShownSum[] = [];
  const lineTotals = (lines: number[][], shown: boolean) => {
    if (!shown) return null;
    return lines.map((members) => {
      const total = add(sumOf(members));
      sums.push({ members, total });
      return total;
    });
  };
  const rowTotals = lineTotals(rowIndex, options.showRowTotals ?? true);
  const columnTotals = lineTotals(columnIndex, options.showColumnTotals ?? true);
  let grandTotal: number | null = null;
  if (options.showGrandTotal ?? true) {
    grandTotal = add(sumOf(rowIndex.flat()));
    if (rowTotals) sums.push({ members: rowTotals, total: grandTotal });
    if (columnTotals) sums.push({ members: columnTotals, total: grandTotal });
    if (!rowTotals && !columnTotals) sums.push({ members: rowIndex.flat(), total: grandTotal });
  }

  const disclosed = suppressByShownSums(values, sums, options);
  const pick = (i: number): DisclosedCell => disclosed[i] ?? hiddenCell();
  return {
    cells: rowIndex.map((row) => row.map(pick)),
    rowTotals: rowTotals?.map(pick) ?? null,
    columnTotals: columnTotals?.map(pick) ?? null,
    grandTotal: grandTotal === null ? null : pick(grandTotal),
    threshold: thresholdOf(options),
  };
}

/**
 * The generic rule over any set of counts and the sums shown between them: primary suppression of
 * 1..threshold-1, then, until stable, in each sum with exactly one hidden term (members and total),
 * hide its smallest shown non-zero member too (earliest on a tie), or its total when there is none.
 */
export function suppressByShownSums(
  values: readonly number[],
  sums: readonly ShownSum[],
  options: SuppressionOptions = {},
): DisclosedCell[] {
  const threshold = thresholdOf(options);
  values.forEach(assertCount);
  sums.forEach((sum) => assertAddsUp(values, sum));
  const reason: (SuppressionReason | null)[] = values.map((v) =>
    v > 0 && v < threshold ? 'primary' : null,
  );
  const note: (string | null)[] = values.map(() => null);
  const shown = (i: number) => reason[i] === null;

  let changed = true;
  while (changed) {
    changed = false;
    for (const { members, total } of sums) {
      const hidden = [...members, total].filter((i) => !shown(i)).length;
      if (hidden !== 1) continue;
      const partner = smallestShownNonZero(members, values, shown);
      if (partner !== null) {
        reason[partner] = 'complementary';
      } else if (shown(total)) {
        reason[total] = 'complementary';
        note[total] = TOTAL_NOTE;
      } else {
        throw new Error(
          'A shown sum has one hidden term and nothing left to hide; its total is wrong.',
        );
      }
      changed = true;
    }
  }
  return values.map((value, i) => ({
    value: shown(i) ? value : null,
    suppressed: reason[i] ?? null,
    note: note[i] ?? null,
  }));
}

function smallestShownNonZero(
  members: readonly number[],
  values: readonly number[],
  shown: (i: number) => boolean,
): number | null {
  let best: number | null = null;
  for (const i of members) {
    const value = values[i] ?? 0;
    if (!shown(i) || value === 0) continue;
    if (best === null || value < (values[best] ?? 0)) best = i;
  }
  return best;
}

function isTable(
  table: readonly number[] | readonly (readonly number[])[],
): table is readonly (readonly number[])[] {
  return table.length > 0 && Array.isArray(table[0]);
}

function thresholdOf(options: SuppressionOptions): number {
  const threshold = options.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  if (!Number.isInteger(threshold) || threshold < 1) {
    throw new RangeError(
      `Expected the suppression threshold to be a whole number of 1 or more, but got ${threshold}.`,
    );
  }
  return threshold;
}

function assertCount(value: number, index: number): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(
      `Expected count ${index + 1} to be a finite number of 0 or more, but got ${value}.`,
    );
  }
}

function assertAddsUp(values: readonly number[], { members, total }: ShownSum): void {
  const sum = members.reduce((s, i) => s + (values[i] ?? 0), 0);
  const expected = values[total] ?? 0;
  if (Math.abs(sum - expected) > 1e-9 * Math.max(1, expected)) {
    throw new RangeError(
      `Expected a shown total of ${expected} to be the sum of its counts, which is ${sum}.`,
    );
  }
}

function hiddenCell(): DisclosedCell {
  return { value: null, suppressed: 'complementary', note: null };
}
