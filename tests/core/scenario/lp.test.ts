/**
 * The category-mix LP, solved by HiGHS. In the static calibrated baseline (labor 10,000 USD per
 * survivor, no ramp) a dollar in category i serves 1 / cost_i survivors, so optima can be worked out
 * by hand. Categories: case management 5,000, legal 20,000, housing 25,000 (others excluded).
 */
import { describe, expect, it } from 'vitest';
import {
  categoryMixLp,
  runScenario,
  solveCategoryMix,
  type CategoryBounds,
  type CategoryMixResult,
  type ScenarioInput,
  type ScenarioServiceCategory,
} from '../../../core/scenario/index';
import { demoBaseline, STATIC_PARAMS, staticBaseline } from './fixtures';

const input: ScenarioInput = { baseline: staticBaseline(), params: STATIC_PARAMS };
const threeOnly: Partial<Record<ScenarioServiceCategory, CategoryBounds>> = {
  HEALTH: { maxShare: 0 },
  EMPLOYMENT: { maxShare: 0 },
  TTA: { maxShare: 0 },
};

function feasible(r: CategoryMixResult) {
  if (!r.feasible) throw new Error(`expected feasible: ${r.message}`);
  return r;
}

describe('solveCategoryMix', () => {
  it('puts everything in the cheapest category when nothing limits it', async () => {
    // 300 - 100 = 200 more survivors x 5,000 = 1,000,000
    const r = feasible(
      await solveCategoryMix(input, { targetLaborServed: 300, byYear: 2025, bounds: threeOnly }),
    );
    expect(r.newMoneyPerYear).toBeCloseTo(1_000_000, 0);
    expect(r.amounts.CASE_MANAGEMENT).toBeCloseTo(1_000_000, 0);
    expect(r.yieldPerMillion.CASE_MANAGEMENT).toBeCloseTo(200, 9);
    expect(r.yieldPerMillion.LEGAL).toBeCloseTo(50, 9);
    expect(r.laborServed).toBeCloseTo(300, 6);
  });

  it('respects share bounds (hand-solved)', async () => {
    // case management at most half, legal at least a fifth: legal beats housing, so X/2 each:
    // X/2 / 5,000 + X/2 / 20,000 = 200 -> X (1/10,000 + 1/40,000) = 200 -> X = 1,600,000
    const r = feasible(
      await solveCategoryMix(input, {
        targetLaborServed: 300,
        byYear: 2025,
        bounds: { ...threeOnly, CASE_MANAGEMENT: { maxShare: 0.5 }, LEGAL: { minShare: 0.2 } },
      }),
    );
    expect(r.newMoneyPerYear).toBeCloseTo(1_600_000, 0);
    expect(r.amounts.CASE_MANAGEMENT).toBeCloseTo(800_000, 0);
    expect(r.amounts.LEGAL).toBeCloseTo(800_000, 0);
    expect(r.amounts.HOUSING).toBeCloseTo(0, 3);
    expect(r.mix.LEGAL).toBeCloseTo(0.5, 9);
  });

  it('respects an absorption limit in USD (hand-solved)', async () => {
    // case management absorbs 400,000 (80 survivors); 120 more from legal at 20,000 = 2,400,000
    const r = feasible(
      await solveCategoryMix(input, {
        targetLaborServed: 300,
        byYear: 2025,
        bounds: { ...threeOnly, CASE_MANAGEMENT: { maxAmount: 400_000 } },
      }),
    );
    expect(r.amounts.CASE_MANAGEMENT).toBeCloseTo(400_000, 0);
    expect(r.amounts.LEGAL).toBeCloseTo(2_400_000, 0);
    expect(r.newMoneyPerYear).toBeCloseTo(2_800_000, 0);
  });

  it('is checked by re-running the model on the dynamic demo, ramp-up included', async () => {
    const demo: ScenarioInput = { baseline: demoBaseline(), horizonYears: 6 };
    const r = feasible(
      await solveCategoryMix(demo, {
        targetLaborServed: 700,
        byYear: 2027,
        bounds: { CASE_MANAGEMENT: { maxShare: 0.4 }, LEGAL: { minShare: 0.1 } },
      }),
    );
    const rerun = runScenario({
      ...demo,
      levers: { newMoneyPerYear: r.newMoneyPerYear, categoryMix: r.mix },
    });
    const served = rerun.years.find((y) => y.year === 2027)!.labor.survivorsServed;
    expect(served).toBeGreaterThanOrEqual(700 * (1 - 1e-7));
    expect(r.mix.CASE_MANAGEMENT).toBeLessThanOrEqual(0.4 + 1e-9);
    expect(r.mix.LEGAL).toBeGreaterThanOrEqual(0.1 - 1e-9);
    // the same money in any single allowed category but the cheapest would serve fewer
    const tooLittle = runScenario({
      ...demo,
      levers: { newMoneyPerYear: r.newMoneyPerYear * 0.99, categoryMix: r.mix },
    });
    expect(tooLittle.years.find((y) => y.year === 2027)!.labor.survivorsServed).toBeLessThan(700);
  });

  it('reports need and category limits as binding', async () => {
    const need = await solveCategoryMix(input, { targetLaborServed: 20_000 });
    expect(need).toMatchObject({ feasible: false, binding: 'NEED' });
    const limits = await solveCategoryMix(input, {
      targetLaborServed: 300,
      bounds: {
        CASE_MANAGEMENT: { maxAmount: 1_000 },
        LEGAL: { maxAmount: 1_000 },
        HOUSING: { maxAmount: 1_000 },
        HEALTH: { maxShare: 0 },
        EMPLOYMENT: { maxShare: 0 },
        TTA: { maxShare: 0 },
      },
    });
    expect(limits).toMatchObject({ feasible: false, binding: 'CATEGORY_LIMITS' });
  });

  it('needs no money when the target is already served', async () => {
    const r = feasible(await solveCategoryMix(input, { targetLaborServed: 80 }));
    expect(r.newMoneyPerYear).toBe(0);
  });
});

describe('categoryMixLp', () => {
  it('writes the programme in CPLEX LP format, in thousands of USD', () => {
    const lp = categoryMixLp(
      { CASE_MANAGEMENT: 2e-4, LEGAL: 5e-5, HOUSING: 4e-5, HEALTH: 0, EMPLOYMENT: 0, TTA: 0 },
      200,
      { CASE_MANAGEMENT: { maxShare: 0.5 }, TTA: { maxShare: 0 } },
    );
    expect(lp).toContain(' served: 0.2 x_CASE_MANAGEMENT + 0.05 x_LEGAL + 0.04 x_HOUSING >= 200');
    expect(lp).toContain(
      ' max_CASE_MANAGEMENT: 0.5 x_CASE_MANAGEMENT - 0.5 x_LEGAL - 0.5 x_HOUSING - 0.5 x_HEALTH - 0.5 x_EMPLOYMENT - 0.5 x_TTA <= 0',
    );
    expect(lp).toContain(' 0 <= x_TTA <= 0');
    expect(lp.startsWith('Minimize')).toBe(true);
    expect(lp.endsWith('End')).toBe(true);
  });
});
