/**
 * Keep-alive connections outlive a busy client. The flake this reproduces: http.test.ts and
 * override.test.ts failed now and then with ECONNRESET. The test process runs the server, the
 * client (fetch) and the embedded database on one event loop, and the embedded database works
 * synchronously: a long import blocks the loop for seconds. When it ends, the awaiting test code
 * runs first and fetch reuses its idle socket (its own 3 s idle timer has not run yet), then the
 * timers run and the server's 5 s keep-alive timeout (Node's default) closes that socket under the
 * request. A reverse proxy reusing upstream connections for up to 60 s meets the same race.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEEP_ALIVE_TIMEOUT_MS } from '../../api/http/serverTimeouts';
import { openEmbedded, type Db } from '../../api/db/connection';
import { migrateLatest } from '../../api/db/migrate';
import { startTestApp, type RunningApp } from '../helpers/server';

/** Blocks this thread without spinning a core, as a synchronous embedded-database call does. */
function blockEventLoop(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

describe('keep-alive connections', () => {
  let db: Db;
  let app: RunningApp;
  beforeAll(async () => {
    db = await openEmbedded();
    await migrateLatest(db.knex);
    app = await startTestApp(db);
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('tells clients it keeps idle connections longer than common proxies do (60 s)', async () => {
    const res = await fetch(`${app.url}/healthz`);
    await res.text();
    // nginx's upstream keepalive_timeout and cloud load balancers idle connections for 60 s;
    // Node's default (5 s) announced timeout=5.
    expect(res.headers.get('keep-alive')).toBe(`timeout=${KEEP_ALIVE_TIMEOUT_MS / 1000}`);
    expect(KEEP_ALIVE_TIMEOUT_MS).toBeGreaterThan(60_000);
  });

  it('answers on a connection reused after the event loop was blocked for 6.5 s', async () => {
    const first = await fetch(`${app.url}/healthz`);
    await first.text(); // read to the end: the connection goes back to fetch's pool
    expect(first.status).toBe(200);
    blockEventLoop(6_500);
    // The same connection (fetch keeps it), reused before any timer runs.
    const res = await fetch(`${app.url}/healthz`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { status: string }).status).toBe('ok');
  }, 20_000);
});
