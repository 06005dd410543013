/**
 * Random credentials and their digests. Session cookies, API tokens and invitation tokens are 256
 * random bits, so a plain SHA-256 digest is enough to store them (no salt or slow hash needed:
 * there is nothing to guess). Only the digest is ever written to the database.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Prefixes that make a leaked credential recognisable (secret scanners, logs, support). */
export const TOKEN_PREFIX = 'fs_';
export const INVITATION_PREFIX = 'fsi_';

/** A new credential: prefix + 43 base64url characters (32 random bytes). */
export function newSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

/** Hex SHA-256 of a credential: the only form in which it is stored. */
export function digest(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Constant-time comparison of two hex digests. */
export function sameDigest(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}
