/**
 * One question, one number, on the seeded data (reference figures and the demo set).
 *
 * 1. The scenario's base-year labor equity ratio and the Equity API's ratio
 * for the same year, need basis and attribution rule are two independent computations (the
 * scenario assembles budgets and need in api/scenarios and core/scenario/kernel; equity runs
 * core/equity/metrics on its own SQL totals). On the seeded data they must agree to 1e-9, for
 * every need basis and every rule, in LATEST and AVERAGE modes.
 * 2. Each equityBreakdown row equals equity() with the scope narrowed to that group (its own years
 *    and need): the breakdown sums per group in one GROUP BY, equity() filters the scope.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ATTRIBUTION_RULES, NEED_BASES } from '../../core/vocabulary';
import { describeEachBackend } from '../helpers/db';
import { postGraphQL, startTestApp, type RunningApp } from '../helpers/server';

const QUERY = `query($input: ScenarioInput!, $scope: ScopeInput, $basis: NeedBasis!, $rule: AttributionRule!) {
  runScenario(input: $input) {
    baseYear attribution
    baseline { years { from to } attribution need { geography basis } }
    years { year labor { equityRatio } sex { equityRatio } }
  }
  equity(scope: $scope, dimension: FUNDING, needBasis: $basis, attribution: $rule) {
    attribution labor { equityRatio } sex { equityRatio } need { geography }
  }
}`;

describeEachBackend(
  'one number per question',
  (db) => {
    let app: RunningApp;
    beforeAll(async () => {
      app = await startTestApp(db());
    });
    afterAll(async () => {
      await app.close();
    });

    for (const mode of ['LATEST', 'AVERAGE'] as const) {
      it(`every need basis x every rule (${mode})`, async () => {
        let compared = 0;
        for (const basis of NEED_BASES) {
          for (const rule of ATTRIBUTION_RULES) {
            const input = {
              needBasis: basis,
              attribution: rule,
              baselineMode: mode,
              horizonYears: 1,
            };
            const first = await postGraphQL(app.url, QUERY, { input, basis, rule, scope: {} });
            expect(first.body.errors).toBeUndefined();
            const run = (first.body.data as any).runScenario;
            expect(run.attribution).toBe(rule);
            expect(run.baseline.attribution).toBe(rule);
            const scope = { yearFrom: run.baseline.years.from, yearTo: run.baseline.years.to };
            const { body } = await postGraphQL(app.url, QUERY, { input, basis, rule, scope });
            expect(body.errors).toBeUndefined();
            const eq = (body.data as any).equity;
            expect(eq.attribution).toBe(rule);
            expect(run.baseline.need.geography).toBe(eq.need.geography);
            for (const t of ['labor', 'sex'] as const) {
              const scenario = run.years[0][t].equityRatio as number | null;
              const equity = eq[t].equityRatio as number | null;
              if (equity === null) {
                expect(scenario, `${basis} ${rule} ${t}`).toBeNull();
              } else {
                expect(scenario, `${basis} ${rule} ${t}`).not.toBeNull();
                expect(Math.abs(scenario! - equity), `${basis} ${rule} ${t}`).toBeLessThan(1e-9);
                compared++;
              }
            }
          }
        }
        // Every basis with seeded figures (all but CUSTOM) gives a ratio under every rule.
        expect(compared).toBe(2 * 5 * ATTRIBUTION_RULES.length);
      }, 120_000);
    }

    const BREAKDOWN = `query($basis: NeedBasis!, $rule: AttributionRule!, $by: EquityBreakdown!) {
      equityBreakdown(dimension: FUNDING, needBasis: $basis, attribution: $rule, by: $by) {
        rows { key labor { equityRatio } sex { equityRatio } need { vintages geography } }
      }
    }`;
    const EQUITY = `query($scope: ScopeInput, $basis: NeedBasis!, $rule: AttributionRule!) {
      equity(scope: $scope, dimension: FUNDING, needBasis: $basis, attribution: $rule) {
        labor { equityRatio } sex { equityRatio } need { vintages geography }
      }
    }`;
    const narrow = { FUNDER: 'funderIds', STATE: 'usStates', CATEGORY: 'categories' } as const;
    for (const by of ['FUNDER', 'STATE', 'CATEGORY'] as const) {
      it(`each equityBreakdown row by ${by} equals equity() narrowed to the group`, async () => {
        const vars = { basis: 'IDENTIFIED_VICTIMS', rule: 'DECLARED_SHARE', by };
        const { body } = await postGraphQL(app.url, BREAKDOWN, vars);
        expect(body.errors).toBeUndefined();
        const rows = (body.data as any).equityBreakdown.rows as any[];
        expect(rows.length).toBeGreaterThan(1);
        let compared = 0;
        for (const row of rows) {
          const scope = { [narrow[by]]: [row.key] };
          const one = await postGraphQL(app.url, EQUITY, { ...vars, scope });
          expect(one.body.errors).toBeUndefined();
          const eq = (one.body.data as any).equity;
          expect(row.need, row.key).toEqual(eq.need);
          for (const t of ['labor', 'sex'] as const) {
            if (eq[t].equityRatio === null) expect(row[t].equityRatio).toBeNull();
            else {
              expect(
                Math.abs(row[t].equityRatio - eq[t].equityRatio),
                `${row.key} ${t}`,
              ).toBeLessThan(1e-9);
              compared++;
            }
          }
        }
        expect(compared).toBeGreaterThan(2);
      }, 120_000);
    }
  },
  { seed: 'demo' },
);
