/**
 * Graceful shutdown of the HTTP server: stop accepting connections, answer any request that still
 * arrives (on a connection already open) with 503 and `Connection: close`, let in-flight requests
 * finish (uploads and imports included), and only then stop Apollo, the model pool and the
 * database. After `timeoutMs` the remaining connections are cut.
 */
import type { Server, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';

export interface DrainState {
  draining: boolean;
  /** Responses not yet finished. */
  inFlight: Set<ServerResponse>;
}

export const createDrainState = (): DrainState => ({ draining: false, inFlight: new Set() });

export const SHUTTING_DOWN_MESSAGE = 'The server is shutting down; try again in a moment.';

/** First middleware: once draining, every new request gets a clean 503. */
export function refuseWhileDraining(state: DrainState): RequestHandler {
  return (_req, res, next) => {
    if (!state.draining) {
      state.inFlight.add(res);
      res.once('close', () => state.inFlight.delete(res));
      return next();
    }
    res.set('Connection', 'close');
    res.set('Retry-After', '5');
    res.status(503).json({
      errors: [{ message: SHUTTING_DOWN_MESSAGE, extensions: { code: 'SERVICE_UNAVAILABLE' } }],
    });
  };
}

/** Stops accepting, waits for in-flight requests (at most `timeoutMs`); true when all finished. */
export async function drainServer(
  server: Server,
  state: DrainState,
  timeoutMs: number,
): Promise<boolean> {
  state.draining = true;
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // close() ends idle keep-alive connections; busy ones end after their response: tell the
  // client not to reuse them, and end each connection that falls idle.
  for (const res of state.inFlight) {
    if (!res.headersSent) res.setHeader('Connection', 'close');
    res.once('finish', () => setImmediate(() => server.closeIdleConnections()));
  }
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const inTime = await Promise.race([closed.then(() => true), timedOut]);
  clearTimeout(timer);
  if (!inTime) {
    server.closeAllConnections();
    await closed;
  }
  return inTime;
}
