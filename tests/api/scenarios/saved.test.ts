/**
 * Saved scenarios: versions, permalinks that reproduce the same numbers, the newer-data flag,
 * access control (owner, organization members, share tokens), listing, comparing and deleting.
 * Runs in process as chosen viewers (tests/api/scenarios/operations.ts). The tests of this file
 * share one database and run in order: the newer-data test changes the need figures, last.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachBackend } from '../../helpers/db';
import {
  loadScenarioFixture,
  stewardOfData,
  type ScenarioFixtureIds,
} from '../../helpers/scenarioFixture';
import { signedIn, startInProcess, type InProcessServer } from './operations';
import type { Viewer } from '../../../api/viewer';

const RUN_FIELDS = `baseYear years { year labor { survivorsServed budget equityRatio } sex { survivorsServed } }
  totals { laborEquityRatio labor { survivorsServed } }`;
const SCENARIO_FIELDS = `id name version latestVersion canEdit shared ownerName
  organization { name }
  versions { version savedBy }
  settings { needBasis baselineMode horizonYears monteCarloDraws monteCarloSeed
    scope { datasetIds } levers { shiftFraction newMoneyPerYear categoryMix { category share } }
    overrides { key value low high } }
  datasets { id name roles } need { vintages }
  newerDataAvailable newerDataNote
  run { ${RUN_FIELDS} }`;
const SAVE = `mutation($name: String!, $input: ScenarioInput!, $org: ID) {
  saveScenario(name: $name, input: $input, organizationId: $org) { ${SCENARIO_FIELDS} }
}`;
const UPDATE = `mutation($id: ID!, $input: ScenarioInput!, $name: String) {
  updateScenario(id: $id, input: $input, name: $name) { ${SCENARIO_FIELDS} }
}`;
const READ = `query($id: ID!, $version: Int, $token: String) {
  scenario(id: $id, version: $version, shareToken: $token) { ${SCENARIO_FIELDS} }
}`;
const LIST = `query { scenarios(first: 10) { totalCount nodes { id name } pageInfo { hasNextPage } } }`;
const RUN = `query($input: ScenarioInput!) { runScenario(input: $input) { ${RUN_FIELDS} } }`;

describeEachBackend('saved scenarios', (db) => {
  let ids: ScenarioFixtureIds;
  let server: InProcessServer;
  let alice: Viewer;
  let bob: Viewer;
  let vera: Viewer;
  beforeAll(async () => {
    ids = await loadScenarioFixture(db().knex);
    server = await startInProcess(db());
    alice = signedIn(ids.alice, [{ organizationId: ids.orgA, role: 'analyst' }]);
    bob = signedIn(ids.bob);
    vera = signedIn(ids.vera, [{ organizationId: ids.orgA, role: 'viewer' }]);
  });
  afterAll(async () => {
    await server.close();
  });

  const input = (levers: Record<string, unknown> = { shiftFraction: 0.1 }, horizonYears = 5) => ({
    scope: { datasetIds: [String(ids.scenarioGrants), String(ids.scenarioServices)] },
    needBasis: 'IDENTIFIED_VICTIMS',
    horizonYears,
    levers,
    overrides: [{ key: 'labor.need', value: 500 }],
    monteCarlo: { draws: 200, seed: 3 },
  });
  const ok = (res: Awaited<ReturnType<InProcessServer['run']>>) => {
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const code = (res: Awaited<ReturnType<InProcessServer['run']>>) =>
    res.errors?.[0]?.extensions?.code;

  let personal: Record<string, any>;
  let team: Record<string, any>;

  describe('saving', () => {
    it('refuses an anonymous caller', async () => {
      const res = await server.run(SAVE, { name: 'x', input: input() });
      expect(code(res)).toBe('UNAUTHENTICATED');
    });

    it('refuses a viewer saving into the organization (analyst needed)', async () => {
      const res = await server.run(
        SAVE,
        { name: 'x', input: input(), org: String(ids.orgA) },
        vera,
      );
      expect(code(res)).toBe('FORBIDDEN');
    });

    it('refuses an empty name, naming the field', async () => {
      const res = await server.run(SAVE, { name: '  ', input: input() }, alice);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    });

    it('refuses an invalid input with the field named, and stores nothing', async () => {
      const res = await server.run(
        SAVE,
        { name: 'bad', input: input({ shiftFraction: -1 }) },
        alice,
      );
      expect(res.errors?.[0]?.extensions).toMatchObject({ field: 'levers.shiftFraction' });
      const rows = await db().knex('scenarios').count<{ n: number }[]>({ n: '*' });
      expect(Number(rows[0]!.n)).toBe(0);
    });

    it('saves a personal scenario as version 1, with its settings and vintages', async () => {
      const data = ok(await server.run(SAVE, { name: ' Shift a tenth ', input: input() }, alice));
      personal = data.saveScenario;
      expect(personal).toMatchObject({
        name: 'Shift a tenth',
        version: 1,
        latestVersion: 1,
        canEdit: true,
        shared: false,
        ownerName: 'alice',
        organization: null,
        newerDataAvailable: false,
        newerDataNote: null,
      });
      expect(personal.settings).toMatchObject({
        needBasis: 'IDENTIFIED_VICTIMS',
        baselineMode: 'LATEST',
        horizonYears: 5,
        monteCarloDraws: 200,
        monteCarloSeed: 3,
        levers: { shiftFraction: 0.1, newMoneyPerYear: null, categoryMix: null },
        overrides: [{ key: 'labor.need', value: 500, low: null, high: null }],
      });
      expect(personal.need.vintages).toEqual([2020]);
      expect(personal.datasets.map((d: any) => d.roles[0]).sort()).toEqual([
        'FUNDING',
        'NEED',
        'SERVICES',
      ]);
      // The stored run is the run of the same input on today's data.
      const now = ok(await server.run(RUN, { input: input() }, alice)).runScenario;
      expect(personal.run).toEqual(now);
    });

    it('saves into the organization for an analyst', async () => {
      const data = ok(
        await server.run(
          SAVE,
          {
            name: 'Team plan',
            input: input({ newMoneyPerYear: 250_000 }, 3),
            org: String(ids.orgA),
          },
          alice,
        ),
      );
      team = data.saveScenario;
      expect(team.organization).toEqual({ name: 'Org A' });
      expect(team.run.years.map((y: any) => y.year)).toEqual([2021, 2022, 2023, 2024]);
    });
  });

  describe('reading', () => {
    it('lets the owner read; hides a personal scenario from everyone else', async () => {
      expect(ok(await server.run(READ, { id: personal.id }, alice)).scenario.name).toBe(
        'Shift a tenth',
      );
      for (const viewer of [bob, vera, undefined]) {
        const res = await server.run(READ, { id: personal.id }, viewer);
        expect(code(res)).toBe('NOT_FOUND');
        expect(res.errors?.[0]?.message).toContain(personal.id);
      }
    });

    it('lets members of its organization read an organization scenario, but not edit it below analyst', async () => {
      const read = ok(await server.run(READ, { id: team.id }, vera)).scenario;
      expect(read.name).toBe('Team plan');
      expect(read.canEdit).toBe(false);
      expect(code(await server.run(READ, { id: team.id }, bob))).toBe('NOT_FOUND');
      const res = await server.run(UPDATE, { id: team.id, input: input() }, vera);
      expect(code(res)).toBe('FORBIDDEN');
    });

    it('treats a malformed or unknown id as not found', async () => {
      expect(code(await server.run(READ, { id: 'nope' }, alice))).toBe('NOT_FOUND');
      expect(
        code(await server.run(READ, { id: '00000000-0000-4000-8000-000000000000' }, alice)),
      ).toBe('NOT_FOUND');
    });

    it('lists what each user may read', async () => {
      const forAlice = ok(await server.run(LIST, {}, alice)).scenarios;
      expect(forAlice.totalCount).toBe(2);
      expect(forAlice.nodes.map((n: any) => n.name)).toEqual(['Team plan', 'Shift a tenth']);
      const forVera = ok(await server.run(LIST, {}, vera)).scenarios;
      expect(forVera.nodes.map((n: any) => n.name)).toEqual(['Team plan']);
      expect(ok(await server.run(LIST, {}, bob)).scenarios.totalCount).toBe(0);
      expect(ok(await server.run(LIST, {})).scenarios.totalCount).toBe(0);
    });
  });

  describe('versions', () => {
    it('keeps earlier versions when a new one is saved', async () => {
      const v2 = ok(
        await server.run(
          UPDATE,
          { id: personal.id, input: input({ shiftFraction: 0.3 }), name: 'Shift three tenths' },
          alice,
        ),
      ).updateScenario;
      expect(v2).toMatchObject({ version: 2, latestVersion: 2, name: 'Shift three tenths' });
      expect(v2.versions.map((v: any) => [v.version, v.savedBy])).toEqual([
        [2, 'alice'],
        [1, 'alice'],
      ]);
      expect(v2.settings.levers.shiftFraction).toBe(0.3);
      const v1 = ok(await server.run(READ, { id: personal.id, version: 1 }, alice)).scenario;
      expect(v1.version).toBe(1);
      expect(v1.settings.levers.shiftFraction).toBe(0.1);
      expect(v1.run).toEqual(personal.run);
      // A larger shift moves more money to labor in the first year (phase-in 1).
      expect(v2.run.years[1].labor.budget).toBeGreaterThan(v1.run.years[1].labor.budget);
    });

    it('refuses a version that does not exist, naming it', async () => {
      const res = await server.run(READ, { id: personal.id, version: 9 }, alice);
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'version',
      });
      expect(res.errors?.[0]?.message).toContain('versions 1 to 2');
    });
  });

  describe('share links', () => {
    let token: string;
    it('gives a token that lets anyone read, never edit', async () => {
      const link = ok(
        await server.run(
          `mutation($id: ID!) { shareScenario(id: $id) { token path } }`,
          { id: personal.id },
          alice,
        ),
      ).shareScenario;
      token = link.token;
      expect(token).toMatch(/^fss_[A-Za-z0-9_-]{43}$/);
      expect(link.path).toContain(personal.id);
      const stored = await db()
        .knex('scenarios')
        .where('id', personal.id)
        .first('share_token_hash');
      expect(stored.share_token_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(stored.share_token_hash).not.toContain(token.slice(4));
      for (const viewer of [bob, undefined]) {
        const read = ok(await server.run(READ, { id: personal.id, token }, viewer)).scenario;
        expect(read.name).toBe('Shift three tenths');
        expect(read.canEdit).toBe(false);
      }
      expect(code(await server.run(READ, { id: personal.id, token: `${token}x` }, bob))).toBe(
        'NOT_FOUND',
      );
      expect(code(await server.run(UPDATE, { id: personal.id, input: input() }, bob))).toBe(
        'NOT_FOUND',
      );
    });

    it('stops working when unshared', async () => {
      ok(
        await server.run(
          `mutation($id: ID!) { unshareScenario(id: $id) }`,
          { id: personal.id },
          alice,
        ),
      );
      expect(code(await server.run(READ, { id: personal.id, token }, bob))).toBe('NOT_FOUND');
    });
  });

  describe('comparing', () => {
    it('aligns the years of scenarios with different horizons', async () => {
      const q = `query($ids: [ID!]!) { compareScenarios(ids: $ids) {
        years scenarios { scenario { name } years { year labor { survivorsServed } } } } }`;
      const c = ok(await server.run(q, { ids: [personal.id, team.id] }, alice)).compareScenarios;
      expect(c.years).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
      const [a, b] = c.scenarios;
      expect(a.scenario.name).toBe('Shift three tenths');
      expect(a.years.map((y: any) => y?.year ?? null)).toEqual([
        2021, 2022, 2023, 2024, 2025, 2026,
      ]);
      // The team plan projects 3 years: 2025 and 2026 are empty.
      expect(b.years.map((y: any) => y?.year ?? null)).toEqual([
        2021,
        2022,
        2023,
        2024,
        null,
        null,
      ]);
      const bad = await server.run(q, { ids: [personal.id] }, alice);
      expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
      expect(code(await server.run(q, { ids: [personal.id, team.id] }, vera))).toBe('NOT_FOUND');
    });
  });

  describe('newer data', () => {
    it('reproduces the saved numbers after new need figures arrive, and says what changed', async () => {
      const before = ok(await server.run(READ, { id: team.id }, alice)).scenario;
      expect(before.newerDataAvailable).toBe(false);
      // A 2021 figure is nearer the 2021 baseline than 2020's: labor's need share becomes 0.5.
      await db()
        .knex('need_indicators')
        .insert(
          ['LABOR', 'NON_LABOR'].map((type) => ({
            dataset_id: ids.need,
            indicator: 'identified_victims',
            basis: 'IDENTIFIED_VICTIMS',
            year: 2021,
            geography: 'WORLD',
            trafficking_type: type,
            value: 50,
            unit: 'persons',
            confidence: 'primary',
            row_hash: `IV2021${type}`,
          })),
        );
      const after = ok(await server.run(READ, { id: team.id }, vera)).scenario;
      expect(after.run).toEqual(before.run);
      expect(after.need.vintages).toEqual([2020]);
      expect(after.newerDataAvailable).toBe(true);
      expect(after.newerDataNote).toContain(
        'IDENTIFIED_VICTIMS figures of 2021 now apply (were 2020)',
      );
      // Labor's part of the BOTH services moves from 0.2 x 20 to 0.5 x 20; sex need from 80 to 50.
      expect(after.newerDataNote).toContain('LABOR survivors served');
      expect(after.newerDataNote).toContain('SEX need');
      // A fresh run, as a steward of the data's organization (exact counts): 50 + 0.5 x 20 = 60.
      const fresh = ok(
        await server.run(
          RUN,
          { input: input({ newMoneyPerYear: 250_000 }, 3) },
          stewardOfData(ids),
        ),
      ).runScenario;
      expect(fresh.years[0].labor.survivorsServed).toBeCloseTo(60, 9);
      // The saved run is read by members and link holders, so its counts are protected for
      // everyone: 50 + 0.2 x 20 = 54, each of LABOR 50 and BOTH 20 perturbed by at most 4.
      expect(Math.abs(after.run.years[0].labor.survivorsServed - 54)).toBeLessThanOrEqual(
        4.8 + 1e-9,
      );
    });
  });

  describe('deleting', () => {
    it('lets a viewer not delete, the owner delete, and then nobody read it', async () => {
      const del = `mutation($id: ID!) { deleteScenario(id: $id) }`;
      expect(code(await server.run(del, { id: team.id }, vera))).toBe('FORBIDDEN');
      expect(ok(await server.run(del, { id: team.id }, alice)).deleteScenario).toBe(true);
      expect(code(await server.run(READ, { id: team.id }, alice))).toBe('NOT_FOUND');
      expect(ok(await server.run(LIST, {}, alice)).scenarios.totalCount).toBe(1);
      const versions = await db()
        .knex('scenario_versions')
        .where('scenario_id', team.id)
        .count<{ n: number }[]>({ n: '*' });
      expect(Number(versions[0]!.n)).toBe(1); // soft delete: the versions are kept
      const audit = await db()
        .knex('audit_log')
        .where({ action: 'scenario_delete', entity_id: team.id });
      expect(audit).toHaveLength(1);
    });
  });
});
