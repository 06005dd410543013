/**
 * Errors that mean the PostgreSQL server is not there for the moment (restarting, shutting down,
 * starting up, unreachable), as a domain error answered 503 DATABASE_UNAVAILABLE: a client
 * retries it, and the log gets one line instead of an internal error with a stack. The pool
 * throws away the connections concerned (knex marks a pg client that emitted 'error' disposed),
 * so the next request connects afresh once the server is back.
 */
import { DatabaseUnavailableError } from '../errors';

/**
 * SQLSTATEs: admin_shutdown (fast or immediate shutdown ended the session), crash_shutdown,
 * cannot_connect_now (shutting down or starting up), and class 08, connection exceptions.
 */
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006']);

/** Socket errors on connecting to or talking with the server. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/**
 * pg's and knex's own sentences for a connection lost, closed or never obtained: the whole message,
 * or its end after " - " where knex puts the statement first.
 */
const MESSAGES =
  /(^|\s-\s)(Connection terminated|Connection ended unexpectedly|Client has encountered a connection error|Client was closed and is not queryable|Knex: Timeout acquiring a connection)/;

function isUnavailable(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 3) return false;
  const { code, message, errors } = err as { code?: unknown; message?: unknown; errors?: unknown };
  if (typeof code === 'string' && (SQLSTATES.has(code) || SOCKET_CODES.has(code))) return true;
  if (typeof message === 'string' && MESSAGES.test(message)) return true;
  // Connecting to a name with several addresses fails with an AggregateError of each attempt.
  return Array.isArray(errors) && errors.some((e) => isUnavailable(e, depth + 1));
}

/** The DatabaseUnavailableError for an error meaning the server is not there, else null. */
export function databaseUnavailableOf(err: unknown): DatabaseUnavailableError | null {
  if (err instanceof DatabaseUnavailableError) return err; // failed at once (api/db/outage.ts)
  return isUnavailable(err) ? new DatabaseUnavailableError() : null;
}

/** SQLSTATE or socket code and pg's message, for the one log line (no SQL: pg's messages here carry none). */
export function describeDbError(err: unknown): string {
  const { code, message } = (err ?? {}) as { code?: unknown; message?: unknown };
  return (
    [code, message].filter((part) => typeof part === 'string' && part).join(' ') || 'no detail'
  );
}
