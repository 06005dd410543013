import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  suppressByShownSums,
  suppressSmallCells,
  type DisclosedCell,
  type SuppressedTable,
} from '../../core/suppression';

const shown = (value: number): DisclosedCell => ({ value, suppressed: null, note: null });
const primary: DisclosedCell = { value: null, suppressed: 'primary', note: null };
const complementary: DisclosedCell = { value: null, suppressed: 'complementary', note: null };
const complementaryTotal: DisclosedCell = {
  value: null,
  suppressed: 'complementary',
  note: expect.stringMatching(/^This total is suppressed because/) as string,
};

describe('suppressSmallCells on a list, worked by hand', () => {
  it('hides 3 (primary) and the smallest other non-zero count, 14 (complementary)', () => {
    // 3 + 0 + 25 + 14 + 40 = 82 is shown, so 3 alone could be recovered: 82 - 0 - 25 - 14 - 40.
    // Other non-zero counts: 25, 14, 40; the smallest is 14. The 0 is shown and never picked.
    expect(suppressSmallCells([3, 0, 25, 14, 40])).toEqual({
      cells: [primary, shown(0), shown(25), complementary, shown(40)],
      total: shown(82),
      threshold: 11,
    });
  });

  it('two small counts protect each other: 5 and 7 hidden, 30 and the total 42 shown', () => {
    const out = suppressSmallCells([5, 7, 30]);
    expect(out.cells).toEqual([primary, primary, shown(30)]);
    expect(out.total).toEqual(shown(42));
  });

  it('a small total is itself suppressed: [4, 0] has total 4', () => {
    expect(suppressSmallCells([4, 0]).total).toEqual(primary);
  });

  it('without a shown total there is nothing to subtract from, so only primary suppression', () => {
    expect(suppressSmallCells([3, 50], { showTotal: false })).toEqual({
      cells: [primary, shown(50)],
      total: null,
      threshold: 11,
    });
  });

  it('respects another threshold: with 5, 3 is primary and 6 its complement', () => {
    expect(suppressSmallCells([3, 6, 20], { threshold: 5 }).cells).toEqual([
      primary,
      complementary,
      shown(20),
    ]);
  });

  it('shows zeros and counts at or above the threshold', () => {
    expect(suppressSmallCells([0, 0, 11]).cells).toEqual([shown(0), shown(0), shown(11)]);
    expect(suppressSmallCells([]).total).toEqual(shown(0));
  });
});

describe('suppressSmallCells on a table, worked by hand', () => {
  it('suppresses a complement in each affected row and column', () => {
    //          LABOR  SEX  BOTH | total
    //   CA        3    40    12 |   55
    //   TX       25    60     0 |   85
    //   NY       14     8    30 |   52
    //   total    42   108    42 |  192
    // Primary: CA-LABOR 3, NY-SEX 8. Pass 1, rows then columns:
    //   row CA: only 3 hidden -> smallest other non-zero of 40, 12 is 12 (CA-BOTH).
    //   row NY: only 8 hidden -> smallest of 14, 30 is 14 (NY-LABOR).
    //   column LABOR: 3 and 14 hidden, fine.
    //   column SEX: only 8 hidden -> smallest of 40, 60 is 40 (CA-SEX).
    //   column BOTH: only 12 hidden -> TX-BOTH is 0, so 30 (NY-BOTH).
    // Pass 2: rows CA and NY have 3 hidden each, columns 2 each: stable. Totals are all >= 11.
    const out = suppressSmallCells([
      [3, 40, 12],
      [25, 60, 0],
      [14, 8, 30],
    ]);
    expect(out).toEqual<SuppressedTable>({
      cells: [
        [primary, complementary, complementary],
        [shown(25), shown(60), shown(0)],
        [complementary, primary, complementary],
      ],
      rowTotals: [shown(55), shown(85), shown(52)],
      columnTotals: [shown(42), shown(108), shown(42)],
      grandTotal: shown(192),
      threshold: 11,
    });
  });

  it('suppresses a total when its line has no other non-zero cell, and says so', () => {
    //          A    B | total
    //   r1    12    0 |  12
    //   r2     5   20 |  25
    //   total 17   20 |  37
    // Pass 1: row r2: 5 primary -> 20 (r2-B). Column A: only 5 -> 12 (r1-A).
    //   Column B: only r2-B hidden, r1-B is 0 -> no cell left, so its total 20 goes (noted).
    //   Row totals 12, 25 | 37: none hidden. Column totals 17, 20 | 37: only 20 -> 17.
    // Pass 2: row r1: only 12 hidden, the other cell is 0 -> its total 12 goes (noted).
    //   Row totals 12, 25 | 37: only 12 -> 25. Pass 3: stable. The grand total 37 stays.
    const out = suppressSmallCells([
      [12, 0],
      [5, 20],
    ]);
    expect(out.cells).toEqual([
      [complementary, shown(0)],
      [primary, complementary],
    ]);
    expect(out.rowTotals).toEqual([complementaryTotal, complementary]);
    expect(out.columnTotals).toEqual([complementary, complementaryTotal]);
    expect(out.grandTotal).toEqual(shown(37));
  });

  it('hides only what the shown totals would reveal', () => {
    //   [3, 40]        no row totals; column totals 3 + 20 = 23 and 40 + 50 = 90 shown
    //   [20, 50]       column 1: only 3 hidden -> 20; the margin 23, 90 | 113 has none hidden.
    const out = suppressSmallCells(
      [
        [3, 40],
        [20, 50],
      ],
      { showRowTotals: false },
    );
    expect(out.cells).toEqual([
      [primary, shown(40)],
      [complementary, shown(50)],
    ]);
    expect(out.rowTotals).toBeNull();
    expect(out.columnTotals).toEqual([shown(23), shown(90)]);
    expect(out.grandTotal).toEqual(shown(113));
  });

  it('with only a grand total, it is the sum every cell is in', () => {
    const out = suppressSmallCells(
      [
        [2, 30],
        [40, 50],
      ],
      {
        showRowTotals: false,
        showColumnTotals: false,
      },
    );
    // 2 hidden; the smallest other non-zero cell of the whole table is 30.
    expect(out.cells).toEqual([
      [primary, complementary],
      [shown(40), shown(50)],
    ]);
    expect(out.grandTotal).toEqual(shown(122));
  });

  it('rejects ragged tables, negative counts and a bad threshold with a sentence', () => {
    expect(() => suppressSmallCells([[1, 2], [3]])).toThrow(
      /every row of the table to have 2 cells/,
    );
    expect(() => suppressSmallCells([-1, 4])).toThrow(RangeError);
    expect(() => suppressSmallCells([1], { threshold: 0 })).toThrow(/threshold/);
    expect(() => suppressByShownSums([1, 2, 4], [{ members: [0, 1], total: 2 }])).toThrow(
      /sum of its counts/,
    );
  });
});

/** A count as the rule sees it: often 0, often small, often large. */
const count = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 1, max: 10 }),
  fc.integer({ min: 11, max: 500 }),
);

/** Checks a disclosed line whose total may be shown: never exactly one hidden term. */
function expectSafeLine(members: DisclosedCell[], total: DisclosedCell | null | undefined): void {
  if (!total) return;
  const hidden = [...members, total].filter((cell) => cell.value === null).length;
  expect(hidden).not.toBe(1);
}

/** Checks what may be shown: the true count, never 1..threshold-1; zeros and big counts kept. */
function expectSafeCell(cell: DisclosedCell, truth: number, threshold: number): void {
  if (cell.value !== null) {
    expect(cell.value).toBe(truth);
    expect(cell.suppressed).toBeNull();
  }
  if (truth > 0 && truth < threshold) expect(cell.suppressed).toBe('primary');
  else expect(cell.suppressed).not.toBe('primary');
  if (truth === 0) expect(cell.value).toBe(0);
}

describe('suppression properties', () => {
  it('lists: no count 1..threshold-1 visible, and the total never reveals a single hidden count', () => {
    fc.assert(
      fc.property(
        fc.array(count, { maxLength: 15 }),
        fc.integer({ min: 1, max: 20 }),
        fc.boolean(),
        (counts, threshold, showTotal) => {
          const out = suppressSmallCells(counts, { threshold, showTotal });
          counts.forEach((truth, i) => expectSafeCell(out.cells[i] ?? primary, truth, threshold));
          const sum = counts.reduce((s, c) => s + c, 0);
          if (showTotal) expectSafeCell(out.total ?? primary, sum, threshold);
          else expect(out.total).toBeNull();
          expectSafeLine(out.cells, out.total);
        },
      ),
    );
  });

  it('tables: no count 1..10 visible, and no shown row, column or margin has one hidden cell', () => {
    const table = fc
      .record({ rows: fc.integer({ min: 1, max: 6 }), columns: fc.integer({ min: 1, max: 6 }) })
      .chain(({ rows, columns }) =>
        fc.array(fc.array(count, { minLength: columns, maxLength: columns }), {
          minLength: rows,
          maxLength: rows,
        }),
      );
    const flags = fc.record({
      showRowTotals: fc.boolean(),
      showColumnTotals: fc.boolean(),
      showGrandTotal: fc.boolean(),
    });
    fc.assert(
      fc.property(table, flags, (rows, options) => {
        const out = suppressSmallCells(rows, options);
        const width = rows[0]?.length ?? 0;
        const rowSums = rows.map((row) => row.reduce((s, c) => s + c, 0));
        const columnSums = Array.from({ length: width }, (_, c) =>
          rows.reduce((s, row) => s + (row[c] ?? 0), 0),
        );
        const grand = rowSums.reduce((s, c) => s + c, 0);
        rows.forEach((row, r) =>
          row.forEach((truth, c) => expectSafeCell(out.cells[r]?.[c] ?? primary, truth, 11)),
        );
        expect(out.rowTotals === null).toBe(!options.showRowTotals);
        expect(out.columnTotals === null).toBe(!options.showColumnTotals);
        expect(out.grandTotal === null).toBe(!options.showGrandTotal);
        out.rowTotals?.forEach((cell, r) => expectSafeCell(cell, rowSums[r] ?? 0, 11));
        out.columnTotals?.forEach((cell, c) => expectSafeCell(cell, columnSums[c] ?? 0, 11));
        if (out.grandTotal) expectSafeCell(out.grandTotal, grand, 11);

        out.cells.forEach((row, r) => expectSafeLine(row, out.rowTotals?.[r]));
        for (let c = 0; c < width; c++) {
          const column = out.cells.map((row) => row[c] ?? primary);
          expectSafeLine(column, out.columnTotals?.[c]);
        }
        if (out.rowTotals) expectSafeLine(out.rowTotals, out.grandTotal);
        if (out.columnTotals) expectSafeLine(out.columnTotals, out.grandTotal);
        if (!out.rowTotals && !out.columnTotals) expectSafeLine(out.cells.flat(), out.grandTotal);
      }),
    );
  });
});
