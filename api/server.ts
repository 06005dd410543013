/**
 * The HTTP server: GraphQL at /graphql, GET /healthz, and the built client at /. Used by
 * api/main.ts and by the tests, which start it on a random port.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import express from 'express';
import type { GraphQLFormattedError } from 'graphql';
import { createSignInCounters } from './auth/backoff';
import { DatabaseRateLimitStore } from './auth/rateLimitStore';
import { graphqlRateLimit, signInRateLimit } from './auth/rateLimits';
import { tokenScopePlugin } from './auth/tokenScopePlugin';
import { viewerMiddleware, viewerOf } from './auth/viewerFromRequest';
import { createContext, type GraphQLContext } from './context';
import type { AppDeps } from './deps';
import { INTERNAL_MESSAGE, isPublicCode } from './errors';
import { rejectNulBytesPlugin } from './graphql/rejectNulBytes';
import { resolvers } from './graphql/resolvers/index';
import { liveJobIds } from './import/jobs';
import { importRouter } from './import/routes';
import { modelCostPlugin } from './graphql/modelCost';
import { briefRouter } from './briefs/routes';
import { typeDefs } from './graphql/schema';
import { queryTimeoutOf } from './db/timeouts';
import { databaseUnavailableOf, describeDbError } from './db/unavailable';
import { unavailableStatusPlugin } from './graphql/unavailableStatus';
import { configureModelPool } from './scenarios/pool/pool';
import { createDrainState, refuseWhileDraining, type DrainState } from './shutdown';
import { checkHealth } from './health';
import { jsonErrorHandler } from './http/errorHandler';
import { securityHeaders } from './http/securityHeaders';
import { clientFiles } from './static';
import type { Logger } from './logger';

export const CLIENT_DIST = path.resolve(import.meta.dirname, '../client/dist');

/** Apollo's limits on query shape (depth, cost, aliases, tokens), as graphql-armor applies them. */
function armor() {
  return new ApolloArmor({
    maxDepth: { n: 10 },
    maxAliases: { n: 15 },
    // Counted by graphql's parser instead (parseOptions below), so that a refusal is a parse
    // failure answered 400; armor's plugin throws from a hook, which Apollo answers 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: 20 },
    costLimit: { maxCost: 20000 },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

/** Most tokens a query may have. */
const MAX_TOKENS = 2000;

/** graphql-js's "Did you mean ...?" tail, on unknown fields, enum values, arguments and types. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/**
 * Keeps messages of public errors (without suggestions in production, which would list the
 * schema's names to a prober); replaces everything else with a generic sentence.
 */
export function formatError(logger: Logger, options: { production: boolean }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (isPublicCode(code)) {
      const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
      const message = options.production
        ? formatted.message.replace(SUGGESTION, '')
        : formatted.message;
      return { ...formatted, message, extensions };
    }
    const original = (error as { originalError?: unknown })?.originalError ?? error;
    const unavailable = databaseUnavailableOf(original);
    if (unavailable) {
      logger.error(
        `GraphQL query at ${formatted.path?.join('.') ?? '(no path)'} failed: the database is unavailable (${describeDbError(original)})`,
      );
      return {
        message: unavailable.message,
        path: formatted.path,
        extensions: { code: unavailable.code },
      };
    }
    const timeout = queryTimeoutOf(original);
    if (timeout) {
      logger.error(
        `GraphQL query cut off by a database timeout at ${formatted.path?.join('.') ?? '(no path)'}`,
      );
      return { message: timeout.message, path: formatted.path, extensions: { code: timeout.code } };
    }
    logger.error(
      `GraphQL internal error at ${formatted.path?.join('.') ?? '(no path)'}`,
      (error as { originalError?: unknown })?.originalError ?? error,
    );
    return {
      message: INTERNAL_MESSAGE,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

export async function createApolloServer(deps: AppDeps): Promise<ApolloServer<GraphQLContext>> {
  const production = deps.config.nodeEnv === 'production';
  const protection = armor();
  const plugins: ApolloServerPlugin<GraphQLContext>[] = [
    ...(protection.plugins as ApolloServerPlugin<GraphQLContext>[]),
    tokenScopePlugin,
    rejectNulBytesPlugin,
    modelCostPlugin<GraphQLContext>(deps.config.modelCostLimit),
    unavailableStatusPlugin,
    // No field carries a cache hint; the default cache-control plugin would still wrap every
    // field's resolver to collect them, a cost paid per field of every answer.
    ApolloServerPluginCacheControlDisabled(),
  ];
  if (production) plugins.push(ApolloServerPluginLandingPageDisabled());
  const server = new ApolloServer<GraphQLContext>({
    typeDefs,
    resolvers,
    introspection: !production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // api/main.ts drains HTTP first, then stops Apollo; Apollo's own handler would stop it early.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    validationRules: protection.validationRules,
    parseOptions: { maxTokens: MAX_TOKENS },
    plugins,
    formatError: formatError(deps.logger, { production }),
  });
  await server.start();
  return server;
}

export interface App {
  app: express.Express;
  apollo: ApolloServer<GraphQLContext>;
  /** Set draining to answer new requests with 503 (api/shutdown.ts). */
  drain: DrainState;
}

export async function createApp(deps: AppDeps): Promise<App> {
  const apollo = await createApolloServer(deps);
  configureModelPool({
    size: deps.config.modelWorkers,
    timeLimitMs: deps.config.modelTimeLimitMs,
    maxQueued: deps.config.modelQueueLimit,
  });
  const app = express();
  const drain = createDrainState();
  app.use(refuseWhileDraining(drain));
  app.disable('x-powered-by');
  // ETags of GraphQL answers (POST) serve no cache and cost a SHA-1 of every body; the static
  // files below carry their own.
  app.set('etag', false);
  // Proxy headers (client address, https) are believed only from proxies the operator declared.
  app.set('trust proxy', deps.config.trustProxy);
  app.use(securityHeaders());

  // Who is calling, for every request to the API: session cookie, API token, or anonymous.
  app.use(cookieParser());
  // On PostgreSQL, limits and sign-in failures are counted in the database, shared by every
  // process on it. The embedded database has one process (its lock file) and one connection,
  // which a running import holds: its rate limits stay in memory so that requests do not queue
  // behind the import just to be counted.
  const shared = deps.db.kind === 'postgres';
  const store = (prefix: string) =>
    shared ? new DatabaseRateLimitStore(deps.db.knex, prefix, true) : undefined;
  app.use('/graphql', graphqlRateLimit(deps.config.graphqlRateLimit, store('graphql:')));
  app.use(
    ['/graphql', '/api'],
    viewerMiddleware({
      ...deps,
      // A running import holds the embedded database's only connection (api/import/jobs.ts).
      databaseBusy: () => deps.db.kind === 'embedded' && liveJobIds().length > 0,
    }),
  );
  const signInCounters = createSignInCounters(deps.db.knex);

  app.get('/healthz', async (_req, res) => {
    const report = await checkHealth(deps.db);
    res.status(report.database.reachable ? 200 : 503).json(report);
  });

  app.use(
    '/graphql',
    // Large answers (a table of 200 funders) go compressed; small ones are not worth the CPU.
    compression({ threshold: 2048 }),
    express.json({ limit: '256kb' }),
    signInRateLimit(deps.config.signInRateLimit, store('signin:')),
    expressMiddleware(apollo, {
      context: ({ req, res }) =>
        Promise.resolve(createContext({ ...deps, signInCounters }, viewerOf(req), { req, res })),
    }),
  );

  if (fs.existsSync(path.join(CLIENT_DIST, 'index.html'))) {
    const client = clientFiles(CLIENT_DIST);
    app.use(client.files);
    // Client-side routes: any other GET that accepts HTML gets the app.
    app.get(/^\/(?!graphql|healthz|api\/).*/, client.sendIndex);
  } else {
    app.get('/', (_req, res) => {
      res
        .status(503)
        .type('html')
        .send(
          '<!doctype html><html><body><h1>Fairshare</h1><p>The client has not been built. Run <code>npm run build</code>.</p></body></html>',
        );
    });
  }

  app.use('/api/import', importRouter(deps));
  app.use('/api/briefs', briefRouter(deps));
  app.use((_req, res) => {
    res.status(404).json({ error: 'not_found', message: 'There is nothing at this address.' });
  });

  app.use(jsonErrorHandler(deps.logger));
  return { app, apollo, drain };
}
