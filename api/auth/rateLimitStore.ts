/**
 * An express-rate-limit store in the database (api/data/sharedLimits.ts): every API process on one
 * database counts the same hits, so N processes allow the limit once, not N times.
 */
import type { Options, Store } from 'express-rate-limit';
import type { Knex } from 'knex';
import { countHit, pruneHits, resetHits, uncountHit } from '../data/sharedLimits';

const PRUNE_EVERY_MS = 10 * 60_000;

export class DatabaseRateLimitStore implements Store {
  readonly localKeys = false;
  private windowMs = 60_000;
  private lastPrune = 0;

  constructor(
    private readonly knex: Knex,
    /** Keeps the keys of two limiters on one table apart. */
    readonly prefix: string,
  ) {}

  init(options: Options): void {
    this.windowMs = options.windowMs;
  }

  async increment(key: string) {
    this.pruneNowAndThen();
    const { hits, resetAt } = await countHit(this.knex, this.prefix + key, this.windowMs);
    return { totalHits: hits, resetTime: resetAt };
  }

  async decrement(key: string): Promise<void> {
    await uncountHit(this.knex, this.prefix + key);
  }

  async resetKey(key: string): Promise<void> {
    await resetHits(this.knex, this.prefix + key);
  }

  private pruneNowAndThen(): void {
    const now = Date.now();
    if (now - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = now;
    pruneHits(this.knex).catch(() => undefined); // next time, then
  }
}
