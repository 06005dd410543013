/**
 * Exponential back-off after repeated failed sign-ins. The first FREE_FAILURES failures cost
 * nothing; failure n (n >= FREE_FAILURES) locks for BASE_DELAY_MS * 2^(n - FREE_FAILURES), at most
 * MAX_DELAY_MS: 30 s, 1 min, 2 min, 4 min, ... 1 h.
 *
 * Accounts keep their count in the database (users.failed_signins, users.locked_until). Addresses
 * and email addresses without an account are counted by a FailureCounts: the latter so that an
 * unknown address locks exactly like a known one and lockouts reveal no accounts. The server uses
 * DatabaseFailureCounter, shared by every process on the database; FailureCounter keeps counts in
 * this process's memory (in-process tests).
 */
import type { Knex } from 'knex';
import {
  clearFailures,
  countFailure,
  failureLockSeconds,
  pruneFailures,
} from '../data/sharedLimits';

export const FREE_FAILURES = 5;
const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = 60 * 60_000;
/** An in-memory count is forgotten this long after its last failure. */
const FORGET_AFTER_MS = 24 * 60 * 60_000;
const MAX_ENTRIES = 100_000;

/** How long failure number `failures` (1-based) locks sign-in, in ms (0 below the threshold). */
export function lockDuration(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(BASE_DELAY_MS * 2 ** (failures - FREE_FAILURES), MAX_DELAY_MS);
}

/** Seconds from `now` until `until`, rounded up; 0 when past. */
export function secondsUntil(until: Date | number | null, now = Date.now()): number {
  if (until === null) return 0;
  const t = typeof until === 'number' ? until : until.getTime();
  return Math.max(0, Math.ceil((t - now) / 1000));
}

interface Entry {
  failures: number;
  lockedUntil: number;
  lastFailureAt: number;
}

/** Failure counts per key (an IP address, or the digest of an unknown email address). */
export interface FailureCounts {
  /** Seconds the key is still locked for (0 when it may try). */
  lockedFor(key: string): number | Promise<number>;
  /** Counts a failure and returns the lock it sets, in seconds. */
  fail(key: string): number | Promise<number>;
  /** Forgets the key (after a successful sign-in of an email address). */
  clear(key: string): void | Promise<void>;
}

/** Counts in this process's memory. */
export class FailureCounter implements FailureCounts {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly clock: () => number = Date.now) {}

  /** Seconds the key is still locked for (0 when it may try). */
  lockedFor(key: string): number {
    const entry = this.current(key);
    return entry ? secondsUntil(entry.lockedUntil, this.clock()) : 0;
  }

  /** Counts a failure and returns the lock it sets, in seconds. */
  fail(key: string): number {
    const now = this.clock();
    const entry = this.current(key) ?? { failures: 0, lockedUntil: 0, lastFailureAt: now };
    entry.failures += 1;
    entry.lastFailureAt = now;
    entry.lockedUntil = now + lockDuration(entry.failures);
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > MAX_ENTRIES) this.prune();
    return secondsUntil(entry.lockedUntil, now);
  }

  /** Forgets the key (after a successful sign-in of an email address). */
  clear(key: string): void {
    this.entries.delete(key);
  }

  private current(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && this.clock() - entry.lastFailureAt > FORGET_AFTER_MS) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  /** Drops forgotten entries, then the oldest (Map order is insertion order) down to the cap. */
  private prune(): void {
    const now = this.clock();
    for (const [key, entry] of this.entries) {
      if (now - entry.lastFailureAt > FORGET_AFTER_MS) this.entries.delete(key);
    }
    for (const key of this.entries.keys()) {
      if (this.entries.size <= MAX_ENTRIES * 0.9) break;
      this.entries.delete(key);
    }
  }
}

const PRUNE_EVERY_MS = 60 * 60_000;
let lastPrune = 0;

/** Counts in the database (api/data/sharedLimits.ts), shared by every process on it. */
export class DatabaseFailureCounter implements FailureCounts {
  constructor(
    private readonly knex: Knex,
    private readonly scope: 'address' | 'unknown_email',
  ) {}

  lockedFor(key: string): Promise<number> {
    return failureLockSeconds(this.knex, this.scope, key, FORGET_AFTER_MS);
  }

  fail(key: string): Promise<number> {
    if (Date.now() - lastPrune > PRUNE_EVERY_MS) {
      lastPrune = Date.now();
      pruneFailures(this.knex, FORGET_AFTER_MS).catch(() => undefined); // next hour, then
    }
    return countFailure(this.knex, this.scope, key, FORGET_AFTER_MS, lockDuration);
  }

  clear(key: string): Promise<void> {
    return clearFailures(this.knex, this.scope, key);
  }
}

/** The sign-in counters of an app. */
export interface SignInCounters {
  byAddress: FailureCounts;
  byUnknownEmail: FailureCounts;
}

/** Counters in the database when given one, else in this process's memory. */
export function createSignInCounters(knex?: Knex, clock?: () => number): SignInCounters {
  if (knex) {
    return {
      byAddress: new DatabaseFailureCounter(knex, 'address'),
      byUnknownEmail: new DatabaseFailureCounter(knex, 'unknown_email'),
    };
  }
  return { byAddress: new FailureCounter(clock), byUnknownEmail: new FailureCounter(clock) };
}
