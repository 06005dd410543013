/**
 * Request rate limits per client address (IPv6 grouped by /56, express-rate-limit's default):
 * one on everything sent to /graphql, and a tighter one on the operations that check a password
 * or an invitation or create an organization (sign-in, sign-up, password change, invitation
 * acceptance, organization creation). The tight limit
 * counts requests; the exponential back-off after failed sign-ins (backoff.ts) is separate.
 * Given a store in the database (rateLimitStore.ts), every process on that database shares the
 * counts; without one, they are this process's own.
 *
 * A request whose count cannot be taken is refused, never let through uncounted: otherwise a
 * client that could make the store fail (a down database, a lock timeout on its own key) would
 * escape the limit. The refusal goes to the JSON error handler (api/http/errorHandler.ts), so a
 * database that is down answers 503 DATABASE_UNAVAILABLE with Retry-After once the store's wait
 * for a connection (DATABASE_WAIT_MS) is out, instead of letting the request through to wait as
 * long again for its own query.
 */
import type { Request, RequestHandler } from 'express';
import { rateLimit, type Store } from 'express-rate-limit';
import { Kind, OperationTypeNode, parse, type DocumentNode } from 'graphql';

/** Mutation fields counted by the sign-in limit. */
export const CREDENTIAL_MUTATIONS = new Set([
  'signIn',
  'signUp',
  'changePassword',
  'acceptInvitation',
  'createOrganization',
]);

const WINDOW_GRAPHQL_MS = 60_000;
const WINDOW_SIGNIN_MS = 15 * 60_000;

function limitReached(message: string): RequestHandler {
  return (_req, res) => {
    res.status(429).json({ errors: [{ message, extensions: { code: 'TOO_MANY_REQUESTS' } }] });
  };
}

/** True when the GraphQL request body names a credential mutation (aliases do not hide it). */
export function usesCredentialMutation(body: unknown): boolean {
  const query = (body as { query?: unknown } | undefined)?.query;
  if (typeof query !== 'string' || !query.includes('mutation')) return false;
  let document: DocumentNode;
  try {
    document = parse(query, { noLocation: true, maxTokens: 5000 });
  } catch {
    return false; // Apollo rejects it anyway.
  }
  return document.definitions.some(
    (d) =>
      d.kind === Kind.OPERATION_DEFINITION &&
      d.operation === OperationTypeNode.MUTATION &&
      d.selectionSet.selections.some(
        (s) => s.kind === Kind.FIELD && CREDENTIAL_MUTATIONS.has(s.name.value),
      ),
  );
}

/** At most `perMinute` GraphQL requests per minute per client address. */
export function graphqlRateLimit(perMinute: number, store?: Store): RequestHandler {
  return rateLimit({
    store,
    passOnStoreError: false, // see the module comment
    windowMs: WINDOW_GRAPHQL_MS,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    // Without a declared proxy (TRUST_PROXY) the header is ignored on purpose: not a mistake to warn of.
    validate: { xForwardedForHeader: false },
    handler: limitReached(
      `Too many requests from your address: at most ${perMinute} a minute. Wait a minute and try again.`,
    ),
  });
}

/** At most `perWindow` credential mutations per 15 minutes per client address. Mount after JSON parsing. */
export function signInRateLimit(perWindow: number, store?: Store): RequestHandler {
  return rateLimit({
    store,
    passOnStoreError: false, // see the module comment
    windowMs: WINDOW_SIGNIN_MS,
    limit: perWindow,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    // Without a declared proxy (TRUST_PROXY) the header is ignored on purpose: not a mistake to warn of.
    validate: { xForwardedForHeader: false },
    skip: (req: Request) => !usesCredentialMutation(req.body),
    handler: limitReached(
      `Too many sign-in attempts from your address: at most ${perWindow} in 15 minutes. Wait and try again.`,
    ),
  });
}
