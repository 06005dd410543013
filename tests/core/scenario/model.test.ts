/**
 * Worked examples of the scenario model. Every expected value is computed by hand in the
 * comments from the recurrence in core/scenario/kernel.ts, not read from the code's output.
 */
import { describe, expect, it } from 'vitest';
import { runScenario, type ScenarioInput } from '../../../core/scenario/index';
import {
  demoBaseline,
  expectSeriesClose,
  STATIC_PARAMS,
  staticBaseline,
  typeBaseline,
} from './fixtures';

const served = (r: ReturnType<typeof runScenario>, t: 'labor' | 'sex') =>
  r.years.map((y) => y[t].survivorsServed);

describe('static model (no turnover, no ramp)', () => {
  it('serves min(budget x staffShare / costPerFte x caseload, need)', () => {
    // caseload 20, staff share 0.6, cost per FTE 60,000: FTE = budget / 100,000.
    // Base year: labor 1,000,000 -> 10 FTE -> capacity 200; need 250 -> served 200, unmet 50.
    // New money 500,000: 1,500,000 -> 15 FTE -> capacity 300; served min(300, 250) = 250.
    const r = runScenario({
      baseline: staticBaseline({ labor: 250, sex: 10_000 }),
      horizonYears: 3,
      levers: { newMoneyPerYear: 500_000 },
      params: {
        ...STATIC_PARAMS,
        staffCostShare: 0.6,
        costPerFte: 60_000,
        'labor.caseload': 20,
      },
    });
    const [y0, y1, y3] = [r.years[0]!.labor, r.years[1]!.labor, r.years[3]!.labor];
    expect(y0.fte).toBeCloseTo(10, 12);
    expect(y0.capacity).toBeCloseTo(200, 9);
    expect(y0.survivorsServed).toBeCloseTo(200, 9);
    expect(y0.unmetNeed).toBeCloseTo(50, 9);
    expect(y1.fte).toBeCloseTo(15, 12);
    expect(y1.capacity).toBeCloseTo(300, 9);
    expect(y1.survivorsServed).toBeCloseTo(250, 9);
    expect(y1.unmetNeed).toBeCloseTo(0, 9);
    expect(y3.survivorsServed).toBeCloseTo(250, 9);
    // cost per survivor 1,500,000 / 250 = 6,000
    expect(y1.costPerSurvivor).toBeCloseTo(6_000, 6);
    // equity: (1.5 / 10.5) / (250 / 10,250) = (1/7) x 41 = 5.857142...
    expect(y1.equityRatio).toBeCloseTo(41 / 7, 9);
    expect(r.years.map((y) => y.year)).toEqual([2024, 2025, 2026, 2027]);
  });

  it('moves survivors with a shift at the calibrated rate', () => {
    // Calibrated: labor serves 100 for 1,000,000, sex 900 for 9,000,000 (10,000 USD each).
    // Shift 10% of sex-only funding = 900,000: labor 100 + 900,000 / 10,000 = 190;
    // sex is cut pro rata: 900 x 8.1 / 9 = 810. Equity (1.9 / 10) / (10,000 / 20,000) = 0.38.
    const r = runScenario({
      baseline: staticBaseline(),
      levers: { shiftFraction: 0.1 },
      params: STATIC_PARAMS,
    });
    expect(served(r, 'labor')[0]).toBeCloseTo(100, 9);
    for (const y of r.years.slice(1)) {
      expect(y.labor.survivorsServed).toBeCloseTo(190, 9);
      expect(y.sex.survivorsServed).toBeCloseTo(810, 9);
      expect(y.labor.equityRatio).toBeCloseTo(0.38, 12);
      expect(y.sex.equityRatio).toBeCloseTo(1.62, 12);
    }
    expect(r.baselineYears[1]!.labor.equityRatio).toBeCloseTo(0.2, 12);
    // difference and totals over 5 years: +90 a year for labor, -90 for sex
    expect(r.difference[3]!.labor.survivorsServed).toBeCloseTo(90, 9);
    expect(r.differenceTotals.labor.survivorsServed).toBeCloseTo(450, 9);
    expect(r.differenceTotals.sex.survivorsServed).toBeCloseTo(-450, 9);
    expect(r.totals.labor.budget).toBeCloseTo(5 * 1_900_000, 3);
    expect(r.totals.laborEquityRatio).toBeCloseTo(0.38, 12);
  });

  it('prices added money by the category mix', () => {
    // Mix 50% case management (5,000 per survivor), 50% legal (20,000):
    // survivors per dollar 0.5/5,000 + 0.5/20,000 = 0.000125 -> 8,000 USD per survivor.
    // 800,000 new money / 8,000 = 100 more survivors: 200 a year.
    const r = runScenario({
      baseline: staticBaseline(),
      levers: { newMoneyPerYear: 800_000, categoryMix: { CASE_MANAGEMENT: 0.5, LEGAL: 0.5 } },
      params: STATIC_PARAMS,
    });
    expectSeriesClose(served(r, 'labor').slice(1), Array<number>(5).fill(200), 9);
  });

  it('phases a shift in linearly', () => {
    // shift 40% of 9,000,000 = 3,600,000 over 4 years: 900k, 1.8M, 2.7M, 3.6M, 3.6M
    const r = runScenario({
      baseline: staticBaseline(),
      levers: { shiftFraction: 0.4, phaseInYears: 4 },
      params: STATIC_PARAMS,
    });
    expect(r.years.map((y) => y.sex.budget)).toEqual([
      9_000_000, 8_100_000, 7_200_000, 6_300_000, 5_400_000, 5_400_000,
    ]);
    expect(r.levers.shiftAmount).toBe(3_600_000);
    // labor served: 100 + shift / 10,000
    expectSeriesClose(served(r, 'labor'), [100, 190, 280, 370, 460, 460], 9);
  });

  it('grows need by needGrowth a year', () => {
    // 250 x 1.1^y: 250, 275, 302.5, 332.75
    const r = runScenario({
      baseline: staticBaseline({ labor: 250, sex: 10_000 }),
      horizonYears: 3,
      params: { ...STATIC_PARAMS, 'labor.needGrowth': 0.1 },
    });
    expectSeriesClose(
      r.years.map((y) => y.labor.need),
      [250, 275, 302.5, 332.75],
      9,
    );
    expect(r.years[3]!.labor.unmetNeed).toBeCloseTo(232.75, 9);
  });
});

describe('dynamic model: turnover and experience ramp', () => {
  // turnover 0.5, x0 0.5, k 1 year: tenure buckets {new, experienced}. Steady state: half and half,
  // mean experience 0.5 x 0.5 + 0.5 x 1 = 0.75. Staff share 0.6, cost per FTE 60,000: FTE = B / 100,000.
  const dynamicInput = (levers: ScenarioInput['levers']): ScenarioInput => ({
    baseline: {
      ...staticBaseline(),
      labor: typeBaseline({ budget: 1_000_000, served: 150, turnover: 0.5, need: 100_000 }),
      sex: typeBaseline({ budget: 4_000_000, served: 600, turnover: 0.5, need: 100_000 }),
    },
    horizonYears: 4,
    levers,
    params: { staffCostShare: 0.6, costPerFte: 60_000, yearsToFullExperience: 1 },
  });

  it('ramps new money up through the experience of new hires', () => {
    // labor: 10 FTE, caseload 150 / (10 x 0.75) = 20, full-experience capacity W = 200 = [100 new, 100 exp.]
    // +600,000: 16 FTE, target W = 320.
    // y1: experienced = 0.5 x (100 + 100) = 100; hires 220 -> capacity 220 x 0.5 + 100 = 210
    // y2: experienced = 0.5 x 320 = 160; hires 160 -> 80 + 160 = 240
    // y3, y4: steady 320 x 0.75 = 240 (= 150 + 600,000 x 150 / 1,000,000)
    const r = runScenario(dynamicInput({ newMoneyPerYear: 600_000 }));
    expectSeriesClose(served(r, 'labor'), [150, 210, 240, 240, 240], 9);
    expect(r.years[1]!.labor.averageExperience).toBeCloseTo(210 / 320, 12);
    expectSeriesClose(served(r, 'sex'), Array<number>(5).fill(600), 9);
  });

  it('cuts by not replacing leavers first, then last in, first out', () => {
    // sex: 40 FTE, caseload 600 / (40 x 0.75) = 20, W = 800 = [400, 400].
    // Shift 25% (1,000,000): 30 FTE, W target 600.
    // y1: experienced 0.5 x 800 = 400, hire 200 -> 100 + 400 = 500; y2: 300 + 300 -> 150 + 300 = 450.
    const quarter = runScenario(dynamicInput({ shiftFraction: 0.25 }));
    expectSeriesClose(served(quarter, 'sex'), [600, 500, 450, 450, 450], 9);
    // Labor gets 1,000,000: 20 FTE, W target 400.
    // y1: 100 experienced, hire 300 -> 150 + 100 = 250; y2: 200 + 200 -> 100 + 200 = 300
    expectSeriesClose(served(quarter, 'labor'), [150, 250, 300, 300, 300], 9);
    // Shift 75% (3,000,000): 10 FTE, W target 200 < 400 staying: lay off 200 of the experienced
    // (no new hires left to lay off) -> [0, 200] -> 200; y2: 100 staying + 100 hires -> 50 + 100 = 150.
    const most = runScenario(dynamicInput({ shiftFraction: 0.75 }));
    expectSeriesClose(served(most, 'sex'), [600, 200, 150, 150, 150], 9);
  });

  it('lowers capacity when projected turnover rises above the observed rate', () => {
    // Projection turnover 1: every year all staff are new: 200 x 0.5 = 100 from year 1.
    const input = dynamicInput({});
    input.params = { ...input.params, 'labor.turnoverRate': 1 };
    expectSeriesClose(served(runScenario(input), 'labor'), [150, 100, 100, 100, 100], 9);
  });

  it('speeds up the ramp with TIP training', () => {
    // caseload 10, staff share 0.75, cost per FTE 75,000: FTE = B / 100,000. No turnover, so the
    // base workforce (10 FTE, W 100) is fully experienced. k = 2, x0 = 0.5, ramp effect 0.5.
    // Without training, +1,000,000: W 200; y1: 100 hires x 0.5 + 100 = 150;
    //   y2: x(1) = 0.5 + 0.5 / 2 = 0.75 -> 175; y3: 200.
    // With 5% training: 50,000 trains 10 staff (5,000 each); service budget 1,950,000 -> 19.5 FTE,
    //   W 195, trained share 10 / 19.5; kEff = 2 x (1 - 0.5 x 10/19.5) = 29/19.5 = 1.48718
    //   y1: 95 x 0.5 + 100 = 147.5; y2: x(1) = 0.5 + 0.5 x 19.5/29 = 0.836207 -> 179.43966; y3: 195.
    const base: ScenarioInput = {
      baseline: staticBaseline(),
      horizonYears: 3,
      params: {
        'labor.caseload': 10,
        staffCostShare: 0.75,
        costPerFte: 75_000,
        yearsToFullExperience: 2,
        initialExperience: 0.5,
        trainingRampEffect: 0.5,
        trainingCostPerStaff: 5_000,
      },
    };
    const plain = runScenario({ ...base, levers: { newMoneyPerYear: 1_000_000 } });
    expectSeriesClose(served(plain, 'labor'), [100, 150, 175, 200], 9);
    const trained = runScenario({
      ...base,
      levers: { newMoneyPerYear: 1_000_000, trainingShare: 0.05 },
    });
    expect(trained.years[1]!.labor.trainedShare).toBeCloseTo(10 / 19.5, 12);
    expect(trained.years[1]!.labor.trainingSpend).toBe(50_000);
    expect(trained.years[1]!.labor.budget).toBe(2_000_000);
    expectSeriesClose(
      served(trained, 'labor'),
      [100, 147.5, 100 + 95 * (0.5 + (0.5 * 19.5) / 29), 195],
      9,
    );
  });
});

describe('result shape and notes', () => {
  it('defaults to a five-year horizon from the last baseline year, labelled illustrative', () => {
    const r = runScenario({ baseline: demoBaseline() });
    expect(r.baseYear).toBe(2024);
    expect(r.years.map((y) => y.year)).toEqual([2024, 2025, 2026, 2027, 2028, 2029]);
    expect(r.illustrative).toBe(true);
    expect(r.notes.some((n) => n.includes('illustrative'))).toBe(true);
    expect(r.notes.some((n) => n.startsWith('LABOR caseload calibrated'))).toBe(true);
  });

  it('reports undefined ratios as null with a note, never NaN or Infinity', () => {
    const r = runScenario({
      baseline: staticBaseline({ labor: 0, sex: 1_000 }),
      params: STATIC_PARAMS,
    });
    const y1 = r.years[1]!.labor;
    // Labor need is 0 by the figure, but the 100 survivors served were in need: they stay served
    // (1,000,000 / 100 = 10,000 USD each), while the ratio on a need share of 0 is undefined.
    expect(y1.survivorsServed).toBeCloseTo(100, 9);
    expect(y1.need).toBeCloseTo(100, 9);
    expect(y1.costPerSurvivor).toBeCloseTo(10_000, 6);
    expect(y1.equityRatio).toBeNull();
    expect(r.notes.some((n) => n.includes('not defined (null)'))).toBe(true);
    expect(r.notes.some((n) => n.includes('below the 100 survivors served'))).toBe(true);
    expect(JSON.stringify(r)).not.toMatch(/NaN|Infinity/);
  });

  it('notes a cost per survivor that disagrees with budget / survivors served', () => {
    // demo labor: 4,000,000 / 320 = 12,500, as the service records say: no note
    expect(runScenario({ baseline: demoBaseline() }).notes.join(' ')).not.toContain('differs');
    const b = demoBaseline();
    b.labor.costPerSurvivor.value = 20_000;
    expect(runScenario({ baseline: b }).notes.join(' ')).toContain('LABOR cost per survivor');
  });
});

describe("sex's part of shared funding", () => {
  // Labor 1,000,000, sex-only 9,000,000 and sex's part of shared grants 1,000,000; need 10,000 each.
  const baseline = {
    ...staticBaseline(),
    attribution: 'EVEN_SPLIT' as const,
    sexSharedBudget: { value: 1_000_000, source: 'hand' },
  };

  it('counts in the equity ratio but is never shifted', () => {
    // Base year: labor share 1 / 11, need share 1/2 -> 2/11. A full shift moves the 9,000,000
    // sex-only dollars only: labor 10 / 11 of the money -> 20/11.
    const r = runScenario({ baseline, params: STATIC_PARAMS, levers: { shiftFraction: 1 } });
    expect(r.years[0]!.labor.equityRatio).toBeCloseTo(2 / 11, 12);
    expect(r.years[0]!.sex.equityRatio).toBeCloseTo(20 / 11, 12);
    expect(r.years[1]!.labor.equityRatio).toBeCloseTo(20 / 11, 12);
    expect(r.levers.shiftAmount).toBe(9_000_000);
    expect(r.attribution).toBe('EVEN_SPLIT');
    expect(r.sexSharedBudget).toBe(1_000_000);
    // Over 5 years: labor 50,000,000 of 55,000,000, need shares 1/2 -> 20/11.
    expect(r.totals.laborEquityRatio).toBeCloseTo(20 / 11, 12);
  });
});
