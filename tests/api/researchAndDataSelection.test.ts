/**
 * Research counts that cover a period are kept apart from yearly series, and illustrative data is
 * left out when real data is there (real data first). Expected values come from the published
 * tables (Sweileh 2018; Dimas et al. 2022) or from independent SQL over the seeded rows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachBackend } from '../helpers/db';
import { postGraphQL, startTestApp, type RunningApp } from '../helpers/server';
import { importText } from './import/helpers';

const PERIODS = `query($scope: ScopeInput) { researchPeriods(scope: $scope) {
  dataset { name } periodStart periodEnd kind unit labor sex both unspecified total laborShareOfTyped illustrative
} }`;
const BY_YEAR = `query($scope: ScopeInput) { allocations(scope: $scope, dimension: RESEARCH, groupBy: [YEAR]) {
  rows { year value } total illustrative mixesIllustrative
} }`;
const FUNDING = `query($scope: ScopeInput) {
  allocations(scope: $scope, dimension: FUNDING, groupBy: [TYPE]) {
    rows { type value } total illustrative mixesIllustrative datasets { name }
  }
  equity(scope: $scope, dimension: FUNDING, needBasis: IDENTIFIED_VICTIMS, attribution: EXCLUDE) {
    labor { resources } sex { resources } illustrative mixesIllustrative
  }
  dataSelection(scope: $scope) { requested illustrativeIncluded realResourceDatasets { name } explanation }
}`;

describeEachBackend(
  'research periods and real data first',
  (db) => {
    let app: RunningApp;
    beforeAll(async () => {
      app = await startTestApp(db());
    });
    afterAll(async () => {
      await app.close();
    });
    async function query(q: string, variables: Record<string, unknown> = {}) {
      const { body } = await postGraphQL(app.url, q, variables);
      expect(body.errors).toBeUndefined();
      return body.data as Record<string, any>;
    }
    /** Sum of amounts in the demo's illustrative grants, by SQL independent of the API. */
    async function demoGrantTotal(): Promise<number> {
      const [row] = await db()
        .knex('grants as g')
        .join('datasets as d', 'd.id', 'g.dataset_id')
        .where('d.is_illustrative', true)
        .sum({ total: 'g.amount_usd' });
      return Number(row!.total);
    }

    describe('research counts that cover a period', () => {
      it('are period totals in their own unit, as published', async () => {
        const periods = (await query(PERIODS)).researchPeriods as any[];
        // Sweileh (2018), Scopus 2000–2017: 2,044 documents, 616 on labor and 771 on sex
        // trafficking; the other 657 (2,044 - 616 - 771) on neither form alone.
        const sweileh = periods.find((p) => p.periodStart === 2000);
        expect(sweileh).toMatchObject({
          periodEnd: 2017,
          kind: 'PUBLICATIONS',
          unit: 'publications',
          labor: 616,
          sex: 771,
          both: 0,
          unspecified: 657,
          total: 2044,
          illustrative: false,
        });
        expect(sweileh.laborShareOfTyped).toBeCloseTo(616 / 1387, 12); // 0.4441
        // Dimas et al. (2022): 142 studies up to 2021; 17 labor, 68 sex, 57 general.
        const dimas = periods.find((p) => p.periodEnd === 2021);
        expect(dimas).toMatchObject({
          periodStart: null,
          kind: 'STUDIES',
          unit: 'studies',
          labor: 17,
          sex: 68,
          unspecified: 57,
          total: 142,
        });
        expect(periods).toHaveLength(2);
      });

      it('are in scope when their period overlaps the scope years', async () => {
        const later = (await query(PERIODS, { scope: { yearFrom: 2018 } })).researchPeriods;
        expect(later.map((p: any) => p.periodEnd)).toEqual([2021]);
        const early = (await query(PERIODS, { scope: { yearTo: 2005 } })).researchPeriods;
        // 2000–2017 overlaps; "up to 2021" has no known start, so it may cover 2005 too.
        expect(early.map((p: any) => p.periodEnd).sort()).toEqual([2017, 2021]);
      });

      it('are never added to the yearly research series', async () => {
        const { allocations } = await query(BY_YEAR);
        const rows = await db()
          .knex('research_outputs')
          .whereNull('period_end')
          .groupBy('year')
          .select('year')
          .sum({ n: 'output_count' })
          .orderBy('year');
        const expected = rows.map((r: any) => ({ year: Number(r.year), value: Number(r.n) }));
        expect(allocations.rows).toEqual(expected);
        // Before periods were stored, 2017 carried the 2,044 documents of 2000–2017 as well.
        const y2017 = allocations.rows.find((r: any) => r.year === 2017).value;
        expect(y2017).toBeLessThan(2044);
        expect(allocations.total).toBe(expected.reduce((s: number, r: any) => s + r.value, 0));
      });
    });

    describe('real and illustrative data', () => {
      it('uses the demo while there is no real resource data, and leaves it out when asked', async () => {
        const demo = await demoGrantTotal();
        const auto = await query(FUNDING);
        expect(auto.dataSelection).toMatchObject({
          requested: 'AUTO',
          illustrativeIncluded: true,
          realResourceDatasets: [],
        });
        expect(auto.allocations.total).toBeCloseTo(demo, 2);
        expect(auto.allocations.illustrative).toBe(true);
        expect(auto.allocations.mixesIllustrative).toBe(false);
        const realOnly = await query(FUNDING, { scope: { illustrativeData: 'EXCLUDE' } });
        expect(realOnly.allocations.rows).toEqual([]);
        expect(realOnly.allocations.illustrative).toBe(false);
        expect(realOnly.dataSelection.illustrativeIncluded).toBe(false);
      });

      it('replaces the demo with imported data, and says so when asked to mix them', async () => {
        const demo = await demoGrantTotal();
        const file = [
          'grant_id,funder,fiscal_year,amount_usd,trafficking_type',
          'R-1,Real Fund,2023,1000,LABOR',
          'R-2,Real Fund,2023,3000,SEX',
          'R-3,Real Fund,2022,500,BOTH',
        ].join('\n');
        const imported = await importText(db(), 'grants', file, { datasetName: 'Real grants' });
        expect(imported.counts.inserted).toBe(3);

        // AUTO: only the real grants, 1,000 + 3,000 + 500 = 4,500.
        const auto = await query(FUNDING);
        expect(auto.dataSelection.illustrativeIncluded).toBe(false);
        expect(auto.dataSelection.realResourceDatasets).toEqual([{ name: 'Real grants' }]);
        expect(auto.allocations.total).toBe(4500);
        expect(auto.allocations.datasets).toEqual([{ name: 'Real grants' }]);
        expect([auto.allocations.illustrative, auto.allocations.mixesIllustrative]).toEqual([
          false,
          false,
        ]);
        // Equity over the same scope: labor 1,000, sex 3,000 (BOTH excluded under EXCLUDE).
        expect(auto.equity.labor.resources).toBe(1000);
        expect(auto.equity.sex.resources).toBe(3000);
        expect(auto.equity.illustrative).toBe(false);

        const realOnly = await query(FUNDING, { scope: { illustrativeData: 'EXCLUDE' } });
        expect(realOnly.allocations.total).toBe(4500);

        // INCLUDE: both, and the answer says it adds them together.
        const both = await query(FUNDING, { scope: { illustrativeData: 'INCLUDE' } });
        expect(both.allocations.total).toBeCloseTo(4500 + demo, 2);
        expect(both.allocations.mixesIllustrative).toBe(true);
        expect(both.equity.mixesIllustrative).toBe(true);
        expect(both.dataSelection.illustrativeIncluded).toBe(true);
      });

      // Runs after the import above: the real grants are in the database.
      it('carries the choice to trend, sensitivity, breakdown and scenario baselines', async () => {
        const q = `query($scope: ScopeInput) {
          equityTrend(scope: $scope, dimension: FUNDING, needBasis: IDENTIFIED_VICTIMS, attribution: EXCLUDE) {
            illustrative datasets { name }
          }
          equitySensitivity(scope: $scope, dimension: FUNDING) { illustrative datasets { name } }
          equityBreakdown(scope: $scope, dimension: FUNDING, needBasis: IDENTIFIED_VICTIMS, attribution: EXCLUDE, by: FUNDER) {
            rows { label total }
          }
          scenarioBaseline(scope: $scope, needBasis: IDENTIFIED_VICTIMS) { illustrative datasets { name illustrative } }
        }`;
        for (const scope of [{}, { illustrativeData: 'EXCLUDE' }]) {
          const d = await query(q, { scope });
          expect(d.equityTrend).toEqual({
            illustrative: false,
            datasets: [{ name: 'Real grants' }],
          });
          expect(d.equitySensitivity).toEqual({
            illustrative: false,
            datasets: [{ name: 'Real grants' }],
          });
          // One funder, all three grants: 1,000 + 3,000 + 500.
          expect(d.equityBreakdown.rows).toEqual([{ label: 'Real Fund', total: 4500 }]);
          expect(d.scenarioBaseline.illustrative).toBe(false);
          expect(d.scenarioBaseline.datasets.some((x: any) => x.illustrative)).toBe(false);
        }
        const mixed = await query(q, { scope: { illustrativeData: 'INCLUDE' } });
        expect(mixed.equityTrend.illustrative).toBe(true);
        expect(mixed.equityBreakdown.rows.length).toBeGreaterThan(1);
      });

      // Runs last: which datasets hold grants is read from their rollup, which must follow deletes.
      it('uses the demo again once the real grants are deleted', async () => {
        const demo = await demoGrantTotal();
        const real = await db()
          .knex('datasets')
          .where({ name: 'Real grants' })
          .first<{ id: number }>('id');
        await db().knex('grants').where({ dataset_id: real.id }).delete();
        const auto = await query(FUNDING);
        expect(auto.dataSelection).toMatchObject({
          illustrativeIncluded: true,
          realResourceDatasets: [],
        });
        expect(auto.allocations.total).toBeCloseTo(demo, 2);
        expect(auto.allocations.illustrative).toBe(true);
      });
    });
  },
  { seed: 'demo' },
);
