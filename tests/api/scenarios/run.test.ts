/**
 * Query.runScenario, goalSeek and solveCategoryMix over HTTP on the hand fixture. The reference is
 * core/scenario run on the baseline worked out by hand in baseline.test.ts (2021, the scenario
 * datasets, IDENTIFIED_VICTIMS): the API must add nothing to the model but the baseline.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  goalSeek,
  runMonteCarlo,
  runScenario,
  type ScenarioBaseline,
  type ScenarioYear,
} from '../../../core/scenario/index';
import { categoryCosts, typeBaseline } from '../../core/scenario/fixtures';
import { describeEachBackend } from '../../helpers/db';
import { loadScenarioFixture, type ScenarioFixtureIds } from '../../helpers/scenarioFixture';
import { startTestApp, type RunningApp } from '../../helpers/server';
import { Client, makeUser, signedIn } from '../auth/helpers';

/** The 2021 baseline by hand (see baseline.test.ts for the arithmetic). */
const HAND_BASELINE: ScenarioBaseline = {
  years: { from: 2021, to: 2021 },
  needBasis: 'IDENTIFIED_VICTIMS',
  attribution: 'DECLARED_SHARE',
  // BOTH 400,000 declaring labor_share 0.5: sex's part 200,000 counts in the ratio, never shifted.
  sexSharedBudget: { value: 200_000, source: 'by hand' },
  labor: typeBaseline({
    budget: 800_000,
    served: 54,
    costPerSurvivor: 15_000,
    turnover: 0.35,
    trained: 0.4,
    need: 20,
  }),
  sex: typeBaseline({
    budget: 2_000_000,
    served: 160,
    costPerSurvivor: 10_000,
    turnover: 4 / 15,
    trained: 0.6,
    need: 80,
  }),
  // 15,000 x the stated relative costs
  categoryCostPerSurvivor: categoryCosts({
    CASE_MANAGEMENT: 9_000,
    LEGAL: 21_000,
    HOUSING: 30_000,
    HEALTH: 18_000,
    EMPLOYMENT: 10_500,
    TTA: 22_500,
  }),
};

const TYPE_YEAR = 'budget fte capacity survivorsServed unmetNeed costPerSurvivor equityRatio need';
const YEARS = `year labor { ${TYPE_YEAR} } sex { ${TYPE_YEAR} }`;
const RUN = `query($input: ScenarioInput!) {
  runScenario(input: $input) {
    baseYear horizonYears illustrative notes
    years { ${YEARS} } baselineYears { ${YEARS} } difference { ${YEARS} }
    totals { laborEquityRatio labor { survivorsServed budget } sex { survivorsServed } }
    differenceTotals { laborEquityRatio labor { survivorsServed } }
    parameters { key label unit value low high source overridden distribution }
    levers { shiftFraction shiftAmount phaseInYears newMoneyPerYear trainingShare categoryMix { category share } }
    bands { draws seed labor { survivorsServed { year p10 p50 p90 } } laborServedTotal { p10 p50 p90 } }
    tornado { metric baseOutput bars { key swing } }
  }
}`;

/** The fixture's need figures (20 and 80 people) are tiny; goal seek and the LP get room. */
const NEED = [
  { key: 'labor.need', value: 2_000 },
  { key: 'sex.need', value: 2_000 },
];
const CORE_NEED = { 'labor.need': 2_000, 'sex.need': 2_000 };

const LEVERS = {
  shiftFraction: 0.2,
  phaseInYears: 2,
  newMoneyPerYear: 100_000,
  trainingShare: 0.1,
};

describeEachBackend('scenario runs over HTTP', (db) => {
  let app: RunningApp;
  let ids: ScenarioFixtureIds;
  let steward: Client;
  beforeAll(async () => {
    ids = await loadScenarioFixture(db().knex);
    // The hand-worked baseline is exact, as its data's stewards see it (others get survivor
    // counts perturbed: tests/api/scenarios/baseline.test.ts).
    await makeUser(db().knex, 'steward@data.org', [[ids.dataOwner, 'steward']]);
    app = await startTestApp(db());
    steward = await signedIn(app.url, 'steward@data.org');
  });
  afterAll(async () => {
    await app.close();
  });

  const scope = () => ({ datasetIds: [String(ids.scenarioGrants), String(ids.scenarioServices)] });
  const input = (extra: Record<string, unknown> = {}) => ({
    scope: scope(),
    needBasis: 'IDENTIFIED_VICTIMS',
    horizonYears: 4,
    levers: LEVERS,
    monteCarlo: { draws: 500, seed: 11 },
    ...extra,
  });
  async function run(vars: Record<string, unknown>, query = RUN) {
    const { body } = await steward.gql(query, vars);
    return body;
  }

  function expectYearsClose(actual: ScenarioYear[], expected: ScenarioYear[]) {
    expect(actual.map((y) => y.year)).toEqual(expected.map((y) => y.year));
    actual.forEach((y, i) => {
      for (const t of ['labor', 'sex'] as const) {
        for (const f of TYPE_YEAR.split(' ') as (keyof ScenarioYear['labor'])[]) {
          const want = expected[i]![t][f];
          const got = y[t][f];
          if (want === null) expect(got).toBeNull();
          else expect(got as number).toBeCloseTo(want, 6);
        }
      }
    });
  }

  it('equals core runScenario on the hand-worked baseline', async () => {
    const body = await run({ input: input() });
    expect(body.errors).toBeUndefined();
    const r = body.data!.runScenario;
    const ref = runScenario({ baseline: HAND_BASELINE, horizonYears: 4, levers: LEVERS });
    expect(r.baseYear).toBe(2021);
    expect(r.horizonYears).toBe(4);
    expectYearsClose(r.years, ref.years);
    expectYearsClose(r.baselineYears, ref.baselineYears);
    expectYearsClose(r.difference, ref.difference);
    expect(r.totals.labor.survivorsServed).toBeCloseTo(ref.totals.labor.survivorsServed, 6);
    expect(r.totals.laborEquityRatio).toBeCloseTo(ref.totals.laborEquityRatio!, 9);
    expect(r.differenceTotals.laborEquityRatio).toBeCloseTo(
      ref.totals.laborEquityRatio! - ref.baselineTotals.laborEquityRatio!,
      9,
    );
    // 20% of 2,000,000 once phased in.
    expect(r.levers.shiftAmount).toBeCloseTo(400_000, 6);
    expect(r.levers.categoryMix).toEqual([]);
  });

  it('bands equal core Monte Carlo with the same seed, and the tornado ranks the same inputs', async () => {
    const body = await run({ input: input() });
    const r = body.data!.runScenario;
    const mc = runMonteCarlo(
      { baseline: HAND_BASELINE, horizonYears: 4, levers: LEVERS },
      { draws: 500, seed: 11 },
    );
    expect(r.bands.draws).toBe(500);
    expect(r.bands.seed).toBe(11);
    const points = r.bands.labor.survivorsServed as { year: number; p10: number; p90: number }[];
    expect(points.map((p) => p.year)).toEqual([2021, 2022, 2023, 2024, 2025]);
    points.forEach((p, i) => {
      expect(p.p10).toBeCloseTo(mc.labor.survivorsServed.p10[i]!, 6);
      expect(p.p90).toBeCloseTo(mc.labor.survivorsServed.p90[i]!, 6);
    });
    expect(r.bands.laborServedTotal.p50).toBeCloseTo(mc.totals.laborServed.p50!, 6);
    const swings = (r.tornado.bars as { swing: number }[]).map((b) => b.swing);
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    expect(r.tornado.metric).toBe('LABOR_SERVED_TOTAL');
  });

  it('serves every shared default with a published source or an assumption’s reasoning, at the value the model runs with', async () => {
    const { body } = await steward.gql(
      `{ scenarioDefaults { key label value unit basis source url reasoning } }`,
      {},
    );
    expect(body.errors).toBeUndefined();
    const defaults = body.data!.scenarioDefaults as any[];
    const byKey = new Map(defaults.map((d) => [d.key, d]));
    // Every default the issue lists: staff share, cost per FTE, new-hire experience, years to full
    // experience, training effect and cost, the six category cost factors, the fallbacks.
    const listed = [
      'staffCostShare',
      'costPerFte',
      'initialExperience',
      'yearsToFullExperience',
      'trainingRampEffect',
      'trainingCostPerStaff',
      ...['CASE_MANAGEMENT', 'LEGAL', 'HOUSING', 'HEALTH', 'EMPLOYMENT', 'TTA'].map(
        (c) => `categoryCostFactor.${c}`,
      ),
      'fallback.costPerSurvivor',
      'fallback.turnoverRate',
      'fallback.trainedShare',
      'fallback.needGrowth',
      'fallback.evenSplit',
    ];
    expect([...byKey.keys()].sort()).toEqual([...listed].sort());
    for (const d of defaults) {
      expect(d.reasoning.length, d.key).toBeGreaterThan(30);
      if (d.basis === 'PUBLISHED') {
        expect(d.source, d.key).toMatch(/\b(19|20)\d\d\b/); // a vintage
        expect(d.url, d.key).toMatch(/^https:\/\//);
      } else {
        expect(d.basis, d.key).toBe('ASSUMPTION');
        expect(d.source, d.key).toBeNull();
      }
    }
    // Cost per FTE from BLS OEWS May 2020 (21-1021 mean annual wage 52,370) and ECEC June 2015
    // (wages 69.5% of compensation): 52,370 / 0.695 = 75,353, rounded to 75,000.
    expect(byKey.get('costPerFte')).toMatchObject({ value: 75_000, basis: 'PUBLISHED' });
    expect(byKey.get('costPerFte').source).toContain('52,370');
    expect(byKey.get('costPerFte').url).toBe('https://www.bls.gov/oes/2020/may/oes211021.htm');
    // One list: the model runs with the served values, and the category costs use the factors
    // (labor cost per survivor 15,000 in the hand fixture x factor).
    const run1 = await run({ input: input() });
    expect(run1.errors).toBeUndefined();
    const params = new Map(
      (run1.data!.runScenario.parameters as any[]).map((p) => [p.key, p.value]),
    );
    for (const key of listed.slice(0, 6)) expect(params.get(key), key).toBe(byKey.get(key).value);
    expect(params.get('categoryCostPerSurvivor.LEGAL')).toBeCloseTo(
      15_000 * byKey.get('categoryCostFactor.LEGAL').value,
      6,
    );
    expect(byKey.get('categoryCostFactor.LEGAL').value).toBe(1.4);
  });

  it('reports every parameter with its source, and marks overrides', async () => {
    const body = await run({
      input: input({
        overrides: [
          { key: 'labor.turnoverRate', value: 0.2 },
          { key: 'costPerFte', value: 80_000 },
        ],
      }),
    });
    expect(body.errors).toBeUndefined();
    const params = body.data!.runScenario.parameters as any[];
    const byKey = new Map(params.map((p) => [p.key, p]));
    expect(byKey.get('labor.turnoverRate')).toMatchObject({
      value: 0.2,
      overridden: true,
      source: 'set by the user',
    });
    expect(byKey.get('costPerFte')).toMatchObject({ value: 80_000, overridden: true });
    expect(byKey.get('sex.costPerSurvivor').source).toContain('Fixture scenario-services');
    expect(byKey.get('staffCostShare').source).toContain('assumption (editable)');
    expect(byKey.get('labor.need').source).toContain('IDENTIFIED_VICTIMS');
    const ref = runScenario({
      baseline: HAND_BASELINE,
      horizonYears: 4,
      levers: LEVERS,
      params: { 'labor.turnoverRate': 0.2, costPerFte: 80_000 },
    });
    expectYearsClose(body.data!.runScenario.years, ref.years);
  });

  it.each([
    [
      { levers: { shiftFraction: 1.5 } },
      'levers.shiftFraction',
      'shiftFraction must be between 0 and 1',
    ],
    [
      { overrides: [{ key: 'labor.turnoverRate', value: 2 }] },
      'params.labor.turnoverRate',
      'labor.turnoverRate must be between 0 and 1',
    ],
    [
      { overrides: [{ key: 'labor.wages', value: 2 }] },
      'params.labor.wages',
      'labor.wages is not a scenario parameter',
    ],
    [{ horizonYears: 40 }, 'horizonYears', 'horizonYears must be a whole number from 1 to 30'],
    [
      { monteCarlo: { draws: 50_000 } },
      'monteCarlo.draws',
      'monteCarlo.draws must be a whole number from 1 to 20,000',
    ],
    [
      {
        levers: {
          categoryMix: [
            { category: 'LEGAL', share: 0.5 },
            { category: 'HOUSING', share: 0.3 },
          ],
        },
      },
      'levers.categoryMix',
      'categoryMix shares must add up to 1',
    ],
  ])('refuses %j naming %s', async (extra, field, message) => {
    const body = await run({ input: input(extra) });
    expect(body.data).toBeNull();
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(body.errors?.[0]?.message).toContain(message);
  });

  it('goal seek finds the same shift as core', async () => {
    const q = `query($input: ScenarioInput!, $goal: GoalSeekInput) {
      goalSeek(input: $input, goal: $goal) {
        reachable target byYear binding message evaluations
        answer { shiftFraction shiftAmount newMoneyPerYear equityRatio }
        run { levers { shiftFraction } years { year labor { equityRatio } } }
      }
    }`;
    const goal = { targetEquityRatio: 0.9, lever: 'SHIFT', sexFloor: 0 };
    const body = await run({ input: input({ levers: {}, overrides: NEED }), goal }, q);
    expect(body.errors).toBeUndefined();
    const g = body.data!.goalSeek;
    const ref = goalSeek(
      { baseline: HAND_BASELINE, horizonYears: 4, levers: {}, params: CORE_NEED },
      { targetEquityRatio: 0.9, lever: 'shift', sexFloor: 0 },
    );
    expect(ref.reachable).toBe(true);
    expect(g.reachable).toBe(true);
    expect(g.byYear).toBe(2025);
    expect(g.answer.shiftFraction).toBeCloseTo(ref.reachable ? ref.answer.shiftFraction : NaN, 9);
    expect(g.answer.equityRatio).toBeGreaterThanOrEqual(0.9 - 1e-9);
    expect(g.run.levers.shiftFraction).toBeCloseTo(g.answer.shiftFraction, 12);
    expect(g.run.years.at(-1).labor.equityRatio).toBeCloseTo(g.answer.equityRatio, 9);
  });

  it('goal seek says why an unreachable goal cannot be met', async () => {
    const q = `query($input: ScenarioInput!, $goal: GoalSeekInput) {
      goalSeek(input: $input, goal: $goal) { reachable binding message run { baseYear } answer { shiftFraction } }
    }`;
    // A floor of 100% of SEX survivors served allows no shift at all.
    const body = await run(
      { input: input({ levers: {}, overrides: NEED }), goal: { lever: 'SHIFT', sexFloor: 1 } },
      q,
    );
    const g = body.data!.goalSeek;
    expect(g.reachable).toBe(false);
    expect(g.binding).toBe('SEX_FLOOR');
    expect(g.message).toMatch(/floor/i);
    expect(g.run).toBeNull();
  });

  it('solves the category mix as a linear programme', async () => {
    const q = `query($input: ScenarioInput!, $target: CategoryMixInput!) {
      solveCategoryMix(input: $input, target: $target) {
        feasible newMoneyPerYear laborServed binding message
        allocations { category amount share yieldPerMillion }
        run { years { labor { survivorsServed } } levers { newMoneyPerYear categoryMix { category share } } }
      }
    }`;
    const body = await run(
      {
        input: input({ levers: {}, overrides: NEED }),
        target: { targetLaborServed: 80, bounds: [{ category: 'CASE_MANAGEMENT', maxShare: 0.5 }] },
      },
      q,
    );
    expect(body.errors).toBeUndefined();
    const m = body.data!.solveCategoryMix;
    expect(m.feasible).toBe(true);
    const shares = Object.fromEntries((m.allocations as any[]).map((a) => [a.category, a.share]));
    expect(shares.CASE_MANAGEMENT).toBeLessThanOrEqual(0.5 + 1e-9);
    const total = (m.allocations as any[]).reduce((s, a) => s + a.amount, 0);
    expect(total).toBeCloseTo(m.newMoneyPerYear, 3);
    expect(m.newMoneyPerYear).toBeGreaterThan(0);
    expect(m.laborServed).toBeGreaterThanOrEqual(80 - 1e-6);
    expect(m.run.years.at(-1).labor.survivorsServed).toBeCloseTo(m.laborServed, 6);
    expect(m.run.levers.newMoneyPerYear).toBeCloseTo(m.newMoneyPerYear, 6);
  });

  it('refuses a need target above need', async () => {
    const q = `query($input: ScenarioInput!, $target: CategoryMixInput!) {
      solveCategoryMix(input: $input, target: $target) { feasible binding message }
    }`;
    // Labor need is 20 a year by the figure, but the 54 survivors already served were in need:
    // 54 is the most that can be served, so 60 cannot be reached.
    const body = await run({ input: input({ levers: {} }), target: { targetLaborServed: 60 } }, q);
    expect(body.data!.solveCategoryMix).toMatchObject({ feasible: false, binding: 'NEED' });
  });
});
