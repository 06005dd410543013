/**
 * Refuses a NUL character in any string the caller sends (variables or literals in the query)
 * before anything runs. PostgreSQL cannot store it in text and answers with an encoding error
 * that used to reach the log with its SQL, and the caller as an internal error.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';

export const NUL_MESSAGE =
  'Text arguments cannot contain the NUL character (\\u0000); remove it and try again.';

function hasNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 64 || value === null || typeof value !== 'object') return false;
  const values = Array.isArray(value) ? value : Object.values(value);
  return values.some((v) => hasNul(v, depth + 1));
}

/** Documents already walked: Apollo's document store hands out the same parsed object per query text. */
const WALKED = new WeakMap<DocumentNode, boolean>();

function documentHasNul(document: DocumentNode): boolean {
  const known = WALKED.get(document);
  if (known !== undefined) return known;
  let found = false;
  visit(document, {
    [Kind.STRING]: (node) => {
      if (node.value.includes('\u0000')) found = true;
    },
  });
  WALKED.set(document, found);
  return found;
}

export const rejectNulBytesPlugin: ApolloServerPlugin = {
  requestDidStart() {
    return Promise.resolve({
      didResolveOperation({ request, document }) {
        if (hasNul(request.variables) || documentHasNul(document)) {
          return Promise.reject(
            new GraphQLError(NUL_MESSAGE, {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            }),
          );
        }
        return Promise.resolve();
      },
    });
  },
};
