/**
 * Answers a GraphQL request that failed because the database is unavailable with HTTP 503 and
 * Retry-After, not 200: proxies, load balancers and clients then know to retry, and monitoring
 * counts it as the outage it is. The body still carries the errors (DATABASE_UNAVAILABLE) and
 * whatever data did resolve.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { RETRY_AFTER_SECONDS } from '../http/errorHandler';

export const unavailableStatusPlugin: ApolloServerPlugin = {
  requestDidStart() {
    return Promise.resolve({
      willSendResponse({ response }) {
        if (response.body.kind !== 'single') return Promise.resolve();
        const errors = response.body.singleResult.errors ?? [];
        if (errors.some((e) => e.extensions?.code === 'DATABASE_UNAVAILABLE')) {
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        }
        return Promise.resolve();
      },
    });
  },
};
