/**
 * API benchmark (issue: equity engine and analytics API). Loads 1,000,000 grants into a fresh
 * PostgreSQL database, then measures the dashboard's queries — equity over a year range,
 * allocations by type x year, by state and by funder — through GraphQL over HTTP and as the same
 * SQL run directly (captured from knex during a request), and prints median, p95 and their ratio.
 *
 * Run: npm run bench:api   (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres;
 * BENCH_GRANTS to change the row count; BENCH_RUNS the timed runs per query).
 */
import { execFile } from 'node:child_process';
import os from 'node:os';
import { promisify } from 'node:util';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import knexFactory from 'knex';
import pg from 'pg';
import { loadConfig } from '../../api/config';
import { openPostgres } from '../../api/db/connection';
import { migrateLatest } from '../../api/db/migrate';
import { createLogger } from '../../api/logger';
import { createApp } from '../../api/server';
import { applyServerTimeouts } from '../../api/http/serverTimeouts';
import { runSeeds } from '../../seeds/index';
import { cpuMsOf, startPeer, type RunningPeer } from './peer';

const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const GRANTS = Number(process.env.BENCH_GRANTS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 100);
/** Requests per throughput measurement (over CONNECTIONS connections). */
const LOAD_REQUESTS = Number(process.env.BENCH_LOAD_REQUESTS ?? 3000);
const CONNECTIONS = 20;

/** The type x year totals through the peer, from the base table and from the same rollups. */
const PEER_QUERIES = {
  'peer, grants': `{ allGrants { groupedAggregates(groupBy: [TRAFFICKING_TYPE, FISCAL_YEAR]) { keys sum { amountUsd } } } }`,
  'peer, grant_rollups': `{ allGrantRollups(condition: { grain: "state" }) { groupedAggregates(groupBy: [TRAFFICKING_TYPE, FISCAL_YEAR]) { keys sum { amountSum } } } }`,
};
const RAW_SQL = {
  grants: `SELECT trafficking_type, fiscal_year, sum(amount_usd) AS total FROM grants GROUP BY 1, 2`,
  grant_rollups: `SELECT trafficking_type, fiscal_year, sum(amount_sum) AS total FROM grant_rollups WHERE grain = 'state' GROUP BY 1, 2`,
};

type Totals = Map<string, number>;

/** POSTs a GraphQL query and returns its data. */
async function graphql(url: string, query: string): Promise<Record<string, any>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { data?: Record<string, any>; errors?: unknown[] };
  if (body.errors || !body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** The largest difference between two sets of type x year totals (Infinity if keys differ). */
function difference(a: Totals, b: Totals): number {
  if (a.size !== b.size) return Infinity;
  let worst = 0;
  for (const [k, v] of a) {
    const w = b.get(k);
    if (w === undefined) return Infinity;
    worst = Math.max(worst, Math.abs(v - w));
  }
  return worst;
}

const execFileAsync = promisify(execFile);

const QUERIES: Record<string, string> = {
  'no-op { __typename }': `{ __typename }`,
  'equity 2015-2024': `{ equity(scope: { yearFrom: 2015, yearTo: 2024 }, dimension: FUNDING, needBasis: PREVALENCE, attribution: DECLARED_SHARE) { labor { equityRatio } parityGap range { min max } need { vintages } datasets { name } } }`,
  'allocations type x year': `{ allocations(dimension: FUNDING, groupBy: [TYPE, YEAR]) { total rows { type year value } } }`,
  'allocations by state': `{ allocations(dimension: FUNDING, groupBy: [STATE]) { total rows { state value } } }`,
  'allocations by funder': `{ allocations(dimension: FUNDING, groupBy: [FUNDER]) { total rows { funder { name } value } } }`,
};

/** What the client process (tests/bench/loadClient.ts) measured. */
interface LoadResult {
  times: number[];
  seconds: number;
}

/** Sends `requests` over `connections` keep-alive connections from a separate process. */
async function load(
  url: string,
  query: string,
  connections: number,
  requests: number,
): Promise<LoadResult> {
  // Asynchronous: this process serves the requests meanwhile.
  const { stdout } = await execFileAsync(
    process.execPath,
    [
      '--import',
      'tsx',
      'tests/bench/loadClient.ts',
      url,
      String(connections),
      String(requests),
      String(Math.min(requests, 50)),
      query,
    ],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(stdout) as LoadResult;
}

/** CPU time (ms) this process has used so far: the Fairshare server runs in it. */
function cpuNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** The machine's load average, to read every figure of a shared machine against. */
function loadAverage(): string {
  const [one, five] = os.loadavg();
  return `load average ${one!.toFixed(1)} (1 min), ${five!.toFixed(1)} (5 min)`;
}

function quantile(sorted: number[], q: number): number {
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (i - lo);
}

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  return { median: quantile(s, 0.5), p95: quantile(s, 0.95) };
}

async function main(): Promise<void> {
  const name = `fairshare_bench_${process.pid}`;
  const admin = knexFactory({ client: 'pg', connection: adminUrl, pool: { min: 0, max: 1 } });
  await admin.raw(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = openPostgres(url.toString());
  const knex = db.knex;
  let pool: pg.Pool | undefined;
  let peer: RunningPeer | undefined;
  try {
    await migrateLatest(knex);
    await runSeeds(knex, { demo: true }); // reference need figures + demo organizations
    const dataset = await knex('datasets')
      .where({ slug: 'demo-grants' })
      .first<{ id: number }>('id');
    const t0 = performance.now();
    // Deterministic pseudo-random rows generated server-side: h(i, k) hashes the row number with
    // a different seed per column, so the columns vary independently.
    await knex.raw(
      'CREATE FUNCTION bench_h(i bigint, k bigint) RETURNS bigint IMMUTABLE LANGUAGE sql AS $$ SELECT abs(hashint8extended(i, k)) $$',
    );
    await knex.raw(
      `INSERT INTO grants (dataset_id, funder_id, recipient_id, external_id, fiscal_year, amount_usd,
         trafficking_type, labor_share, service_category, country, us_state, row_hash)
       WITH f AS (SELECT array_agg(id ORDER BY id) a FROM organizations WHERE kind IN ('FUNDER','AGENCY')),
            p AS (SELECT array_agg(id ORDER BY id) a, array_agg(us_state ORDER BY id) s FROM organizations WHERE kind = 'PROVIDER')
       SELECT ?, f.a[1 + bench_h(i, 1) % array_length(f.a, 1)], p.a[1 + bench_h(i, 2) % array_length(p.a, 1)],
              'BENCH-' || i, 2015 + bench_h(i, 3) % 10, 1000 + bench_h(i, 4) % 500000,
              (ARRAY['SEX','SEX','SEX','SEX','SEX','LABOR','BOTH','BOTH','UNSPECIFIED','SEX'])[1 + bench_h(i, 5) % 10],
              CASE WHEN bench_h(i, 6) % 10 = 6 THEN (bench_h(i, 7) % 50 + 10) / 100.0 END,
              (ARRAY['CASE_MANAGEMENT','LEGAL','HOUSING','HEALTH','EMPLOYMENT','TTA','PREVENTION','LAW_ENFORCEMENT','RESEARCH','OTHER'])[1 + bench_h(i, 8) % 10],
              'US', p.s[1 + bench_h(i, 2) % array_length(p.a, 1)], 'bench-' || i
       FROM generate_series(1::bigint, ?::bigint) AS i, f, p`,
      [dataset.id, GRANTS],
    );
    await knex.raw('ANALYZE');
    const total = Number((await knex('grants').count({ n: '*' }))[0]!.n);
    console.log(
      `loaded ${total.toLocaleString('en-US')} grants in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );

    // The bench sends a few thousand requests a minute from one address: lift the per-address
    // limit (600/min by default) that would otherwise answer 429 part-way through.
    const config = loadConfig({
      NODE_ENV: 'production',
      LOG_LEVEL: 'error',
      GRAPHQL_RATE_LIMIT: '100000000',
    });
    const { app, apollo } = await createApp({ db, config, logger: createLogger('error') });
    const server = applyServerTimeouts(app.listen(0, '127.0.0.1'), config);
    await new Promise((r) => server.once('listening', r));
    const { port } = server.address() as AddressInfo;
    const post = async (query: string) => {
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      const body = (await res.json()) as { errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
    };

    // The same statements through a plain pg pool: no knex, no GraphQL.
    pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
    // DROP DATABASE ... WITH (FORCE) below terminates idle clients; without a listener that
    // 'error' event would crash the process.
    pool.on('error', () => undefined);
    console.log(`machine: ${os.cpus().length} cores, ${loadAverage()}`);
    console.log(
      `\n${'query'.padEnd(26)} ${'GraphQL median'.padStart(15)} ${'p95'.padStart(9)} ${'SQL median'.padStart(11)} ${'p95'.padStart(9)} ${'ratio'.padStart(6)}  SQL statements`,
    );
    for (const [label, query] of Object.entries(QUERIES)) {
      // Capture the SQL one request runs, to replay it directly.
      const captured: { sql: string; bindings: unknown[] }[] = [];
      const listener = (q: { sql: string; bindings?: unknown[] }) =>
        captured.push({ sql: q.sql, bindings: q.bindings ?? [] });
      knex.on('query', listener);
      await post(query);
      knex.removeListener('query', listener);
      const http = (await load(`http://127.0.0.1:${port}`, query, 1, RUNS)).times;
      const sql: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const s = performance.now();
        for (const c of captured) await pool.query(c.sql, c.bindings);
        if (captured.length === 0) await pool.query('SELECT 1');
        sql.push(performance.now() - s);
      }
      const h = stats(http);
      const d = stats(sql);
      console.log(
        `${label.padEnd(26)} ${h.median.toFixed(1).padStart(12)} ms ${h.p95.toFixed(1).padStart(6)} ms ${d.median.toFixed(1).padStart(8)} ms ${d.p95.toFixed(1).padStart(6)} ms ${(h.median / d.median).toFixed(2).padStart(6)}  ${captured.length}`,
      );
    }
    const fairshareUrl = `http://127.0.0.1:${port}`;
    peer = await startPeer(url.toString(), port + 1);

    // The same type x year totals, five ways: they must agree to the cent.
    const answers: Record<string, Totals> = {};
    const fs = await graphql(fairshareUrl, QUERIES['allocations type x year']!);
    answers['Fairshare'] = new Map(
      (fs.allocations.rows as { type: string; year: number; value: number }[]).map((r) => [
        `${r.type} ${r.year}`,
        r.value,
      ]),
    );
    for (const [label, query] of Object.entries(PEER_QUERIES)) {
      const data = await graphql(peer.url, query);
      const connection = Object.values(data)[0] as {
        groupedAggregates: { keys: string[]; sum: Record<string, string> }[];
      };
      answers[label] = new Map(
        connection.groupedAggregates.map((g) => [
          `${g.keys[0]} ${g.keys[1]}`,
          Number(Object.values(g.sum)[0]),
        ]),
      );
    }
    for (const [table, sql] of Object.entries(RAW_SQL)) {
      const { rows } = await pool.query<{
        trafficking_type: string;
        fiscal_year: number;
        total: number;
      }>(sql);
      answers[`SQL, ${table}`] = new Map(
        rows.map((r) => [`${r.trafficking_type} ${r.fiscal_year}`, Number(r.total)]),
      );
    }
    for (const [label, totals] of Object.entries(answers)) {
      const d = difference(answers['Fairshare'], totals);
      console.log(
        `type x year, ${label.padEnd(20)} ${totals.size} cells, ${d <= 0.005 ? 'agrees with Fairshare' : `DIFFERS from Fairshare (by up to ${d})`}`,
      );
    }

    // Latency of the peer's queries and of the raw SQL, one request at a time.
    for (const [label, query] of Object.entries(PEER_QUERIES)) {
      const h = stats((await load(peer.url, query, 1, RUNS)).times);
      const table = label.endsWith('rollups') ? 'grant_rollups' : 'grants';
      const sql: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const s0 = performance.now();
        await pool.query(RAW_SQL[table]);
        sql.push(performance.now() - s0);
      }
      const d = stats(sql);
      console.log(
        `${`type x year, ${label}`.padEnd(26)} ${h.median.toFixed(1).padStart(12)} ms ${h.p95.toFixed(1).padStart(6)} ms ${d.median.toFixed(1).padStart(8)} ms ${d.p95.toFixed(1).padStart(6)} ms ${(h.median / d.median).toFixed(2).padStart(6)}  1 (raw SQL)`,
      );
    }

    // Throughput over CONNECTIONS keep-alive connections, with the server's CPU per request.
    console.log(
      `\nthroughput, ${CONNECTIONS} connections, ${LOAD_REQUESTS} requests   ${'req/s'.padStart(8)} ${'CPU/request'.padStart(12)} ${'median'.padStart(9)}`,
    );
    const rows: [string, string, string, () => number][] = [
      ['no-op, Fairshare', fairshareUrl, QUERIES['no-op { __typename }']!, () => cpuNow()],
      ['no-op, peer', peer.url, '{ __typename }', () => cpuMsOf(peer!.process.pid!)],
      ['type x year, Fairshare', fairshareUrl, QUERIES['allocations type x year']!, () => cpuNow()],
      ...Object.entries(PEER_QUERIES).map(
        ([label, q]) =>
          [`type x year, ${label}`, peer!.url, q, () => cpuMsOf(peer!.process.pid!)] as [
            string,
            string,
            string,
            () => number,
          ],
      ),
    ];
    for (const [label, target, query, cpu] of rows) {
      await load(target, query, CONNECTIONS, 200); // warm-up
      const c0 = cpu();
      const r = await load(target, query, CONNECTIONS, LOAD_REQUESTS);
      const perRequest = (cpu() - c0) / LOAD_REQUESTS;
      console.log(
        `${label.padEnd(44)} ${(LOAD_REQUESTS / r.seconds).toFixed(0).padStart(8)} ${perRequest.toFixed(2).padStart(9)} ms ${stats(r.times).median.toFixed(1).padStart(6)} ms`,
      );
    }

    console.log(`\nat the end: ${loadAverage()}`);
    await new Promise<void>((r) => server.close(() => r()));
    await apollo.stop();
  } finally {
    peer?.stop();
    await pool?.end();
    await db.close();
    await admin.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.destroy();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
