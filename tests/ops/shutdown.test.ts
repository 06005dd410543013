/**
 * Stopping the server: whichever process gets SIGTERM (npm, or the whole process group as Ctrl-C
 * and systemd send it), the server stops accepting, finishes requests in flight (a request body
 * still uploading included), answers a request arriving meanwhile with a clean 503, then exits.
 * Before: SIGTERM to npm left the server serving as an orphan; SIGTERM to the group killed node
 * in 0.3 s and cut the request in flight.
 */
import http from 'node:http';
import net from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, killGroup, sleep, startApp, waitFor, type AppProcess } from './processes';

const serverUrl = process.env.TEST_DATABASE_URL;
if (!serverUrl) throw new Error('The operations tests need TEST_DATABASE_URL (see .ci/run).');

const QUERY = JSON.stringify({ query: '{ datasets(first: 1) { totalCount } }' });

/** POSTs QUERY with its body sent in `chunks` pieces `gapMs` apart; resolves with the answer. */
function slowPost(url: string, chunks: number, gapMs: number) {
  const body = Buffer.from(QUERY);
  const step = Math.ceil(body.length / chunks);
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(
      `${url}/graphql`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': body.length },
        agent: false,
      },
      (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode!, body: text }));
      },
    );
    req.on('error', reject);
    void (async () => {
      for (let i = 0; i < body.length; i += step) {
        req.write(body.subarray(i, i + step));
        await sleep(gapMs);
      }
      req.end();
    })();
  });
}

/** A connection that has begun a request (headers not finished); `finish()` sends the rest. */
async function openRequest(url: string) {
  const { port } = new URL(url);
  const socket = net.connect(Number(port), '127.0.0.1');
  await new Promise((resolve) => socket.once('connect', resolve));
  socket.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n');
  let text = '';
  socket.on('data', (d: Buffer) => (text += d.toString()));
  const ended = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  return {
    async finish(): Promise<string> {
      socket.write('\r\n');
      await ended;
      return text;
    },
  };
}

function refused(url: string): Promise<boolean> {
  return fetch(`${url}/healthz`).then(
    () => false,
    () => true,
  );
}

describe('shutdown of npm start', () => {
  let db: Awaited<ReturnType<typeof createDatabase>>;
  let app: AppProcess | undefined;
  beforeAll(async () => {
    db = await createDatabase(serverUrl);
  });
  afterEach(() => {
    killGroup(app);
    app = undefined;
  });
  afterAll(async () => {
    await db?.close();
  });

  it('SIGTERM to npm stops the server: nothing of the group keeps serving', async () => {
    app = await startApp({ DATABASE_URL: db.url });
    process.kill(app.child.pid!, 'SIGTERM');
    await app.exited;
    await waitFor('the process group to end', () => !app!.groupAlive(), 15_000);
    expect(await refused(app.url)).toBe(true);
    expect(app.output()).toMatch(/stopped/);
  });

  it('SIGTERM to the group drains: the upload in flight completes, a new request gets 503', async () => {
    app = await startApp({ DATABASE_URL: db.url });
    const inFlight = slowPost(app.url, 10, 200); // about 2 s of body
    const arriving = await openRequest(app.url);
    await sleep(400);
    process.kill(-app.child.pid!, 'SIGTERM');
    await sleep(300);
    const refusedAnswer = await arriving.finish();
    expect(refusedAnswer).toMatch(/^HTTP\/1\.1 503 /);
    expect(refusedAnswer).toMatch(/connection: close/i);
    expect(refusedAnswer).toContain('"code":"SERVICE_UNAVAILABLE"');
    expect(refusedAnswer).toContain('shutting down');
    expect(await refused(app.url)).toBe(true); // no new connections
    const done = await inFlight;
    expect(done.status).toBe(200);
    expect(JSON.parse(done.body).data.datasets.totalCount).toBeGreaterThan(0);
    expect(await app.exited).toBe(0);
    await waitFor('the process group to end', () => !app!.groupAlive(), 15_000);
  });

  it('the server run directly drains the same way on SIGINT', async () => {
    app = await startApp({ DATABASE_URL: db.url }, { serverOnly: true });
    const inFlight = slowPost(app.url, 5, 200);
    await sleep(300);
    process.kill(app.child.pid!, 'SIGINT');
    expect((await inFlight).status).toBe(200);
    expect(await app.exited).toBe(0);
  });
});
