/**
 * Briefs, print and exports in chromium on the demo data: a brief from the Overview and from a
 * saved scenario (the PDF's text carries the API's figures, the citations, and the illustrative
 * flag and permalink on every page); every page printed to PDF shows its headings and no
 * controls; every chart exported as SVG at 1280 and 390 px has no text past an edge.
 * The PDFs are read with poppler's pdftotext (installed by .ci/run).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_VIEW } from '../../client/src/state/viewState';
import { createUser, PASSWORD } from './accountHelpers';
import { SCREENSHOTS, startE2E, type E2EEnv } from './browser';

const EMAIL = 'advocate@example.org';
const ILLUSTRATIVE_FLAG =
  'ILLUSTRATIVE: rests on generated demo data, not real figures. Do not quote as findings.';

const pdfText = (pdf: Buffer): string =>
  execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString();
const flat = (s: string) => s.replace(/\s+/g, ' ');

async function gql<T>(page: Page, query: string, variables: Record<string, unknown> = {}) {
  return page.evaluate(
    async ([q, v]) => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: q, variables: v }),
      });
      return (await res.json()) as { data: T; errors?: unknown };
    },
    [query, variables] as const,
  );
}

/** Every page of a PDF's text: the flag (when illustrative) and the permalink on each. */
function expectEveryPage(text: string, permalink: string) {
  const pages = text.split('\f').filter((p) => p.trim());
  expect(pages.length).toBeGreaterThan(0);
  for (const p of pages) {
    expect(flat(p)).toContain(ILLUSTRATIVE_FLAG);
    expect(flat(p)).toContain(permalink.slice(0, 60));
  }
}

describe('briefs, print and exports', () => {
  let env: E2EEnv;
  let context: BrowserContext;
  let orgId: string;
  beforeAll(async () => {
    env = await startE2E();
    await createUser(env.db.knex, {
      email: EMAIL,
      name: 'Coalition advocate',
      org: 'Coalition Against Trafficking',
      orgKind: 'COALITION',
      role: 'analyst',
    });
    context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${env.app.url}/`);
    const res = await gql<{ signIn: { memberships: { organization: { id: string } }[] } }>(
      page,
      'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { memberships { organization { id } } } }',
      { e: EMAIL, p: PASSWORD },
    );
    expect(res.errors).toBeUndefined();
    orgId = res.data.signIn.memberships[0]!.organization.id;
    await page.close();
  });
  afterAll(async () => {
    await env?.close();
  });

  async function createBriefFrom(page: Page): Promise<string> {
    await page.getByRole('button', { name: 'Create brief' }).first().click();
    await page.waitForURL(/\/brief\?id=[0-9a-f-]{36}/, { timeout: 30_000 });
    await page.locator('.brief-finding').waitFor();
    return /id=([0-9a-f-]{36})/.exec(page.url())![1]!;
  }

  async function fetchPdf(page: Page, id: string, size = 'LETTER'): Promise<string> {
    const res = await page.request.get(`${env.app.url}/api/briefs/${id}.pdf?size=${size}`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('application/pdf');
    const pdf = await res.body();
    fs.writeFileSync(path.join(SCREENSHOTS, `brief-${size}.pdf`), pdf);
    return pdfText(pdf);
  }

  it('makes a brief from the Overview whose PDF carries the API’s figures and citations', async () => {
    const page = await context.newPage();
    await page.goto(`${env.app.url}/`);
    await page.locator('[data-testid="headline"]').waitFor();
    const id = await createBriefFrom(page);
    const api = await gql<{
      equity: {
        labor: { equityRatio: number };
        parityGap: number;
        range: { min: number; max: number };
      };
      datasets: { nodes: { name: string }[] };
    }>(
      page,
      `query($d: ResourceDimension!, $b: NeedBasis!, $a: AttributionRule!) {
         equity(dimension: $d, needBasis: $b, attribution: $a) {
           labor { equityRatio } parityGap range { min max } }
         datasets(first: 100) { nodes { name } } }`,
      { d: DEFAULT_VIEW.dimension, b: DEFAULT_VIEW.needBasis, a: DEFAULT_VIEW.attribution },
    );
    const brief = await gql<{
      brief: {
        permalink: string;
        figures: { key: string; label: string; value: number; text: string }[];
        citations: { name: string }[];
      };
    }>(
      page,
      'query($id: ID!) { brief(id: $id) { permalink figures { key label value text } citations { name } } }',
      { id },
    );
    const fig = (k: string) => brief.data.brief.figures.find((f) => f.key === k)!;
    expect(fig('laborEquityRatio').value).toBe(api.data.equity.labor.equityRatio);
    expect(fig('laborEquityRatioMin').value).toBe(api.data.equity.range.min);
    expect(fig('laborEquityRatioMax').value).toBe(api.data.equity.range.max);
    expect(fig('parityGap').value).toBe(api.data.equity.parityGap);

    for (const size of ['LETTER', 'A4']) {
      const text = flat(await fetchPdf(page, id, size));
      expect(text).toContain(
        `Labor trafficking’s equity ratio (1 is proportional): ${api.data.equity.labor.equityRatio.toFixed(2)}`,
      );
      expect(text).toContain(
        `between ${api.data.equity.range.min.toFixed(2)} and ${api.data.equity.range.max.toFixed(2)}`,
      );
      for (const c of brief.data.brief.citations) expect(text).toContain(c.name);
      expect(text).toContain('Organizational leaders');
      expect(text).toContain('Policy makers');
    }
    expectEveryPage(await fetchPdf(page, id), `${env.app.url}${brief.data.brief.permalink}`);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'brief-overview.png'), fullPage: true });

    // Recommendations are edited and saved with the brief; the PDF carries them.
    const box = page.getByRole('textbox', { name: 'Policy makers' });
    await box.fill('Fund trauma-informed labor-trafficking services in the next budget.');
    await page.getByRole('button', { name: 'Save recommendations' }).click();
    await page.getByText('Recommendations saved').waitFor();
    expect(flat(await fetchPdf(page, id))).toContain(
      'Fund trauma-informed labor-trafficking services in the next budget.',
    );

    const bundle = await page.request.get(`${env.app.url}/api/briefs/${id}/bundle.zip`);
    expect(bundle.status()).toBe(200);
    expect((await bundle.body()).subarray(0, 2).toString()).toBe('PK');
    await page.close();
  });

  it('makes a brief from a saved scenario with survivors served against no change', async () => {
    const page = await context.newPage();
    await page.goto(`${env.app.url}/`);
    const saved = await gql<{ saveScenario: { id: string } }>(
      page,
      'mutation($input: ScenarioInput!, $org: ID) { saveScenario(name: "Quarter shift", input: $input, organizationId: $org) { id } }',
      { input: { needBasis: 'IDENTIFIED_VICTIMS', levers: { shiftFraction: 0.25 } }, org: orgId },
    );
    expect(saved.errors).toBeUndefined();
    const sid = saved.data.saveScenario.id;
    const run = await gql<{
      scenario: {
        run: {
          totals: { labor: { survivorsServed: number } };
          baselineTotals: { labor: { survivorsServed: number } };
          differenceTotals: { sex: { survivorsServed: number } };
        };
      };
    }>(
      page,
      `query($id: ID!) { scenario(id: $id) { run { totals { labor { survivorsServed } }
         baselineTotals { labor { survivorsServed } } differenceTotals { sex { survivorsServed } } } } }`,
      { id: sid },
    );
    await page.goto(`${env.app.url}/scenarios?scenario=${sid}`);
    await page.locator('path.fan-band').first().waitFor({ state: 'attached', timeout: 30_000 });
    await page.waitForFunction(() => window.location.search.includes('shift=0.25'));
    const id = await createBriefFrom(page);
    const text = flat(await fetchPdf(page, id));
    const n = (v: number) => Math.round(v).toLocaleString('en-US');
    const r = run.data.scenario.run;
    expect(text).toContain(`scenario: ${n(r.totals.labor.survivorsServed)}`);
    expect(text).toContain(`… with no change: ${n(r.baselineTotals.labor.survivorsServed)}`);
    const sex = r.differenceTotals.sex.survivorsServed;
    expect(text).toContain(
      `Change in sex-trafficking survivors served, against no change: ${sex < -0.5 ? `${n(-sex)} fewer` : sex > 0.5 ? `${n(sex)} more` : 'none'}`,
    );
    expect(text).toContain('Shift of sex-only funding to labor services: 25.0%');
    expectEveryPage(await fetchPdf(page, id), `${env.app.url}/scenarios`);
    await page.close();
  });

  const PAGES: [string, string][] = [
    ['/', 'Fairshare overview'],
    ['/allocations', 'Allocations'],
    ['/funders', 'Funders'],
    ['/equity', 'Equity'],
    ['/scenarios', 'Scenario studio'],
    ['/sources', 'Sources'],
  ];

  it('prints every page with its headings, table headers and footer, and no controls', async () => {
    const page = await context.newPage();
    for (const [url, title] of PAGES) {
      await page.goto(`${env.app.url}${url}`);
      await page.locator('h1').first().waitFor();
      await page
        .locator(url === '/scenarios' ? 'path.fan-band' : 'svg.chart-svg, .dataset-card, table')
        .first()
        .waitFor({ state: 'attached', timeout: 30_000 });
      await page.emulateMedia({ media: 'print' });
      const visibleControls = await page.evaluate(() =>
        [...document.querySelectorAll('input, select, textarea, button')]
          .filter((el) => !el.closest('th') && (el as HTMLElement).offsetParent !== null)
          .map((el) => el.outerHTML.slice(0, 80)),
      );
      expect(visibleControls, url).toEqual([]);
      const text = flat(pdfText(await page.pdf({ format: 'Letter' })));
      expect(text, url).toContain(title);
      expect(text, url).toContain('Printed from');
      expect(text, url).not.toContain('Show as table');
      const headers = await page.evaluate(() =>
        [...document.querySelectorAll('thead th')]
          // Headers of sections print leaves out (saved scenarios), and a header read only by
          // screen readers (the studio's reset column), are not on paper.
          .filter((th) => (th as HTMLElement).offsetParent !== null)
          .filter((th) => th.textContent !== th.querySelector('.visually-hidden')?.textContent)
          .map((th) => th.textContent?.trim() ?? ''),
      );
      // Table cells wrap in print, so each word of each header is looked for.
      for (const h of headers.filter(Boolean))
        for (const word of h.replace(/[▾▴]/g, '').split(/\s+/).filter(Boolean))
          expect(text, `${url}: header ${h}`).toContain(word);
      await page.emulateMedia({ media: 'screen' });
    }
    await page.close();
  }, 180_000);

  it('exports every chart at 1280 and 390 px with no text past an edge', async () => {
    const checker = await context.newPage();
    let exported = 0;
    for (const width of [1280, 390]) {
      const page = await context.newPage();
      await page.setViewportSize({ width, height: 900 });
      for (const [url] of PAGES.filter(([u]) => u !== '/sources')) {
        await page.goto(`${env.app.url}${url}`);
        await page.locator('svg.chart-svg').first().waitFor({ timeout: 30_000 });
        await page.waitForTimeout(300);
        const frames = page.locator('.chart-frame');
        for (let i = 0; i < (await frames.count()); i++) {
          const frame = frames.nth(i);
          if (!(await frame.locator('svg.chart-svg').count())) continue;
          const button = frame.getByRole('button', { name: 'Download chart as SVG' });
          if (await button.isDisabled()) continue;
          const [dl] = await Promise.all([page.waitForEvent('download'), button.click()]);
          const svg = fs.readFileSync(await dl.path(), 'utf8');
          expect(svg, `${url} chart ${i}`).toContain('Made with Fairshare on');
          expect(svg, `${url} chart ${i}`).toContain('Link:');
          await checker.setContent(
            `<!doctype html><body style="margin:0">${svg.replace(/^<\?xml[^>]*>/, '')}</body>`,
          );
          const clipped = await checker.evaluate(() => {
            const out: string[] = [];
            const root = document.querySelector('svg')!.getBoundingClientRect();
            for (const t of document.querySelectorAll('text')) {
              const r = t.getBoundingClientRect();
              if (!t.textContent?.trim() || r.width === 0) continue;
              const box = (t.closest('svg') ??
                document.querySelector('svg'))!.getBoundingClientRect();
              for (const b of [root, box])
                if (
                  r.left < b.left - 1 ||
                  r.right > b.right + 1 ||
                  r.top < b.top - 1 ||
                  r.bottom > b.bottom + 1
                ) {
                  out.push(
                    `"${t.textContent}" at ${Math.round(r.left)}–${Math.round(r.right)} of ${Math.round(b.left)}–${Math.round(b.right)}`,
                  );
                  break;
                }
            }
            return out;
          });
          expect(clipped, `${url} chart ${i} at ${width} px`).toEqual([]);
          exported++;
        }
      }
      await page.close();
    }
    console.log(`[brief] exported ${exported} charts at 1280 and 390 px; none clipped`);
    expect(exported).toBeGreaterThan(10);
    await checker.close();
  }, 240_000);
});
