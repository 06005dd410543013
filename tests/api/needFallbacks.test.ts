/**
 * Fallbacks are a field of every result that rests on need, not only a note. The fixture of
 * tests/helpers/fixture.ts plus two bases worked by hand:
 * - CONVICTIONS WORLD 2020: UNSPECIFIED 40 only. No labor or sex figure, so NEED_PROPORTIONAL
 *   splits shared need and resources 50/50: need labor = sex = 2 years x 40 / 2 = 40, n_L = 0.5;
 *   funding labor = 100 + (200 + 400) x 0.5 = 400 of 1,500, s_L = 0.266667, e = 0.533333.
 * - PROSECUTIONS WORLD 2020: SEX 50 only, so labor need is 0 (NO_FIGURE for LABOR).
 * - IDENTIFIED_VICTIMS has both: no fallback.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachBackend } from '../helpers/db';
import { loadFixture } from '../helpers/fixture';
import { postGraphQL, startTestApp, type RunningApp } from '../helpers/server';

const FALLBACKS = 'fallbacks { type basis kind reason }';
const EQUITY = `query($basis: NeedBasis!, $rule: AttributionRule!) {
  equity(scope: { yearFrom: 2020, yearTo: 2021 }, dimension: FUNDING, needBasis: $basis, attribution: $rule) {
    labor { equityRatio } need { notes ${FALLBACKS} }
  }
}`;

describeEachBackend('need fallbacks as a field', (db) => {
  let app: RunningApp;
  beforeAll(async () => {
    const ids = await loadFixture(db().knex);
    const figure = (basis: string, type: string, value: number) => ({
      dataset_id: ids.need,
      indicator: basis.toLowerCase(),
      basis,
      year: 2020,
      geography: 'WORLD',
      trafficking_type: type,
      value,
      unit: 'persons',
      confidence: 'primary',
      row_hash: `fallback ${basis} ${type}`,
    });
    await db()
      .knex('need_indicators')
      .insert([figure('CONVICTIONS', 'UNSPECIFIED', 40), figure('PROSECUTIONS', 'NON_LABOR', 50)]);
    app = await startTestApp(db());
  });
  afterAll(async () => {
    await app.close();
  });
  const gql = async (q: string, v: Record<string, unknown> = {}) => {
    const { body } = await postGraphQL(app.url, q, v);
    expect(body.errors).toBeUndefined();
    return body.data as any;
  };

  it('equity carries the even split when the basis has no labor or sex figure', async () => {
    const { equity } = await gql(EQUITY, { basis: 'CONVICTIONS', rule: 'NEED_PROPORTIONAL' });
    expect(equity.labor.equityRatio).toBeCloseTo(400 / 1500 / 0.5, 9);
    expect(equity.need.fallbacks).toEqual([
      expect.objectContaining({ type: 'LABOR', basis: 'CONVICTIONS', kind: 'EVEN_SPLIT' }),
      expect.objectContaining({ type: 'SEX', basis: 'CONVICTIONS', kind: 'EVEN_SPLIT' }),
    ]);
    expect(equity.need.fallbacks[0].reason).toContain(
      'splits shared need and shared resources evenly',
    );
  });

  it('equity carries the missing labor figure, and nothing when both types have figures', async () => {
    const lacking = await gql(EQUITY, { basis: 'PROSECUTIONS', rule: 'EXCLUDE' });
    expect(lacking.equity.need.fallbacks).toEqual([
      expect.objectContaining({ type: 'LABOR', basis: 'PROSECUTIONS', kind: 'NO_FIGURE' }),
    ]);
    const full = await gql(EQUITY, { basis: 'IDENTIFIED_VICTIMS', rule: 'NEED_PROPORTIONAL' });
    expect(full.equity.need.fallbacks).toEqual([]);
  });

  it('every sensitivity cell and the trend carry their own fallbacks', async () => {
    const data = await gql(`{
      equitySensitivity(scope: { yearFrom: 2020, yearTo: 2021 }, dimension: FUNDING) {
        cells { needBasis attribution need { ${FALLBACKS} } }
      }
      equityTrend(scope: { yearFrom: 2020, yearTo: 2021 }, dimension: FUNDING, needBasis: CONVICTIONS, attribution: DECLARED_SHARE) {
        need { ${FALLBACKS} }
      }
    }`);
    const kinds = (basis: string, rule: string) =>
      data.equitySensitivity.cells
        .find((c: any) => c.needBasis === basis && c.attribution === rule)
        .need.fallbacks.map((f: any) => `${f.type} ${f.kind}`);
    expect(kinds('CONVICTIONS', 'NEED_PROPORTIONAL')).toEqual([
      'LABOR EVEN_SPLIT',
      'SEX EVEN_SPLIT',
    ]);
    expect(kinds('CONVICTIONS', 'EXCLUDE')).toEqual(['LABOR NO_FIGURE', 'SEX NO_FIGURE']);
    expect(kinds('PROSECUTIONS', 'DECLARED_SHARE')).toEqual(['LABOR NO_FIGURE']);
    expect(kinds('IDENTIFIED_VICTIMS', 'DECLARED_SHARE')).toEqual([]);
    expect(data.equityTrend.need.fallbacks.map((f: any) => f.kind)).toEqual([
      'EVEN_SPLIT',
      'EVEN_SPLIT',
    ]);
  });

  it('each year of the trend carries its own fallbacks: a year without a figure names the year used', async () => {
    const TREND = `query($basis: NeedBasis!) {
      equityTrend(scope: { yearFrom: 2020, yearTo: 2021 }, dimension: FUNDING, needBasis: $basis, attribution: DECLARED_SHARE) {
        points { year needVintage needFallbacks { type basis kind reason fromYear } }
      }
    }`;
    // Identified victims: WORLD figures for 2020 and 2022. 2020 has its own; 2021 is one year
    // from each, and the tie goes to the earlier, so its labor and sex need are 2020's.
    const victims = (await gql(TREND, { basis: 'IDENTIFIED_VICTIMS' })).equityTrend.points;
    expect(victims.map((p: any) => [p.year, p.needVintage])).toEqual([
      [2020, 2020],
      [2021, 2020],
    ]);
    expect(victims[0].needFallbacks).toEqual([]);
    expect(victims[1].needFallbacks).toEqual([
      {
        type: 'LABOR',
        basis: 'IDENTIFIED_VICTIMS',
        kind: 'NEAREST_YEAR',
        reason:
          'IDENTIFIED_VICTIMS has no LABOR figure covering WORLD for 2021, so the LABOR figure of 2020 (the nearest year with one) is used.',
        fromYear: 2020,
      },
      {
        type: 'SEX',
        basis: 'IDENTIFIED_VICTIMS',
        kind: 'NEAREST_YEAR',
        reason:
          'IDENTIFIED_VICTIMS has no SEX figure covering WORLD for 2021, so the SEX figure of 2020 (the nearest year with one) is used.',
        fromYear: 2020,
      },
    ]);
    // Convictions: one UNSPECIFIED figure of 2020. Both years split evenly; 2021 also borrows
    // the shared figure from 2020.
    const convictions = (await gql(TREND, { basis: 'CONVICTIONS' })).equityTrend.points;
    expect(
      convictions.map((p: any) =>
        p.needFallbacks.map((f: any) => `${f.type} ${f.kind} ${f.fromYear}`),
      ),
    ).toEqual([
      ['LABOR EVEN_SPLIT null', 'SEX EVEN_SPLIT null'],
      ['LABOR EVEN_SPLIT null', 'SEX EVEN_SPLIT null', 'UNSPECIFIED NEAREST_YEAR 2020'],
    ]);
  });

  it('scenario baselines, goal seek and the category mix carry the baseline’s fallbacks', async () => {
    const input = (basis: string) => ({
      needBasis: basis,
      attribution: 'NEED_PROPORTIONAL',
      scope: { yearFrom: 2020, yearTo: 2021 },
      horizonYears: 2,
    });
    const Q = `query($input: ScenarioInput!, $basis: NeedBasis!) {
      scenarioBaseline(needBasis: $basis, attribution: NEED_PROPORTIONAL, scope: { yearFrom: 2020, yearTo: 2021 }) {
        need { ${FALLBACKS} }
      }
      runScenario(input: $input) { baseline { need { ${FALLBACKS} } } }
      goalSeek(input: $input, goal: { targetEquityRatio: 1 }) { reachable needFallbacks { type kind } }
      solveCategoryMix(input: $input, target: { targetLaborServed: 1000000000 }) { feasible needFallbacks { type kind } }
    }`;
    const lacking = await gql(Q, { input: input('CONVICTIONS'), basis: 'CONVICTIONS' });
    const even = [
      { type: 'LABOR', kind: 'EVEN_SPLIT' },
      { type: 'SEX', kind: 'EVEN_SPLIT' },
    ];
    expect(lacking.scenarioBaseline.need.fallbacks).toEqual(
      even.map((e) => expect.objectContaining({ ...e, basis: 'CONVICTIONS' })),
    );
    expect(lacking.runScenario.baseline.need.fallbacks).toEqual(
      lacking.scenarioBaseline.need.fallbacks,
    );
    expect(lacking.goalSeek.needFallbacks).toEqual(even);
    // A billion survivors cannot be reached: the answer carries the fallbacks even so.
    expect(lacking.solveCategoryMix.feasible).toBe(false);
    expect(lacking.solveCategoryMix.needFallbacks).toEqual(even);

    const full = await gql(Q, { input: input('IDENTIFIED_VICTIMS'), basis: 'IDENTIFIED_VICTIMS' });
    expect(full.scenarioBaseline.need.fallbacks).toEqual([]);
    expect(full.goalSeek.needFallbacks).toEqual([]);
    expect(full.solveCategoryMix.needFallbacks).toEqual([]);
  });
});
