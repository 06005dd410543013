/**
 * PostgreSQL restarting under load (issue 12, "Faults"): a real API process on a PostgreSQL
 * cluster of the test's own (port 5442, a temporary folder; the shared server is never touched),
 * under steady load from concurrent clients of light GraphQL queries and a /healthz poll, while
 * the cluster restarts (`pg_ctl restart -m fast`, what an operator's upgrade or a config reload
 * with restart does). Requests caught by the restart may fail, but only a small share, only
 * cleanly (503 DATABASE_UNAVAILABLE: never a hang, a cut connection or a crashed process), and the
 * service resumes by itself once the database is back. Prints the measured figures. A server
 * stopped outright is tests/ops/databaseDown.test.ts.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCluster, type Cluster } from './cluster';
import { createDatabase, sleep, startApp, stopAppAndCluster, type AppProcess } from './processes';

const PORT = Number(process.env.PG_RESTART_PORT ?? 5442);
const CLIENTS = 12;
const HEALTH_EVERY_MS = 50;
/** A request not answered in this time counts as a hang. */
const HANG_MS = 10_000;
const LOAD_BEFORE_MS = 3_000;
const LOAD_AFTER_MS = 6_000;
/**
 * Upper bound on the failed share. Requests wait for a connection while the server restarts
 * (DATABASE_WAIT_MS), so only the queries running when the fast shutdown ended their sessions
 * fail: at most one per client. Measured on a 2-core machine at load average 20: 1 of 178
 * (0.56%); before the wait, 6.8-26% (every request sent while the server was down), and before
 * DATABASE_UNAVAILABLE those were 200s carrying INTERNAL_SERVER_ERROR. 10% is the bound
 * ("3.7% today", kept with room for a loaded CI machine).
 */
const MAX_FAILED_SHARE = 0.1;
/** Every request sent this long after the cluster is back must succeed. */
const RESUME_WITHIN_MS = 2_000;

const QUERIES = [
  '{ datasets(first: 5) { totalCount nodes { name } } }',
  '{ allocations(dimension: FUNDING, groupBy: [TYPE]) { rows { type value } total } }',
].map((query) => JSON.stringify({ query }));

interface Outcome {
  /** ms since the load began */
  sentAt: number;
  answeredAt: number;
  status: number; // 0: no HTTP answer (connection error or hang)
  code?: string;
  problem?: string;
  ok: boolean;
}

async function post(url: string, body: string, t0: number, hangMs = HANG_MS): Promise<Outcome> {
  const sentAt = performance.now() - t0;
  try {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      signal: AbortSignal.timeout(hangMs),
    });
    const json = (await res.json()) as {
      data?: unknown;
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    const answeredAt = performance.now() - t0;
    const ok = res.status === 200 && !json.errors?.length && json.data != null;
    return {
      sentAt,
      answeredAt,
      status: res.status,
      code: json.errors?.[0]?.extensions?.code,
      problem: json.errors?.[0]?.message,
      ok,
    };
  } catch (err) {
    return {
      sentAt,
      answeredAt: performance.now() - t0,
      status: 0,
      problem: err instanceof Error ? `${err.name}: ${err.message}` : String(err),
      ok: false,
    };
  }
}

interface HealthSample {
  at: number;
  answeredAt: number;
  status: number;
  reachable?: boolean;
}

describe('PostgreSQL restarting under load', () => {
  let cluster: Cluster | undefined;
  let db: Awaited<ReturnType<typeof createDatabase>> | undefined;
  let app: AppProcess | undefined;
  beforeAll(async () => {
    cluster = createCluster(PORT);
    // The reference figures only: the demo set's 5,000 grants would add half a minute of setup.
    db = await createDatabase(cluster.url, { demo: false });
    // A server that has been running has checkpointed recently; without this the restart's
    // shutdown checkpoint would write the whole freshly loaded database.
    await db.knex.raw('CHECKPOINT');
    app = await startApp(
      { DATABASE_URL: db.url, GRAPHQL_RATE_LIMIT: '100000000', LOG_LEVEL: 'error' },
      { serverOnly: true },
    );
  });
  afterAll(() => stopAppAndCluster(app, db, cluster));

  it('fails a small share of requests cleanly during the restart, then resumes', async () => {
    const url = app!.url;
    const outcomes: Outcome[] = [];
    const health: HealthSample[] = [];
    let stopAt = Infinity;
    // Warm-up, not counted: the first answers of a fresh process are slow (module and plan caches).
    await Promise.all(QUERIES.flatMap((q) => [post(url, q, 0), post(url, q, 0)]));
    const t0 = performance.now();
    const now = () => performance.now() - t0;

    const client = async (i: number) => {
      for (let n = i; now() < stopAt; n++) {
        outcomes.push(await post(url, QUERIES[n % QUERIES.length]!, t0));
      }
    };
    const poll = async () => {
      while (now() < stopAt) {
        const at = now();
        try {
          const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(HANG_MS) });
          const body = (await res.json()) as { database?: { reachable?: boolean } };
          health.push({
            at,
            answeredAt: now(),
            status: res.status,
            reachable: body.database?.reachable,
          });
        } catch {
          health.push({ at, answeredAt: now(), status: 0 });
        }
        await sleep(Math.max(0, HEALTH_EVERY_MS - (now() - at)));
      }
    };
    const restart = async () => {
      await sleep(LOAD_BEFORE_MS);
      const began = now();
      await cluster!.restart();
      const back = now();
      stopAt = back + LOAD_AFTER_MS;
      return { began, back };
    };
    const [window] = await Promise.all([
      restart(),
      poll(),
      ...Array.from({ length: CLIENTS }, (_, i) => client(i)),
    ]);

    const failed = outcomes.filter((o) => !o.ok);
    const share = failed.length / outcomes.length;
    const lastFailure = Math.max(window.began, ...failed.map((o) => o.answeredAt));
    const healthDown = health.filter((h) => h.status === 503);
    const kinds = new Map<string, number>();
    for (const f of failed) {
      const kind = `${f.status} ${f.code ?? f.problem}`;
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
    console.log(
      [
        `PostgreSQL restart under load (${CLIENTS} clients + /healthz every ${HEALTH_EVERY_MS} ms; load average ${os.loadavg()[0]!.toFixed(1)}):`,
        `  ${(outcomes.length / (now() / 1000)).toFixed(1)} requests/s over ${(now() / 1000).toFixed(1)} s`,
        `  requests ${outcomes.length}, failed ${failed.length} (${(share * 100).toFixed(2)}%)`,
        `  pg_ctl restart -m fast took ${((window.back - window.began) / 1000).toFixed(2)} s`,
        `  time to resume: last failure answered ${((lastFailure - window.began) / 1000).toFixed(2)} s after the restart began` +
          ` (the cluster was back after ${((window.back - window.began) / 1000).toFixed(2)} s)`,
        `  /healthz 503 samples: ${healthDown.length} of ${health.length}`,
        `  slowest answer ${(Math.max(...outcomes.map((o) => o.answeredAt - o.sentAt)) / 1000).toFixed(2)} s`,
        ...[...kinds].map(([kind, n]) => `  failure ${kind}: ${n}`),
      ].join('\n'),
    );

    const unclean = failed.filter((f) => f.status !== 503 || f.code !== 'DATABASE_UNAVAILABLE');
    if (unclean.length) console.log(`server log:\n${app!.output().slice(-4000)}`);

    // Load ran before and after: the figures mean something.
    expect(outcomes.filter((o) => o.sentAt < window.began).length).toBeGreaterThan(CLIENTS);
    expect(
      outcomes.filter((o) => o.sentAt > window.back + RESUME_WITHIN_MS).length,
    ).toBeGreaterThan(CLIENTS);
    // A small share failed, each cleanly: an HTTP answer saying the database is unavailable.
    expect(share).toBeLessThan(MAX_FAILED_SHARE);
    expect(failed.length).toBeLessThanOrEqual(CLIENTS);
    expect(unclean).toEqual([]);
    // The process lived through it.
    expect(app!.groupAlive()).toBe(true);
    expect(app!.child.exitCode).toBeNull();
    // Service resumed: everything sent RESUME_WITHIN_MS after the cluster was back succeeded.
    expect(failed.filter((f) => f.sentAt > window.back + RESUME_WITHIN_MS)).toEqual([]);
    // /healthz: ok before and after; any 503 it gave said the database was unreachable. (Whether
    // a probe falls in the moments the server refuses connections depends on the machine's
    // speed; the outage below checks that /healthz reports it.)
    expect(healthDown.every((h) => h.reachable === false)).toBe(true);
    // Before: probes answered before the restart began (one sent just before may meet the
    // shutdown, and answer 503 as it should).
    const before = health.filter((h) => h.answeredAt < window.began);
    expect(before.length).toBeGreaterThan(2);
    expect(before.filter((h) => h.status !== 200)).toEqual([]);
    const afterResume = health.filter((h) => h.at > window.back + RESUME_WITHIN_MS);
    expect(afterResume.length).toBeGreaterThan(2);
    expect(afterResume.every((h) => h.status === 200 && h.reachable === true)).toBe(true);
  });
});
