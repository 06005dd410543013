/**
 * Runs GraphQL operations in process as a chosen viewer (server.executeOperation with a context
 * value), for the access-control tests; the HTTP tests use tests/helpers/server.ts.
 */
import type { ApolloServer } from '@apollo/server';
import type { Role } from '../../../core/vocabulary';
import { loadConfig } from '../../../api/config';
import { createContext, type GraphQLContext } from '../../../api/context';
import type { Db } from '../../../api/db/connection';
import { createLogger } from '../../../api/logger';
import { createApolloServer } from '../../../api/server';
import { ANONYMOUS, type Viewer } from '../../../api/viewer';

export interface OperationResult {
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export interface InProcessServer {
  run(
    query: string,
    variables?: Record<string, unknown>,
    viewer?: Viewer,
  ): Promise<OperationResult>;
  close(): Promise<void>;
}

export function signedIn(
  userId: number,
  memberships: { organizationId: number; role: Role }[] = [],
): Viewer {
  return { userId, memberships, via: 'session', tokenScope: null };
}

export async function startInProcess(db: Db): Promise<InProcessServer> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  const logger = createLogger(config.logLevel);
  const apollo: ApolloServer<GraphQLContext> = await createApolloServer({ db, config, logger });
  return {
    async run(query, variables = {}, viewer = ANONYMOUS) {
      const res = await apollo.executeOperation(
        { query, variables },
        { contextValue: createContext({ db, config, logger }, viewer) },
      );
      if (res.body.kind !== 'single') throw new Error('expected a single GraphQL result');
      return res.body.singleResult as OperationResult;
    },
    close: () => apollo.stop(),
  };
}
