/**
 * An express-rate-limit store in the database (api/data/sharedLimits.ts): every API process on one
 * database counts the same hits, so N processes allow the limit once, not N times.
 *
 * Leases: a process does not count each request in the database. It reserves a block of hit
 * numbers for a key at once (1% of the limit, at least 1, at most MAX_LEASE) and hands them out
 * from memory until the block is spent or the window ends. Every number is reserved in the
 * database before a request gets it, so across all processes no more than the limit is ever
 * allowed in a window. The price is on the strict side: numbers a process reserved but did not
 * hand out before the window ended count as used, so a client whose requests are spread over P
 * processes can be refused up to P x (lease - 1) requests early, at most ~1% of the limit per
 * process (6 of the default 600 a minute). Limits under 200 get a lease of 1: a database count per
 * request, exact as before.
 */
import type { Options, Store } from 'express-rate-limit';
import type { Knex } from 'knex';
import { pruneHits, reserveHits, resetHits, uncountHit } from '../data/sharedLimits';

const PRUNE_EVERY_MS = 10 * 60_000;
/** Share of the limit one process may reserve at once. */
const LEASE_SHARE = 0.01;
const MAX_LEASE = 100;

/** Hit numbers `next..last` of the key's current window, reserved by this process. */
interface Lease {
  next: number;
  last: number;
  resetAt: Date;
}

export class DatabaseRateLimitStore implements Store {
  readonly localKeys = false;
  private windowMs = 60_000;
  private leaseSize = 1;
  private lastPrune = 0;
  private readonly leases = new Map<string, Lease>();
  /** Reservations under way, so that concurrent requests of one key wait for one round trip. */
  private readonly reserving = new Map<string, Promise<void>>();

  constructor(
    private readonly knex: Knex,
    /** Keeps the keys of two limiters on one table apart. */
    readonly prefix: string,
    /** Commit counts without waiting for the disk (PostgreSQL; see reserveHits). */
    private readonly asyncCommit = false,
  ) {}

  init(options: Options): void {
    this.windowMs = options.windowMs;
    const limit = typeof options.limit === 'number' ? options.limit : 0;
    this.leaseSize = Math.max(1, Math.min(MAX_LEASE, Math.floor(limit * LEASE_SHARE)));
  }

  async increment(key: string) {
    this.pruneNowAndThen();
    for (;;) {
      const lease = this.leases.get(key);
      if (lease && lease.next <= lease.last && lease.resetAt.getTime() > Date.now()) {
        return { totalHits: lease.next++, resetTime: lease.resetAt };
      }
      const pending = this.reserving.get(key);
      if (pending) {
        await pending;
        continue;
      }
      const reservation = this.reserve(key).finally(() => this.reserving.delete(key));
      this.reserving.set(key, reservation);
      await reservation;
    }
  }

  async decrement(key: string): Promise<void> {
    await uncountHit(this.knex, this.prefix + key);
  }

  async resetKey(key: string): Promise<void> {
    this.leases.delete(key);
    await resetHits(this.knex, this.prefix + key);
  }

  private async reserve(key: string): Promise<void> {
    const size = this.leaseSize;
    const { hits, resetAt } = await reserveHits(this.knex, this.prefix + key, this.windowMs, size, {
      asyncCommit: this.asyncCommit,
    });
    this.leases.set(key, { next: hits - size + 1, last: hits, resetAt });
  }

  private pruneNowAndThen(): void {
    const now = Date.now();
    if (now - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = now;
    for (const [key, lease] of this.leases) {
      if (lease.resetAt.getTime() <= now) this.leases.delete(key);
    }
    pruneHits(this.knex).catch(() => undefined); // next time, then
  }
}
