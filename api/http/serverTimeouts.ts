/**
 * Timeouts of the HTTP server's connections. Node keeps an idle keep-alive connection 5 s by
 * default, shorter than the clients and proxies that reuse them: nginx's upstream keepalive and
 * cloud load balancers idle connections for 60 s, browsers for longer. When the server closes a
 * connection the client has just chosen to reuse, the request in flight is cut (ECONNRESET, a
 * 502 at the proxy). The server must be the side that waits longest: 65 s. headersTimeout must
 * exceed it (Node measures both from the end of the last response on a reused connection).
 */
import type { Server } from 'node:http';

export const KEEP_ALIVE_TIMEOUT_MS = 65_000;
export const HEADERS_TIMEOUT_MS = 66_000;

export function applyServerTimeouts(server: Server): Server {
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  return server;
}
