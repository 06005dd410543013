/**
 * The client in Debian's chromium against the real app over the seeded demo database: every page
 * loads with data at desktop and phone widths (screenshots saved), passes axe with no serious or
 * critical violations, and keeps its view in the URL; downloads carry their metadata; the initial
 * bundle and the Overview's first meaningful render are measured and printed.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { SCREENSHOTS, startE2E, type E2EEnv } from './browser';
import { initialBundle } from './bundle';

const WIDTHS = [1280, 390] as const;

/** Each page, and what shows that it has loaded with data. */
const PAGES = [
  { name: 'overview', path: '/', ready: '[data-testid="headline"]' },
  { name: 'allocations', path: '/allocations', ready: '.plot-area svg.chart-svg' },
  { name: 'funders', path: '/funders', ready: '.ranking-table tbody tr' },
  { name: 'equity', path: '/equity', ready: '.chart-frame svg.chart-svg text' },
  { name: 'sources', path: '/sources', ready: '.dataset-card' },
  { name: 'scenarios', path: '/scenarios', ready: 'h1' },
  { name: 'import', path: '/import', ready: 'h1' },
] as const;

describe('client pages in the browser', () => {
  let env: E2EEnv;
  let context: BrowserContext;
  const problems: string[] = [];

  beforeAll(async () => {
    env = await startE2E();
    context = await env.browser.newContext({ acceptDownloads: true });
  });
  afterAll(async () => {
    await context?.close();
    await env?.close();
  });

  /** A page that records console errors, failed requests and uncaught exceptions. */
  async function open(width: number, address: string): Promise<Page> {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 900 });
    page.on('pageerror', (e) => problems.push(`${address}: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`${address}: ${m.text()}`);
    });
    await page.goto(env.app.url + address);
    return page;
  }

  it('ships under 250 kB of gzipped JavaScript before any page code is needed', () => {
    const report = initialBundle();
    console.log(
      `Initial JavaScript (gzip): ${(report.totalGzip / 1024).toFixed(1)} kB in ${report.files.length} files\n` +
        report.files
          .map(
            (f) =>
              `  ${f.file}: ${(f.bytes / 1024).toFixed(1)} kB, gzip ${(f.gzip / 1024).toFixed(1)} kB`,
          )
          .join('\n'),
    );
    expect(report.files.length).toBeGreaterThan(0);
    expect(report.totalGzip).toBeLessThan(250 * 1024);
    // The map (atlas, topojson, d3-geo) is not in it.
    for (const f of report.files)
      expect(fs.readFileSync(path.join('client/dist', f.file), 'utf8')).not.toContain(
        'geoAlbersUsa',
      );
  });

  it('renders the Overview headline within 1.5 s of navigation', async () => {
    // Warm the server and database once; then load in a fresh browser context (empty cache), as a
    // first-time visitor would.
    const warm = await open(1280, '/');
    await warm.locator('[data-testid="headline"]').waitFor();
    await warm.close();
    const cold = await env.browser.newContext();
    const page = await cold.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`overview timing: ${m.text()}`);
    });
    await page.goto(env.app.url + '/?from=2016');
    await page.locator('[data-testid="headline"]').waitFor();
    const timing = await page.evaluate(() => {
      const mark = performance.getEntriesByName('fairshare:overview-ready')[0];
      const nav = performance.getEntriesByType('navigation')[0] as
        PerformanceNavigationTiming | undefined;
      return {
        ready: mark ? mark.startTime : null,
        domContentLoaded: nav?.domContentLoadedEventEnd ?? null,
      };
    });
    console.log(
      `Overview first meaningful render (headline with data), cold cache: ${timing.ready?.toFixed(0)} ms after navigation start ` +
        `(DOMContentLoaded at ${timing.domContentLoaded?.toFixed(0)} ms)`,
    );
    expect(timing.ready).not.toBeNull();
    expect(timing.ready!).toBeLessThan(1500);
    await cold.close();
  });

  for (const p of PAGES)
    for (const width of WIDTHS)
      it(`${p.name} loads with seeded data at ${width}px, with no serious or critical axe violations`, async () => {
        const page = await open(width, p.path);
        await page.locator(p.ready).first().waitFor({ timeout: 20_000 });
        // Let every section finish loading (no loading placeholders left).
        await page.waitForFunction(
          () => document.querySelectorAll('.status-loading').length === 0,
          null,
          { timeout: 20_000 },
        );
        await expect(page.locator('h1').first().textContent()).resolves.toBeTruthy();
        // Nothing overflows the phone's width.
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        await page.screenshot({
          path: path.join(SCREENSHOTS, `${p.name}-${width}.png`),
          fullPage: true,
        });
        expect(await seriousViolations(page)).toEqual([]);
        await page.close();
      });

  it('labels illustrative data on every page that shows it', async () => {
    for (const p of PAGES.filter((x) =>
      ['overview', 'allocations', 'funders', 'equity'].includes(x.name),
    )) {
      const page = await open(1280, p.path);
      await page.locator(p.ready).first().waitFor();
      await expect(page.locator('.banner-illustrative').count()).resolves.toBe(1);
      // Captions render with their chart's data, which may arrive after the page is ready.
      const captions = page.locator('.chart-caption', { hasText: 'Illustrative' });
      await captions.first().waitFor();
      await expect(captions.count()).resolves.toBeGreaterThan(0);
      await page.close();
    }
  });

  it('sources shows every scenario default the API serves, with its source or reasoning', async () => {
    const res = await fetch(`${env.app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: JSON.stringify({
        query: '{ scenarioDefaults { key label basis source reasoning } }',
      }),
    });
    const served = (await res.json()).data.scenarioDefaults as any[];
    expect(served.length).toBeGreaterThan(15);
    const page = await open(1280, '/sources#scenario-defaults');
    const rows = page.locator('#scenario-defaults ~ .table-scroll tbody tr');
    await rows.first().waitFor({ timeout: 20_000 });
    await expect(rows.count()).resolves.toBe(served.length);
    for (const d of served) {
      const row = page.locator(`tr[data-default="${d.key}"]`);
      await expect(row.locator('th').textContent(), d.key).resolves.toBe(d.label);
      const text = (await row.textContent())!;
      expect(text, d.key).toContain(d.reasoning);
      if (d.basis === 'PUBLISHED') {
        expect(text, d.key).toContain('Published figures');
        expect(text, d.key).toContain(d.source);
      } else expect(text, d.key).toContain('Assumption');
    }
    // Cost per FTE cites BLS with a link to the table it comes from.
    await expect(
      page.locator('tr[data-default="costPerFte"] a').getAttribute('href'),
    ).resolves.toBe('https://www.bls.gov/oes/2020/may/oes211021.htm');
    await page.close();
  });

  it('a filter change updates the chart and the URL', async () => {
    const page = await open(1280, '/allocations');
    const firstChart = page.locator('.chart-frame').first();
    await expect(firstChart.locator('.chart-title').textContent()).resolves.toBe(
      'Funding by trafficking type and year',
    );
    await page.selectOption('#ctl-dimension', 'TRAINING');
    await page.waitForURL(/dim=TRAINING/);
    await expect(firstChart.locator('.chart-title').textContent()).resolves.toBe(
      'Training by trafficking type and year',
    );
    // A scope filter: from 2021 on leaves the years 2021–2024 in the chart's table.
    await page.locator('.scope-controls summary').first().click();
    await page.selectOption('#ctl-year-from', '2021');
    await page.waitForURL(/from=2021/);
    await firstChart.getByRole('button', { name: 'Show as table' }).click();
    await expect(firstChart.locator('tbody th').allTextContents()).resolves.toEqual([
      '2021',
      '2022',
      '2023',
      '2024',
    ]);
    expect(new URL(page.url()).search).toBe('?dim=TRAINING&from=2021');
    await page.close();
  });

  it('a shared URL restores the view', async () => {
    const page = await open(
      1280,
      '/equity?dim=SERVICES&basis=PREVALENCE&rule=EVEN_SPLIT&from=2019&to=2023',
    );
    await page.locator('.chart-frame').first().waitFor();
    await expect(page.locator('#ctl-dimension').inputValue()).resolves.toBe('SERVICES');
    await expect(page.locator('#ctl-basis').inputValue()).resolves.toBe('PREVALENCE');
    await expect(page.locator('#ctl-rule').inputValue()).resolves.toBe('EVEN_SPLIT');
    await expect(page.locator('.chips').first().textContent()).resolves.toContain('2019–2023');
    await expect(
      page.getByRole('heading', { name: /for every need basis and rule: services/ }).count(),
    ).resolves.toBe(1);
    // Choosing a cell of the heat table with the keyboard switches basis and rule in the URL.
    const grid = page.locator('.plot-area').nth(1);
    await grid.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await page.waitForURL(/rule=EXCLUDE/);
    expect(page.url()).toContain('basis=PREVALENCE');
    await page.close();

    // The Funders page restores its focus and comparison too.
    const funders = await open(390, '/funders?compare=3,12&focus=f:12');
    const compared = funders
      .getByRole('table', { name: 'Funders compared: key figures' })
      .locator('tbody tr');
    await compared.first().waitFor();
    await expect(compared.count()).resolves.toBe(2);
    await expect(funders.locator('#ctl-focus').inputValue()).resolves.toBe('f:12');
    await funders.close();
  });

  it('downloads CSV with a metadata header naming sources, basis, rule and the illustrative flag', async () => {
    const page = await open(1280, '/?from=2020');
    const frame = page.locator('.chart-frame').first();
    await frame.locator('svg.chart-svg').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      frame.getByRole('button', { name: 'Download data as CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('equity-ratio-by-year-funding.csv');
    const text = fs.readFileSync(await download.path(), 'utf8');
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('# Fairshare: Equity ratio by year');
    expect(lines).toContain('# Measure: Funding (US dollars)');
    expect(lines.find((l) => l.startsWith('# Need basis: Identified victims'))).toBeTruthy();
    expect(lines).toContain('# Attribution rule: Declared labor share');
    expect(lines).toContain('# Scope: 2020 onward');
    expect(lines.find((l) => l.startsWith('# Illustrative: YES'))).toBeTruthy();
    expect(lines.find((l) => l.startsWith('# Source: Illustrative demo: grants'))).toBeTruthy();
    expect(
      lines.find((l) => l.startsWith('# Source: 2024 Trafficking in Persons Report')),
    ).toBeTruthy();
    expect(lines.find((l) => l.startsWith('# View: http'))).toContain('from=2020');
    const header = lines.findIndex((l) => !l.startsWith('#'));
    expect(lines[header]).toBe(
      'Year,Labor resources,Sex resources,Labor share of resources,Labor share of need,Labor equity ratio,Sex equity ratio,Parity gap,Need figures of,Need fallbacks',
    );
    // 2020–2024: five data rows, then the final empty line.
    expect(
      lines
        .slice(header + 1)
        .filter(Boolean)
        .map((l) => l.split(',')[0]),
    ).toEqual(['2020', '2021', '2022', '2023', '2024']);
    await page.close();
  });

  it('downloads SVG and PNG under the app’s content security policy', async () => {
    const page = await open(1280, '/equity');
    const frame = page.locator('.chart-frame').first();
    await frame.locator('svg.chart-svg').waitFor();
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      frame.getByRole('button', { name: 'Download chart as SVG' }).click(),
    ]);
    const svgText = fs.readFileSync(await svg.path(), 'utf8');
    expect(svgText).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/,
    );
    expect(svgText).toContain('Illustrative: rests on generated demo data');
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      frame.getByRole('button', { name: 'Download chart as PNG' }).click(),
    ]);
    const pngBytes = fs.readFileSync(await png.path());
    expect([...pngBytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(pngBytes.length).toBeGreaterThan(5000);
    await page.close();
  });

  it('reads chart values with the keyboard and shows a tooltip', async () => {
    const page = await open(1280, '/allocations');
    const plot = page.locator('.plot-area').first();
    await plot.locator('svg').waitFor();
    await plot.focus();
    await page.keyboard.press('ArrowRight');
    await expect(plot.locator('.tooltip strong').textContent()).resolves.toMatch(
      /^2015: \$[\d.]+M in all$/,
    );
    await expect(plot.locator('[aria-live="polite"]').textContent()).resolves.toContain('Labor: $');
    await page.close();
  });

  it('says so when a scope has no data, and widening it brings the data back', async () => {
    const page = await open(390, '/?from=2099');
    await page.getByText('No funding records match this scope.').waitFor();
    await page.getByRole('button', { name: 'Clear all filters' }).first().click();
    await page.locator('[data-testid="headline"]').waitFor();
    expect(new URL(page.url()).search).toBe('');
    await page.close();
  });

  it('prints without controls', async () => {
    const page = await open(1280, '/');
    await page.locator('[data-testid="headline"]').waitFor();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.controls-bar').isVisible()).resolves.toBe(false);
    await expect(page.locator('.headline-sentence').isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('logged no console errors, failed requests or exceptions', () => {
    expect(problems).toEqual([]);
  });
});
