/**
 * Read-scoped API tokens may run queries only: any mutation is refused before a resolver runs,
 * so no new mutation can forget the check.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, OperationTypeNode } from 'graphql';
import type { GraphQLContext } from '../context';

export const READ_ONLY_TOKEN = 'This API token is read-only; create a write token to make changes.';

export const tokenScopePlugin: ApolloServerPlugin<GraphQLContext> = {
  requestDidStart() {
    return Promise.resolve({
      didResolveOperation({ contextValue, operation }) {
        const viewer = contextValue.viewer;
        if (
          operation?.operation === OperationTypeNode.MUTATION &&
          viewer.via === 'token' &&
          viewer.tokenScope !== 'write'
        ) {
          return Promise.reject(
            new GraphQLError(READ_ONLY_TOKEN, {
              extensions: { code: 'FORBIDDEN', http: { status: 403 } },
            }),
          );
        }
        return Promise.resolve();
      },
    });
  },
};
