/**
 * Importing in the browser: a steward checks a grants CSV with one bad row and sees the problem
 * named by line and column, imports the valid rows, downloads nothing unexpected, and the
 * Overview link shows the new dataset. A viewer, and a visitor, are told why they cannot import.
 * Pages pass axe and are photographed at desktop and phone widths.
 */
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { SCREENSHOTS, startE2E, type E2EEnv } from './browser';
import { createUser, signInThroughForm } from './accountHelpers';

const ORG = { org: 'E2E Shelter Network', orgKind: 'PROVIDER' };
const STEWARD = { email: 'sam.e2e@example.org', name: 'Sam Steward', role: 'steward', ...ORG };
const VIEWER = { email: 'vic.e2e@example.org', name: 'Vic Viewer', role: 'viewer', ...ORG };
const DATASET = 'E2E grants 2024';

// Line 1 is the header; line 3 (the second grant) has an amount that is not a number.
const CSV = [
  'grant_id,funder,recipient,fiscal_year,amount_usd,trafficking_type,labor_share,service_category,country,us_state,description',
  'E2E-1,E2E Test Foundation,E2E Shelter Network,2023,125000,LABOR,,LEGAL,US,CA,Legal services',
  'E2E-2,E2E Test Foundation,E2E Shelter Network,2023,lots,SEX,,LEGAL,US,CA,Case management',
  'E2E-3,E2E Test Foundation,E2E Shelter Network,2022,80000,SEX,,HOUSING,US,CA,Housing',
].join('\n');

describe('importing in the browser', () => {
  let env: E2EEnv;
  const contexts: BrowserContext[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    env = await startE2E();
    await createUser(env.db.knex, STEWARD);
    await createUser(env.db.knex, VIEWER);
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await env?.close();
  });

  async function open(address: string, width = 1280): Promise<Page> {
    const context = await env.browser.newContext({ acceptDownloads: true });
    contexts.push(context);
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 900 });
    page.on('pageerror', (e) => problems.push(`${address}: ${e.message}`));
    await page.goto(env.app.url + address);
    return page;
  }

  async function check(page: Page, name: string, width: number) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForFunction(() => document.querySelectorAll('.status-loading').length === 0);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
  }

  it('tells a visitor to sign in, and shows the templates', async () => {
    const page = await open('/import');
    await page.getByText('Sign in to import data.').waitFor();
    await page.getByRole('link', { name: /Download the grants template/ }).waitFor();
    await check(page, 'import-signed-out', 390);
    await page.close();
  });

  it('tells a viewer they cannot import and how to get access', async () => {
    const page = await open('/signin?next=%2Fimport');
    await signInThroughForm(page, VIEWER.email);
    await page.waitForURL((u) => u.pathname === '/import');
    const notice = page.getByTestId('import-access');
    await notice.getByText('Your role does not allow importing.').waitFor();
    await expect(notice.textContent()).resolves.toContain('viewer of E2E Shelter Network');
    await expect(page.getByRole('button', { name: 'Check the file' }).count()).resolves.toBe(0);
    await check(page, 'import-viewer', 1280);
    await page.close();
  });

  it('checks a file with one bad row, names its line and column, then imports the valid rows', async () => {
    const page = await open('/signin?next=%2Fimport');
    await signInThroughForm(page, STEWARD.email);
    await page.waitForURL((u) => u.pathname === '/import');

    await page.getByLabel('Kind of data').selectOption('grants');
    await page
      .getByRole('cell', { name: 'amount_usd' })
      .or(page.getByRole('rowheader', { name: 'amount_usd' }))
      .first()
      .waitFor();
    await page.getByLabel('Dataset name').fill(DATASET);
    await page.getByLabel('Source', { exact: true }).fill('E2E Shelter Network grant records');
    await page.getByLabel('CSV file').setInputFiles({
      name: 'grants.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(CSV, 'utf8'),
    });
    // The file's size is shown: the four lines above are this many bytes.
    await expect(page.getByTestId('file-size').textContent()).resolves.toBe(
      `grants.csv: ${Buffer.byteLength(CSV)} bytes`,
    );

    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByRole('heading', { name: '1 row of the file needs fixing' }).waitFor({
      timeout: 30_000,
    });
    const errors = page.getByTestId('import-errors');
    const rows = errors.locator('tbody tr');
    await expect(rows.count()).resolves.toBe(1);
    const cells = await rows.first().locator('th, td').allTextContents();
    // Line 3 (header on line 1), column amount_usd, the value as written.
    expect(cells[0]).toContain('3');
    expect(cells[1]).toBe('amount_usd');
    expect(cells[2]).toBe('lots');
    expect(cells[3]!.length).toBeGreaterThan(10);
    // Counts: 3 rows read, 2 valid, 1 rejected.
    const counts = await page.locator('.import-counts .stat').allTextContents();
    expect(counts.slice(0, 3)).toEqual(['Rows read3', 'Valid2', 'Rejected1']);
    await expect(page.getByTestId('import-preview').locator('tbody tr').count()).resolves.toBe(3);

    for (const width of [1280, 390]) await check(page, 'import-dry-run', width);
    await page.setViewportSize({ width: 1280, height: 900 });

    // All or nothing is the default: with a rejected row, importing waits for a choice.
    const importButton = page.getByRole('button', { name: /^Import \d+ rows? into/ });
    await expect(importButton.isDisabled()).resolves.toBe(true);
    await page.getByLabel(/Import the 2 valid rows now/).check();
    await expect(importButton.textContent()).resolves.toBe(`Import 2 rows into “${DATASET}”`);
    await importButton.click();

    await page.getByRole('heading', { name: `Imported into “${DATASET}”` }).waitFor({
      timeout: 30_000,
    });
    const done = await page.locator('.import-counts .stat').allTextContents();
    expect(done).toEqual(['Rows read3', 'Valid2', 'Rejected1', 'New2', 'Updated0', 'Unchanged0']);
    const rejected = page.getByRole('link', { name: /Download the 1 rejected row/ });
    const href = await rejected.getAttribute('href');
    const csv = await page.evaluate(async (h) => (await fetch(h!)).text(), href);
    expect(csv).toContain('E2E-2');
    expect(csv).not.toContain('E2E-1,');
    await check(page, 'import-done', 1280);

    await page.getByTestId('overview-link').click();
    await page.waitForURL((u) => u.pathname === '/' && u.searchParams.has('dataset'));
    await page.locator('[data-testid="headline"]').waitFor({ timeout: 20_000 });
    // The new dataset is named on the page (the active filter), and the figures rest on it.
    await page.getByText(DATASET).filter({ visible: true }).first().waitFor({ timeout: 20_000 });
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'import-overview-1280.png'),
      fullPage: true,
    });
    // Funding in scope: 125,000 labor (2023) and 80,000 sex trafficking (2022); the rejected
    // row is not there. Labor's share is 125,000 / 205,000 = 60.98 %.
    await expect(page.locator('[data-testid="headline"]').textContent()).resolves.toContain(
      '61.0%',
    );
    await page
      .locator('.data-basis')
      .getByText(/E2E grants 2024.*E2E Shelter Network grant records/)
      .waitFor();
    await page.close();
    expect(problems).toEqual([]);
  });
});
