import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describe } from 'vitest';
import { SCREENSHOTS, startE2E, type E2EEnv } from './browser';

describe('browser smoke test', () => {
  let env: E2EEnv;
  beforeAll(async () => {
    env = await startE2E();
  });
  afterAll(async () => {
    await env?.close();
  });

  it('loads the app and finds its heading', async () => {
    const page = await env.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(env.app.url);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
      'Fairshare',
    );
    await page.screenshot({ path: path.join(SCREENSHOTS, 'smoke.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});
