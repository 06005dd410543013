/**
 * The last Express error handler. Express's default answers HTML with a stack trace; this answers
 * JSON in GraphQL's shape, which REST clients read too: a domain error with its code and status,
 * a query cut off by a database timeout as QUERY_TIMEOUT, a database that is
 * restarting or unreachable as 503 DATABASE_UNAVAILABLE (with Retry-After), a body-parser refusal as BAD_REQUEST, anything else as a logged, generic 500.
 */
import type { ErrorRequestHandler } from 'express';
import { queryTimeoutOf } from '../db/timeouts';
import { databaseUnavailableOf } from '../db/unavailable';
import { DomainError, INTERNAL_MESSAGE } from '../errors';
import type { Logger } from '../logger';

/** What a client should wait before retrying while the database is unavailable. */
export const RETRY_AFTER_SECONDS = 2;

export function jsonErrorHandler(logger: Logger): ErrorRequestHandler {
  return (raw: { status?: number; type?: string; message?: string }, _req, res, _next) => {
    const err = queryTimeoutOf(raw) ?? databaseUnavailableOf(raw) ?? raw;
    if (err instanceof DomainError) {
      if (err.code === 'DATABASE_UNAVAILABLE') res.set('Retry-After', String(RETRY_AFTER_SECONDS));
      res.status(err.httpStatus).json({
        errors: [{ message: err.message, extensions: { code: err.code } }],
      });
      return;
    }
    const status =
      typeof err.status === 'number' && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status === 500) logger.error('HTTP request failed', err);
    const message =
      err.type === 'entity.parse.failed'
        ? 'The request body is not valid JSON.'
        : err.type === 'entity.too.large'
          ? 'The request body is too large.'
          : status < 500
            ? (err.message ?? 'Bad request.')
            : INTERNAL_MESSAGE;
    res.status(status).json({
      errors: [
        { message, extensions: { code: status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' } },
      ],
    });
  };
}
