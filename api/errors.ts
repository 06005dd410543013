/**
 * One typed error per failure kind, each mapped to a GraphQL `extensions.code`. Messages are whole
 * sentences saying what was expected; internals (SQL, stacks) never reach the caller.
 */
import { GraphQLError } from 'graphql';

export class BadUserInputError extends GraphQLError {
  constructor(field: string, message: string) {
    super(message, { extensions: { code: 'BAD_USER_INPUT', field } });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'NOT_FOUND' } });
  }
}

export class UnauthenticatedError extends GraphQLError {
  constructor(message = 'You need to sign in to do this.') {
    super(message, { extensions: { code: 'UNAUTHENTICATED' } });
  }
}

export class ForbiddenError extends GraphQLError {
  constructor(message = 'Your role does not allow this.') {
    super(message, { extensions: { code: 'FORBIDDEN' } });
  }
}

export class TooManyRequestsError extends GraphQLError {
  constructor(message: string, retryAfterSeconds: number) {
    super(message, { extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds } });
  }
}

const PUBLIC_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'TOO_MANY_REQUESTS',
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
