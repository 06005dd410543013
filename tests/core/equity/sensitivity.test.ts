import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { laborEquityRange, RANGED_METRICS, sensitivityGrid } from '../../../core/equity';
import { ATTRIBUTION_RULES } from '../../../core/vocabulary';
import type { NeedTotals, ResourceTotals } from '../../../core/equity';

/** Amounts as SQL would sum them: whole units, sometimes 0. */
const amount = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1_000_000_000 }));

/** Fractional amounts (apportioned dollars, hours), from a thousandth of a unit; sometimes 0. */
const fractionalAmount = fc.oneof(fc.constant(0), fc.double({ min: 1e-3, max: 1e9, noNaN: true }));

const needTotals: fc.Arbitrary<NeedTotals> = fc.record({
  labor: amount,
  sex: amount,
  shared: amount,
});

/** Consistent resource totals: sharedDeclaredLabor <= sharedDeclared <= shared. */
const resourceTotals: fc.Arbitrary<ResourceTotals> = fc
  .record({
    labor: fractionalAmount,
    sex: fractionalAmount,
    shared: fractionalAmount,
    declaredFraction: fc.double({ min: 0, max: 1, noNaN: true }),
    laborShare: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ labor, sex, shared, declaredFraction, laborShare }) => {
    const sharedDeclared = shared * declaredFraction;
    return { labor, sex, shared, sharedDeclared, sharedDeclaredLabor: sharedDeclared * laborShare };
  });

// Need in reference-figures.csv; NON_LABOR remainders of TIP totals are read as SEX.
const needByBasis = {
  PREVALENCE: { labor: 17_300_000, sex: 6_300_000, shared: 0 }, // GEMS 2021
  IDENTIFIED_VICTIMS: { labor: 42_098, sex: 133_943 - 42_098, shared: 0 }, // TIP 2023
  PROSECUTIONS: { labor: 3_684, sex: 18_774 - 3_684, shared: 0 }, // TIP 2023
  CONVICTIONS: { labor: 1_256, sex: 7_115 - 1_256, shared: 0 }, // TIP 2023
};

describe('sensitivity grid, worked by hand', () => {
  // $10M labor, $90M sex, no shared funding: every rule gives s_L = 0.1.
  const res = { labor: 10e6, sex: 90e6, shared: 0, sharedDeclared: 0, sharedDeclaredLabor: 0 };
  const grid = sensitivityGrid(res, needByBasis);

  it('has one cell per basis present and rule: 4 x 4 = 16, bases in vocabulary order', () => {
    expect(grid.cells).toHaveLength(16);
    expect(grid.cells.slice(0, 4).map((c) => [c.basis, c.rule])).toEqual(
      ATTRIBUTION_RULES.map((rule) => ['PREVALENCE', rule]),
    );
    expect(new Set(grid.cells.map((c) => c.basis))).toEqual(new Set(Object.keys(needByBasis)));
  });

  it('labor equity ratio ranges from 0.136416 (prevalence) to 0.566481 (convictions)', () => {
    // e_L = 0.1 / n_L: prevalence 0.1 * 23.6 / 17.3 = 0.136416; victims 0.1 / 0.314298 = 0.318170;
    // prosecutions 0.1 * 18,774 / 3,684 = 0.509609; convictions 0.1 * 7,115 / 1,256 = 0.566481
    const range = laborEquityRange(grid);
    expect(range.min).toBeCloseTo(0.136416, 6);
    expect(range.max).toBeCloseTo(0.566481, 6);
    expect(range.minAt?.basis).toBe('PREVALENCE');
    expect(range.maxAt?.basis).toBe('CONVICTIONS');
    expect(range.undefinedCells).toBe(0);
    expect(grid.ranges.laborEquityRatio).toBe(range);
  });

  it('labor need share ranges from 1,256 / 7,115 = 0.176528 to 17.3 / 23.6 = 0.733051', () => {
    expect(grid.ranges.laborNeedShare.min).toBeCloseTo(0.176528, 6);
    expect(grid.ranges.laborNeedShare.max).toBeCloseTo(0.733051, 6);
    expect(grid.ranges.laborResourceShare).toMatchObject({ min: 0.1, max: 0.1 });
  });

  it('shared funding makes the rules differ (prevalence: 0.170520 to 0.338266)', () => {
    // labor 10, sex 70, shared 20 (8 declared, 6 of them labor); n_L = 0.733051
    // EXCLUDE 12.5% -> 0.125 / 0.733051 = 0.170520; EVEN_SPLIT 0.2 / 0.733051 = 0.272832;
    // NEED_PROPORTIONAL (10 + 20 * 0.733051) / 100 / 0.733051 = 0.136416 + 0.2 = 0.336416;
    // DECLARED_SHARE (16 + 12 * 0.733051) / 100 / 0.733051 = 0.218266 + 0.12 = 0.338266
    const shared = { labor: 10, sex: 70, shared: 20, sharedDeclared: 8, sharedDeclaredLabor: 6 };
    const one = sensitivityGrid(shared, { PREVALENCE: needByBasis.PREVALENCE });
    const expected = [0.17052, 0.272832, 0.336416, 0.338266];
    one.cells.forEach((cell, i) =>
      expect(cell.metrics.labor.equityRatio.value).toBeCloseTo(expected[i] ?? Number.NaN, 5),
    );
    const range = one.ranges.laborEquityRatio;
    expect(range.min).toBeCloseTo(0.17052, 5);
    expect(range.max).toBeCloseTo(0.338266, 6);
    expect(range.minAt).toEqual({ basis: 'PREVALENCE', rule: 'EXCLUDE' });
    expect(range.maxAt).toEqual({ basis: 'PREVALENCE', rule: 'DECLARED_SHARE' });
  });

  it('null cells stay out of the range and are counted; all-null ranges are null', () => {
    const noNeed = { labor: 0, sex: 0, shared: 0 };
    const partly = sensitivityGrid(res, { PREVALENCE: needByBasis.PREVALENCE, CUSTOM: noNeed });
    expect(partly.ranges.laborEquityRatio.undefinedCells).toBe(4);
    expect(partly.ranges.laborEquityRatio.min).toBeCloseTo(0.136416, 6);
    const none = sensitivityGrid(res, {});
    expect(none.cells).toEqual([]);
    expect(none.ranges.theil).toEqual({
      min: null,
      max: null,
      minAt: null,
      maxAt: null,
      undefinedCells: 0,
    });
  });
});

describe('sensitivity grid properties', () => {
  it('every range holds every defined cell value, and is attained', () => {
    fc.assert(
      fc.property(resourceTotals, needTotals, needTotals, (res, prevalence, hotline) => {
        const grid = sensitivityGrid(res, { PREVALENCE: prevalence, HOTLINE_CASES: hotline });
        expect(grid.cells).toHaveLength(8);
        expect(Object.keys(grid.ranges).sort()).toEqual([...RANGED_METRICS].sort());
        const range = grid.ranges.dissimilarity;
        const values = grid.cells
          .map((c) => c.metrics.dissimilarity.value)
          .filter((v): v is number => v !== null);
        expect(range.undefinedCells).toBe(8 - values.length);
        if (values.length === 0) expect(range.min).toBeNull();
        else {
          expect(range.min).toBe(Math.min(...values));
          expect(range.max).toBe(Math.max(...values));
        }
      }),
    );
  });
});
