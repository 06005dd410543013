/**
 * Security headers (helmet). `upgrade-insecure-requests` and HSTS tell a browser to fetch this
 * site over HTTPS only, so they are sent only on requests that arrived over HTTPS: TLS to this
 * process, or X-Forwarded-Proto: https from a proxy the operator declared (TRUST_PROXY). Sent
 * over plain HTTP (a LAN address, HOST=0.0.0.0), they made the browser ask for https assets that
 * nothing serves, and the page stayed blank.
 */
import type { RequestHandler } from 'express';
import helmet from 'helmet';

const DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'frame-ancestors': ["'none'"],
};

export function securityHeaders(): RequestHandler {
  const overHttps = helmet({
    contentSecurityPolicy: { useDefaults: true, directives: DIRECTIVES },
  });
  const overHttp = helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: { ...DIRECTIVES, 'upgrade-insecure-requests': null },
    },
    strictTransportSecurity: false,
  });
  return (req, res, next) => (req.secure ? overHttps : overHttp)(req, res, next);
}
