/**
 * Query.scenarioBaseline on the hand fixture (tests/helpers/fixture.ts + scenarioFixture.ts).
 * Every expected value is worked out by hand in the comments from the fixture's rows.
 *
 * Need under IDENTIFIED_VICTIMS: WORLD figures of 2020 (labor 20, NON_LABOR 80 read as SEX) and
 * 2022; a baseline year of 2021 is one year from both, and the tie goes to 2020, so labor's
 * share of need is 20 / 100 = 0.2 in every case below.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachBackend } from '../../helpers/db';
import { ANONYMOUS, type Viewer } from '../../../api/viewer';
import {
  loadScenarioFixture,
  stewardOfData,
  type ScenarioFixtureIds,
} from '../../helpers/scenarioFixture';
import { signedIn, startInProcess, type InProcessServer } from './operations';

const SOURCED = 'value source';
const TYPE = `budget { ${SOURCED} } survivorsServed { ${SOURCED} } costPerSurvivor { ${SOURCED} }
  turnoverRate { ${SOURCED} } trainedShare { ${SOURCED} } need { ${SOURCED} }`;
const BASELINE = `query($scope: ScopeInput, $basis: NeedBasis!, $mode: BaselineMode, $rule: AttributionRule) {
  scenarioBaseline(scope: $scope, needBasis: $basis, mode: $mode, attribution: $rule) {
    years { from to } mode needBasis illustrative notes attribution sexSharedBudget { value source }
    labor { ${TYPE} } sex { ${TYPE} }
    categoryCostPerSurvivor { category value source }
    datasets { id name vintage importedAt roles }
    need { basis geography vintages confidence }
  }
}`;

describeEachBackend('scenario baseline', (db) => {
  let ids: ScenarioFixtureIds;
  let server: InProcessServer;
  beforeAll(async () => {
    ids = await loadScenarioFixture(db().knex);
    server = await startInProcess(db());
  });
  afterAll(async () => {
    await server.close();
  });

  // The hand-worked values are exact: they are read as a steward of the data's organization.
  // Everyone else gets survivor counts perturbed (see 'survivor-safe disclosure' below).
  async function baseline(variables: Record<string, unknown>, viewer?: Viewer) {
    const res = await server.run(
      BASELINE,
      { basis: 'IDENTIFIED_VICTIMS', ...variables },
      viewer ?? stewardOfData(ids),
    );
    expect(res.errors).toBeUndefined();
    return res.data!.scenarioBaseline as Record<string, any>;
  }
  const mine = () => ({ datasetIds: [String(ids.scenarioGrants), String(ids.scenarioServices)] });

  describe('attribution rules', () => {
    it('gives labor and sex their parts of shared grants and services by the chosen rule', async () => {
      // 2021: LABOR grants 600,000, SEX 2,000,000, BOTH 400,000 (declared labor_share 0.5);
      // service records LABOR 50, SEX 160, BOTH 20; labor's need share 0.2.
      const rule = async (r: string) => baseline({ scope: mine(), mode: 'LATEST', rule: r });
      const exclude = await rule('EXCLUDE');
      expect(exclude.attribution).toBe('EXCLUDE');
      expect(exclude.labor.budget.value).toBeCloseTo(600_000, 6);
      expect(exclude.sexSharedBudget.value).toBeCloseTo(0, 6);
      expect(exclude.labor.survivorsServed.value).toBeCloseTo(50, 9);
      // EVEN_SPLIT: 200,000 each; services 50 + 20 / 2 = 60.
      const even = await rule('EVEN_SPLIT');
      expect(even.labor.budget.value).toBeCloseTo(800_000, 6);
      expect(even.sexSharedBudget.value).toBeCloseTo(200_000, 6);
      expect(even.labor.survivorsServed.value).toBeCloseTo(60, 9);
      // NEED_PROPORTIONAL ignores the declaration: 0.2 x 400,000 = 80,000 to labor, 320,000 to sex.
      const prop = await rule('NEED_PROPORTIONAL');
      expect(prop.labor.budget.value).toBeCloseTo(680_000, 6);
      expect(prop.sexSharedBudget.value).toBeCloseTo(320_000, 6);
      expect(prop.labor.survivorsServed.value).toBeCloseTo(54, 9);
      for (const b of [exclude, even, prop]) expect(b.sex.budget.value).toBeCloseTo(2_000_000, 6);
    });
  });

  describe('latest year', () => {
    it('derives every value from the 2021 rows', async () => {
      const b = await baseline({ scope: mine(), mode: 'LATEST' });
      expect(b.years).toEqual({ from: 2021, to: 2021 });
      expect(b.mode).toBe('LATEST');
      // LABOR 600,000 + declared labor part of BOTH 400,000 x 0.5 = 800,000.
      expect(b.labor.budget.value).toBeCloseTo(800_000, 6);
      // SEX grants only; sex's part of BOTH, 400,000 x 0.5, counts in the ratio only.
      expect(b.sex.budget.value).toBeCloseTo(2_000_000, 6);
      expect(b.attribution).toBe('DECLARED_SHARE');
      expect(b.sexSharedBudget.value).toBeCloseTo(200_000, 6);
      // LABOR 20 + 30 = 50, plus 0.2 x BOTH 20 = 4 -> 54. SEX 100 + 60 = 160.
      expect(b.labor.survivorsServed.value).toBeCloseTo(54, 9);
      expect(b.sex.survivorsServed.value).toBeCloseTo(160, 9);
      // (300,000 + 450,000) / (20 + 30) = 15,000; SEX: only the record with a cost, 1,000,000 / 100.
      expect(b.labor.costPerSurvivor.value).toBeCloseTo(15_000, 6);
      expect(b.sex.costPerSurvivor.value).toBeCloseTo(10_000, 6);
      // FTE-weighted: (4 x 0.5 + 6 x 0.25) / 10 = 0.35; SEX (10 x 0.2 + 5 x 0.4) / 15 = 4/15.
      expect(b.labor.turnoverRate.value).toBeCloseTo(0.35, 9);
      expect(b.sex.turnoverRate.value).toBeCloseTo(4 / 15, 9);
      // (4 x 0.25 + 6 x 0.5) / 10 = 0.4; SEX: only the record giving it, 0.6.
      expect(b.labor.trainedShare.value).toBeCloseTo(0.4, 9);
      expect(b.sex.trainedShare.value).toBeCloseTo(0.6, 9);
      expect(b.labor.need.value).toBeCloseTo(20, 9);
      expect(b.sex.need.value).toBeCloseTo(80, 9);
      expect(b.need).toEqual({
        basis: 'IDENTIFIED_VICTIMS',
        geography: 'WORLD',
        vintages: [2020],
        confidence: 'PRIMARY',
      });
      expect(b.illustrative).toBe(false);
    });

    it('says where each value came from', async () => {
      const b = await baseline({ scope: mine(), mode: 'LATEST' });
      expect(b.labor.budget.source).toContain('fiscal year 2021');
      expect(b.labor.budget.source).toContain('Fixture scenario-grants');
      expect(b.labor.budget.source).toContain('declared labor_share');
      expect(b.sex.budget.source).toContain('SEX grants only');
      expect(b.labor.costPerSurvivor.source).toContain('Fixture scenario-services');
      expect(b.labor.turnoverRate.source).toContain('FTE-weighted');
      expect(b.labor.need.source).toContain('WORLD figures of 2020');
      expect(b.labor.need.source).toContain('Fixture need');
      const datasets = b.datasets as { id: string; roles: string[] }[];
      expect(datasets.map((d) => [Number(d.id), d.roles])).toEqual(
        [
          [ids.need, ['NEED']],
          [ids.scenarioGrants, ['FUNDING']],
          [ids.scenarioServices, ['SERVICES']],
        ].sort((a, b) => (a[0] as number) - (b[0] as number)),
      );
    });

    it('prices labor service categories from labor cost per survivor, saying it is an assumption', async () => {
      const b = await baseline({ scope: mine() });
      const costs = Object.fromEntries(
        (b.categoryCostPerSurvivor as { category: string; value: number }[]).map((c) => [
          c.category,
          c.value,
        ]),
      );
      // 15,000 x 0.6, 1.4, 2, 1.2, 0.7, 1.5
      expect(costs.CASE_MANAGEMENT).toBeCloseTo(9_000, 6);
      expect(costs.LEGAL).toBeCloseTo(21_000, 6);
      expect(costs.HOUSING).toBeCloseTo(30_000, 6);
      expect(costs.HEALTH).toBeCloseTo(18_000, 6);
      expect(costs.EMPLOYMENT).toBeCloseTo(10_500, 6);
      expect(costs.TTA).toBeCloseTo(22_500, 6);
      expect(b.categoryCostPerSurvivor[0].source).toContain('assumption (editable)');
    });

    it('adds the need-proportional labor part of undeclared shared grants (whole scope)', async () => {
      const b = await baseline({});
      // 2021 also holds the base fixture's UNSPECIFIED 400 (no labor_share: 0.2 x 400 = 80) and SEX 500.
      expect(b.labor.budget.value).toBeCloseTo(800_080, 6);
      expect(b.sex.budget.value).toBeCloseTo(2_000_500, 6);
      expect(b.labor.budget.source).toContain("labor's share of need, 20.0%");
    });
  });

  describe('averaged years', () => {
    it('averages funding and need over the grant years and services over the service years', async () => {
      const b = await baseline({ scope: mine(), mode: 'AVERAGE' });
      expect(b.years).toEqual({ from: 2020, to: 2021 });
      // LABOR (400,000 + 600,000 + 200,000 declared) / 2 = 600,000; SEX (1,800,000 + 2,000,000) / 2.
      expect(b.labor.budget.value).toBeCloseTo(600_000, 6);
      expect(b.sex.budget.value).toBeCloseTo(1_900_000, 6);
      // LABOR (10 + 20 + 30 + 0.2 x 20) / 2 = 32; SEX (80 + 100 + 60) / 2 = 120.
      expect(b.labor.survivorsServed.value).toBeCloseTo(32, 9);
      expect(b.sex.survivorsServed.value).toBeCloseTo(120, 9);
      // Pooled ratios: 900,000 / 60 = 15,000; (800,000 + 1,000,000) / (80 + 100) = 10,000.
      expect(b.labor.costPerSurvivor.value).toBeCloseTo(15_000, 6);
      expect(b.sex.costPerSurvivor.value).toBeCloseTo(10_000, 6);
      // (2 x 0.5 + 4 x 0.5 + 6 x 0.25) / 12 = 0.375; SEX (8 x 0.25 + 10 x 0.2 + 5 x 0.4) / 23 = 6/23.
      expect(b.labor.turnoverRate.value).toBeCloseTo(0.375, 9);
      expect(b.sex.turnoverRate.value).toBeCloseTo(6 / 23, 9);
      // (2 x 0.25 + 4 x 0.25 + 6 x 0.5) / 12 = 0.375; SEX (8 x 0.5 + 10 x 0.6) / 18 = 10/18.
      expect(b.labor.trainedShare.value).toBeCloseTo(0.375, 9);
      expect(b.sex.trainedShare.value).toBeCloseTo(10 / 18, 9);
      // Both years use the 2020 figures: (20 + 20) / 2 and (80 + 80) / 2.
      expect(b.labor.need.value).toBeCloseTo(20, 9);
      expect(b.sex.need.value).toBeCloseTo(80, 9);
      expect(b.labor.budget.source).toContain(
        'mean of fiscal years 2020–2021 (2 years with records)',
      );
    });
  });

  describe('survivor-safe disclosure', () => {
    // The base fixture's services of 2020: LABOR 5, SEX 40, BOTH 12; its grants of 2020: LABOR 100,
    // SEX 300, BOTH 200 declaring labor_share 0.25 (labor part 50).
    const scope = () => ({ datasetIds: [String(ids.grants), String(ids.services)], yearTo: 2020 });

    it('withholds a small labor count from non-stewards and estimates it from cost', async () => {
      const b = await baseline({ scope: scope() }, ANONYMOUS);
      expect(b.years).toEqual({ from: 2020, to: 2020 });
      expect(b.labor.budget.value).toBeCloseTo(150, 9); // 100 + 200 x 0.25
      // No record gives a cost and served is withheld: the stated 10,000 USD assumption,
      // and served = 150 / 10,000.
      expect(b.labor.costPerSurvivor.value).toBe(10_000);
      expect(b.labor.costPerSurvivor.source).toContain('assumption (editable)');
      expect(b.labor.survivorsServed.value).toBeCloseTo(0.015, 12);
      expect(b.labor.survivorsServed.source).toContain('withheld');
      expect(JSON.stringify(b)).not.toMatch(/\b7\.4\b/);
      // SEX 40 is shown perturbed: 36..44 (noise of at most 4 from its cell key).
      expect(Math.abs(b.sex.survivorsServed.value - 40)).toBeLessThanOrEqual(4);
      expect(b.notes.join(' ')).toContain('LABOR survivors served are withheld');
    });

    it('perturbs survivors served for everyone else, within the noise bound', async () => {
      const b = await baseline({ scope: mine(), mode: 'LATEST' }, ANONYMOUS);
      // LABOR 50 (one cell, ±4) + 0.2 x BOTH 20 (±4) = 54 ± 4.8; SEX 160 ± 4.
      expect(Math.abs(b.labor.survivorsServed.value - 54)).toBeLessThanOrEqual(4.8 + 1e-9);
      expect(Math.abs(b.sex.survivorsServed.value - 160)).toBeLessThanOrEqual(4);
    });

    it("shows the observed count to a steward of the dataset's organization", async () => {
      const knex = db().knex;
      const [sam] = await knex('users')
        .insert({ email: 'sam@example.org', display_name: 'sam', password_hash: 'x' })
        .returning<{ id: number }[]>('id');
      await knex('memberships').insert({
        user_id: sam!.id,
        organization_id: ids.orgA,
        role: 'steward',
      });
      await knex('datasets').where('id', ids.services).update({ owner_organization_id: ids.orgA });
      try {
        const steward = signedIn(sam!.id, [{ organizationId: ids.orgA, role: 'steward' }]);
        const b = await baseline({ scope: scope() }, steward);
        // 5 + 0.2 x 12 = 7.4
        expect(b.labor.survivorsServed.value).toBeCloseTo(7.4, 9);
        expect(b.notes.join(' ')).not.toContain('withheld');
      } finally {
        await knex('datasets').where('id', ids.services).update({ owner_organization_id: null });
      }
    });
  });

  it('refuses a scope without grants, naming the scope', async () => {
    const res = await server.run(BASELINE, {
      basis: 'IDENTIFIED_VICTIMS',
      scope: { yearFrom: 2030 },
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scope' });
    expect(res.errors?.[0]?.message).toContain('no grants in this scope');
  });
});
