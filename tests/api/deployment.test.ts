/**
 * Deployment over plain HTTP and behind a declared reverse proxy: which security headers are sent,
 * and whose address the rate limit counts.
 */
import { afterEach, expect, it } from 'vitest';
import { describeEachBackend } from '../helpers/db';
import { startTestApp, type RunningApp } from '../helpers/server';

describeEachBackend('deployment: HTTPS-only headers and proxy trust', (db) => {
  let app: RunningApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  const headersOf = async (headers: Record<string, string> = {}) => {
    const res = await fetch(`${app!.url}/healthz`, { headers });
    return {
      csp: res.headers.get('content-security-policy') ?? '',
      hsts: res.headers.get('strict-transport-security'),
    };
  };

  it('over plain HTTP sends neither upgrade-insecure-requests nor HSTS (the LAN page was blank)', async () => {
    app = await startTestApp(db());
    const plain = await headersOf();
    expect(plain.csp).toContain("default-src 'self'");
    expect(plain.csp).not.toContain('upgrade-insecure-requests');
    expect(plain.hsts).toBeNull();
    // Without a declared proxy, a client's claim to have come over HTTPS changes nothing.
    const claimed = await headersOf({ 'x-forwarded-proto': 'https' });
    expect(claimed.csp).not.toContain('upgrade-insecure-requests');
    expect(claimed.hsts).toBeNull();
  });

  it('behind a declared proxy that terminated TLS sends both', async () => {
    app = await startTestApp(db(), { TRUST_PROXY: 'loopback' });
    const secure = await headersOf({ 'x-forwarded-proto': 'https' });
    expect(secure.csp).toContain('upgrade-insecure-requests');
    expect(secure.hsts).toMatch(/^max-age=\d+/);
    // The proxy's plain-HTTP side (e.g. a LAN listener it does not upgrade) still gets neither.
    const plain = await headersOf({ 'x-forwarded-proto': 'http' });
    expect(plain.csp).not.toContain('upgrade-insecure-requests');
    expect(plain.hsts).toBeNull();
  });

  const healthQuery = (app: RunningApp, forwardedFor: string) =>
    fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
      body: JSON.stringify({ query: '{ health { status } }' }),
    }).then((r) => r.status);

  it('without a declared proxy, rotating X-Forwarded-For does not escape the rate limit', async () => {
    app = await startTestApp(db(), { GRAPHQL_RATE_LIMIT: '3' });
    const statuses: number[] = [];
    for (let i = 1; i <= 4; i++) statuses.push(await healthQuery(app, `203.0.113.${i}`));
    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  it('with a declared proxy, counts the forwarded client address', async () => {
    app = await startTestApp(db(), { GRAPHQL_RATE_LIMIT: '3', TRUST_PROXY: '127.0.0.1/8,::1' });
    const statuses: number[] = [];
    for (let i = 1; i <= 4; i++) statuses.push(await healthQuery(app, `203.0.113.${i}`));
    expect(statuses).toEqual([200, 200, 200, 200]);
    for (let i = 0; i < 4; i++) statuses.push(await healthQuery(app, '198.51.100.9'));
    expect(statuses.slice(4)).toEqual([200, 200, 200, 429]);
  });
});
