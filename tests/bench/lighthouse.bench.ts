/**
 * Lighthouse 12 on the production build, mobile with Lighthouse's default (simulated) throttling,
 * at /, /equity and /scenarios. Each page runs three times (the machine is shared, so one run says
 * little) and the table shows the median of each figure: Performance, FCP, LCP, TBT, CLS, Speed
 * Index, then Accessibility, Best practices and SEO. The load average before and after is printed
 * with it, since TBT under simulated throttling scales with how busy the CPU is. Lighthouse is
 * installed on first use into a temporary folder (never a dependency of the app) and drives
 * Debian's chromium (CHROME_PATH, default /usr/bin/chromium).
 *
 * Run: npm run bench:lighthouse [-- --runs 3 --pages /,/equity --calibrated]
 *      (the app starts on the embedded database with the demo data; the reports stay in the
 *      temporary folder, report-<page>-<run>.json, for their diagnostics).
 *
 * The default 4x CPU slowdown assumes a fast desktop host; on a slow or busy one every task is
 * already as slow as the emulated phone before the slowdown. BI is Lighthouse's benchmark index of
 * the host during the run (a Moto G Power 2022, the phone Lighthouse 12 emulates, scores about
 * 264: Chrome DevTools' CPU calibration). --calibrated adds one run per page with the slowdown
 * calibrated as DevTools does, BI / 264 (at least 1), which estimates the phone itself. --trace
 * adds each page's main-thread work in CPU time from a Chrome trace (tests/bench/mainThread.ts),
 * which the machine's load does not inflate.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { loadConfig } from '../../api/config';
import { openEmbedded } from '../../api/db/connection';
import { migrateLatest } from '../../api/db/migrate';
import { createLogger } from '../../api/logger';
import { createApp } from '../../api/server';
import { runSeeds } from '../../seeds/index';
import { launchBrowser } from '../e2e/browser';
import { profileMainThread, type MainThreadProfile } from './mainThread';

const execFileAsync = promisify(execFile);
const DIR = path.join(os.tmpdir(), 'fairshare-bench-lighthouse');
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: process.env.LIGHTHOUSE_RUNS ?? '3' },
    pages: { type: 'string', default: process.env.LIGHTHOUSE_PAGES ?? '/,/equity,/scenarios' },
    calibrated: { type: 'boolean', default: false },
    trace: { type: 'boolean', default: false },
  },
});
const RUNS = Math.max(1, Number(args.runs));
const PAGES = args.pages.split(',');
/** Lighthouse's benchmark index of a Moto G Power 2022 (Chrome DevTools' CPU calibration). */
const EMULATED_PHONE_INDEX = 264;

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
  environment: { benchmarkIndex: number };
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
}

/** One Lighthouse run reduced to the figures the table shows. */
interface Figures {
  perf: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  si: number;
  a11y: number;
  bp: number;
  seo: number;
  benchmarkIndex: number;
}

function figuresOf(r: Report): Figures {
  const score = (c: string) => Math.round((r.categories[c]?.score ?? 0) * 100);
  const audit = (id: string) => r.audits[id]?.numericValue ?? NaN;
  return {
    perf: score('performance'),
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    si: audit('speed-index'),
    a11y: score('accessibility'),
    bp: score('best-practices'),
    seo: score('seo'),
    benchmarkIndex: r.environment.benchmarkIndex,
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

function medianFigures(runs: Figures[]): Figures {
  const keys = Object.keys(runs[0]!) as (keyof Figures)[];
  return Object.fromEntries(
    keys.map((k) => [k, median(runs.map((r) => r[k]))]),
  ) as unknown as Figures;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const COLUMNS: [string, number, (f: Figures) => string][] = [
  ['Perf', 5, (f) => String(Math.round(f.perf))],
  ['FCP', 7, (f) => seconds(f.fcp)],
  ['LCP', 7, (f) => seconds(f.lcp)],
  ['TBT', 9, (f) => `${f.tbt.toFixed(0)} ms`],
  ['CLS', 6, (f) => f.cls.toFixed(3)],
  ['SI', 7, (f) => seconds(f.si)],
  ['A11y', 5, (f) => String(Math.round(f.a11y))],
  ['BP', 4, (f) => String(Math.round(f.bp))],
  ['SEO', 4, (f) => String(Math.round(f.seo))],
  ['BI', 6, (f) => String(Math.round(f.benchmarkIndex))],
];
const row = (label: string, cells: string[]) =>
  `${label.padEnd(24)}${cells.map((c, i) => c.padStart(COLUMNS[i]![1] + 1)).join('')}`;
const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');

/** One Lighthouse run of a page; `cpuSlowdown` replaces the default 4x CPU slowdown. */
async function lighthouse(
  cli: string,
  port: number,
  page: string,
  tag: string,
  cpuSlowdown?: number,
): Promise<Figures> {
  const out = path.join(DIR, `report-${page.replace(/\W/g, '') || 'home'}-${tag}.json`);
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
      ...(cpuSlowdown === undefined
        ? []
        : [`--throttling.cpuSlowdownMultiplier=${cpuSlowdown.toFixed(2)}`]),
    ],
    { env: { ...process.env, CHROME_PATH: CHROME }, maxBuffer: 64 * 1024 * 1024 },
  );
  return figuresOf(JSON.parse(fs.readFileSync(out, 'utf8')) as Report);
}

/** Main-thread CPU time per page (median of the runs), unthrottled, in Chrome's own trace. */
async function printMainThread(port: number): Promise<void> {
  const browser = await launchBrowser();
  try {
    console.log(
      "\nmain thread in CPU time (unthrottled; blocking = Lighthouse's rule at 4x on CPU time)",
    );
    for (const page of PAGES) {
      const runs: MainThreadProfile[] = [];
      for (let i = 0; i < RUNS; i++)
        runs.push(await profileMainThread(browser, `http://127.0.0.1:${port}${page}`));
      const m = (f: (p: MainThreadProfile) => number) => median(runs.map(f)).toFixed(0);
      console.log(
        `${page.padEnd(12)} tasks ${m((p) => p.tasks)}, CPU ${m((p) => p.cpuMs)} ms ` +
          `(wall ${m((p) => p.wallMs)} ms); longest after first paint ${m((p) => p.longestAfterFcpMs[0] ?? 0)} ms; ` +
          `blocking at 4x ${m((p) => p.blockingAt4xMs)} ms`,
      );
    }
  } finally {
    await browser.close();
  }
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
  console.log(
    `${new Date().toISOString()}  ${os.cpus().length} cores, load average ${loadAverage()}; ` +
      `median of ${RUNS} run(s) per page`,
  );
  console.log(
    row(
      'page',
      COLUMNS.map((c) => c[0]),
    ),
  );
  try {
    for (const page of PAGES) {
      const runs: Figures[] = [];
      for (let i = 1; i <= RUNS; i++) runs.push(await lighthouse(cli, port, page, String(i)));
      if (RUNS > 1)
        for (const [i, r] of runs.entries())
          console.log(
            row(
              `  run ${i + 1}`,
              COLUMNS.map((c) => c[2](r)),
            ),
          );
      const m = medianFigures(runs);
      console.log(
        row(
          RUNS > 1 ? `${page} (median)` : page,
          COLUMNS.map((c) => c[2](m)),
        ),
      );
      if (args.calibrated) {
        const slowdown = Math.max(1, m.benchmarkIndex / EMULATED_PHONE_INDEX);
        const r = await lighthouse(cli, port, page, 'calibrated', slowdown);
        console.log(
          row(
            `${page} (CPU x${slowdown.toFixed(2)})`,
            COLUMNS.map((c) => c[2](r)),
          ),
        );
      }
    }
    console.log(`load average after: ${loadAverage()}`);
    if (args.trace) await printMainThread(port);
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
