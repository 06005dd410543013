/**
 * Domain errors: one typed error per failure kind, each with a code and an HTTP status. Services
 * throw them; GraphQL's formatError passes their code as `extensions.code`, and the Express routes
 * answer their status with `{ error, message }` (httpErrorOf). Messages are whole sentences saying
 * what was expected; internals (SQL, stacks) never reach the caller.
 *
 * They are plain Errors, not GraphQLErrors, so that services do not depend on the transport:
 * graphql-js copies an error's `extensions` onto the GraphQLError it wraps it in.
 */

/** Each domain code and the HTTP status a REST route answers it with. */
export const DOMAIN_ERROR_STATUS = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  TOO_MANY_REQUESTS: 429,
  QUERY_TIMEOUT: 503,
  DATABASE_UNAVAILABLE: 503,
} as const;

export type DomainErrorCode = keyof typeof DOMAIN_ERROR_STATUS;

export class DomainError extends Error {
  override name = 'DomainError';
  readonly extensions: { code: DomainErrorCode } & Record<string, unknown>;
  constructor(code: DomainErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.extensions = { ...details, code };
  }
  get code(): DomainErrorCode {
    return this.extensions.code;
  }
  get httpStatus(): number {
    return DOMAIN_ERROR_STATUS[this.code];
  }
}

export class BadUserInputError extends DomainError {
  override name = 'BadUserInputError';
  constructor(field: string, message: string) {
    super('BAD_USER_INPUT', message, { field });
  }
}

export class NotFoundError extends DomainError {
  override name = 'NotFoundError';
  constructor(message: string) {
    super('NOT_FOUND', message);
  }
}

export class UnauthenticatedError extends DomainError {
  override name = 'UnauthenticatedError';
  constructor(message = 'You need to sign in to do this.') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends DomainError {
  override name = 'ForbiddenError';
  constructor(message = 'Your role does not allow this.') {
    super('FORBIDDEN', message);
  }
}

export class TooManyRequestsError extends DomainError {
  override name = 'TooManyRequestsError';
  constructor(message: string, retryAfterSeconds: number) {
    super('TOO_MANY_REQUESTS', message, { retryAfterSeconds });
  }
}

/** The database cut a query off (statement, lock or idle-in-transaction timeout). */
export class QueryTimeoutError extends DomainError {
  override name = 'QueryTimeoutError';
  constructor(message: string) {
    super('QUERY_TIMEOUT', message);
  }
}

/** The database server cannot be reached or is restarting (api/db/unavailable.ts). */
export class DatabaseUnavailableError extends DomainError {
  override name = 'DatabaseUnavailableError';
  constructor() {
    super(
      'DATABASE_UNAVAILABLE',
      'The database is not answering right now (it may be restarting). Nothing was changed; try again in a few seconds.',
    );
  }
}

const PUBLIC_CODES = new Set<string>([
  ...Object.keys(DOMAIN_ERROR_STATUS),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'MODEL_TIME_LIMIT',
  'SERVICE_UNAVAILABLE',
]);

/** True for errors whose message is meant for the caller. */
export function isPublicCode(code: unknown): boolean {
  return typeof code === 'string' && PUBLIC_CODES.has(code);
}

export const INTERNAL_MESSAGE =
  'The server could not complete this request. It has been logged; please try again, and if it persists, tell your administrator.';

/** The REST `error` name of each code (the JSON field routes have always answered). */
const REST_NAMES: Record<DomainErrorCode, string> = {
  BAD_USER_INPUT: 'bad_request',
  UNAUTHENTICATED: 'unauthenticated',
  FORBIDDEN: 'forbidden',
  NOT_FOUND: 'not_found',
  TOO_MANY_REQUESTS: 'too_many_requests',
  QUERY_TIMEOUT: 'query_timeout',
  DATABASE_UNAVAILABLE: 'database_unavailable',
};

/** How an Express route answers a domain error: status and `{ error, message }`; null for others. */
export function httpErrorOf(
  err: unknown,
): { status: number; body: { error: string; message: string } } | null {
  if (!(err instanceof DomainError)) return null;
  return { status: err.httpStatus, body: { error: REST_NAMES[err.code], message: err.message } };
}
