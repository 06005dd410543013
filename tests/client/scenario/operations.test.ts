/**
 * The studio's GraphQL operations are valid against the schema and pass the server's query
 * limits (graphql-armor's depth limit counts fragment spreads) on a real database: baseline,
 * viewer, save, list, load, new version, share link and comparison.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as ops from '../../../client/src/scenario/operations';
import { signedIn, startInProcess, type InProcessServer } from '../../api/scenarios/operations';
import { describeEachBackend } from '../../helpers/db';
import { loadScenarioFixture, type ScenarioFixtureIds } from '../../helpers/scenarioFixture';

const schema = buildSchema(
  fs.readFileSync(path.resolve(import.meta.dirname, '../../../api/schema.graphql'), 'utf8'),
);

describe('studio operations', () => {
  for (const [name, text] of Object.entries(ops)) {
    it(`${name} validates against the schema`, () => {
      expect(validate(schema, parse(text)).map((e) => e.message)).toEqual([]);
    });
  }
});

describeEachBackend('studio operations against the API', (db) => {
  let server: InProcessServer;
  let ids: ScenarioFixtureIds;
  beforeAll(async () => {
    ids = await loadScenarioFixture(db().knex);
    server = await startInProcess(db());
  });
  afterAll(async () => {
    await server?.close();
  });

  it('answers every studio operation without errors', async () => {
    const alice = signedIn(ids.alice, [{ organizationId: ids.orgA, role: 'analyst' }]);
    const scope = { datasetIds: [String(ids.scenarioGrants), String(ids.scenarioServices)] };
    const ok = async (query: string, variables: Record<string, unknown> = {}) => {
      const res = await server.run(query, variables, alice);
      expect(res.errors ?? []).toEqual([]);
      return res.data!;
    };
    const baseline = await ok(ops.STUDIO_BASELINE, { scope, needBasis: 'IDENTIFIED_VICTIMS' });
    expect(baseline.scenarioBaseline.years).toEqual({ from: 2021, to: 2021 });
    expect((await ok(ops.STUDIO_VIEWER)).me.displayName).toBe('alice');
    const input = {
      scope,
      needBasis: 'IDENTIFIED_VICTIMS',
      levers: { shiftFraction: 0.1, categoryMix: [{ category: 'LEGAL', share: 1 }] },
    };
    const a = (await ok(ops.SAVE_SCENARIO, { name: 'A', input })).saveScenario;
    const b = (await ok(ops.SAVE_SCENARIO, { name: 'B', input, organizationId: String(ids.orgA) }))
      .saveScenario;
    expect((await ok(ops.SAVED_SCENARIOS)).scenarios.totalCount).toBe(2);
    const loaded = (await ok(ops.SAVED_SCENARIO, { id: a.id })).scenario;
    expect(loaded.settings.levers.categoryMix).toEqual([{ category: 'LEGAL', share: 1 }]);
    expect(loaded.baseline.labor.budget.value).toBeCloseTo(800_000, 6);
    expect((await ok(ops.UPDATE_SCENARIO, { id: a.id, input })).updateScenario.version).toBe(2);
    expect((await ok(ops.SHARE_SCENARIO, { id: a.id })).shareScenario.token).toMatch(/^fss_/);
    const compared = (await ok(ops.COMPARE_SCENARIOS, { ids: [a.id, b.id] })).compareScenarios;
    expect(compared.scenarios).toHaveLength(2);
  });
});
