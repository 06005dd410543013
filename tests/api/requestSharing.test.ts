/**
 * Work shared within one request: the Overview's `equity` and `equitySensitivity` read the
 * resource totals and need figures once between them, and a list of saved scenarios loads its
 * owners' names in one statement, however many scenarios it holds. Counts the SQL statements
 * each request sends (knex's 'query' event).
 */
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachBackend } from '../helpers/db';
import { loadFixture } from '../helpers/fixture';
import { loadScenarioFixture, type ScenarioFixtureIds } from '../helpers/scenarioFixture';
import { signedIn, startInProcess, type InProcessServer } from './scenarios/operations';

/** The statements `run` sends through `knex`. */
async function statementsOf(knex: Knex, run: () => Promise<unknown>): Promise<string[]> {
  const sql: string[] = [];
  const listener = (q: { sql: string }) => sql.push(q.sql);
  knex.on('query', listener);
  try {
    await run();
  } finally {
    knex.removeListener('query', listener);
  }
  return sql;
}

const reads = (statements: string[], table: string) =>
  statements.filter((s) => new RegExp(`from "${table}"`, 'i').test(s)).length;

/**
 * Statements that read grant figures, from the base table or its rollups; one statement counts
 * once even when a subquery (the real-data check of dataSelection.ts) names the other table.
 */
const grantReads = (statements: string[]) =>
  statements.filter((s) => /from "(grants|grant_rollups)"/i.test(s)).length;

describeEachBackend('work shared within a request', (db) => {
  describe('Overview: equity with equitySensitivity', () => {
    let server: InProcessServer;
    beforeAll(async () => {
      await loadFixture(db().knex);
      server = await startInProcess(db());
    });
    afterAll(async () => {
      await server.close();
    });

    const ARGS = `scope: { yearFrom: 2020, yearTo: 2021 }, dimension: FUNDING`;
    const EQUITY = `equity(${ARGS}, needBasis: IDENTIFIED_VICTIMS, attribution: EXCLUDE) {
      labor { equityRatio resources } range { min max } need { vintages } }`;
    const SENSITIVITY = `equitySensitivity(${ARGS}) { needBases cells { needBasis attribution labor { equityRatio } } }`;

    it('reads resources and need once for both fields, with the same answers as apart', async () => {
      let alone: Record<string, unknown> | undefined;
      let sensitivityAlone: Record<string, unknown> | undefined;
      let both: Record<string, unknown> | undefined;
      const equityOnly = await statementsOf(db().knex, async () => {
        alone = (await server.run(`{ ${EQUITY} }`)).data!;
      });
      await statementsOf(db().knex, async () => {
        sensitivityAlone = (await server.run(`{ ${SENSITIVITY} }`)).data!;
      });
      const together = await statementsOf(db().knex, async () => {
        both = (await server.run(`{ ${EQUITY} ${SENSITIVITY} }`)).data!;
      });
      // The fixture's grants (years 2020-2021) are read once, and the need figures once.
      expect(grantReads(equityOnly)).toBe(1);
      expect(grantReads(together)).toBe(1);
      expect(reads(together, 'need_indicators')).toBe(1);
      // Only the disclosure facts of the other need bases may be added to equity's statements.
      expect(together.length).toBeLessThanOrEqual(equityOnly.length + 1);
      expect(both).toEqual({ ...alone, ...sensitivityAlone });
      // Hand-worked in tests/api/analytics.test.ts: 100 / 900 / 0.2.
      expect((both!.equity as { labor: { equityRatio: number } }).labor.equityRatio).toBeCloseTo(
        100 / 900 / 0.2,
        10,
      );
    });

    it('does not share between requests', async () => {
      const first = await statementsOf(db().knex, () => server.run(`{ ${EQUITY} }`));
      const second = await statementsOf(db().knex, () => server.run(`{ ${EQUITY} }`));
      expect(second.length).toBe(first.length);
      expect(reads(second, 'need_indicators')).toBe(1);
    });
  });
});

describeEachBackend('allocations type x year: one round trip', (db) => {
  let server: InProcessServer;
  beforeAll(async () => {
    await loadFixture(db().knex);
    server = await startInProcess(db());
  });
  afterAll(async () => {
    await server.close();
  });

  it('sends one statement for an anonymous caller, with the rows, total and disclosure', async () => {
    let answer: Record<string, unknown> | undefined;
    const statements = await statementsOf(db().knex, async () => {
      const res = await server.run(
        `{ allocations(dimension: FUNDING, groupBy: [TYPE, YEAR]) {
          rows { type year value records suppressed } total illustrative disclosure { protected } } }`,
      );
      expect(res.errors).toBeUndefined();
      answer = res.data!.allocations as Record<string, unknown>;
    });
    // The dataset list, the real-data switch and the disclosure facts ride in the rows statement.
    expect(statements).toHaveLength(1);
    // The fixture's five grants by hand (tests/api/allocationRows.test.ts): 200 + 100 + 300 in
    // 2020, 500 + 400 in 2021; funding is not protected, so each is exact.
    expect(answer).toEqual({
      rows: [
        { type: 'BOTH', year: 2020, value: 200, records: 1, suppressed: null },
        { type: 'LABOR', year: 2020, value: 100, records: 1, suppressed: null },
        { type: 'SEX', year: 2020, value: 300, records: 1, suppressed: null },
        { type: 'SEX', year: 2021, value: 500, records: 1, suppressed: null },
        { type: 'UNSPECIFIED', year: 2021, value: 400, records: 1, suppressed: null },
      ],
      total: 1500,
      illustrative: false,
      disclosure: { protected: false },
    });
  });
});

describeEachBackend('saved scenarios list', (db) => {
  let ids: ScenarioFixtureIds;
  let server: InProcessServer;
  beforeAll(async () => {
    ids = await loadScenarioFixture(db().knex);
    server = await startInProcess(db());
  });
  afterAll(async () => {
    await server.close();
  });

  it("loads every owner's name in one statement (no query per row)", async () => {
    const alice = signedIn(ids.alice, [{ organizationId: ids.orgA, role: 'analyst' }]);
    const bob = signedIn(ids.bob, [{ organizationId: ids.orgA, role: 'analyst' }]);
    const SAVE = `mutation($name: String!, $input: ScenarioInput!, $org: ID) {
      saveScenario(name: $name, input: $input, organizationId: $org) { id } }`;
    const input = {
      scope: { datasetIds: [String(ids.scenarioGrants), String(ids.scenarioServices)] },
      needBasis: 'IDENTIFIED_VICTIMS',
      horizonYears: 3,
      levers: { shiftFraction: 0.1 },
      monteCarlo: { draws: 10, seed: 1 },
    };
    const org = String(ids.orgA);
    for (const [name, who] of [
      ['A one', alice],
      ['A two', alice],
      ['B one', bob],
      ['B two', bob],
    ] as const) {
      const res = await server.run(SAVE, { name, input, org }, who);
      expect(res.errors).toBeUndefined();
    }
    let nodes: { name: string; ownerName: string }[] = [];
    const statements = await statementsOf(db().knex, async () => {
      const res = await server.run(
        `{ scenarios(first: 10) { nodes { name ownerName } } }`,
        {},
        alice,
      );
      expect(res.errors).toBeUndefined();
      nodes = (res.data!.scenarios as { nodes: typeof nodes }).nodes;
    });
    expect(nodes.map((n) => [n.name, n.ownerName]).sort()).toEqual([
      ['A one', 'alice'],
      ['A two', 'alice'],
      ['B one', 'bob'],
      ['B two', 'bob'],
    ]);
    expect(reads(statements, 'users')).toBe(1);
  });
});
