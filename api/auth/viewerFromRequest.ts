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
 * Memberships are read from the database on each request, so role changes apply at once. The one
 * exception: while `databaseBusy()` (an import holding the embedded database's only connection),
 * the viewer last resolved for the credential is used (recentViewers.ts), or 503 when there is none.
 *
 * Refusals answer JSON that both GraphQL and REST clients read:
 * `{ error, message, errors: [{ message, extensions: { code } }] }`.
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Config } from '../config';
import { membershipsOf } from '../data/accounts';
import type { Db } from '../db/connection';
import { ANONYMOUS, type Viewer } from '../viewer';
import { recentViewer, rememberViewer, viewerGeneration } from './recentViewers';
import { digest } from './secrets';
import { clearSessionCookie, resolveSession, sessionCookieOf } from './sessions';
import { resolveApiToken } from './tokens';

const VIEWERS = new WeakMap<Request, Viewer>();
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The viewer the middleware resolved for this request (ANONYMOUS when it did not run). */
export function viewerOf(req: Request): Viewer {
  return VIEWERS.get(req) ?? ANONYMOUS;
}

const REFUSALS = {
  401: ['unauthenticated', 'UNAUTHENTICATED'],
  403: ['cross_site', 'FORBIDDEN'],
  503: ['busy', 'SERVICE_UNAVAILABLE'],
} as const;

function refuse(res: Response, status: keyof typeof REFUSALS, message: string): void {
  const [error, code] = REFUSALS[status];
  if (status === 401) res.set('WWW-Authenticate', 'Bearer realm="fairshare"');
  res.status(status).json({ error, message, errors: [{ message, extensions: { code } }] });
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

const BUSY = 'An import is running on the embedded database; try again when it has finished.';

export function viewerMiddleware(deps: {
  db: Db;
  config: Config;
  /** True while the database cannot answer without waiting (see the module comment). */
  databaseBusy?: () => boolean;
}): RequestHandler {
  const production = deps.config.nodeEnv === 'production';
  const knex = deps.db.knex;
  const busy = deps.databaseBusy ?? (() => false);

  /** The viewer behind a credential, from the database or, while it is busy, from memory. */
  const resolve = async (
    credential: string,
    fromDatabase: () => Promise<Omit<Viewer, 'memberships'> | null>,
  ): Promise<Viewer | null | 'busy'> => {
    const key = digest(credential);
    if (busy()) return recentViewer(key) ?? 'busy';
    const generation = viewerGeneration();
    const found = await fromDatabase();
    if (!found || found.userId === null) return null;
    const viewer = { ...found, memberships: await membershipsOf(knex, found.userId) };
    rememberViewer(key, viewer, generation);
    return viewer;
  };

  return (req: Request, res: Response, next: NextFunction) => {
    const run = async (): Promise<void> => {
      const authorization = req.get('authorization');
      if (authorization !== undefined) {
        const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
        if (!m) {
          refuse(res, 401, 'The Authorization header must be "Bearer " followed by an API token.');
          return;
        }
        const viewer = await resolve(m[1]!, async () => {
          const token = await resolveApiToken(knex, m[1]!);
          return token && { userId: token.userId, via: 'token', tokenScope: token.scope };
        });
        if (viewer === 'busy') return refuse(res, 503, BUSY);
        if (!viewer) return refuse(res, 401, 'This API token is not valid or has been revoked.');
        VIEWERS.set(req, viewer);
        next();
        return;
      }
      const cookie = sessionCookieOf(req, production);
      if (cookie !== null) {
        const viewer = await resolve(cookie, async () => {
          const userId = await resolveSession(knex, cookie);
          return userId === null ? null : { userId, via: 'session', tokenScope: null };
        });
        if (viewer === 'busy') return refuse(res, 503, BUSY);
        if (!viewer) {
          clearSessionCookie(res, production);
        } else {
          if (!SAFE_METHODS.has(req.method) && crossSite(req)) {
            refuse(res, 403, 'Requests that change data must come from the Fairshare app itself.');
            return;
          }
          VIEWERS.set(req, viewer);
        }
      }
      next();
    };
    run().catch(next);
  };
}
