/**
 * Baselines for the scenario tests. `demoBaseline` looks like the illustrative demo; the
 * hand-check baselines use round numbers so expected values can be worked out on paper.
 */
import { SCENARIO_SERVICE_CATEGORIES } from '../../../core/vocabulary';
import type {
  ScenarioBaseline,
  ScenarioServiceCategory,
  Sourced,
  TypeBaseline,
} from '../../../core/scenario/types';

const src = (value: number, source = 'test fixture'): Sourced => ({ value, source });

export function typeBaseline(v: {
  budget: number;
  served: number;
  costPerSurvivor?: number;
  turnover?: number;
  trained?: number;
  need: number;
}): TypeBaseline {
  return {
    budget: src(v.budget),
    survivorsServed: src(v.served),
    costPerSurvivor: src(v.costPerSurvivor ?? v.budget / v.served),
    turnoverRate: src(v.turnover ?? 0),
    trainedShare: src(v.trained ?? 0),
    need: src(v.need),
  };
}

export function categoryCosts(
  costs: Partial<Record<ScenarioServiceCategory, number>> = {},
): Record<ScenarioServiceCategory, Sourced> {
  const defaults: Record<ScenarioServiceCategory, number> = {
    CASE_MANAGEMENT: 8_000,
    LEGAL: 15_000,
    HOUSING: 25_000,
    HEALTH: 12_000,
    EMPLOYMENT: 9_000,
    TTA: 30_000,
  };
  const out = {} as Record<ScenarioServiceCategory, Sourced>;
  for (const c of SCENARIO_SERVICE_CATEGORIES) out[c] = src(costs[c] ?? defaults[c]);
  return out;
}

/** A demo-like scope: labor gets a tenth of the money for a third of the need. */
export function demoBaseline(): ScenarioBaseline {
  return {
    years: { from: 2020, to: 2024 },
    needBasis: 'IDENTIFIED_VICTIMS',
    labor: typeBaseline({
      budget: 4_000_000,
      served: 320,
      costPerSurvivor: 12_500,
      turnover: 0.35,
      trained: 0.3,
      need: 3_000,
    }),
    sex: typeBaseline({
      budget: 36_000_000,
      served: 3_000,
      costPerSurvivor: 12_000,
      turnover: 0.3,
      trained: 0.5,
      need: 6_000,
    }),
    categoryCostPerSurvivor: categoryCosts(),
    illustrative: true,
  };
}

/**
 * Static hand-check baseline: no turnover and no ramp once x0 = 1 is set.
 * LABOR 1,000,000 USD serving 100 (10,000 USD each), SEX 9,000,000 USD serving 900.
 */
export function staticBaseline(need = { labor: 10_000, sex: 10_000 }): ScenarioBaseline {
  return {
    years: { from: 2024, to: 2024 },
    needBasis: 'CUSTOM',
    labor: typeBaseline({ budget: 1_000_000, served: 100, need: need.labor }),
    sex: typeBaseline({ budget: 9_000_000, served: 900, need: need.sex }),
    categoryCostPerSurvivor: categoryCosts({
      CASE_MANAGEMENT: 5_000,
      LEGAL: 20_000,
      HOUSING: 25_000,
    }),
  };
}

/** Parameter overrides that turn the dynamic model into the static one. */
export const STATIC_PARAMS = {
  initialExperience: 1,
  yearsToFullExperience: 0,
} as const;

/** Asserts two series are equal to `digits` decimals, element by element. */
export function expectSeriesClose(
  actual: readonly (number | null)[],
  expected: readonly number[],
  digits = 9,
): void {
  if (actual.length !== expected.length) {
    throw new Error(`expected ${expected.length} values, got ${actual.length}`);
  }
  actual.forEach((v, i) => {
    if (v === null || Math.abs(v - expected[i]!) >= 0.5 * 10 ** -digits) {
      throw new Error(`value ${i}: expected ${expected[i]} to ${digits} decimals, got ${v}`);
    }
  });
}
