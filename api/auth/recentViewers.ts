/**
 * The last viewer resolved from the database for each credential (by digest), for one purpose:
 * the embedded database has a single connection, which a running import holds until it ends,
 * and requests must not wait for it just to learn who is calling (import progress is polled while
 * the import runs). While the database is busy that way, viewerFromRequest answers from here.
 *
 * Never stale by more than this process knows: every change to sessions, tokens or memberships
 * calls forgetRecentViewers(), and a resolution that raced with such a change is not kept
 * (generation check). Entries expire after TTL_MS. When the database is not busy, the database
 * is always asked.
 */
import type { Viewer } from '../viewer';

const TTL_MS = 15 * 60_000;
const MAX_ENTRIES = 10_000;

const entries = new Map<string, { viewer: Viewer; expiresAt: number }>();
let generation = 0;

/** The generation to pass to rememberViewer: read it before asking the database. */
export function viewerGeneration(): number {
  return generation;
}

/** Keeps a viewer just resolved from the database, unless something changed meanwhile. */
export function rememberViewer(
  credentialDigest: string,
  viewer: Viewer,
  resolvedInGeneration: number,
): void {
  if (resolvedInGeneration !== generation) return;
  if (entries.size >= MAX_ENTRIES) entries.clear();
  entries.set(credentialDigest, { viewer, expiresAt: Date.now() + TTL_MS });
}

/** The viewer last resolved for the credential, if recent. */
export function recentViewer(credentialDigest: string): Viewer | null {
  const entry = entries.get(credentialDigest);
  if (!entry) return null;
  if (entry.expiresAt < Date.now()) {
    entries.delete(credentialDigest);
    return null;
  }
  return entry.viewer;
}

/** Drops every remembered viewer: call on any change to sessions, tokens or memberships. */
export function forgetRecentViewers(): void {
  generation += 1;
  entries.clear();
}
