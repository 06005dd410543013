/**
 * Load benchmark (issue 12, "Load"): the API on PostgreSQL with the demo data, under 50 concurrent
 * keep-alive connections for 30 s sending the Overview page's GraphQL queries, with one request in
 * 50 a heavy runScenario asking for Monte Carlo bands (2,000 draws x 10 years), while a separate
 * loop polls GET /healthz every 100 ms. Prints requests/s, p50/p99 per query kind, errors (any
 * non-200 answer or GraphQL error) and the /healthz p99 during the run; exits non-zero on errors.
 *
 * The server runs in this process; the load comes from a child process (this file with
 * `--client`), so that the client's work does not share an event loop with the server it measures.
 * All traffic goes to 127.0.0.1; every loop stops at the deadline.
 *
 * Run: npm run bench:load [-- --seconds 10 --connections 20 --embedded]
 *   (or LOAD_SECONDS / LOAD_CONNECTIONS / LOAD_DATABASE=embedded; BENCH_DATABASE_URL, default
 *   postgres://postgres@127.0.0.1:5432/postgres, where a database is made and dropped).
 * Ends with memory figures for sizing: the API process's RSS idle and at its peak under the load
 * (the embedded database included with --embedded), and on PostgreSQL the number and private
 * memory of the database's backends.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import knexFactory from 'knex';
import {
  ALLOCATIONS,
  ALLOCATION_YEARS,
  EQUITY_TREND,
  OVERVIEW,
  RESEARCH_PERIODS,
  SCOPE_OPTIONS,
} from '../../client/src/api/operations';
import { loadConfig } from '../../api/config';
import { openEmbedded, openPostgres } from '../../api/db/connection';
import { migrateLatest } from '../../api/db/migrate';
import { createLogger } from '../../api/logger';
import { createApp } from '../../api/server';
import { applyServerTimeouts } from '../../api/http/serverTimeouts';
import { runSeeds } from '../../seeds/index';
import { mb, sampleOwnRss, samplePostgresBackends } from './memory';

const HEAVY_EVERY = 50;
const MONTE_CARLO_DRAWS = 2000;
const HEALTH_INTERVAL_MS = 100;
const REQUEST_TIMEOUT_MS = 60_000;

interface Request {
  kind: string;
  query: string;
  variables: Record<string, unknown>;
}

/** The Overview's default view, and two narrower scopes a user picks from the scope controls. */
const MEASURES = [null, { yearFrom: 2019, yearTo: 2023 }, { yearFrom: 2022, yearTo: 2022 }].map(
  (scope) => ({
    scope,
    dimension: 'FUNDING',
    needBasis: 'IDENTIFIED_VICTIMS',
    attribution: 'DECLARED_SHARE',
  }),
);

/** What the Overview page (and the catalog and scope controls around it) asks for. */
function lightRequests(): Request[] {
  return MEASURES.flatMap((measure) => [
    { kind: 'Overview (equity + equitySensitivity)', query: OVERVIEW, variables: measure },
    { kind: 'EquityTrend', query: EQUITY_TREND, variables: measure },
    {
      kind: 'Allocations type x year',
      query: ALLOCATIONS,
      variables: { scope: measure.scope, dimension: 'FUNDING', groupBy: ['TYPE', 'YEAR'] },
    },
    { kind: 'ResearchPeriods', query: RESEARCH_PERIODS, variables: { scope: measure.scope } },
    { kind: 'AllocationYears', query: ALLOCATION_YEARS, variables: { dimension: 'FUNDING' } },
    { kind: 'ScopeOptions', query: SCOPE_OPTIONS, variables: {} },
  ]);
}

const HEAVY: Request = {
  kind: `runScenario + bands ${MONTE_CARLO_DRAWS.toLocaleString('en-US')} draws`,
  query: `query Heavy($input: ScenarioInput!) {
    runScenario(input: $input) {
      totals { laborEquityRatio }
      bands { labor { survivorsServed { p10 p50 p90 } } }
    }
  }`,
  variables: {
    input: {
      needBasis: 'IDENTIFIED_VICTIMS',
      horizonYears: 10,
      monteCarlo: { draws: MONTE_CARLO_DRAWS, seed: 7 },
      levers: { shiftFraction: 0.1, phaseInYears: 3, newMoneyPerYear: 1_000_000 },
    },
  },
};

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (i - lo);
}

function ms(value: number): string {
  return Number.isNaN(value) ? '-' : `${value.toFixed(1)} ms`;
}

interface Answer {
  status: number;
  body: string;
}

function send(
  agent: http.Agent,
  origin: URL,
  method: 'GET' | 'POST',
  path: string,
  payload?: string,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: origin.hostname,
        port: origin.port,
        method,
        path,
        headers: payload
          ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }
          : {},
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.setTimeout(REQUEST_TIMEOUT_MS, () =>
      req.destroy(new Error(`no answer in ${REQUEST_TIMEOUT_MS} ms`)),
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** Why a GraphQL answer counts as an error, or null when it is a clean 200 with data. */
function problemOf(answer: Answer): string | null {
  if (answer.status !== 200) return `HTTP ${answer.status}: ${answer.body.slice(0, 200)}`;
  const body = JSON.parse(answer.body) as { errors?: { message: string }[]; data?: unknown };
  if (body.errors?.length) return `GraphQL: ${body.errors.map((e) => e.message).join('; ')}`;
  if (!body.data) return 'no data in the answer';
  return null;
}

/** The load generator (child process): prints the report and exits 1 when anything failed. */
async function runClient(origin: URL, seconds: number, connections: number): Promise<void> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const healthAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const light = lightRequests();
  const latencies = new Map<string, number[]>();
  const errors = new Map<string, { count: number; sample: string }>();
  const noteError = (kind: string, message: string) => {
    const e = errors.get(kind) ?? { count: 0, sample: message };
    e.count++;
    errors.set(kind, e);
  };

  const post = async (r: Request): Promise<void> => {
    const start = performance.now();
    let problem: string | null;
    try {
      const payload = JSON.stringify({ query: r.query, variables: r.variables });
      problem = problemOf(await send(agent, origin, 'POST', '/graphql', payload));
    } catch (err) {
      problem = err instanceof Error ? err.message : String(err);
    }
    const elapsed = performance.now() - start;
    if (problem) noteError(r.kind, problem);
    else {
      const list = latencies.get(r.kind) ?? [];
      list.push(elapsed);
      latencies.set(r.kind, list);
    }
  };

  // Warm-up (one of each, not counted), which also checks every document is accepted.
  for (const r of [...light, HEAVY]) {
    const answer = await send(
      agent,
      origin,
      'POST',
      '/graphql',
      JSON.stringify({ query: r.query, variables: r.variables }),
    );
    const problem = problemOf(answer);
    if (problem) throw new Error(`warm-up ${r.kind}: ${problem}`);
  }

  let issued = 0;
  const startedAt = performance.now();
  const deadline = startedAt + seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const n = issued++;
      await post((n + 1) % HEAVY_EVERY === 0 ? HEAVY : light[n % light.length]!);
    }
  };

  const health: number[] = [];
  const healthLoop = async () => {
    while (performance.now() < deadline) {
      const start = performance.now();
      try {
        const answer = await send(healthAgent, origin, 'GET', '/healthz');
        if (answer.status === 200) health.push(performance.now() - start);
        else noteError('GET /healthz', `HTTP ${answer.status}: ${answer.body.slice(0, 200)}`);
      } catch (err) {
        noteError('GET /healthz', err instanceof Error ? err.message : String(err));
      }
      const wait = HEALTH_INTERVAL_MS - (performance.now() - start);
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    }
  };

  await Promise.all([healthLoop(), ...Array.from({ length: connections }, worker)]);
  const elapsedS = (performance.now() - startedAt) / 1000;
  agent.destroy();
  healthAgent.destroy();

  const completed = [...latencies.values()].reduce((n, l) => n + l.length, 0);
  const failed = [...errors.values()].reduce((n, e) => n + e.count, 0);
  console.log(
    `${connections} connections, ${elapsedS.toFixed(1)} s: ${completed.toLocaleString('en-US')} GraphQL requests answered, ` +
      `${(completed / elapsedS).toFixed(1)} requests/s; 1 in ${HEAVY_EVERY} is the heavy scenario`,
  );
  const width = 44;
  console.log(
    `\n${'query kind'.padEnd(width)} ${'count'.padStart(7)} ${'p50'.padStart(10)} ${'p99'.padStart(10)} ${'errors'.padStart(7)}`,
  );
  const kinds = [...new Set([...light.map((r) => r.kind), HEAVY.kind])];
  for (const kind of kinds) {
    const sorted = [...(latencies.get(kind) ?? [])].sort((a, b) => a - b);
    console.log(
      `${kind.padEnd(width)} ${String(sorted.length).padStart(7)} ${ms(quantile(sorted, 0.5)).padStart(10)} ${ms(quantile(sorted, 0.99)).padStart(10)} ${String(errors.get(kind)?.count ?? 0).padStart(7)}`,
    );
  }
  const all = [...latencies.values()].flat().sort((a, b) => a - b);
  console.log(
    `${'all GraphQL'.padEnd(width)} ${String(all.length).padStart(7)} ${ms(quantile(all, 0.5)).padStart(10)} ${ms(quantile(all, 0.99)).padStart(10)} ${String(failed - (errors.get('GET /healthz')?.count ?? 0)).padStart(7)}`,
  );
  const healthSorted = [...health].sort((a, b) => a - b);
  console.log(
    `${'GET /healthz every 100 ms'.padEnd(width)} ${String(health.length).padStart(7)} ${ms(quantile(healthSorted, 0.5)).padStart(10)} ${ms(quantile(healthSorted, 0.99)).padStart(10)} ${String(errors.get('GET /healthz')?.count ?? 0).padStart(7)}`,
  );
  console.log(`\nerrors: ${failed}`);
  for (const [kind, e] of errors) console.log(`  ${kind}: ${e.count}, e.g. ${e.sample}`);
  process.exitCode = failed > 0 ? 1 : 0;
}

function positive(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`${name}: expected a positive number, got "${raw}"`);
  }
  return value;
}

/** A fresh database with the demo data: on PostgreSQL (made and dropped) or embedded (temp folder). */
async function benchDatabase(embedded: boolean) {
  if (embedded) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fairshare-load-'));
    const db = await openEmbedded(dir);
    return {
      db,
      label: 'embedded database (PGlite)',
      backends: () => null,
      async drop() {
        await db.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `fairshare_load_${process.pid}`;
  const admin = knexFactory({ client: 'pg', connection: adminUrl, pool: { min: 0, max: 1 } });
  await admin.raw(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = openPostgres(url.toString());
  return {
    db,
    label: `PostgreSQL (${url.host})`,
    backends: () => samplePostgresBackends(admin, name),
    async drop() {
      await db.close();
      await admin.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.destroy();
    },
  };
}

/** Starts the server on a fresh database and runs the load generator against it. */
async function runServer(seconds: number, connections: number, embedded: boolean): Promise<number> {
  const bench = await benchDatabase(embedded);
  const { db, label } = bench;
  try {
    await migrateLatest(db.knex);
    await runSeeds(db.knex, { demo: true });
    // The per-address limit would otherwise answer 429 to a load that all comes from 127.0.0.1.
    const config = loadConfig({
      NODE_ENV: 'production',
      LOG_LEVEL: 'error',
      GRAPHQL_RATE_LIMIT: '100000000',
    });
    const { app, apollo } = await createApp({ db, config, logger: createLogger('error') });
    const server = applyServerTimeouts(app.listen(0, '127.0.0.1'), config);
    await new Promise((r) => server.once('listening', r));
    const { port } = server.address() as AddressInfo;
    console.log(`Node ${process.version}, ${label}, demo data; server on 127.0.0.1:${port}`);
    // Idle: after seeding, once the collector has had a moment (what a started process holds).
    await new Promise((r) => setTimeout(r, 2000));
    const ownRss = sampleOwnRss();
    const backendMemory = bench.backends();
    const child = spawn(
      'npx',
      [
        'tsx',
        fileURLToPath(import.meta.url),
        '--client',
        `http://127.0.0.1:${port}`,
        '--seconds',
        String(seconds),
        '--connections',
        String(connections),
      ],
      { stdio: 'inherit' },
    );
    const code = await new Promise<number>((resolve) => {
      child.once('exit', (c) => resolve(c ?? 1));
      child.once('error', () => resolve(1));
    });
    const rss = ownRss.stop();
    console.log(
      `\nmemory (load average ${os.loadavg()[0]!.toFixed(1)}, ${new Date().toISOString().slice(0, 10)}): ` +
        `API process RSS ${mb(rss.start)} idle, peak ${mb(rss.peak)} under load` +
        (embedded ? ' (the embedded database runs inside it)' : ''),
    );
    if (backendMemory) console.log(await backendMemory.stop());
    const closed = new Promise<void>((r) => server.close(() => r()));
    server.closeAllConnections(); // idle keep-alive sockets would hold close() open
    await closed;
    await apollo.stop();
    return code;
  } finally {
    await bench.drop();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      client: { type: 'string' },
      seconds: { type: 'string' },
      connections: { type: 'string' },
      embedded: { type: 'boolean' },
    },
  });
  const seconds = positive('--seconds', values.seconds ?? process.env.LOAD_SECONDS, 30);
  const connections = Math.round(
    positive('--connections', values.connections ?? process.env.LOAD_CONNECTIONS, 50),
  );
  if (values.client) {
    const origin = new URL(values.client);
    if (origin.hostname !== '127.0.0.1') throw new Error('load goes to 127.0.0.1 only');
    await runClient(origin, seconds, connections);
  } else {
    process.exitCode = await runServer(
      seconds,
      connections,
      values.embedded ?? process.env.LOAD_DATABASE === 'embedded',
    );
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
