/**
 * The analytics queries over HTTP on the hand-made fixture of tests/helpers/fixture.ts. Every
 * expected value is worked out by hand in the comments, from the fixture's rows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachBackend } from '../helpers/db';
import { loadFixture, type FixtureIds } from '../helpers/fixture';
import { postGraphQL, startTestApp, type RunningApp } from '../helpers/server';

const SCOPE = { yearFrom: 2020, yearTo: 2021 };
const METRICS = `labor { resources need resourceShare needShare equityRatio perNeedUnit } sex { resources need resourceShare needShare equityRatio perNeedUnit } disparityMultiple parityGap dissimilarity theil nullReasons { metric reason }`;

describeEachBackend('analytics API', (db) => {
  let app: RunningApp;
  let ids: FixtureIds;
  beforeAll(async () => {
    ids = await loadFixture(db().knex);
    app = await startTestApp(db());
  });
  afterAll(async () => {
    await app.close();
  });

  async function query(q: string, variables: Record<string, unknown> = {}) {
    const { body } = await postGraphQL(app.url, q, variables);
    return body;
  }

  describe('equity', () => {
    const EQUITY = `query($scope: ScopeInput, $basis: NeedBasis!, $rule: AttributionRule!) {
      equity(scope: $scope, dimension: FUNDING, needBasis: $basis, attribution: $rule) {
        ${METRICS} range { min max } years unit illustrative
        need { basis geography vintages unit confidence datasets { name } }
        datasets { name citation }
      }
    }`;

    it('computes every metric under EXCLUDE against identified victims', async () => {
      const body = await query(EQUITY, {
        scope: SCOPE,
        basis: 'IDENTIFIED_VICTIMS',
        rule: 'EXCLUDE',
      });
      expect(body.errors).toBeUndefined();
      const e = body.data!.equity as Record<string, any>;
      // R_L = 100; R_S = 300 + 500 = 800; BOTH/UNSPECIFIED (600) excluded.
      // Need: 2020 -> 2020 figures; 2021 is one year from 2020 and from 2022, the tie goes to 2020.
      // N_L = 20 + 20 = 40, N_S = 80 + 80 = 160 (NON_LABOR read as SEX).
      expect(e.labor.resources).toBe(100);
      expect(e.sex.resources).toBe(800);
      expect(e.labor.need).toBe(40);
      expect(e.sex.need).toBe(160);
      expect(e.labor.resourceShare).toBeCloseTo(100 / 900, 10); // 0.1111
      expect(e.labor.needShare).toBeCloseTo(0.2, 10);
      expect(e.labor.equityRatio).toBeCloseTo(100 / 900 / 0.2, 10); // 0.5556
      expect(e.labor.perNeedUnit).toBeCloseTo(2.5, 10); // 100 / 40
      expect(e.sex.perNeedUnit).toBeCloseTo(5, 10); // 800 / 160
      expect(e.disparityMultiple).toBeCloseTo(2, 10); // 5 / 2.5
      expect(e.parityGap).toBeCloseTo(80, 8); // 0.2 * 900 - 100
      expect(e.dissimilarity).toBeCloseTo(0.0888889, 6); // |0.1111 - 0.2|
      // T = 1/9 ln((1/9)/0.2) + 8/9 ln((8/9)/0.8) = -0.065310 + 0.093654
      expect(e.theil).toBeCloseTo(0.0283442, 6);
      expect(e.years).toEqual([2020, 2021]);
      expect(e.unit).toBe('USD');
      expect(e.illustrative).toBe(false);
      expect(e.need).toMatchObject({
        basis: 'IDENTIFIED_VICTIMS',
        geography: 'WORLD',
        vintages: [2020],
        unit: 'persons',
        confidence: 'PRIMARY',
        datasets: [{ name: 'Fixture need' }],
      });
      expect(e.datasets).toEqual([{ name: 'Fixture grants', citation: 'Fixture grants.' }]);
    });

    it.each([
      // EVEN_SPLIT: L = 100 + 600/2 = 400 of 1,500 -> s = 0.26667, e = 0.26667 / 0.2
      ['EVEN_SPLIT', 400 / 1500 / 0.2],
      // NEED_PROPORTIONAL: L = 100 + 600 * 0.2 = 220 -> s = 0.14667, e = 0.73333
      ['NEED_PROPORTIONAL', 220 / 1500 / 0.2],
      // DECLARED_SHARE: L = 100 + 200 * 0.25 + 400 * 0.2 = 230 -> s = 0.15333, e = 0.76667
      ['DECLARED_SHARE', 230 / 1500 / 0.2],
    ])('attributes shared funding by %s', async (rule, expected) => {
      const body = await query(EQUITY, { scope: SCOPE, basis: 'IDENTIFIED_VICTIMS', rule });
      expect((body.data!.equity as any).labor.equityRatio).toBeCloseTo(expected, 10);
    });

    it('uses US hotline figures, with their BOTH/UNSPECIFIED need attributed by the rule', async () => {
      // Hotline 2020 (US), used for both years: L 20, S 60, shared 20.
      // EVEN_SPLIT: need L = 20 + 10 = 30 of 100 -> n = 0.3; resources s = 400/1500 -> e = 0.8889
      const body = await query(EQUITY, {
        scope: SCOPE,
        basis: 'HOTLINE_CASES',
        rule: 'EVEN_SPLIT',
      });
      const e = body.data!.equity as any;
      expect(e.need.geography).toBe('US');
      expect(e.labor.needShare).toBeCloseTo(0.3, 10);
      expect(e.labor.equityRatio).toBeCloseTo(400 / 1500 / 0.3, 10);
      // Range over the grid (2 bases x 4 rules), hand-computed:
      // victims: 0.5556, 1.3333, 0.7333, 0.7667; hotline: 0.4444 (EXCLUDE: (100/900)/0.25),
      // 0.8889, 0.6667, 0.6667 -> min 0.4444, max 1.3333.
      expect(e.range.min).toBeCloseTo(100 / 900 / 0.25, 10);
      expect(e.range.max).toBeCloseTo(400 / 1500 / 0.2, 10);
    });

    it('filters by state: California has no BOTH or UNSPECIFIED grants', async () => {
      const body = await query(EQUITY, {
        scope: { ...SCOPE, usStates: ['CA'] },
        basis: 'IDENTIFIED_VICTIMS',
        rule: 'EVEN_SPLIT',
      });
      const e = body.data!.equity as any;
      // CA: L 100, S 800, nothing shared -> the same as EXCLUDE overall.
      expect(e.labor.resources).toBe(100);
      expect(e.labor.equityRatio).toBeCloseTo(100 / 900 / 0.2, 10);
    });

    it('answers null with a reason when there is no need figure', async () => {
      const body = await query(EQUITY, {
        scope: { ...SCOPE, countries: ['MX'] },
        basis: 'HOTLINE_CASES',
        rule: 'EXCLUDE',
      });
      const e = body.data!.equity as any;
      // No grants in Mexico and no Mexican hotline figures: every share is undefined.
      expect(e.labor.equityRatio).toBeNull();
      expect(e.nullReasons.length).toBeGreaterThan(0);
      expect(e.nullReasons.every((r: { reason: string }) => r.reason.length > 20)).toBe(true);
    });
  });

  it('returns the trend per year with the need vintage used', async () => {
    const body = await query(
      `query($scope: ScopeInput) { equityTrend(scope: $scope, dimension: FUNDING, needBasis: IDENTIFIED_VICTIMS, attribution: EXCLUDE) { points { year needVintage labor { resourceShare equityRatio } } } }`,
      { scope: SCOPE },
    );
    const points = (body.data!.equityTrend as any).points;
    // 2020: L 100, S 300 -> s = 0.25, n = 0.2 -> e = 1.25. 2021: L 0, S 500 -> e = 0.
    expect(points).toEqual([
      {
        year: 2020,
        needVintage: 2020,
        labor: { resourceShare: 0.25, equityRatio: expect.closeTo(1.25, 10) },
      },
      { year: 2021, needVintage: 2020, labor: { resourceShare: 0, equityRatio: 0 } },
    ]);
  });

  it('returns the whole sensitivity grid with ranges', async () => {
    const body = await query(
      `query($scope: ScopeInput) { equitySensitivity(scope: $scope, dimension: FUNDING) { needBases cells { needBasis attribution labor { equityRatio } } ranges { laborEquityRatio { min max } laborNeedShare { min max } } } }`,
      { scope: SCOPE },
    );
    const grid = body.data!.equitySensitivity as any;
    expect(grid.needBases).toEqual(['IDENTIFIED_VICTIMS', 'HOTLINE_CASES']);
    expect(grid.cells).toHaveLength(8);
    expect(grid.ranges.laborEquityRatio.min).toBeCloseTo(0.444444, 5);
    expect(grid.ranges.laborEquityRatio.max).toBeCloseTo(1.333333, 5);
    // Need shares: victims 0.2 under every rule; hotline 0.25 (EXCLUDE, proportional) and 0.3 (even split).
    expect(grid.ranges.laborNeedShare).toEqual({
      min: expect.closeTo(0.2, 10),
      max: expect.closeTo(0.3, 10),
    });
  });

  it('breaks equity down by funder, state and category', async () => {
    const q = `query($by: EquityBreakdown!) { equityBreakdown(scope: { yearFrom: 2020, yearTo: 2021 }, dimension: FUNDING, needBasis: IDENTIFIED_VICTIMS, attribution: EVEN_SPLIT, by: $by) { rows { key label total labor { resources equityRatio } } } }`;
    const byFunder = (await query(q, { by: 'FUNDER' })).data!.equityBreakdown as any;
    // F1: L 100, S 800 -> s = 1/9 -> e = 0.5556. F2: shared 600 split evenly -> s = 0.5 -> e = 2.5.
    expect(byFunder.rows).toEqual([
      {
        key: String(ids.f1),
        label: 'F1',
        total: 900,
        labor: { resources: 100, equityRatio: expect.closeTo(100 / 900 / 0.2, 10) },
      },
      {
        key: String(ids.f2),
        label: 'F2',
        total: 600,
        labor: { resources: 300, equityRatio: expect.closeTo(2.5, 10) },
      },
    ]);
    const byState = (await query(q, { by: 'STATE' })).data!.equityBreakdown as any;
    expect(byState.rows.map((r: any) => [r.key, r.total])).toEqual([
      ['CA', 900],
      ['TX', 600],
    ]);
    const byCategory = (await query(q, { by: 'CATEGORY' })).data!.equityBreakdown as any;
    expect(byCategory.rows.find((r: any) => r.key === 'LEGAL')).toMatchObject({
      label: 'Legal services',
      total: 100,
    });
  });

  describe('allocations', () => {
    it('groups by type', async () => {
      const body = await query(
        `{ allocations(dimension: FUNDING, groupBy: [TYPE]) { unit total rows { type value records suppressed } datasets { name } } }`,
      );
      const a = body.data!.allocations as any;
      expect(a.unit).toBe('USD');
      expect(a.total).toBe(1500);
      expect(a.rows).toEqual([
        { type: 'BOTH', value: 200, records: 1, suppressed: null },
        { type: 'LABOR', value: 100, records: 1, suppressed: null },
        { type: 'SEX', value: 800, records: 2, suppressed: null },
        { type: 'UNSPECIFIED', value: 400, records: 1, suppressed: null },
      ]);
    });

    it('groups by year and state and names funders', async () => {
      const body = await query(
        `{ allocations(dimension: FUNDING, groupBy: [YEAR, STATE]) { rows { year state value } } f: allocations(dimension: FUNDING, groupBy: [FUNDER]) { rows { funder { name } value } } }`,
      );
      expect((body.data!.allocations as any).rows).toEqual([
        { year: 2020, state: 'CA', value: 400 },
        { year: 2020, state: 'TX', value: 200 },
        { year: 2021, state: 'CA', value: 500 },
        { year: 2021, state: 'TX', value: 400 },
      ]);
      expect((body.data!.f as any).rows).toEqual([
        { funder: { name: 'F1' }, value: 900 },
        { funder: { name: 'F2' }, value: 600 },
      ]);
    });

    it('perturbs service counts and hides small ones for a non-steward, and says so', async () => {
      const body = await query(
        `{ allocations(dimension: SERVICES, groupBy: [TYPE]) { unit total rows { type value records suppressed } disclosure { protected threshold note } } }`,
      );
      const a = body.data!.allocations as any;
      // Counts BOTH 12, LABOR 5, SEX 40; total 57; each gets noise in -4..4 from its cell key.
      // LABOR 5 can only become 1..9, below 11: always hidden. BOTH 12 becomes 8..16: hidden when
      // below 11. SEX 40 is shown as 36..44, the total (its own cell) as 53..61.
      expect(a.unit).toBe('survivors served');
      const byType = Object.fromEntries(a.rows.map((r: any) => [r.type, r]));
      expect(byType.LABOR).toEqual({
        type: 'LABOR',
        value: null,
        records: null,
        suppressed: 'SUPPRESSED',
      });
      expect(byType.SEX.value).toBeGreaterThanOrEqual(36);
      expect(byType.SEX.value).toBeLessThanOrEqual(44);
      expect(byType.SEX.records).toBe(1);
      if (byType.BOTH.value === null) expect(byType.BOTH.suppressed).toBe('SUPPRESSED');
      else expect(byType.BOTH.value).toBeGreaterThanOrEqual(11);
      expect(byType.BOTH.value ?? 11).toBeLessThanOrEqual(16);
      expect(a.total).toBeGreaterThanOrEqual(53);
      expect(a.total).toBeLessThanOrEqual(61);
      expect(a.disclosure).toMatchObject({ protected: true, threshold: 11 });
      expect(a.disclosure.note).toMatch(/below 11 are hidden/);
    });

    it('withholds service equity figures built on small counts', async () => {
      const body = await query(
        `{ equity(dimension: SERVICES, needBasis: IDENTIFIED_VICTIMS, attribution: EXCLUDE) { labor { resources equityRatio } range { min max } nullReasons { metric reason } } }`,
      );
      const e = body.data!.equity as any;
      expect(e.labor).toEqual({ resources: null, equityRatio: null });
      expect(e.range).toEqual({ min: null, max: null });
      expect(e.nullReasons[0].reason).toMatch(/protect survivors/);
    });
  });

  describe('invalid input', () => {
    it.each([
      [
        { yearFrom: 2024, yearTo: 2015 },
        'scope.yearFrom',
        'scope.yearFrom (2024) is after scope.yearTo (2015)',
      ],
      [{ usStates: ['ZZ'] }, 'scope.usStates', 'scope.usStates contains "ZZ"'],
      [{ usStates: [] }, 'scope.usStates', 'scope.usStates is an empty list'],
      [{ yearFrom: 1066 }, 'scope.yearFrom', 'scope.yearFrom must be a year from 1990'],
      [{ funderIds: ['abc'] }, 'scope.funderIds', 'scope.funderIds contains "abc"'],
    ])('rejects %o naming %s', async (scope, field, message) => {
      const body = await query(
        `query($scope: ScopeInput) { equity(scope: $scope, dimension: FUNDING, needBasis: PREVALENCE, attribution: EXCLUDE) { theil } }`,
        { scope },
      );
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(body.errors?.[0]?.message).toContain(message);
    });

    it('rejects a grouping that does not apply to the dimension', async () => {
      const body = await query(`{ allocations(dimension: TRAINING, groupBy: [FUNDER]) { total } }`);
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toContain(
        'groupBy FUNDER does not apply to training records',
      );
    });
  });

  it('lists need indicators with paging and a filter', async () => {
    const body = await query(
      `{ needIndicators(filter: { bases: [HOTLINE_CASES] }, sort: { field: VALUE, direction: DESC }, first: 2) { totalCount nodes { traffickingType value unit dataset { name } } pageInfo { hasNextPage } } }`,
    );
    const page = body.data!.needIndicators as any;
    expect(page.totalCount).toBe(4);
    expect(page.nodes).toEqual([
      { traffickingType: 'SEX', value: 30, unit: 'cases', dataset: { name: 'Fixture need' } },
      { traffickingType: 'LABOR', value: 10, unit: 'cases', dataset: { name: 'Fixture need' } },
    ]);
    expect(page.pageInfo.hasNextPage).toBe(true);
  });
});
