/**
 * Browser sessions. The cookie holds 256 random bits; the database keeps only their SHA-256
 * (sessions.id_hash), so a copy of the database cannot be used to sign in. A session ends after
 * IDLE_TIMEOUT without requests or ABSOLUTE_LIFETIME after sign-in, whichever comes first, and
 * at sign-out, password change or account removal.
 */
import type { CookieOptions, Request, Response } from 'express';
import type { Knex } from 'knex';
import {
  deleteExpiredSessions,
  deleteSessionByHash,
  deleteSessionsOfUser,
  insertSession,
  liveSessionByHash,
  touchSession,
} from '../data/sessions';
import { forgetRecentViewers } from './recentViewers';
import { digest, newSecret } from './secrets';

export const IDLE_TIMEOUT_MS = 12 * 60 * 60_000;
export const ABSOLUTE_LIFETIME_MS = 7 * 24 * 60 * 60_000;
/** last_seen_at and expires_at are written at most this often per session. */
const TOUCH_INTERVAL_MS = 5 * 60_000;

/**
 * In production the cookie is `__Host-` prefixed: browsers then accept it only with Secure, Path=/
 * and no Domain, so no other host (a subdomain) can set or overwrite it.
 */
export function sessionCookieName(production: boolean): string {
  return production ? '__Host-fairshare_session' : 'fairshare_session';
}

function cookieOptions(production: boolean): CookieOptions {
  return {
    httpOnly: true,
    sameSite: 'lax',
    secure: production,
    path: '/',
    maxAge: ABSOLUTE_LIFETIME_MS,
  };
}

export function setSessionCookie(res: Response, value: string, production: boolean): void {
  res.cookie(sessionCookieName(production), value, cookieOptions(production));
}

export function clearSessionCookie(res: Response, production: boolean): void {
  const { maxAge: _m, ...options } = cookieOptions(production);
  res.clearCookie(sessionCookieName(production), options);
}

/** The session cookie's value, if the request carries one. */
export function sessionCookieOf(req: Request, production: boolean): string | null {
  const cookies = req.cookies as Record<string, unknown> | undefined;
  const value = cookies?.[sessionCookieName(production)];
  return typeof value === 'string' && value.length > 0 && value.length <= 128 ? value : null;
}

/** Starts a session; returns the cookie value (to send once, never to store) and its expiry. */
export async function createSession(
  trx: Knex | Knex.Transaction,
  userId: number,
  now = new Date(),
): Promise<{ cookie: string; expiresAt: Date }> {
  const cookie = newSecret();
  const expiresAt = new Date(now.getTime() + IDLE_TIMEOUT_MS);
  await insertSession(trx, {
    id_hash: digest(cookie),
    user_id: userId,
    created_at: now,
    expires_at: expiresAt,
    last_seen_at: now,
  });
  // Housekeeping: expired sessions of anyone are of no further use.
  await deleteExpiredSessions(trx, now);
  return { cookie, expiresAt };
}

/**
 * The user id of a live session for this cookie, or null (unknown, expired, or a disabled user).
 * Slides the idle timeout forward, never past the absolute lifetime.
 */
export async function resolveSession(
  knex: Knex,
  cookie: string,
  now = new Date(),
): Promise<number | null> {
  const idHash = digest(cookie);
  const row = await liveSessionByHash(knex, idHash, now);
  if (!row) return null;
  if (now.getTime() - new Date(row.last_seen_at).getTime() > TOUCH_INTERVAL_MS) {
    const cap = new Date(row.created_at).getTime() + ABSOLUTE_LIFETIME_MS;
    const expiresAt = new Date(Math.min(now.getTime() + IDLE_TIMEOUT_MS, cap));
    await touchSession(knex, idHash, now, expiresAt);
  }
  return row.user_id;
}

/** Ends the session behind this cookie (sign-out). */
export async function deleteSession(trx: Knex | Knex.Transaction, cookie: string): Promise<void> {
  forgetRecentViewers();
  await deleteSessionByHash(trx, digest(cookie));
}

/** Ends every session of a user except, optionally, the one behind `keepCookie`. */
export async function deleteUserSessions(
  trx: Knex | Knex.Transaction,
  userId: number,
  keepCookie?: string | null,
): Promise<number> {
  forgetRecentViewers();
  return deleteSessionsOfUser(trx, userId, keepCookie ? digest(keepCookie) : null);
}
