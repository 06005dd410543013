/**
 * PostgreSQL stopped outright under a real API process (issue 12, "Faults"), on a cluster of the
 * test's own (port 5443, a temporary folder; the shared server is never touched), with a short
 * DATABASE_WAIT_MS so that the test is quick. /healthz says so at once; a GraphQL request waits
 * for the database once, DATABASE_WAIT_MS, then answers 503 DATABASE_UNAVAILABLE with Retry-After.
 * Before, a request whose client had no rate-limit lease in hand waited twice (once in the
 * shared count, which then let it through, once in its own query): 2 x DATABASE_WAIT_MS. The
 * requests after that are answered 503 at once while the server stays down (before: each waited
 * DATABASE_WAIT_MS), and service resumes within about a second of the server starting again.
 * Prints the measured figures.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCluster, type Cluster } from './cluster';
import { createDatabase, sleep, startApp, stopAppAndCluster, type AppProcess } from './processes';

const PORT = Number(process.env.DATABASE_DOWN_PORT ?? 5443);
const WAIT_MS = 2_000;
/** Time over the wait for the answer itself (a loaded 2-core machine); the double wait is 2 x WAIT_MS. */
const SLACK_MS = 1_000;
/** A 503 answered without waiting for the database (the wait is WAIT_MS). */
const FAST_MS = 500;
const QUERY = JSON.stringify({ query: '{ datasets(first: 5) { totalCount nodes { name } } }' });

interface Answer {
  ms: number;
  status: number;
  code?: string;
  retryAfter: string | null;
}

/** One GraphQL request from client address `from` (believed: the app trusts the loopback proxy). */
async function ask(url: string, from: string): Promise<Answer> {
  const t = performance.now();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
    body: QUERY,
    signal: AbortSignal.timeout(4 * WAIT_MS + 10_000),
  });
  const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
  return {
    ms: performance.now() - t,
    status: res.status,
    code: body.errors?.[0]?.extensions?.code,
    retryAfter: res.headers.get('retry-after'),
  };
}

describe('PostgreSQL stopped', () => {
  let cluster: Cluster | undefined;
  let db: Awaited<ReturnType<typeof createDatabase>> | undefined;
  let app: AppProcess | undefined;
  beforeAll(async () => {
    cluster = createCluster(PORT);
    db = await createDatabase(cluster.url, { demo: false });
    app = await startApp(
      {
        DATABASE_URL: db.url,
        DATABASE_WAIT_MS: String(WAIT_MS),
        // Each request below comes from an address of its own, so each takes its count afresh.
        TRUST_PROXY: 'loopback',
        LOG_LEVEL: 'error',
      },
      { serverOnly: true },
    );
  });
  afterAll(() => stopAppAndCluster(app, db, cluster));

  it('answers /healthz at once, a request 503 after one DATABASE_WAIT_MS and the next ones at once, then resumes', async () => {
    const url = app!.url;
    // This address holds a lease of counted hits (1% of the limit) from before the outage.
    const before = await ask(url, '198.51.100.1');
    expect([before.status, before.code]).toEqual([200, undefined]);
    await cluster!.stop();
    try {
      const t = performance.now();
      const health = await fetch(`${url}/healthz`);
      const healthMs = performance.now() - t;
      const report = (await health.json()) as { database: { reachable: boolean } };
      // A new address (its count must go to the database), two at once from one address (they
      // share one reservation), and the address with a lease in hand (straight to its query).
      const answers = await Promise.all([
        ask(url, '198.51.100.2'),
        ask(url, '198.51.100.3'),
        ask(url, '198.51.100.3'),
        ask(url, '198.51.100.1'),
      ]);
      console.log(
        `PostgreSQL stopped (DATABASE_WAIT_MS ${WAIT_MS}; load average ${os.loadavg()[0]!.toFixed(1)}): ` +
          `/healthz answered ${health.status} in ${healthMs.toFixed(0)} ms; requests answered ` +
          answers.map((a) => `${a.status} ${a.code} in ${(a.ms / 1000).toFixed(2)} s`).join(', '),
      );
      expect(health.status).toBe(503);
      expect(report.database.reachable).toBe(false);
      expect(healthMs).toBeLessThan(WAIT_MS);
      for (const answer of answers) {
        expect([answer.status, answer.code, answer.retryAfter]).toEqual([
          503,
          'DATABASE_UNAVAILABLE',
          '2',
        ]);
        // It waited for the database to come back, once: not twice (2 x WAIT_MS, the old figure).
        expect(answer.ms).toBeGreaterThan(WAIT_MS - 100);
        expect(answer.ms).toBeLessThan(WAIT_MS + SLACK_MS);
      }
      expect(app!.groupAlive()).toBe(true);

      // Those requests waited DATABASE_WAIT_MS in vain: the server is down, and the requests
      // that follow (new addresses, and one with a lease) are answered at once.
      const fast: Answer[] = [];
      for (const from of ['198.51.100.4', '198.51.100.5', '198.51.100.1']) {
        fast.push(await ask(url, from));
      }
      console.log(
        `While it stays down: ` +
          fast.map((a) => `${a.status} ${a.code} in ${a.ms.toFixed(0)} ms`).join(', '),
      );
      for (const answer of fast) {
        expect([answer.status, answer.code, answer.retryAfter]).toEqual([
          503,
          'DATABASE_UNAVAILABLE',
          '2',
        ]);
        expect(answer.ms).toBeLessThan(FAST_MS);
      }
    } finally {
      await cluster!.start();
    }
    // Back: requests succeed again within about a second (a probe connects every 250 ms).
    const started = performance.now();
    let back = await ask(url, '198.51.100.2');
    while (back.status !== 200 && performance.now() - started < 10_000) {
      await sleep(50);
      back = await ask(url, '198.51.100.2');
    }
    const resumedMs = performance.now() - started;
    console.log(`Service resumed ${resumedMs.toFixed(0)} ms after the server was up again`);
    expect([back.status, back.code]).toEqual([200, undefined]);
    expect(resumedMs).toBeLessThan(1_500);
    for (const from of ['198.51.100.3', '198.51.100.4', '198.51.100.1']) {
      const answer = await ask(url, from);
      expect([answer.status, answer.code]).toEqual([200, undefined]);
    }
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });
});
