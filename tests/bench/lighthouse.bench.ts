/**
 * Lighthouse 12 on the production build, mobile with Lighthouse's default (simulated) throttling,
 * at /, /equity and /scenarios; prints Performance, CLS, TBT, LCP, Accessibility, Best practices
 * and SEO per page. Lighthouse is installed on first use into a temporary folder (never a
 * dependency of the app) and drives Debian's chromium (CHROME_PATH, default /usr/bin/chromium).
 *
 * Run: npm run bench:lighthouse   (the app starts on the embedded database with the demo data).
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { loadConfig } from '../../api/config';
import { openEmbedded } from '../../api/db/connection';
import { migrateLatest } from '../../api/db/migrate';
import { createLogger } from '../../api/logger';
import { createApp } from '../../api/server';
import { runSeeds } from '../../seeds/index';

const execFileAsync = promisify(execFile);
const DIR = path.join(os.tmpdir(), 'fairshare-bench-lighthouse');
const PAGES = ['/', '/equity', '/scenarios'];
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

async function installLighthouse(): Promise<string> {
  const cli = path.join(DIR, 'node_modules/lighthouse/cli/index.js');
  if (!fs.existsSync(cli)) {
    fs.mkdirSync(DIR, { recursive: true });
    fs.writeFileSync(
      path.join(DIR, 'package.json'),
      '{"name":"bench-lighthouse","private":true}\n',
    );
    console.log(`installing lighthouse@12 into ${DIR}…`);
    await execFileAsync('npm', ['install', '--no-audit', '--no-fund', 'lighthouse@12.2.3'], {
      cwd: DIR,
    });
  }
  return cli;
}

interface Report {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
}

async function main(): Promise<void> {
  const cli = await installLighthouse();
  await execFileAsync(process.execPath, ['--import', 'tsx', 'api/cli/build-client-if-stale.ts']);
  const db = await openEmbedded();
  await migrateLatest(db.knex);
  await runSeeds(db.knex, { demo: true });
  const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'error' });
  const { app, apollo } = await createApp({ db, config, logger: createLogger('error') });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const { port } = server.address() as AddressInfo;
  const score = (r: Report, c: string) => Math.round((r.categories[c]?.score ?? 0) * 100);
  console.log(
    `${'page'.padEnd(12)} ${'Perf'.padStart(5)} ${'CLS'.padStart(6)} ${'TBT'.padStart(8)} ${'LCP'.padStart(8)} ${'A11y'.padStart(5)} ${'BP'.padStart(4)} ${'SEO'.padStart(4)}`,
  );
  try {
    for (const page of PAGES) {
      const out = path.join(DIR, `report-${page.replace(/\W/g, '') || 'home'}.json`);
      // Asynchronous: this process serves the pages meanwhile.
      await execFileAsync(
        process.execPath,
        [
          cli,
          `http://127.0.0.1:${port}${page}`,
          '--output=json',
          `--output-path=${out}`,
          '--quiet',
          '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
          '--only-categories=performance,accessibility,best-practices,seo',
        ],
        { env: { ...process.env, CHROME_PATH: CHROME }, maxBuffer: 64 * 1024 * 1024 },
      );
      const r = JSON.parse(fs.readFileSync(out, 'utf8')) as Report;
      const a = (id: string) => r.audits[id]?.numericValue ?? NaN;
      console.log(
        `${page.padEnd(12)} ${String(score(r, 'performance')).padStart(5)} ${a('cumulative-layout-shift').toFixed(3).padStart(6)} ${`${a('total-blocking-time').toFixed(0)} ms`.padStart(8)} ${`${(a('largest-contentful-paint') / 1000).toFixed(1)} s`.padStart(8)} ${String(score(r, 'accessibility')).padStart(5)} ${String(score(r, 'best-practices')).padStart(4)} ${String(score(r, 'seo')).padStart(4)}`,
      );
    }
  } finally {
    await new Promise<void>((r) => server.close(() => r()));
    await apollo.stop();
    await db.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
