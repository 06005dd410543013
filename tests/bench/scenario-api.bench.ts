/**
 * Scenario API timings over HTTP on the demo data set (embedded database, as `npm start` ships):
 * the baseline from SQL alone, runScenario without and with 10,000 Monte Carlo draws over a
 * 10-year horizon, the tornado, and goal seek. Targets from the issue: 10,000 draws x 10 years
 * under 300 ms (the model alone, see scenario.bench.ts; here with the baseline's SQL and HTTP
 * on top), goal seek under 1 s.
 *
 * Run: npx tsx tests/bench/scenario-api.bench.ts   (BENCH_RUNS, default 15;
 * BENCH_DATABASE_URL to run on a PostgreSQL server instead, in a database made and dropped here).
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { performance } from 'node:perf_hooks';
import knexFactory from 'knex';
import { loadConfig } from '../../api/config';
import { openEmbedded, openPostgres, type Db } from '../../api/db/connection';
import { migrateLatest } from '../../api/db/migrate';
import { createLogger } from '../../api/logger';
import { createApp } from '../../api/server';
import { runSeeds } from '../../seeds/index';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const pgUrl = process.env.BENCH_DATABASE_URL;

const INPUT = `{ needBasis: IDENTIFIED_VICTIMS, horizonYears: 10,
  levers: { shiftFraction: 0.1, phaseInYears: 3, newMoneyPerYear: 1000000, trainingShare: 0.05 } }`;
const MC_INPUT = INPUT.replace(
  'horizonYears: 10,',
  'horizonYears: 10, monteCarlo: { draws: 10000, seed: 7 },',
);

const QUERIES: [string, string, number?][] = [
  [
    'scenarioBaseline (SQL only)',
    `{ scenarioBaseline(needBasis: IDENTIFIED_VICTIMS) { labor { budget { value } } } }`,
  ],
  [
    'runScenario, 10 years, no bands',
    `{ runScenario(input: ${INPUT}) { totals { laborEquityRatio } years { labor { survivorsServed } } } }`,
  ],
  [
    'runScenario + bands 10,000 draws x 10 years',
    `{ runScenario(input: ${MC_INPUT}) { bands { labor { survivorsServed { p10 p50 p90 } } } } }`,
    300,
  ],
  ['runScenario + tornado', `{ runScenario(input: ${INPUT}) { tornado { bars { key swing } } } }`],
  [
    'goalSeek: shift, floor 80%, target 0.8',
    `{ goalSeek(input: ${INPUT.replace(/levers: \{[^}]*\}/, 'levers: {}')}, goal: { lever: SHIFT, sexFloor: 0.8, targetEquityRatio: 0.8 }) { reachable answer { shiftFraction } } }`,
    1000,
  ],
];

function quantile(sorted: number[], q: number): number {
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (i - lo);
}

async function openDb(): Promise<{ db: Db; drop: () => Promise<void> }> {
  if (!pgUrl) return { db: await openEmbedded(), drop: () => Promise.resolve() };
  const name = `fairshare_scnbench_${process.pid}`;
  const admin = knexFactory({ client: 'pg', connection: pgUrl, pool: { min: 0, max: 1 } });
  await admin.raw(`CREATE DATABASE ${name}`);
  const url = new URL(pgUrl);
  url.pathname = `/${name}`;
  const db = openPostgres(url.toString());
  return {
    db,
    drop: async () => {
      await admin.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.destroy();
    },
  };
}

async function main(): Promise<void> {
  const { db, drop } = await openDb();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  try {
    await migrateLatest(db.knex);
    await runSeeds(db.knex, { demo: true });
    const { app, apollo } = await createApp({ db, config, logger: createLogger('silent') });
    const server: Server = await new Promise((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    const { port } = server.address() as AddressInfo;
    const post = async (query: string) => {
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      const body = (await res.json()) as { errors?: { message: string }[] };
      if (body.errors) throw new Error(body.errors.map((e) => e.message).join('; '));
    };
    console.log(
      `Node ${process.version}, ${pgUrl ? 'PostgreSQL' : 'embedded PGlite'}, demo data, ${RUNS} runs each`,
    );
    for (const [name, query, target] of QUERIES) {
      await post(query); // warm-up
      const ms: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t0 = performance.now();
        await post(query);
        ms.push(performance.now() - t0);
      }
      ms.sort((a, b) => a - b);
      const median = quantile(ms, 0.5);
      const verdict =
        target === undefined
          ? ''
          : `  (target < ${target} ms: ${median < target ? 'met' : 'MISSED'})`;
      console.log(
        `${name.padEnd(46)} median ${median.toFixed(1).padStart(7)} ms   p95 ${quantile(ms, 0.95).toFixed(1).padStart(7)} ms${verdict}`,
      );
    }
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await apollo.stop();
  } finally {
    await db.close();
    await drop();
  }
}

await main();
