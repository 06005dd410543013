/**
 * Builds the Viewer of every request to /graphql and /api, from (in this order):
 *
 * 1. `Authorization: Bearer fs_...`: an API token. A malformed header, or a token that is unknown,
 *    revoked or whose user is disabled, is refused with 401 (a script should learn that its token
 *    stopped working rather than silently see public data only).
 * 2. The session cookie. An unknown or expired session is dropped (the cookie is cleared) and the
 *    request goes on as anonymous. A state-changing request that carries the cookie must come
 *    from this site: a foreign Origin or `Sec-Fetch-Site: cross-site` is refused with 403 (CSRF
 *    defence in depth, next to SameSite=Lax and Apollo's csrfPrevention).
 * 3. Otherwise the caller is ANONYMOUS.
 *
 * Memberships are read from the database on each request, so role changes apply at once.
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Config } from '../config';
import { membershipsOf } from '../data/accounts';
import type { Db } from '../db/connection';
import { ANONYMOUS, type Viewer } from '../viewer';
import { clearSessionCookie, resolveSession, sessionCookieOf } from './sessions';
import { resolveApiToken } from './tokens';

const VIEWERS = new WeakMap<Request, Viewer>();
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The viewer the middleware resolved for this request (ANONYMOUS when it did not run). */
export function viewerOf(req: Request): Viewer {
  return VIEWERS.get(req) ?? ANONYMOUS;
}

function refuse(res: Response, status: 401 | 403, message: string): void {
  if (status === 401) res.set('WWW-Authenticate', 'Bearer realm="fairshare"');
  res.status(status).json({
    errors: [{ message, extensions: { code: status === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN' } }],
  });
}

/** True when the request says it comes from another site. */
function crossSite(req: Request): boolean {
  if (req.get('sec-fetch-site') === 'cross-site') return true;
  const origin = req.get('origin');
  if (!origin) return false;
  try {
    return new URL(origin).host !== req.host;
  } catch {
    return true;
  }
}

export function viewerMiddleware(deps: { db: Db; config: Config }): RequestHandler {
  const production = deps.config.nodeEnv === 'production';
  const knex = deps.db.knex;
  return (req: Request, res: Response, next: NextFunction) => {
    const resolve = async (): Promise<void> => {
      const authorization = req.get('authorization');
      if (authorization !== undefined) {
        const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
        if (!m) {
          refuse(res, 401, 'The Authorization header must be "Bearer " followed by an API token.');
          return;
        }
        const token = await resolveApiToken(knex, m[1]!);
        if (!token) {
          refuse(res, 401, 'This API token is not valid or has been revoked.');
          return;
        }
        VIEWERS.set(req, {
          userId: token.userId,
          memberships: await membershipsOf(knex, token.userId),
          via: 'token',
          tokenScope: token.scope,
        });
        next();
        return;
      }
      const cookie = sessionCookieOf(req, production);
      if (cookie !== null) {
        const userId = await resolveSession(knex, cookie);
        if (userId === null) {
          clearSessionCookie(res, production);
        } else {
          if (!SAFE_METHODS.has(req.method) && crossSite(req)) {
            refuse(res, 403, 'Requests that change data must come from the Fairshare app itself.');
            return;
          }
          VIEWERS.set(req, {
            userId,
            memberships: await membershipsOf(knex, userId),
            via: 'session',
            tokenScope: null,
          });
        }
      }
      next();
    };
    resolve().catch(next);
  };
}
