/**
 * Goal seek. Hand arithmetic uses the static baseline: labor 1,000,000 USD, sex-only 9,000,000 USD,
 * need 10,000 each (labor need share 0.5), so labor's equity ratio is 2 x labor budget share.
 */
import { describe, expect, it } from 'vitest';
import {
  goalSeek,
  runScenario,
  ScenarioInputError,
  type GoalSeekResult,
  type ScenarioInput,
} from '../../../core/scenario/index';
import { demoBaseline, STATIC_PARAMS, staticBaseline } from './fixtures';

const input: ScenarioInput = { baseline: staticBaseline(), params: STATIC_PARAMS };

function reached(g: GoalSeekResult) {
  if (!g.reachable) throw new Error(`expected reachable, got ${g.binding}: ${g.message}`);
  return g;
}
function notReached(g: GoalSeekResult) {
  if (g.reachable) throw new Error('expected not reachable');
  return g;
}

const laborEquity = (i: ScenarioInput, year: number) =>
  runScenario(i).years.find((y) => y.year === year)!.labor.equityRatio!;

describe('goalSeek: shift', () => {
  it('finds the smallest shift, checked by re-running the model at and just below it', () => {
    // (1 + 9f) / 10 = 0.5  ->  f = 4/9; sex served then 900 x 5/9 = 500 >= floor 0.5 x 900
    const g = reached(goalSeek(input, { lever: 'shift', sexFloor: 0.5 }));
    expect(g.answer.shiftFraction).toBeCloseTo(4 / 9, 8);
    expect(g.answer.shiftAmount).toBeCloseTo(4_000_000, 0);
    expect(g.byYear).toBe(2029);
    const at = (f: number) => laborEquity({ ...input, levers: { shiftFraction: f } }, 2029);
    expect(at(g.answer.shiftFraction)).toBeGreaterThanOrEqual(1);
    expect(at(g.answer.shiftFraction - 1e-6)).toBeLessThan(1);
    expect(g.result.years[5]!.labor.equityRatio).toBeGreaterThanOrEqual(1);
    expect(g.result.years[5]!.sex.survivorsServed).toBeGreaterThanOrEqual(450);
  });

  it('reports the SEX floor as binding when any shift serves fewer sex-trafficking survivors', () => {
    // Sex capacity (900) is below sex need (10,000), so every dollar moved serves fewer:
    // at the default floor of 100% the largest allowed shift is 0 and labor stays at 0.2.
    const g = notReached(goalSeek(input));
    expect(g.binding).toBe('SEX_FLOOR');
    expect(g.best.shiftFraction).toBe(0);
    expect(g.best.equityRatio).toBeCloseTo(0.2, 12);
    expect(g.message).toContain('100.0% of the sex-trafficking survivors');
    expect(g.message).toContain('new money');
  });

  it('reports the largest shift the floor allows', () => {
    // floor 60%: 900 (1 - f) >= 540 -> f <= 0.4 < 4/9; labor equity at 0.4 = 2 x 4.6/10 = 0.92
    const g = notReached(goalSeek(input, { sexFloor: 0.6 }));
    expect(g.binding).toBe('SEX_FLOOR');
    expect(g.best.shiftFraction).toBeCloseTo(0.4, 9);
    expect(g.best.equityRatio).toBeCloseTo(0.92, 8);
  });

  it('does not treat sex survivors served above the need figure as slack', () => {
    // Sex need figure 600 < 900 survivors served: those 900 were in need, so any shift serves fewer
    // than 900 and the 100% floor binds at f = 0, where labor's ratio is 0.1 x 10,600 / 10,000.
    const over: ScenarioInput = { ...input, baseline: staticBaseline({ labor: 10_000, sex: 600 }) };
    const g = notReached(goalSeek(over, { targetEquityRatio: 0.3 }));
    expect(g.binding).toBe('SEX_FLOOR');
    expect(g.best.shiftFraction).toBe(0);
    expect(g.best.equityRatio).toBeCloseTo(0.106, 12);
    // A floor of 600 of the 900 (2/3) allows f <= 1/3; need shares 10,000 / 10,600 and target 0.3:
    // (1 + 9f)/10 x 1.06 = 0.3 -> f = (3/1.06 - 1)/9 = 0.203354
    const h = reached(goalSeek(over, { targetEquityRatio: 0.3, sexFloor: 2 / 3 }));
    expect(h.answer.shiftFraction).toBeCloseTo((3 / 1.06 - 1) / 9, 8);
    expect(h.result.years.every((y) => y.sex.survivorsServed >= 600 - 1e-9)).toBe(true);
  });

  it('reports the shift limit when all sex-only funding is not enough by the year', () => {
    // Phased in over 5 years, by 2025 only a fifth has moved: at most 1,800,000 ->
    // labor equity 2 x 2.8 / 10 = 0.56 < 1.
    const g = notReached(
      goalSeek({ ...input, levers: { phaseInYears: 5 } }, { byYear: 2025, sexFloor: 0 }),
    );
    expect(g.binding).toBe('SHIFT_LIMIT');
    expect(g.best.shiftFraction).toBe(1);
    expect(g.best.equityRatio).toBeCloseTo(0.56, 12);
  });

  it('answers 0 when the target is already met', () => {
    const g = reached(goalSeek(input, { targetEquityRatio: 0.2 }));
    expect(g.answer.shiftFraction).toBe(0);
  });
});

describe('goalSeek: new money', () => {
  it('finds the smallest new money, checked by re-running the model', () => {
    // (1 + M) / (10 + M) = 0.5 -> M = 8,000,000
    const g = reached(goalSeek(input, { lever: 'newMoney' }));
    expect(g.answer.newMoneyPerYear).toBeCloseTo(8_000_000, 0);
    const at = (m: number) => laborEquity({ ...input, levers: { newMoneyPerYear: m } }, 2029);
    expect(at(g.answer.newMoneyPerYear)).toBeGreaterThanOrEqual(1);
    expect(at(g.answer.newMoneyPerYear - 1)).toBeLessThan(1);
    // sex untouched
    expect(g.result.years[3]!.sex.survivorsServed).toBeCloseTo(900, 9);
  });

  it('stops at the equity ceiling 1 / (labor need share) and at the money limit', () => {
    // ceiling 1 / 0.5 = 2: unreachable while sex-only funding remains
    const ceiling = notReached(goalSeek(input, { lever: 'newMoney', targetEquityRatio: 2 }));
    expect(ceiling.binding).toBe('EQUITY_CEILING');
    expect(ceiling.message).toContain('1 / (labor need share) = 2.00');
    // 1.99: (1 + M)/(10 + M) = 0.995 -> M = 8.95 / 0.005 million = 1,790,000,000 USD,
    // above the default limit of 100 x 10,000,000
    expect(
      notReached(goalSeek(input, { lever: 'newMoney', targetEquityRatio: 1.99 })).binding,
    ).toBe('NEW_MONEY_LIMIT');
    const g = reached(
      goalSeek(input, { lever: 'newMoney', targetEquityRatio: 1.99, maxNewMoneyPerYear: 1e10 }),
    );
    expect(g.answer.newMoneyPerYear / 1.79e9).toBeCloseTo(1, 8);
  });
});

describe('goalSeek: shift, then new money', () => {
  it('shifts up to the floor and tops up with new money', () => {
    // floor 60%: f = 0.4 (3,600,000); then (4.6 + M)/(10 + M) = 0.5 -> M = 800,000
    const g = reached(goalSeek(input, { lever: 'shiftThenNewMoney', sexFloor: 0.6 }));
    expect(g.answer.shiftFraction).toBeCloseTo(0.4, 9);
    expect(g.answer.newMoneyPerYear).toBeCloseTo(800_000, 0);
    expect(g.result.years[5]!.labor.equityRatio).toBeGreaterThanOrEqual(1);
    expect(g.result.years[5]!.sex.survivorsServed).toBeGreaterThanOrEqual(540 - 1e-9);
  });

  it('uses new money alone at the default floor', () => {
    const g = reached(goalSeek(input, { lever: 'shiftThenNewMoney' }));
    expect(g.answer.shiftFraction).toBe(0);
    expect(g.answer.newMoneyPerYear).toBeCloseTo(8_000_000, 0);
  });
});

describe('goalSeek: options and speed', () => {
  it('rejects a year outside the horizon, naming the option', () => {
    try {
      goalSeek(input, { byYear: 2024 });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ScenarioInputError);
      expect((e as ScenarioInputError).issues.map((i) => i.field)).toEqual(['options.byYear']);
    }
  });

  it('answers on the dynamic demo model in well under a second, and the answer holds', () => {
    const demo: ScenarioInput = {
      baseline: demoBaseline(),
      horizonYears: 10,
      levers: { phaseInYears: 3 },
    };
    const t0 = performance.now();
    const g = reached(goalSeek(demo, { lever: 'shiftThenNewMoney', sexFloor: 0.9, byYear: 2030 }));
    expect(performance.now() - t0).toBeLessThan(1_000);
    const year = g.result.years.find((y) => y.year === 2030)!;
    expect(year.labor.equityRatio).toBeGreaterThanOrEqual(1);
    const floor = runScenario(demo).baselineYears;
    g.result.years.forEach((y, i) => {
      expect(y.sex.survivorsServed).toBeGreaterThanOrEqual(
        0.9 * floor[i]!.sex.survivorsServed - 1e-9,
      );
    });
    // a smaller shift would break nothing but misses; a larger one breaks the floor
    const more = runScenario({
      ...demo,
      levers: { ...demo.levers, shiftFraction: g.answer.shiftFraction + 1e-4 },
    });
    expect(
      more.years.some((y, i) => y.sex.survivorsServed < 0.9 * floor[i]!.sex.survivorsServed),
    ).toBe(true);
  });
});
