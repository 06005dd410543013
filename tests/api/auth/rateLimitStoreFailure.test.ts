/**
 * A rate limit whose shared count cannot be taken refuses the request instead of letting it
 * through uncounted: a database that is down answers 503 DATABASE_UNAVAILABLE with Retry-After
 * at once (not after a second wait in the request's own query), and any other store failure is
 * an internal error, so that no client escapes the limit by making the store fail. The real
 * outage, timed end to end, is tests/ops/databaseDown.test.ts.
 */
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { Store } from 'express-rate-limit';
import { afterEach, describe, expect, it } from 'vitest';
import { graphqlRateLimit, signInRateLimit } from '../../../api/auth/rateLimits';
import { jsonErrorHandler } from '../../../api/http/errorHandler';
import { createLogger } from '../../../api/logger';

/** A store whose every count fails with `error`. */
function failingStore(error: Error): Store & { calls: number } {
  return {
    calls: 0,
    localKeys: false,
    increment() {
      this.calls++;
      return Promise.reject(error);
    },
    decrement: () => Promise.resolve(),
    resetKey: () => Promise.resolve(),
  };
}

const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5443'), {
  code: 'ECONNREFUSED',
});
const knexTimeout = new Error(
  'Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?',
);
const bug = new TypeError("Cannot read properties of undefined (reading 'hits')");

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

/** An app with `limiter` in front of a handler that records whether the request got through. */
async function serve(limiter: express.RequestHandler) {
  const app = express();
  let reached = 0;
  app.use(express.json());
  app.use('/graphql', limiter, (_req, res) => {
    reached++;
    res.json({ data: { ok: true } });
  });
  app.use(jsonErrorHandler(createLogger('silent')));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  close = () => new Promise((resolve) => server.close(() => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const post = async (query: string) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
    return { status: res.status, retryAfter: res.headers.get('retry-after'), body };
  };
  return { post, reached: () => reached };
}

describe('a rate limit whose store fails', () => {
  it.each([
    ['the database refuses connections', refused],
    ['no connection came within DATABASE_WAIT_MS', knexTimeout],
  ])('answers 503 DATABASE_UNAVAILABLE when %s, without passing the request on', async (_, err) => {
    const store = failingStore(err);
    const app = await serve(graphqlRateLimit(600, store));
    const answer = await app.post('{ datasets { totalCount } }');
    expect(answer.status).toBe(503);
    expect(answer.retryAfter).toBe('2');
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(store.calls).toBe(1);
    expect(app.reached()).toBe(0);
  });

  it('refuses the request on any other store failure: a client cannot escape the limit', async () => {
    const store = failingStore(bug);
    const app = await serve(graphqlRateLimit(600, store));
    const answer = await app.post('{ datasets { totalCount } }');
    expect(answer.status).toBe(500);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(app.reached()).toBe(0);
  });

  it('the sign-in limit refuses a credential mutation it cannot count, and skips others', async () => {
    const store = failingStore(refused);
    const app = await serve(signInRateLimit(10, store));
    const signIn = await app.post('mutation { signIn(email: "a@b.org", password: "x") { id } }');
    expect(signIn.status).toBe(503);
    expect(signIn.body.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(app.reached()).toBe(0);
    // Not a credential mutation: the sign-in limit does not count it, so its store is not asked.
    const read = await app.post('{ datasets { totalCount } }');
    expect(read.status).toBe(200);
    expect(store.calls).toBe(1);
    expect(app.reached()).toBe(1);
  });
});
