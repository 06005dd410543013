/**
 * Two API processes on one PostgreSQL database behave as one service: the rate limit is counted
 * once across both (before: each process allowed the whole limit), sign-in back-off set through
 * one holds on the other, a session started through one works (and ends) on the other, a
 * scenario saved through one is read through the other, and the job of an upload sent through one
 * is found by its reference through the other, with its live progress (before: both only in the
 * memory of the process that received the upload).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, makeOrganization, makeUser, signedIn } from '../api/auth/helpers';
import { GRANT_HEADER } from '../api/import/helpers';
import { createDatabase, killGroup, sleep, startApp, type AppProcess } from './processes';

const serverUrl = process.env.TEST_DATABASE_URL;
if (!serverUrl) throw new Error('The operations tests need TEST_DATABASE_URL (see .ci/run).');

const LIMIT = 20;
const COOKIE = '__Host-fairshare_session'; // NODE_ENV=production
const ME = '{ me { email } }';

describe('two API processes on one database', () => {
  let db: Awaited<ReturnType<typeof createDatabase>>;
  let a: AppProcess | undefined;
  let b: AppProcess | undefined;
  beforeAll(async () => {
    db = await createDatabase(serverUrl);
    await makeUser(db.knex, 'ana@example.org');
    const env = { DATABASE_URL: db.url, GRAPHQL_RATE_LIMIT: String(LIMIT), IMPORT_ENABLED: 'true' };
    [a, b] = await Promise.all([
      startApp(env, { serverOnly: true }),
      startApp(env, { serverOnly: true }),
    ]);
  });
  afterAll(async () => {
    for (const app of [a, b]) {
      if (app && app.groupAlive()) process.kill(app.child.pid!, 'SIGTERM');
    }
    await Promise.all([a?.exited, b?.exited]);
    killGroup(a);
    killGroup(b);
    await db?.close();
  });

  it('counts one rate limit across both processes', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT; i++) {
      const app = i % 2 ? b! : a!;
      statuses.push((await new Client(app.url).gql('{ health { status } }')).status);
    }
    expect(statuses.every((s) => s === 200)).toBe(true);
    // The limit is spent: both processes refuse the next request from this address.
    expect((await new Client(a!.url).gql('{ health { status } }')).status).toBe(429);
    expect((await new Client(b!.url).gql('{ health { status } }')).status).toBe(429);
    await db.knex('rate_limit_hits').delete(); // a fresh minute for the tests below
  });

  it('holds a sign-in lock set through one process on the other', async () => {
    const wrong = (app: AppProcess) => new Client(app.url).signIn('nobody@example.org', 'wrong');
    for (let i = 0; i < 5; i++) {
      const res = await wrong(i % 2 ? b! : a!);
      expect(res.body.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    }
    // The fifth failure locked this address for 30 s, in the database: B knows it too.
    const locked = await wrong(b!);
    expect(locked.body.errors![0]!.extensions!.code).toBe('TOO_MANY_REQUESTS');
    await db.knex('signin_failures').delete();
  });

  it('uses a session started through one process on the other, and ends it there', async () => {
    const throughA = await signedIn(a!.url, 'ana@example.org');
    const throughB = new Client(b!.url);
    throughB.setCookie(COOKIE, throughA.cookie(COOKIE)!);
    expect((await throughB.gql(ME)).body.data!.me).toEqual({ email: 'ana@example.org' });
    await throughB.gql('mutation { signOut }');
    const again = new Client(a!.url);
    again.setCookie(COOKIE, throughA.cookie(COOKIE)!);
    expect((await again.gql(ME)).body.data!.me).toBeNull();
  });

  it('reads through one process a scenario saved through the other', async () => {
    const ana = await signedIn(a!.url, 'ana@example.org');
    const saved = await ana.gql(
      `mutation($input: ScenarioInput!) { saveScenario(name: "Shift 10%", input: $input) { id version } }`,
      { input: { needBasis: 'IDENTIFIED_VICTIMS', levers: { shiftFraction: 0.1 } } },
    );
    expect(saved.body.errors, JSON.stringify(saved.body.errors)).toBeUndefined();
    const { id } = saved.body.data!.saveScenario as { id: string };
    const onB = new Client(b!.url);
    onB.setCookie(COOKIE, ana.cookie(COOKIE)!);
    const read = await onB.gql(
      `query($id: ID!) { scenario(id: $id) { name version settings { levers { shiftFraction } } } }`,
      { id },
    );
    expect(read.body.errors).toBeUndefined();
    expect(read.body.data!.scenario).toEqual({
      name: 'Shift 10%',
      version: 1,
      settings: { levers: { shiftFraction: 0.1 } },
    });
  });

  it('finds through one process the job of an upload sent through the other and its progress, for its sender only', async () => {
    const organizationId = await makeOrganization(db.knex, 'two-process-importers', 'FUNDER');
    await makeUser(db.knex, 'steward@example.org', [[organizationId, 'steward']]);
    await makeUser(db.knex, 'viewer@example.org', [[organizationId, 'viewer']]);
    const steward = await signedIn(a!.url, 'steward@example.org');
    const viewer = await signedIn(b!.url, 'viewer@example.org');
    const as = (client: Client) => ({ cookie: `${COOKIE}=${client.cookie(COOKIE)}` });
    const ref = 'two-processes-0123456789abcdef';
    const lookUp = (app: AppProcess, client: Client) =>
      fetch(`${app.url}/api/import/jobs/ref/${ref}`, { headers: as(client) });

    // An upload to A whose last part is held back, so that its job runs until released: 12,000
    // rows read (progress is reported every 5,000 rows) and the last one held.
    const boundary = 'fairshare-ops-boundary';
    let rows = '';
    for (let i = 1; i <= 12000; i++) rows += `P-${i},Two Funder,,2021,${i},SEX,,,US,,\n`;
    let release: () => void = () => undefined;
    const released = new Promise<void>((r) => (release = r));
    const body = new ReadableStream<Uint8Array>({
      async start(c) {
        const enc = new TextEncoder();
        c.enqueue(
          enc.encode(
            `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="two.csv"\r\n` +
              `Content-Type: text/csv\r\n\r\n${GRANT_HEADER}\n${rows}`,
          ),
        );
        await released;
        c.enqueue(enc.encode(`P-12001,Two Funder,,2021,1,SEX,,,US,,\n\r\n--${boundary}--\r\n`));
        c.close();
      },
    });
    const upload = fetch(`${a!.url}/api/import?kind=grants&dataset=Two&dryRun=true&ref=${ref}`, {
      method: 'POST',
      body,
      headers: { ...as(steward), 'content-type': `multipart/form-data; boundary=${boundary}` },
      duplex: 'half',
    } as RequestInit);
    try {
      let found: Response | null = null;
      for (const end = Date.now() + 20_000; Date.now() < end; await sleep(100)) {
        const r = await lookUp(b!, steward);
        if (r.status === 200) {
          found = r;
          break;
        }
      }
      expect(found?.status).toBe(200);
      const { jobId } = (await found!.json()) as { jobId: number };
      // The job B named is the one A runs: A answers the same, and B shows it running.
      expect(await (await lookUp(a!, steward)).json()).toEqual({ jobId });
      const job = await fetch(`${b!.url}/api/import/jobs/${jobId}`, { headers: as(steward) });
      expect(await job.json()).toMatchObject({ jobId, status: 'running', fileName: 'two.csv' });
      // B shows the rows A has read, while the upload is still held (before: 0 until the end).
      type Progress = { phase: string; rowsDone: number };
      let progress: Progress | null = null;
      for (const end = Date.now() + 20_000; Date.now() < end; await sleep(100)) {
        const r = await fetch(`${b!.url}/api/import/jobs/${jobId}`, { headers: as(steward) });
        const view = (await r.json()) as { status: string; progress: Progress };
        expect(view.status).toBe('running');
        progress = view.progress;
        if (progress.rowsDone > 0) break;
      }
      expect(progress?.phase).toBe('reading');
      expect(progress?.rowsDone).toBeGreaterThan(0);
      expect(progress?.rowsDone).toBeLessThanOrEqual(12000);
      // Another member of the organization does not learn it, through either process.
      expect((await lookUp(b!, viewer)).status).toBe(404);
      expect((await lookUp(a!, viewer)).status).toBe(404);
      release();
      const answer = (await (await upload).json()) as { jobId: number; counts: { total: number } };
      expect(answer).toMatchObject({ jobId, counts: { total: 12001 } });
      // Answered: neither process finds it any more.
      expect((await lookUp(b!, steward)).status).toBe(404);
      expect((await lookUp(a!, steward)).status).toBe(404);
    } finally {
      release();
      await upload.catch(() => undefined);
    }
  });
});
