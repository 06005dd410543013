import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { equityMetrics } from '../../../core/equity';
import type { EquityMetrics, Measured } from '../../../core/equity';

/** Amounts as SQL would sum them: whole units, sometimes 0. */
const amount = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1_000_000_000 }));

/** Fractional amounts (apportioned dollars, hours), from a thousandth of a unit; sometimes 0. */
const fractionalAmount = fc.oneof(fc.constant(0), fc.double({ min: 1e-3, max: 1e9, noNaN: true }));

/** Any finite amount at all, subnormal numbers included: for the never-Infinity property. */
const anyAmount = fc.double({ min: 0, max: 1e300, noNaN: true, noDefaultInfinity: true });

/** Relative closeness for sums of large floats. */
function closeTo(actual: number, expected: number, relative = 1e-9): boolean {
  return Math.abs(actual - expected) <= relative * Math.max(1, Math.abs(expected));
}

const attributed = fc.record({ labor: fractionalAmount, sex: fractionalAmount });
const extreme = fc.record({ labor: anyAmount, sex: anyAmount });
const figures = (m: EquityMetrics): Measured[] => [
  m.labor.resourceShare,
  m.labor.needShare,
  m.labor.equityRatio,
  m.labor.perNeedUnit,
  m.sex.resourceShare,
  m.sex.needShare,
  m.sex.equityRatio,
  m.sex.perNeedUnit,
  m.disparityMultiple,
  m.parityGap,
  m.dissimilarity,
  m.theil,
];

describe('equity metric properties', () => {
  it('every figure is a finite number with no reason, or null with a reason', () => {
    fc.assert(
      fc.property(extreme, extreme, (res, need) => {
        for (const figure of figures(equityMetrics(res, need))) {
          if (figure.value === null) expect(figure.reason).toMatch(/\w+/);
          else {
            expect(Number.isFinite(figure.value)).toBe(true);
            expect(figure.reason).toBeNull();
          }
        }
      }),
    );
  });

  it('resource shares and need shares each sum to 1', () => {
    fc.assert(
      fc.property(attributed, attributed, (res, need) => {
        fc.pre(res.labor + res.sex > 0 && need.labor + need.sex > 0);
        const m = equityMetrics(res, need);
        expect((m.labor.resourceShare.value ?? 0) + (m.sex.resourceShare.value ?? 0)).toBeCloseTo(
          1,
          12,
        );
        expect((m.labor.needShare.value ?? 0) + (m.sex.needShare.value ?? 0)).toBeCloseTo(1, 12);
      }),
    );
  });

  it('resources proportional to need: both equity ratios 1, D, T and the parity gap 0', () => {
    const positive = fc.integer({ min: 1, max: 1_000_000 });
    fc.assert(
      fc.property(
        positive,
        positive,
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        (nL, nS, k) => {
          const m = equityMetrics({ labor: k * nL, sex: k * nS }, { labor: nL, sex: nS });
          expect(m.labor.equityRatio.value).toBeCloseTo(1, 9);
          expect(m.sex.equityRatio.value).toBeCloseTo(1, 9);
          expect(m.disparityMultiple.value).toBeCloseTo(1, 9);
          expect(m.dissimilarity.value).toBeCloseTo(0, 9);
          expect(m.theil.value).toBeCloseTo(0, 9);
          expect((m.parityGap.value ?? Number.NaN) / (k * (nL + nS))).toBeCloseTo(0, 9);
        },
      ),
    );
  });

  it('scaling all resources by k > 0 leaves shares, ratios and indices unchanged', () => {
    fc.assert(
      fc.property(
        attributed,
        attributed,
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        (res, need, k) => {
          const before = equityMetrics(res, need);
          const after = equityMetrics({ labor: k * res.labor, sex: k * res.sex }, need);
          const pairs: [Measured, Measured][] = [
            [before.labor.resourceShare, after.labor.resourceShare],
            [before.labor.equityRatio, after.labor.equityRatio],
            [before.sex.equityRatio, after.sex.equityRatio],
            [before.disparityMultiple, after.disparityMultiple],
            [before.dissimilarity, after.dissimilarity],
            [before.theil, after.theil],
          ];
          for (const [a, b] of pairs) {
            if (a.value === null) expect(b.value).toBeNull();
            else expect(closeTo(b.value ?? Number.NaN, a.value, 1e-9)).toBe(true);
          }
        },
      ),
    );
  });

  it('dissimilarity is in [0, 1], and 0 exactly when resources are proportional to need', () => {
    const small = fc.integer({ min: 0, max: 1000 });
    fc.assert(
      fc.property(small, small, small, small, (rL, rS, nL, nS) => {
        fc.pre(rL + rS > 0 && nL + nS > 0);
        const d = equityMetrics({ labor: rL, sex: rS }, { labor: nL, sex: nS }).dissimilarity.value;
        expect(d).not.toBeNull();
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThanOrEqual(1 + 1e-12);
        // proportional iff rL / rS = nL / nS, checked exactly on integers by cross-multiplying;
        // otherwise D >= 1 / ((rL + rS) (nL + nS)) >= 1 / 4,000,000, far above rounding.
        expect((d ?? 1) < 1e-9).toBe(rL * nS === rS * nL);
      }),
    );
  });

  it('Theil is never negative (Gibbs) and parity gap = (n_L - s_L) * total resources', () => {
    fc.assert(
      fc.property(attributed, fc.record({ labor: amount, sex: amount }), (res, need) => {
        const m = equityMetrics(res, need);
        if (m.theil.value !== null) expect(m.theil.value).toBeGreaterThanOrEqual(-1e-12);
        if (m.parityGap.value !== null && m.labor.resourceShare.value !== null) {
          const expected =
            ((m.labor.needShare.value ?? 0) - m.labor.resourceShare.value) * (res.labor + res.sex);
          expect(m.parityGap.value).toBeCloseTo(expected, 3);
        }
      }),
    );
  });
});
