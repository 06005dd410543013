/**
 * The "Real data only" switch in the browser: on every analytic page, kept in the link, carried
 * from page to page; and research counts over a period shown as period totals.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, type E2EEnv } from './browser';

describe('real data only, in the browser', () => {
  let env: E2EEnv;
  let context: BrowserContext;
  beforeAll(async () => {
    env = await startE2E();
    context = await env.browser.newContext();
  });
  afterAll(async () => {
    await context?.close();
    await env?.close();
  });

  async function open(address: string): Promise<Page> {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(env.app.url + address);
    return page;
  }

  it('puts the switch in the link and keeps it across pages', async () => {
    const page = await open('/allocations?dim=RESEARCH');
    const box = page.getByRole('checkbox', { name: 'Real data only' });
    await box.waitFor();
    expect(await box.isChecked()).toBe(false);
    // The demo database has no real resource data: the demo is used, and the page says so.
    await page.getByText('No real resource data is available yet').waitFor();
    // The literature count of 2000–2017 is a period total, in its own unit.
    const row = page.locator('.research-periods tbody tr', { hasText: '2000–2017' });
    await row.waitFor();
    expect(await row.locator('td').allInnerTexts()).toEqual([
      '2000–2017',
      'publications',
      '616',
      '771',
      '0',
      '657',
      '2,044',
      expect.stringMatching(/^44(\.4)?\s?%$/),
    ]);

    await box.check();
    await page.waitForURL(/[?&]data=real\b/);
    await page.getByText('Real data only: illustrative demo datasets are left out').waitFor();
    expect(await page.locator('.banner-illustrative').count()).toBe(0);

    await page
      .getByRole('navigation', { name: 'Pages' })
      .getByRole('link', { name: 'Equity' })
      .click();
    await page.waitForURL(/\/equity\?.*data=real\b/);
    expect(await page.getByRole('checkbox', { name: 'Real data only' }).isChecked()).toBe(true);

    const fresh = await open('/funders?data=real');
    const freshBox = fresh.getByRole('checkbox', { name: 'Real data only' });
    await freshBox.waitFor();
    expect(await freshBox.isChecked()).toBe(true);
    await freshBox.uncheck();
    await fresh.waitForURL((url) => !url.search.includes('data='));
  });
});
