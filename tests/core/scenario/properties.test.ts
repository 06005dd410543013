/** Invariants of the scenario model, checked with fast-check over random scopes and levers. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  runScenario,
  validateScenarioInput,
  type ParameterOverrides,
  type ScenarioBaseline,
  type ScenarioInput,
  type ScenarioResult,
} from '../../../core/scenario/index';
import { categoryCosts, typeBaseline } from './fixtures';

const typeArb = fc.record({
  budget: fc.double({ min: 1e5, max: 1e8, noNaN: true }),
  served: fc.double({ min: 10, max: 1e4, noNaN: true }),
  cpsFactor: fc.double({ min: 0.5, max: 2, noNaN: true }),
  turnover: fc.double({ min: 0, max: 1, noNaN: true }),
  trained: fc.double({ min: 0, max: 1, noNaN: true }),
  needFactor: fc.double({ min: 0.5, max: 20, noNaN: true }),
});

const baselineArb: fc.Arbitrary<ScenarioBaseline> = fc
  .record({ labor: typeArb, sex: typeArb })
  .map(({ labor, sex }) => {
    const make = (t: typeof labor) =>
      typeBaseline({
        budget: t.budget,
        served: t.served,
        costPerSurvivor: (t.budget / t.served) * t.cpsFactor,
        turnover: t.turnover,
        trained: t.trained,
        need: t.served * t.needFactor,
      });
    return {
      years: { from: 2022, to: 2024 },
      needBasis: 'PREVALENCE',
      labor: make(labor),
      sex: make(sex),
      categoryCostPerSurvivor: categoryCosts(),
    };
  });

const paramsArb: fc.Arbitrary<ParameterOverrides> = fc.record({
  initialExperience: fc.double({ min: 0.05, max: 1, noNaN: true }),
  yearsToFullExperience: fc.double({ min: 0, max: 10, noNaN: true }),
  trainingRampEffect: fc.double({ min: 0, max: 0.9, noNaN: true }),
  'labor.turnoverRate': fc.double({ min: 0, max: 1, noNaN: true }),
  'sex.turnoverRate': fc.double({ min: 0, max: 1, noNaN: true }),
});

const mixArb = fc.option(
  fc
    .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }))
    .map(([a, b]) => ({ LEGAL: a / 2, HOUSING: b / 2, CASE_MANAGEMENT: 1 - a / 2 - b / 2 })),
  { nil: undefined },
);

const leversArb = fc.record({
  shiftFraction: fc.double({ min: 0, max: 1, noNaN: true }),
  phaseInYears: fc.integer({ min: 1, max: 6 }),
  newMoneyPerYear: fc.double({ min: 0, max: 5e7, noNaN: true }),
  trainingShare: fc.double({ min: 0, max: 0.3, noNaN: true }),
  categoryMix: mixArb,
});

const horizonArb = fc.integer({ min: 1, max: 12 });

/** a >= b up to floating-point noise. */
const atLeast = (a: number, b: number): boolean => a >= b - 1e-9 * Math.max(1, Math.abs(b));
const near = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

const series = (r: ScenarioResult, t: 'labor' | 'sex', f: 'survivorsServed' | 'budget') =>
  r.years.map((y) => y[t][f]);

describe('scenario invariants', () => {
  it('generated inputs are valid', () => {
    fc.assert(
      fc.property(baselineArb, paramsArb, leversArb, horizonArb, (baseline, params, levers, h) => {
        expect(validateScenarioInput({ baseline, params, levers, horizonYears: h })).toEqual([]);
      }),
    );
  });

  it('zero levers reproduce the baseline: scenario = zero-lever run = observed steady state', () => {
    fc.assert(
      fc.property(baselineArb, paramsArb, horizonArb, (baseline, params, h) => {
        // projected turnover left at the observed rate, need constant
        const { initialExperience, yearsToFullExperience, trainingRampEffect } = params;
        const r = runScenario({
          baseline,
          horizonYears: h,
          levers: { shiftFraction: 0, newMoneyPerYear: 0, trainingShare: 0.2 },
          params: { initialExperience, yearsToFullExperience, trainingRampEffect },
        });
        expect(r.years).toEqual(r.baselineYears);
        // Survivors already served were in need, so even a need figure below them does not cap them.
        for (const t of ['labor', 'sex'] as const) {
          const expected = baseline[t].survivorsServed.value;
          for (const y of r.years) expect(near(y[t].survivorsServed, expected)).toBe(true);
        }
      }),
    );
  });

  it('more new money never serves fewer labor survivors, in any year', () => {
    fc.assert(
      fc.property(
        baselineArb,
        paramsArb,
        leversArb,
        fc.double({ min: 0, max: 5e7, noNaN: true }),
        horizonArb,
        (baseline, params, levers, extra, h) => {
          const input: ScenarioInput = { baseline, params, levers, horizonYears: h };
          const less = runScenario(input);
          const more = runScenario({
            ...input,
            levers: { ...levers, newMoneyPerYear: levers.newMoneyPerYear + extra },
          });
          const a = series(less, 'labor', 'survivorsServed');
          const b = series(more, 'labor', 'survivorsServed');
          b.forEach((v, y) => expect(atLeast(v, a[y]!)).toBe(true));
          // sex is untouched by new money
          expect(series(more, 'sex', 'survivorsServed')).toEqual(
            series(less, 'sex', 'survivorsServed'),
          );
        },
      ),
    );
  });

  it('a larger shift serves no fewer labor and no more sex survivors, and raises labor equity', () => {
    fc.assert(
      fc.property(
        baselineArb,
        paramsArb,
        leversArb,
        fc.double({ min: 0, max: 1, noNaN: true }),
        horizonArb,
        (baseline, params, levers, f2, h) => {
          const [lo, hi] = [Math.min(levers.shiftFraction, f2), Math.max(levers.shiftFraction, f2)];
          const at = (f: number) =>
            runScenario({
              baseline,
              params,
              horizonYears: h,
              levers: { ...levers, shiftFraction: f },
            });
          const a = at(lo);
          const b = at(hi);
          for (let y = 0; y <= h; y++) {
            const [ya, yb] = [a.years[y]!, b.years[y]!];
            expect(atLeast(yb.labor.survivorsServed, ya.labor.survivorsServed)).toBe(true);
            expect(atLeast(ya.sex.survivorsServed, yb.sex.survivorsServed)).toBe(true);
            expect(atLeast(yb.labor.equityRatio!, ya.labor.equityRatio!)).toBe(true);
          }
        },
      ),
    );
  });

  it('without turnover or ramp, reduces to the static formula min(FTE x caseload, need)', () => {
    fc.assert(
      fc.property(
        baselineArb,
        leversArb,
        fc.double({ min: 1, max: 50, noNaN: true }),
        fc.double({ min: 0.3, max: 1, noNaN: true }),
        fc.double({ min: 30_000, max: 150_000, noNaN: true }),
        horizonArb,
        (baseline, levers, caseload, staffShare, costPerFte, h) => {
          baseline.labor.turnoverRate.value = 0;
          const r = runScenario({
            baseline,
            horizonYears: h,
            levers: { ...levers, trainingShare: 0, categoryMix: undefined },
            params: {
              'labor.caseload': caseload,
              'labor.turnoverRate': 0,
              initialExperience: 1,
              staffCostShare: staffShare,
              costPerFte,
            },
          });
          for (const y of r.years) {
            const capacity = ((y.labor.budget * staffShare) / costPerFte) * caseload;
            expect(near(y.labor.capacity, capacity)).toBe(true);
            expect(near(y.labor.survivorsServed, Math.min(capacity, y.labor.need))).toBe(true);
          }
        },
      ),
    );
  });

  it('keeps budgets whole: what leaves sex-only funding arrives in labor', () => {
    fc.assert(
      fc.property(baselineArb, leversArb, horizonArb, (baseline, levers, h) => {
        const r = runScenario({ baseline, levers, horizonYears: h });
        r.years.forEach((y, i) => {
          const total = y.labor.budget + y.sex.budget;
          const base = r.baselineYears[i]!;
          const expected =
            base.labor.budget + base.sex.budget + (i === 0 ? 0 : levers.newMoneyPerYear);
          expect(near(total, expected)).toBe(true);
          expect(y.labor.unmetNeed).toBeGreaterThanOrEqual(0);
          expect(y.labor.survivorsServed).toBeLessThanOrEqual(y.labor.need);
        });
      }),
    );
  });
});
