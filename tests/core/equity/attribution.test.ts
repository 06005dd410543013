import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { attributeNeed, attributeResources, proportionalSplit } from '../../../core/equity';
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

/** Relative closeness for sums of large floats. */
function closeTo(actual: number, expected: number, relative = 1e-9): boolean {
  return Math.abs(actual - expected) <= relative * Math.max(1, Math.abs(expected));
}

// Hotline cases 2017 (docs/methodology.md): labor 1,274, sex 6,244, both 390, not specified 851.
// shared = 390 + 851 = 1,241; explicit = 1,274 + 6,244 = 7,518; all = 8,759.
const hotline2017 = { labor: 1274, sex: 6244, shared: 1241 };
// GEMS 2022 prevalence (reference-figures.csv, 2021): labor 17.3M, sex 6.3M.
const gems2021 = { labor: 17_300_000, sex: 6_300_000, shared: 0 };

describe('attributeNeed, worked by hand', () => {
  it('EXCLUDE drops the 1,241 shared hotline cases', () => {
    expect(attributeNeed(hotline2017, 'EXCLUDE')).toEqual({ labor: 1274, sex: 6244 });
  });

  it('EVEN_SPLIT adds 1,241 / 2 = 620.5 to each type', () => {
    const need = attributeNeed(hotline2017, 'EVEN_SPLIT');
    expect(need.labor).toBeCloseTo(1894.5, 9); // 1,274 + 620.5
    expect(need.sex).toBeCloseTo(6864.5, 9); // 6,244 + 620.5
  });

  it('NEED_PROPORTIONAL and DECLARED_SHARE split 1,241 as 1,274 : 6,244', () => {
    // labor = 1,274 + 1,241 * 1,274 / 7,518 = 1,274 + 210.3003 = 1,484.3003
    for (const rule of ['NEED_PROPORTIONAL', 'DECLARED_SHARE'] as const) {
      const need = attributeNeed(hotline2017, rule);
      expect(need.labor).toBeCloseTo(1484.3003, 3);
      expect(need.sex).toBeCloseTo(8759 - 1484.3003, 3);
      // so labor keeps its explicit share: 1,484.3003 / 8,759 = 1,274 / 7,518 = 0.16946
      expect(need.labor / (need.labor + need.sex)).toBeCloseTo(0.16946, 5);
    }
  });

  it('falls back to an even split when there is no explicit labor or sex figure', () => {
    expect(proportionalSplit({ labor: 0, sex: 0, shared: 10 })).toEqual({
      laborShare: 0.5,
      evenSplitFallback: true,
    });
    expect(attributeNeed({ labor: 0, sex: 0, shared: 10 }, 'NEED_PROPORTIONAL')).toEqual({
      labor: 5,
      sex: 5,
    });
  });
});

describe('attributeResources, worked by hand', () => {
  // labor 10, sex 70, shared 20 of which 8 declare a labor share, 6 of those 8 being labor.
  const res = { labor: 10, sex: 70, shared: 20, sharedDeclared: 8, sharedDeclaredLabor: 6 };

  it('EXCLUDE drops shared; EVEN_SPLIT gives 10 to each', () => {
    expect(attributeResources(res, 'EXCLUDE', gems2021)).toEqual({ labor: 10, sex: 70 });
    expect(attributeResources(res, 'EVEN_SPLIT', gems2021)).toEqual({ labor: 20, sex: 80 });
  });

  it('NEED_PROPORTIONAL splits shared by the need basis: n_L = 17.3 / 23.6 = 0.733051', () => {
    // labor = 10 + 20 * 0.733051 = 24.66102; sex = 70 + 20 * 0.266949 = 75.33898
    const out = attributeResources(res, 'NEED_PROPORTIONAL', gems2021);
    expect(out.labor).toBeCloseTo(24.66102, 4);
    expect(out.sex).toBeCloseTo(75.33898, 4);
  });

  it('NEED_PROPORTIONAL uses only the explicit need figures, not shared need', () => {
    // hotline n_L = 1,274 / 7,518 = 0.169460; labor = 10 + 20 * 0.169460 = 13.38920
    const out = attributeResources(res, 'NEED_PROPORTIONAL', hotline2017);
    expect(out.labor).toBeCloseTo(13.3892, 4);
  });

  it('DECLARED_SHARE uses the declared 6 of 8, then n_L for the undeclared 12', () => {
    // labor = 10 + 6 + (20 - 8) * 0.733051 = 16 + 8.796610 = 24.79661
    // sex = 70 + (20 - 14.79661) = 75.20339
    const out = attributeResources(res, 'DECLARED_SHARE', gems2021);
    expect(out.labor).toBeCloseTo(24.79661, 4);
    expect(out.sex).toBeCloseTo(75.20339, 4);
  });

  it('falls back to an even split when the need basis has no labor or sex figure', () => {
    const noNeed = { labor: 0, sex: 0, shared: 0 };
    expect(attributeResources(res, 'NEED_PROPORTIONAL', noNeed)).toEqual({ labor: 20, sex: 80 });
    // DECLARED_SHARE: 10 + 6 + 12 * 0.5 = 22; sex = 70 + 2 + 6 = 78
    expect(attributeResources(res, 'DECLARED_SHARE', noNeed)).toEqual({ labor: 22, sex: 78 });
  });

  it('rejects negative amounts and declared parts larger than their whole', () => {
    expect(() => attributeResources({ ...res, labor: -1 }, 'EXCLUDE', gems2021)).toThrow(
      RangeError,
    );
    expect(() => attributeResources({ ...res, sharedDeclared: 21 }, 'EXCLUDE', gems2021)).toThrow(
      /at most shared/,
    );
    expect(() =>
      attributeResources({ ...res, sharedDeclaredLabor: 9 }, 'EXCLUDE', gems2021),
    ).toThrow(/at most sharedDeclared/);
    expect(() => attributeNeed({ labor: Number.NaN, sex: 1, shared: 0 }, 'EXCLUDE')).toThrow(
      RangeError,
    );
  });
});

describe('attribution properties', () => {
  const conserving = ATTRIBUTION_RULES.filter((rule) => rule !== 'EXCLUDE');

  it('every rule but EXCLUDE conserves total resources; EXCLUDE drops exactly the shared part', () => {
    fc.assert(
      fc.property(resourceTotals, needTotals, (res, need) => {
        for (const rule of conserving) {
          const out = attributeResources(res, rule, need);
          expect(closeTo(out.labor + out.sex, res.labor + res.sex + res.shared)).toBe(true);
        }
        expect(attributeResources(res, 'EXCLUDE', need)).toEqual({
          labor: res.labor,
          sex: res.sex,
        });
      }),
    );
  });

  it('every rule but EXCLUDE conserves total need', () => {
    fc.assert(
      fc.property(needTotals, (need) => {
        for (const rule of conserving) {
          const out = attributeNeed(need, rule);
          expect(closeTo(out.labor + out.sex, need.labor + need.sex + need.shared)).toBe(true);
        }
      }),
    );
  });

  it('no rule takes from either type: attributed labor >= explicit labor, sex >= explicit sex', () => {
    fc.assert(
      fc.property(resourceTotals, needTotals, (res, need) => {
        for (const rule of ATTRIBUTION_RULES) {
          const out = attributeResources(res, rule, need);
          expect(out.labor).toBeGreaterThanOrEqual(res.labor);
          expect(out.sex).toBeGreaterThanOrEqual(res.sex * (1 - 1e-12));
        }
      }),
    );
  });

  it('NEED_PROPORTIONAL keeps labor need share equal to its explicit share', () => {
    fc.assert(
      fc.property(needTotals, (need) => {
        fc.pre(need.labor + need.sex > 0);
        const out = attributeNeed(need, 'NEED_PROPORTIONAL');
        const share = out.labor / (out.labor + out.sex);
        expect(closeTo(share, need.labor / (need.labor + need.sex))).toBe(true);
      }),
    );
  });
});
