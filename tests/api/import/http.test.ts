/** The import endpoints over real HTTP, as the upload page uses them. */
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runImport } from '../../../api/import/commit';
import { liveJobIds, liveProgress } from '../../../api/import/jobs';
import { describeEachBackend } from '../../helpers/db';
import { startTestApp, type RunningApp } from '../../helpers/server';
import { makeOrganization, makeUser, signedIn } from '../auth/helpers';
import { GRANT_HEADER, tableCounts } from './helpers';

function form(
  content: string,
  fields: Record<string, string> = {},
  fileName = 'grants.csv',
): FormData {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.append(k, v);
  body.append('file', new Blob([content], { type: 'text/csv' }), fileName);
  return body;
}

const FILE = `${GRANT_HEADER}\nH-1,HTTP Funder,HTTP Grantee,2024,1000,LABOR,,,US,NY,\nH-2,HTTP Funder,,2024,-1,SEX,,,US,,\n`;

// Importing needs a signed-in steward (api/import/routes.ts): every request here carries the
// session of a steward of "HTTP importers", so imported datasets are that organization's.
let session = '';
const fetch = (url: string, init: RequestInit = {}) =>
  globalThis.fetch(url, {
    ...init,
    headers: { ...(init.headers as Record<string, string> | undefined), cookie: session },
  });

describeEachBackend('import over HTTP', (db) => {
  let app: RunningApp;
  let small: RunningApp;
  let disabled: RunningApp;
  let organizationId: number;
  let stewardId: number;
  beforeAll(async () => {
    app = await startTestApp(db());
    small = await startTestApp(db(), { MAX_UPLOAD_MB: '0.001' });
    disabled = await startTestApp(db(), { IMPORT_ENABLED: 'false' });
    organizationId = await makeOrganization(db().knex, 'http-importers', 'FUNDER');
    stewardId = await makeUser(db().knex, 'steward@importers.example', [
      [organizationId, 'steward'],
    ]);
    const steward = await signedIn(app.url, 'steward@importers.example');
    session = `fairshare_session=${steward.cookie('fairshare_session')}`;
  });
  afterAll(async () => {
    await app.close();
    await small.close();
    await disabled.close();
  });

  it('lists the templates with their columns, and serves each as CSV', async () => {
    const res = await fetch(`${app.url}/api/import/templates`);
    const body = (await res.json()) as {
      kinds: {
        kind: string;
        columns: { name: string; required: boolean; allowed: string[] | null }[];
      }[];
    };
    expect(body.kinds.map((k) => k.kind)).toEqual([
      'grants',
      'trainings',
      'service_records',
      'research_outputs',
      'need_indicators',
      'usaspending',
    ]);
    const type = body.kinds[0]!.columns.find((c) => c.name === 'trafficking_type');
    expect(type).toMatchObject({
      required: true,
      allowed: ['LABOR', 'SEX', 'BOTH', 'UNSPECIFIED'],
    });
    const csv = await fetch(`${app.url}/api/import/templates/need_indicators.csv`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines[0]).toBe(
      'indicator,basis,geography,year,trafficking_type,value,unit,source_title,publisher,source_url,confidence,note',
    );
    expect(lines).toHaveLength(2);
    expect((await fetch(`${app.url}/api/import/templates/nothing.csv`)).status).toBe(404);
  });

  it('a dry run answers counts, errors and a preview, and writes nothing', async () => {
    const before = await tableCounts(db());
    const res = await fetch(`${app.url}/api/import?kind=grants&dataset=HTTP%20grants&dryRun=true`, {
      method: 'POST',
      body: form(FILE),
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({
      status: 'rejected',
      dryRun: true,
      counts: { total: 2, valid: 1, rejected: 1, inserted: 1, updated: 0, unchanged: 0 },
      errors: [
        {
          line: 3,
          column: 'amount_usd',
          value: '-1',
          message: 'amount_usd must be zero or more (got -1).',
        },
      ],
      dataset: null,
    });
    expect(body.preview).toHaveLength(2);
    expect(body.preview[0]).toMatchObject({ line: 2, grant_id: 'H-1', amount_usd: 1000 });
    expect(typeof body.jobId).toBe('number');
    expect(await tableCounts(db())).toEqual(before);
  });

  it('refuses the whole file by default (422), then commits the valid rows when asked, with provenance fields', async () => {
    const refused = await fetch(`${app.url}/api/import?kind=grants&dataset=HTTP%20grants`, {
      method: 'POST',
      body: form(FILE),
    });
    expect(refused.status).toBe(422);
    const res = await fetch(
      `${app.url}/api/import?kind=grants&dataset=HTTP%20grants&validOnly=true`,
      {
        method: 'POST',
        // Provenance fields after the file: read once the whole form has arrived.
        body: (() => {
          const f = form(FILE);
          f.append('citation', 'HTTP test citation');
          f.append('license', 'CC0');
          return f;
        })(),
      },
    );
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({
      status: 'succeeded',
      counts: { inserted: 1, rejected: 1 },
      dataset: { name: 'HTTP grants' },
    });
    const dataset = await db().knex('datasets').where({ id: body.dataset.id }).first();
    expect(dataset).toMatchObject({ citation: 'HTTP test citation', license: 'CC0' });

    const job = await (await fetch(`${app.url}/api/import/jobs/${body.jobId}`)).json();
    expect(job).toMatchObject({
      jobId: body.jobId,
      status: 'succeeded',
      fileName: 'grants.csv',
      counts: { total: 2, rejected: 1, inserted: 1 },
      progress: { phase: 'done', rowsDone: 2, rowsTotal: 2 },
    });
    const rejected = await fetch(`${app.url}/api/import/jobs/${body.jobId}/rejected.csv`);
    expect(rejected.headers.get('content-disposition')).toContain('rejected.csv');
    const text = await rejected.text();
    expect(text.split('\r\n').slice(2, 4)).toEqual([
      `${GRANT_HEADER},error`,
      'H-2,HTTP Funder,,2024,-1,SEX,,,US,,,amount_usd must be zero or more (got -1).',
    ]);
    expect((await fetch(`${app.url}/api/import/jobs/999999`)).status).toBe(404);
  });

  it('refuses a file over the size limit with 413 and imports nothing', async () => {
    const before = await tableCounts(db());
    const big = `${GRANT_HEADER}\n${'B,Big Funder,,2020,1,SEX,,,US,,\n'.repeat(200)}`; // about 6 KB, limit about 1 KB
    const res = await fetch(`${small.url}/api/import?kind=grants&dataset=Big`, {
      method: 'POST',
      body: form(big),
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: 'file_too_large' });
    expect(await tableCounts(db())).toEqual(before);
  });

  it('answers 403 import_disabled when the flag is off, and 400 for a bad request', async () => {
    const res = await fetch(`${disabled.url}/api/import?kind=grants&dataset=X`, {
      method: 'POST',
      body: form(FILE),
    });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ error: 'import_disabled' });
    const bad = await fetch(`${app.url}/api/import?kind=loans&dataset=X`, {
      method: 'POST',
      body: form(FILE),
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).message).toContain('kind must be one of grants');
    const noFile = new FormData();
    noFile.append('source', 'x');
    const missing = await fetch(`${app.url}/api/import?kind=grants&dataset=X`, {
      method: 'POST',
      body: noFile,
    });
    expect(missing.status).toBe(400);
    expect((await missing.json()).message).toContain('No file was attached');
  });

  it('refuses an upload posted from another site', async () => {
    const res = await fetch(`${app.url}/api/import?kind=grants&dataset=X`, {
      method: 'POST',
      body: form(FILE),
      headers: { origin: 'https://evil.example' },
    });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ error: 'cross_site' });
  });

  it('reports progress while an import runs, then its final counts', async () => {
    const input = new PassThrough();
    const running = runImport(db().knex, db().kind, {
      kind: 'grants',
      datasetName: 'Progress',
      fileName: 'progress.csv',
      input,
      actorUserId: stewardId,
      organizationId,
    });
    let rows = `${GRANT_HEADER}\n`;
    for (let i = 1; i <= 6000; i++) rows += `P-${i},Progress Funder,,2021,${i},SEX,,,US,,\n`;
    input.write(rows);
    // Progress is reported every 5,000 rows: wait until the first report is in.
    const deadline = Date.now() + 20_000;
    while (
      !(liveJobIds().length && (liveProgress(liveJobIds()[0]!)?.rowsDone ?? 0) >= 5000) &&
      Date.now() < deadline
    ) {
      await new Promise((r) => setTimeout(r, 20));
    }
    const jobId = liveJobIds()[0]!;
    const list = await (await fetch(`${app.url}/api/import/jobs`)).json();
    expect(list.jobs[0]).toMatchObject({
      jobId,
      status: 'running',
      progress: { phase: 'reading', rowsDone: 5000, rowsTotal: null },
    });
    const one = await (await fetch(`${app.url}/api/import/jobs/${jobId}`)).json();
    expect(one).toMatchObject({ jobId, status: 'running', progress: { rowsDone: 5000 } });
    input.end();
    const result = await running;
    expect(result.counts.inserted).toBe(6000);
    const done = await (await fetch(`${app.url}/api/import/jobs/${jobId}`)).json();
    expect(done).toMatchObject({
      status: 'succeeded',
      progress: { phase: 'done', rowsDone: 6000, rowsTotal: 6000 },
    });
  });

  it('finds the job of an upload by the reference sent with it, for its sender only', async () => {
    const bad = await fetch(`${app.url}/api/import?kind=grants&dataset=X&ref=short`, {
      method: 'POST',
      body: form(FILE),
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).message).toContain('ref must be 16 to 64 letters');
    const ref = 'e2e-ref-0123456789abcdef';
    // Signed in before the upload: on the embedded database the upload holds the connection.
    await makeUser(db().knex, 'other@importers.example', [[organizationId, 'viewer']]);
    const other = await signedIn(app.url, 'other@importers.example');
    const unknown = await fetch(`${app.url}/api/import/jobs/ref/${ref}`);
    expect(unknown.status).toBe(404);

    // A multipart upload sent in two parts: the job exists once the first rows are read.
    const boundary = 'fairshare-test-boundary';
    const head =
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="ref.csv"\r\n` +
      `Content-Type: text/csv\r\n\r\n${GRANT_HEADER}\n`;
    let rows = '';
    for (let i = 1; i <= 6000; i++) rows += `R-${i},Ref Funder,,2021,${i},SEX,,,US,,\n`;
    let release: () => void = () => undefined;
    const released = new Promise<void>((r) => (release = r));
    const body = new ReadableStream<Uint8Array>({
      async start(c) {
        const enc = new TextEncoder();
        c.enqueue(enc.encode(head + rows));
        await released;
        c.enqueue(enc.encode(`R-6001,Ref Funder,,2021,1,SEX,,,US,,\n\r\n--${boundary}--\r\n`));
        c.close();
      },
    });
    const upload = fetch(`${app.url}/api/import?kind=grants&dataset=Ref&dryRun=true&ref=${ref}`, {
      method: 'POST',
      body,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      duplex: 'half',
    } as RequestInit);
    const deadline = Date.now() + 20_000;
    let found: Response | null = null;
    while (Date.now() < deadline) {
      const r = await fetch(`${app.url}/api/import/jobs/ref/${ref}`);
      if (r.status === 200) {
        found = r;
        break;
      }
      await new Promise((res) => setTimeout(res, 50));
    }
    expect(found?.status).toBe(200);
    const { jobId } = (await found!.json()) as { jobId: number };
    expect(liveJobIds()).toContain(jobId);
    // Another signed-in user does not learn it.
    const theirs = await globalThis.fetch(`${app.url}/api/import/jobs/ref/${ref}`, {
      headers: { cookie: `fairshare_session=${other.cookie('fairshare_session')}` },
    });
    expect(theirs.status).toBe(404);
    release();
    const answer = await (await upload).json();
    expect(answer).toMatchObject({ jobId, dryRun: true, counts: { total: 6001 } });
    // Answered: the reference is forgotten.
    expect((await fetch(`${app.url}/api/import/jobs/ref/${ref}`)).status).toBe(404);
  });
});
