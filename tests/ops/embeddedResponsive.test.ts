/**
 * An import on the embedded database (one PGlite connection, in-process) must not stop the API:
 * while a file of tens of thousands of grant rows is imported over HTTP (into a new dataset, as a
 * dry run of a new version, then as a re-import of that version into the existing dataset),
 * /healthz, a light GraphQL read and the job's progress are polled every 200 ms, and each must
 * answer within a second; progress must advance, and say how many rows are written while they
 * are; and the read must not see the import before it has finished (all or nothing), nor ever see
 * a dry run. The figures (max, p99, import time) are printed for the report.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../api/db/connection';
import { liveJobIds } from '../../api/import/jobs';
import { createTestDb } from '../helpers/db';
import { startTestApp, type RunningApp } from '../helpers/server';
import { makeOrganization, makeUser, signedIn, type Client } from '../api/auth/helpers';
import { GRANT_HEADER, tableCounts } from '../api/import/helpers';

const ROWS = Number(process.env.RESPONSIVE_ROWS ?? 30_000);
const POLL_MS = 200;
const MAX_LATENCY_MS = 1000;

/**
 * `rows` grants; `version` 2 raises the amount of every tenth grant by 1 and adds `rows / 30`
 * grants at the end (a new funder among them), so that re-importing it over version 1 updates
 * rows / 10, inserts rows / 30 and leaves the rest alone.
 */
function grantsFile(rows: number, version: 1 | 2 = 1): string {
  const lines = [GRANT_HEADER];
  const last = version === 1 ? rows : rows + rows / 30;
  for (let i = 1; i <= last; i++) {
    const amount = 1000 + i + (version === 2 && i % 10 === 0 ? 1 : 0);
    const funder = i > rows ? 'Responsive Newcomer' : `Responsive Funder ${i % 120}`;
    lines.push(
      `R-${i},${funder},Responsive Provider ${i % 2500},${2015 + (i % 10)},${amount},SEX,,,US,NY,Program ${i % 97}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

interface Sample {
  ms: number;
  value: unknown;
}

/** Calls `probe` every POLL_MS until `stop()` says so; each call's latency and answer. */
async function poll(probe: () => Promise<unknown>, stop: () => boolean): Promise<Sample[]> {
  const samples: Sample[] = [];
  while (!stop()) {
    const start = performance.now();
    const value = await probe().catch((err: unknown) => ({ failed: String(err) }));
    const ms = performance.now() - start;
    samples.push({ ms, value });
    await new Promise((r) => setTimeout(r, Math.max(0, POLL_MS - ms)));
  }
  return samples;
}

function figures(samples: Sample[]): { n: number; max: number; p99: number } {
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  const p99 = sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] ?? 0;
  return { n: sorted.length, max: sorted.at(-1) ?? 0, p99 };
}

interface Progress {
  phase: string;
  rowsDone: number;
  rowsTotal: number | null;
  rowsWritten?: number;
}

describe('the API answers while an import runs [embedded]', () => {
  let db: Db;
  let app: RunningApp;
  let steward: Client;
  let cookie: string;
  beforeAll(async () => {
    db = await createTestDb('embedded');
    app = await startTestApp(db);
    const organizationId = await makeOrganization(db.knex, 'responsive-importers', 'FUNDER');
    await makeUser(db.knex, 'steward@responsive.example', [[organizationId, 'steward']]);
    steward = await signedIn(app.url, 'steward@responsive.example');
    cookie = `fairshare_session=${steward.cookie('fairshare_session')}`;
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  /** How many datasets the steward sees, and how many grants they hold. */
  const seen = async (): Promise<{ datasets: number; grants: number }> => {
    const res = await steward.gql(
      '{ datasets(first: 5) { totalCount nodes { recordCounts { grants } } } }',
    );
    const datasets = res.body.data?.datasets as
      { totalCount: number; nodes: { recordCounts: { grants: number } }[] } | undefined;
    if (!datasets) throw new Error(JSON.stringify(res.body.errors));
    return {
      datasets: datasets.totalCount,
      grants: datasets.nodes.reduce((n, d) => n + d.recordCounts.grants, 0),
    };
  };

  /**
   * Uploads `file` with `query` while polling health, the light read and the job's progress;
   * prints and answers the figures, the upload's answer and what the polls saw.
   */
  async function measure(label: string, file: string, query: string) {
    const body = new FormData();
    body.append('file', new Blob([file], { type: 'text/csv' }), 'responsive.csv');
    const started = performance.now();
    let finished = false;
    const running = new Set(liveJobIds());
    const upload = globalThis
      .fetch(`${app.url}/api/import?kind=grants&${query}`, {
        method: 'POST',
        body,
        headers: { cookie },
      })
      .then(async (res) => ({ status: res.status, body: (await res.json()) as never }))
      .finally(() => {
        finished = true;
      });
    const ours = () => liveJobIds().find((id) => !running.has(id));
    while (ours() === undefined && !finished) await new Promise((r) => setTimeout(r, 20));
    const jobId = ours();
    expect(jobId).toBeDefined();

    const done = () => finished;
    const [health, reads, progress] = await Promise.all([
      poll(async () => (await globalThis.fetch(`${app.url}/healthz`)).status, done),
      poll(async () => ({ ...(await seen()), finished }), done),
      poll(async () => {
        const res = await globalThis.fetch(`${app.url}/api/import/jobs/${jobId}`, {
          headers: { cookie },
        });
        return res.ok ? ((await res.json()) as { progress?: Progress }).progress : res.status;
      }, done),
    ]);
    const seconds = (performance.now() - started) / 1000;
    const result = await upload;

    const report = {
      import: label,
      rows: ROWS,
      importSeconds: Number(seconds.toFixed(1)),
      health: figures(health),
      reads: figures(reads),
      progress: figures(progress),
    };
    console.log(`embedded import responsiveness: ${JSON.stringify(report)}`);
    const failures = [...health, ...reads, ...progress].filter(
      (s) => typeof s.value === 'object' && s.value !== null && 'failed' in s.value,
    );
    expect(failures).toEqual([]);
    expect(health.every((s) => s.value === 200)).toBe(true);
    const progresses = progress
      .map((s) => s.value as Progress | number | undefined)
      .filter((v): v is Progress => typeof v === 'object' && v !== null);
    return {
      report,
      result,
      reads: reads.map((s) => s.value as { datasets: number; grants: number; finished: boolean }),
      progress: progresses,
    };
  }

  /** The latency bound, and progress that went up while it ran. */
  function expectResponsive(m: Awaited<ReturnType<typeof measure>>) {
    const rowsSeen = m.progress.map((p) => p.rowsDone);
    expect(new Set(rowsSeen).size).toBeGreaterThan(2);
    expect(rowsSeen).toEqual([...rowsSeen].sort((a, b) => a - b));
    expect(m.report.health.max).toBeLessThan(MAX_LATENCY_MS);
    expect(m.report.reads.max).toBeLessThan(MAX_LATENCY_MS);
    expect(m.report.progress.max).toBeLessThan(MAX_LATENCY_MS);
  }

  /** Progress read while rows were being written says how many of how many. */
  function expectRowsWritten(progress: Progress[], total: number) {
    const writing = progress.filter((p) => p.phase === 'writing');
    const midWrite = writing.filter(
      (p) => (p.rowsWritten ?? 0) > 0 && (p.rowsWritten ?? 0) < total,
    );
    expect(midWrite.length).toBeGreaterThan(0);
    for (const p of writing) expect(p.rowsTotal).toBe(total);
    const written = writing.map((p) => p.rowsWritten ?? 0);
    expect(written).toEqual([...written].sort((a, b) => a - b));
  }

  it(`answers health, reads and progress within ${MAX_LATENCY_MS} ms during a ${ROWS.toLocaleString('en-US')}-row import`, async () => {
    expect(await seen()).toEqual({ datasets: 0, grants: 0 });
    const m = await measure('new dataset', grantsFile(ROWS), 'dataset=Responsive');
    expect(m.result).toMatchObject({
      status: 200,
      body: { status: 'succeeded', counts: { total: ROWS, inserted: ROWS } },
    });
    // All or nothing: a read that began before the import ended saw no dataset yet.
    for (const r of m.reads) if (!r.finished) expect(r).toMatchObject({ datasets: 0, grants: 0 });
    expect(await seen()).toEqual({ datasets: 1, grants: ROWS });
    expectRowsWritten(m.progress, ROWS);
    expectResponsive(m);
  }, 300_000);

  // Version 2 over version 1: rows / 10 amounts changed, rows / 30 grants added.
  const updated = ROWS / 10;
  const added = ROWS / 30;

  it('answers the same way during a dry run of a new version, which leaves nothing', async () => {
    const before = await tableCounts(db);
    const m = await measure('dry run', grantsFile(ROWS, 2), 'dataset=Responsive&dryRun=true');
    expect(m.result).toMatchObject({
      status: 200,
      body: {
        status: 'succeeded',
        dryRun: true,
        counts: {
          total: ROWS + added,
          valid: ROWS + added,
          inserted: added,
          updated,
          unchanged: ROWS - updated,
        },
        organizationsCreated: 1,
      },
    });
    for (const r of m.reads) expect(r).toMatchObject({ datasets: 1, grants: ROWS });
    expect(await tableCounts(db)).toEqual(before);
    expectResponsive(m);
  }, 300_000);

  it('answers the same way during a re-import of the new version, shown all at once', async () => {
    const m = await measure('re-import', grantsFile(ROWS, 2), 'dataset=Responsive');
    expect(m.result).toMatchObject({
      status: 200,
      body: {
        status: 'succeeded',
        dryRun: false,
        counts: { total: ROWS + added, inserted: added, updated, unchanged: ROWS - updated },
        organizationsCreated: 1,
      },
    });
    for (const r of m.reads) {
      if (!r.finished) expect(r).toMatchObject({ datasets: 1, grants: ROWS });
    }
    expect(await seen()).toEqual({ datasets: 1, grants: ROWS + added });
    const changed = await db
      .knex('audit_log')
      .where({ action: 'correction', entity: 'grants' })
      .count();
    expect(Number(changed[0]!.count)).toBe(updated);
    expectResponsive(m);
  }, 300_000);
});
