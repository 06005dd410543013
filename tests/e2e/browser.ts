/**
 * Debian's chromium driven by playwright-core (Playwright's own browser download does not work
 * here), against the real app on a random port over a seeded in-memory database.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import type { Db } from '../../api/db/connection';
import { createTestDb } from '../helpers/db';
import { startTestApp, type RunningApp } from '../helpers/server';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `No browser at ${CHROMIUM}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

export interface E2EEnv {
  db: Db;
  app: RunningApp;
  browser: Browser;
  close(): Promise<void>;
}

export async function startE2E(): Promise<E2EEnv> {
  const db = await createTestDb('embedded', { seed: 'demo' });
  const app = await startTestApp(db);
  const browser = await launchBrowser();
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    db,
    app,
    browser,
    async close() {
      await browser.close();
      await app.close();
      await db.close();
    },
  };
}
