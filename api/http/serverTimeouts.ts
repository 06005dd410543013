/**
 * Timeouts of the HTTP server's connections. Node keeps an idle keep-alive connection 5 s by
 * default, shorter than the clients and proxies that reuse them: nginx's upstream keepalive and
 * cloud load balancers idle connections for 60 s, browsers for longer. When the server closes a
 * connection the client has just chosen to reuse, the request in flight is cut (ECONNRESET, a
 * 502 at the proxy). The server must be the side that waits longest: 65 s. headersTimeout must
 * exceed it (Node measures both from the end of the last response on a reused connection), and
 * stays short otherwise, so that clients sending headers slowly do not hold connections.
 * The whole request may take `requestTimeoutMs` (REQUEST_TIMEOUT_MS): Node's 5-minute default
 * cut large uploads over slow links with 408.
 */
import type { Server } from 'node:http';
import type { Config } from '../config';

export const KEEP_ALIVE_TIMEOUT_MS = 65_000;
export const HEADERS_TIMEOUT_MS = 66_000;

export function applyServerTimeouts(
  server: Server,
  config: Pick<Config, 'requestTimeoutMs'>,
): Server {
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.requestTimeout = config.requestTimeoutMs;
  return server;
}
