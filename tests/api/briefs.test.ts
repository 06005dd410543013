/**
 * Briefs: made by analysts from the same services as the pages (figures equal the equity query's),
 * read by members only, recommendations saved, reopened with the same numbers, newer data named,
 * and the PDF and bundle made from the stored content.
 */
import { execFileSync } from 'node:child_process';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { briefBundle } from '../../api/briefs/bundle';
import { briefPdf, ILLUSTRATIVE_FLAG } from '../../api/briefs/pdf';
import { loadBrief } from '../../api/briefs/service';
import type { Viewer } from '../../api/viewer';
import { describeEachBackend } from '../helpers/db';
import { loadScenarioFixture, type ScenarioFixtureIds } from '../helpers/scenarioFixture';
import { signedIn, startInProcess, type InProcessServer } from './scenarios/operations';

const BRIEF_FIELDS = `id kind title finding illustrative permalink appVersion newerData pdfPath bundlePath
  figures { key label value text } charts { key title svg } assumptions { label value }
  uncertainty { label value } vintages { label value }
  citations { name citation url illustrative } recommendations { audience text }`;
const CREATE = `mutation($input: BriefInput!) { createBrief(input: $input) { ${BRIEF_FIELDS} } }`;
const READ = `query($id: ID!) { brief(id: $id) { ${BRIEF_FIELDS} } }`;
const EQUITY = `query($scope: ScopeInput) {
  equity(scope: $scope, dimension: FUNDING, needBasis: IDENTIFIED_VICTIMS, attribution: EVEN_SPLIT) {
    labor { equityRatio resourceShare } parityGap range { min max } } }`;
const FUNDER_PROFILE = `query($scope: ScopeInput) {
  equity(scope: $scope, dimension: FUNDING, needBasis: IDENTIFIED_VICTIMS, attribution: EVEN_SPLIT) {
    labor { equityRatio resourceShare resources } sex { resources } parityGap }
  equityTrend(scope: $scope, dimension: FUNDING, needBasis: IDENTIFIED_VICTIMS, attribution: EVEN_SPLIT) {
    points { year labor { equityRatio } } } }`;
const RECS = `mutation($id: ID!, $recs: [BriefRecommendationInput!]!) {
  updateBriefRecommendations(id: $id, recommendations: $recs) { recommendations { audience text } } }`;

describeEachBackend('briefs', (db) => {
  let ids: ScenarioFixtureIds;
  let server: InProcessServer;
  let alice: Viewer;
  let vera: Viewer;
  let bob: Viewer;
  beforeAll(async () => {
    ids = await loadScenarioFixture(db().knex);
    server = await startInProcess(db());
    alice = signedIn(ids.alice, [{ organizationId: ids.orgA, role: 'analyst' }]);
    vera = signedIn(ids.vera, [{ organizationId: ids.orgA, role: 'viewer' }]);
    bob = signedIn(ids.bob);
  });
  afterAll(async () => {
    await server.close();
  });
  const scope = () => ({ datasetIds: [String(ids.scenarioGrants)] });
  const input = () => ({
    organizationId: String(ids.orgA),
    kind: 'EQUITY',
    scope: scope(),
    dimension: 'FUNDING',
    needBasis: 'IDENTIFIED_VICTIMS',
    attribution: 'EVEN_SPLIT',
    permalink: '/equity?dim=FUNDING',
  });
  let brief: Record<string, any>;

  it('lets analysts, not viewers, make a brief for their organization', async () => {
    const refused = await server.run(CREATE, { input: input() }, vera);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const res = await server.run(CREATE, { input: input() }, alice);
    expect(res.errors).toBeUndefined();
    brief = (res.data as any).createBrief;
    expect(brief.kind).toBe('EQUITY');
    expect(brief.recommendations.map((r: any) => r.audience)).toEqual([
      'ORGANIZATIONAL_LEADERS',
      'TTA_PROVIDERS',
      'POLICY_MAKERS',
    ]);
    expect(brief.recommendations.every((r: any) => r.text.length > 20)).toBe(true);
  });

  it('carries the Equity page’s figures, from the same service', async () => {
    const eq = ((await server.run(EQUITY, { scope: scope() }, alice)).data as any).equity;
    const fig = (k: string) => brief.figures.find((f: any) => f.key === k).value;
    expect(fig('laborEquityRatio')).toBe(eq.labor.equityRatio);
    expect(fig('laborEquityRatioMin')).toBe(eq.range.min);
    expect(fig('laborEquityRatioMax')).toBe(eq.range.max);
    expect(fig('parityGap')).toBe(eq.parityGap);
    expect(brief.finding).toContain(eq.labor.equityRatio.toFixed(2));
    expect(brief.charts.length).toBeGreaterThanOrEqual(2);
    expect(brief.charts[0].svg).toMatch(/^<svg /);
    expect(brief.citations.length).toBeGreaterThan(0);
    expect(brief.newerData).toBeNull();
  });

  it('is read by members of its organization only', async () => {
    expect(((await server.run(READ, { id: brief.id }, vera)).data as any).brief.id).toBe(brief.id);
    expect(((await server.run(READ, { id: brief.id }, bob)).data as any).brief).toBeNull();
    expect(((await server.run(READ, { id: brief.id })).data as any).brief).toBeNull();
  });

  it('saves edited recommendations (analysts), one per audience', async () => {
    const recs = [{ audience: 'POLICY_MAKERS', text: '  Fund labor services.  ' }];
    const byViewer = await server.run(RECS, { id: brief.id, recs }, vera);
    expect(byViewer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const res = await server.run(RECS, { id: brief.id, recs }, alice);
    expect((res.data as any).updateBriefRecommendations.recommendations).toEqual([
      { audience: 'ORGANIZATIONAL_LEADERS', text: '' },
      { audience: 'TTA_PROVIDERS', text: '' },
      { audience: 'POLICY_MAKERS', text: 'Fund labor services.' },
    ]);
  });

  it('makes a PDF and a bundle from the stored content', async () => {
    const b = await loadBrief(
      {
        knex: db().knex,
        viewer: alice,
        suppressionThreshold: 11,
        datasetName: () => Promise.resolve(null),
      },
      brief.id,
    );
    const doc = {
      content: b.content,
      recommendations: b.recommendations,
      permalink: 'http://localhost/equity?dim=FUNDING',
      createdAt: b.row.created_at,
      appVersion: '0.1.0',
      newerData: null,
    };
    const pdf = await briefPdf(doc, 'A4');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString();
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(brief.title);
    expect(flat).toContain(brief.finding);
    expect(flat).toContain('Fund labor services.');
    for (const f of brief.figures) expect(flat).toContain(`${f.label}: ${f.text}`);
    const pages = text.split('\f').filter((p) => p.trim());
    for (const page of pages) {
      expect(page).toContain('http://localhost/equity?dim=FUNDING');
      if (b.content.illustrative) expect(page.replace(/\s+/g, ' ')).toContain(ILLUSTRATIVE_FLAG);
    }
    const zip = unzipSync(briefBundle(doc, b.view, b.content.parameters));
    expect(Object.keys(zip).sort()).toEqual(
      [
        'README.md',
        'parameters.json',
        ...b.content.charts.map((c, i) => `charts/${i + 1}-${c.key}.csv`),
      ].sort(),
    );
    expect(strFromU8(zip['README.md']!)).toContain('## Sources');
  });

  it('carries the Funders page’s comparison: each funder’s figures equal the API’s', async () => {
    const funders = [String(ids.f1), String(ids.f2)];
    const fieldScope = { datasetIds: [String(ids.grants)] };
    const res = await server.run(
      CREATE,
      {
        input: {
          ...input(),
          kind: 'FUNDERS',
          scope: fieldScope,
          funderIds: funders,
          permalink: `/funders?compare=${funders.join(',')}`,
        },
      },
      alice,
    );
    expect(res.errors).toBeUndefined();
    const made = (res.data as any).createBrief;
    const fig = (k: string) => made.figures.find((f: any) => f.key === k);
    const content = (
      await loadBrief(
        {
          knex: db().knex,
          viewer: alice,
          suppressionThreshold: 11,
          datasetName: () => Promise.resolve(null),
        },
        made.id,
      )
    ).content;
    const trendChart = content.charts.find((c) => c.key === 'fundersTrend')!;
    expect(trendChart.series.map((s) => s.name)).toEqual(['F1', 'F2', 'The field']);
    for (const [i, id] of funders.entries()) {
      // The page's Profile query for one compared funder: the field's scope narrowed to it.
      const page = (
        await server.run(FUNDER_PROFILE, { scope: { ...fieldScope, funderIds: [id] } }, alice)
      ).data as any;
      const eq = page.equity;
      expect(fig(`funder.${id}.laborEquityRatio`).value).toBe(eq.labor.equityRatio);
      expect(fig(`funder.${id}.laborResourceShare`).value).toBe(eq.labor.resourceShare);
      expect(fig(`funder.${id}.parityGap`).value).toBe(eq.parityGap);
      expect(fig(`funder.${id}.total`).value).toBe(eq.labor.resources + eq.sex.resources);
      // Year by year, on the years either funder or the field covers.
      const byYear = new Map<string, number | null>(
        page.equityTrend.points.map((p: any) => [String(p.year), p.labor.equityRatio]),
      );
      trendChart.categories.forEach((year, j) =>
        expect(trendChart.series[i]!.values[j]).toBe(byYear.get(year) ?? null),
      );
    }
    // By hand from the fixture (F1's grants): $100 labor, $300 + $500 sex; even split of none.
    // F1's labor share 100 / 900; F2: 2020 BOTH $200 split evenly, 2021 UNSPECIFIED $400 split
    // evenly: labor 100 + 200 = 300 of 600, one half.
    expect(fig(`funder.${ids.f1}.laborResourceShare`).value).toBeCloseTo(100 / 900, 9);
    expect(fig(`funder.${ids.f2}.laborResourceShare`).value).toBeCloseTo(0.5, 9);
    // F1's largest category: housing, $800 of $900.
    expect(fig(`funder.${ids.f1}.largestCategoryShare`).text).toBe('Housing (88.9%)');
  });

  it('refuses funder ids on other briefs, and more than four', async () => {
    const other = await server.run(
      CREATE,
      { input: { ...input(), funderIds: [String(ids.f1)] } },
      alice,
    );
    expect(other.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const five = await server.run(
      CREATE,
      { input: { ...input(), kind: 'FUNDERS', funderIds: ['1', '2', '3', '4', '5'] } },
      alice,
    );
    expect(five.errors?.[0]?.message).toMatch(/up to 4 different funders/);
  });

  it('says when newer data would change the figures, and keeps its own', async () => {
    await db()
      .knex('grants')
      .where('dataset_id', ids.scenarioGrants)
      .update({
        amount_usd: db().knex.raw('amount_usd * 2'),
      })
      .where('trafficking_type', 'LABOR');
    const res = (await server.run(READ, { id: brief.id }, vera)).data as any;
    expect(res.brief.figures).toEqual(brief.figures);
    expect(res.brief.newerData).toMatch(/Newer data would change this brief/);
  });
});
