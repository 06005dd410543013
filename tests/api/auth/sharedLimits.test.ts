/**
 * Rate-limit windows and sign-in failure counts kept in the database: two stores (two processes)
 * on one database count the same hits and see the same locks. The two-process test over HTTP is
 * tests/ops/multiProcess.test.ts.
 */
import type { Options } from 'express-rate-limit';
import { expect, it } from 'vitest';
import { DatabaseFailureCounter, lockDuration } from '../../../api/auth/backoff';
import { DatabaseRateLimitStore } from '../../../api/auth/rateLimitStore';
import { describeEachBackend } from '../../helpers/db';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describeEachBackend('limits shared through the database', (db) => {
  it('two stores on one database count one window of hits per key', async () => {
    const a = new DatabaseRateLimitStore(db().knex, 'graphql:');
    const b = new DatabaseRateLimitStore(db().knex, 'graphql:');
    const other = new DatabaseRateLimitStore(db().knex, 'signin:');
    for (const s of [a, b, other]) s.init({ windowMs: 1_500 } as Options);
    const t0 = Date.now();
    expect((await a.increment('10.0.0.1')).totalHits).toBe(1);
    expect((await b.increment('10.0.0.1')).totalHits).toBe(2);
    const third = await a.increment('10.0.0.1');
    expect(third.totalHits).toBe(3);
    // The window ends 1.5 s after its first hit (database clock; allow for the round trips).
    expect(third.resetTime.getTime()).toBeGreaterThan(t0 + 1_000);
    expect(third.resetTime.getTime()).toBeLessThan(Date.now() + 1_500 + 1_000);
    expect((await b.increment('10.0.0.2')).totalHits).toBe(1); // another address
    expect((await other.increment('10.0.0.1')).totalHits).toBe(1); // another limiter
    await b.decrement('10.0.0.1');
    expect((await a.increment('10.0.0.1')).totalHits).toBe(3);
    await sleep(1_600);
    expect((await b.increment('10.0.0.1')).totalHits).toBe(1); // a new window
    await a.resetKey('10.0.0.1');
    expect((await b.increment('10.0.0.1')).totalHits).toBe(1);
  });

  it('reserves hit numbers in leases of 1% of the limit and never allows more than the limit', async () => {
    const asyncCommit = db().kind === 'postgres';
    const a = new DatabaseRateLimitStore(db().knex, 'lease:', asyncCommit);
    const b = new DatabaseRateLimitStore(db().knex, 'lease:', asyncCommit);
    // Limit 1000: leases of 10. A takes 1..10, B then 11..20; each hands its own out in order.
    for (const s of [a, b]) s.init({ windowMs: 60_000, limit: 1000 } as Options);
    expect((await a.increment('10.0.1.1')).totalHits).toBe(1);
    expect((await b.increment('10.0.1.1')).totalHits).toBe(11);
    expect((await a.increment('10.0.1.1')).totalHits).toBe(2);
    expect((await b.increment('10.0.1.1')).totalHits).toBe(12);
    const counted = await db().knex('rate_limit_hits').where({ key: 'lease:10.0.1.1' }).first();
    expect(Number(counted.hits)).toBe(20);
    // Concurrent requests of one key share one reservation and never get the same number.
    const burst = await Promise.all(Array.from({ length: 25 }, () => a.increment('10.0.1.2')));
    expect(new Set(burst.map((r) => r.totalHits)).size).toBe(25);
    expect(Math.max(...burst.map((r) => r.totalHits))).toBe(25);

    // Limit 300 (leases of 3), 400 requests alternating between two processes: 300 numbers are
    // at most 300, so at most 300 are allowed; at most 2 x (3 - 1) are lost to unspent leases.
    const c = new DatabaseRateLimitStore(db().knex, 'lease:', asyncCommit);
    const d = new DatabaseRateLimitStore(db().knex, 'lease:', asyncCommit);
    for (const s of [c, d]) s.init({ windowMs: 60_000, limit: 300 } as Options);
    let allowed = 0;
    for (let i = 0; i < 400; i++) {
      if ((await (i % 2 ? d : c).increment('10.0.1.3')).totalHits <= 300) allowed++;
    }
    expect(allowed).toBeLessThanOrEqual(300);
    expect(allowed).toBeGreaterThanOrEqual(296);

    // Limits under 200 count every request in the database: exact across processes.
    const e = new DatabaseRateLimitStore(db().knex, 'lease:', asyncCommit);
    const f = new DatabaseRateLimitStore(db().knex, 'lease:', asyncCommit);
    for (const s of [e, f]) s.init({ windowMs: 60_000, limit: 20 } as Options);
    const hits: number[] = [];
    for (let i = 0; i < 6; i++) hits.push((await (i % 2 ? f : e).increment('10.0.1.4')).totalHits);
    expect(hits).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('a sign-in lock set through one counter holds through another', async () => {
    const a = new DatabaseFailureCounter(db().knex, 'address');
    const b = new DatabaseFailureCounter(db().knex, 'address');
    const emails = new DatabaseFailureCounter(db().knex, 'unknown_email');
    // Failures 1-4 are free (FREE_FAILURES = 5); the fifth locks for 30 s, the sixth for 60 s.
    for (let i = 1; i <= 4; i++) expect(await (i % 2 ? a : b).fail('10.0.0.9')).toBe(0);
    expect(await b.lockedFor('10.0.0.9')).toBe(0);
    expect(await a.fail('10.0.0.9')).toBe(30);
    expect(lockDuration(5)).toBe(30_000);
    const left = await b.lockedFor('10.0.0.9');
    expect(left).toBeGreaterThanOrEqual(29);
    expect(left).toBeLessThanOrEqual(30);
    expect(await b.fail('10.0.0.9')).toBe(60);
    expect(await emails.lockedFor('10.0.0.9')).toBe(0); // scopes are apart
    await a.clear('10.0.0.9');
    expect(await b.lockedFor('10.0.0.9')).toBe(0);
  });
});
