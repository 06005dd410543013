import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import { describe, expect, it } from 'vitest';
import { DEMO_GRANT_COUNT, generateDemo } from '../../seeds/demo';
import { runSeeds } from '../../seeds/index';
import { describeEachBackend } from '../helpers/db';

async function tableDigest(knex: Knex, table: string, columns: string[]): Promise<string> {
  const rows = await knex(table).select(columns).orderBy(columns);
  return createHash('sha256').update(JSON.stringify(rows)).digest('hex');
}

describe('demo generator', () => {
  it('generates the same rows every time', () => {
    expect(generateDemo()).toEqual(generateDemo());
  });

  it('generates a different set for a different seed', () => {
    expect(generateDemo(1).grants).not.toEqual(generateDemo(2).grants);
  });

  it('has the sizes the brief asks for', () => {
    const demo = generateDemo();
    expect(demo.funders).toHaveLength(40);
    expect(demo.providers).toHaveLength(157);
    expect(demo.grants).toHaveLength(DEMO_GRANT_COUNT);
    expect(new Set(demo.grants.map((g) => g.fiscal_year))).toEqual(
      new Set([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]),
    );
  });

  it('skews toward sex trafficking, with shared grants and some declared labor shares', () => {
    const { grants } = generateDemo();
    const count = (t: string) => grants.filter((g) => g.trafficking_type === t).length;
    expect(count('SEX')).toBeGreaterThan(2 * count('LABOR'));
    expect(count('BOTH') + count('UNSPECIFIED')).toBeGreaterThan(0.2 * grants.length);
    const declared = grants.filter((g) => g.labor_share !== null);
    expect(declared.length).toBeGreaterThan(100);
    expect(
      declared.every(
        (g) => g.trafficking_type === 'BOTH' && g.labor_share! >= 0.1 && g.labor_share! <= 0.5,
      ),
    ).toBe(true);
  });

  it('labels every organization illustrative', () => {
    const demo = generateDemo();
    const orgs = [...demo.funders, ...demo.providers, ...demo.ttaProviders, ...demo.coalitions];
    expect(orgs.every((o) => o.is_illustrative && o.name.includes('(illustrative)'))).toBe(true);
  });
});

describeEachBackend(
  'seeds',
  (db) => {
    it('loads every reference figure, one dataset per source', async () => {
      const knex = db().knex;
      const refs = await knex('datasets')
        .where('slug', 'like', 'ref-%')
        .select('name', 'url', 'confidence', 'is_illustrative');
      // 7 sources in reference-figures.csv plus the 2017 hotline figures.
      expect(refs).toHaveLength(8);
      expect(refs.every((d: { is_illustrative: boolean }) => !d.is_illustrative)).toBe(true);
      // 52 need rows in the CSV (58 rows less 6 literature counts) plus 4 hotline rows.
      expect(Number((await knex('need_indicators').count({ n: '*' }))[0]!.n)).toBe(56);
    });

    it('stores ALL figures as the NON_LABOR remainder with the published total', async () => {
      const row = await db()
        .knex('need_indicators')
        .where({ basis: 'IDENTIFIED_VICTIMS', year: 2023, trafficking_type: 'NON_LABOR' })
        .first();
      expect(Number(row.value)).toBe(133943 - 42098); // 91,845
      expect(Number(row.published_total)).toBe(133943);
      const prosecutions2007 = await db()
        .knex('need_indicators')
        .where({ basis: 'PROSECUTIONS', year: 2007, trafficking_type: 'NON_LABOR' })
        .first();
      expect(Number(prosecutions2007.value)).toBe(5682 - 490);
      expect(prosecutions2007.confidence).toBe('primary');
    });

    it('keeps a row-level confidence weaker than its dataset where the source says so', async () => {
      const row = await db()
        .knex('need_indicators')
        .where({ basis: 'CONVICTIONS', year: 2019, trafficking_type: 'LABOR' })
        .first();
      expect(row.confidence).toBe('uncertain');
    });

    it('stores literature counts as research outputs, the rest of ALL as UNSPECIFIED', async () => {
      const rows = await db()
        .knex('research_outputs')
        .join('datasets', 'datasets.id', 'research_outputs.dataset_id')
        .where({ 'datasets.is_illustrative': false, year: 2017, kind: 'PUBLICATIONS' })
        .select('type_focus', 'output_count');
      const byType = Object.fromEntries(
        rows.map((r: { type_focus: string; output_count: number }) => [
          r.type_focus,
          r.output_count,
        ]),
      );
      expect(byType).toMatchObject({ LABOR: 616, SEX: 771, UNSPECIFIED: 2044 - 616 - 771 });
    });

    it('labels the demo datasets illustrative and loads 5,000 grants', async () => {
      const knex = db().knex;
      const demo = await knex('datasets')
        .where('slug', 'like', 'demo-%')
        .select('is_illustrative', 'confidence');
      expect(demo).toHaveLength(4);
      expect(
        demo.every(
          (d: { is_illustrative: boolean; confidence: string }) =>
            d.is_illustrative && d.confidence === 'illustrative',
        ),
      ).toBe(true);
      expect(Number((await knex('grants').count({ n: '*' }))[0]!.n)).toBe(DEMO_GRANT_COUNT);
    });

    it('is idempotent: a second run adds nothing', async () => {
      const knex = db().knex;
      const before = await tableDigest(knex, 'grants', [
        'external_id',
        'amount_usd',
        'trafficking_type',
      ]);
      const report = await runSeeds(knex, { demo: true });
      expect(report).toEqual({ referenceDatasets: 0, demoLoaded: false });
      expect(
        await tableDigest(knex, 'grants', ['external_id', 'amount_usd', 'trafficking_type']),
      ).toBe(before);
    });
  },
  { seed: 'demo' },
);
