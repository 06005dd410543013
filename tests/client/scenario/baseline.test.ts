/** The baseline the worker runs on is the API's baseline, value for value. */
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../core/scenario/index';
import { SCENARIO_SERVICE_CATEGORIES } from '../../../core/vocabulary';
import { toModelBaseline } from '../../../client/src/scenario/baseline';
import type { StudioBaselineFragment } from '../../../client/src/generated/graphql';
import { demoBaseline } from '../../core/scenario/fixtures';

describe('toModelBaseline', () => {
  it('turns the API fragment into the model baseline it came from', () => {
    const b = {
      ...demoBaseline(),
      attribution: 'EVEN_SPLIT' as const,
      sexSharedBudget: { value: 250_000, source: "sex's part of shared grants" },
      needGeography: 'WORLD',
    };
    const fragment: StudioBaselineFragment = {
      years: b.years,
      mode: 'AVERAGE',
      needBasis: b.needBasis,
      attribution: b.attribution,
      sexSharedBudget: b.sexSharedBudget,
      illustrative: true,
      notes: [],
      labor: b.labor,
      sex: b.sex,
      categoryCostPerSurvivor: SCENARIO_SERVICE_CATEGORIES.map((category) => ({
        category,
        ...b.categoryCostPerSurvivor[category],
      })),
      datasets: [],
      need: {
        basis: b.needBasis,
        geography: 'WORLD',
        vintages: [2023],
        unit: 'persons',
        confidence: 'PRIMARY',
        fallbacks: [],
      },
    };
    const model = toModelBaseline(fragment);
    expect(model).toEqual(b);
    const levers = { shiftFraction: 0.2, newMoneyPerYear: 1e6 };
    expect(runScenario({ baseline: model, levers }).years).toEqual(
      runScenario({ baseline: b, levers }).years,
    );
  });
});
