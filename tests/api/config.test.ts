import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../api/config';
import { applyServerTimeouts } from '../../api/http/serverTimeouts';

describe('loadConfig', () => {
  it('uses the documented defaults for an empty environment', () => {
    const c = loadConfig({});
    expect(c.port).toBe(4000);
    expect(c.databaseUrl).toBeUndefined();
    expect(c.seedDemo).toBe(true);
    expect(c.suppressionThreshold).toBe(11);
    expect(c.importEnabled).toBe(true);
    expect(c.dataDir.endsWith('/data')).toBe(true);
  });

  it('stops a deployment that still asks for the removed NON_LABOR_AS=UNSPECIFIED reading', () => {
    expect(() => loadConfig({ NON_LABOR_AS: 'UNSPECIFIED' })).toThrow(
      /NON_LABOR_AS is no longer a setting/,
    );
    expect(() => loadConfig({ NON_LABOR_AS: 'SEX' })).not.toThrow();
  });

  it('turns import off by default in production', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).importEnabled).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', IMPORT_ENABLED: 'true' }).importEnabled).toBe(true);
  });

  it('lets sign-up create organizations unless SIGNUP_CREATES_ORGANIZATIONS turns it off', () => {
    expect(loadConfig({}).signUpCreatesOrganizations).toBe(true);
    expect(loadConfig({ SIGNUP_CREATES_ORGANIZATIONS: 'false' }).signUpCreatesOrganizations).toBe(
      false,
    );
    expect(() => loadConfig({ SIGNUP_CREATES_ORGANIZATIONS: 'sometimes' })).toThrow(
      'Configuration error: SIGNUP_CREATES_ORGANIZATIONS expected true or false (got "sometimes")',
    );
  });

  it('parses PORT and DATABASE_URL', () => {
    const c = loadConfig({ PORT: '4123', DATABASE_URL: 'postgres://u@127.0.0.1:5432/db' });
    expect(c.port).toBe(4123);
    expect(c.databaseUrl).toBe('postgres://u@127.0.0.1:5432/db');
  });

  it.each([
    [{ PORT: 'abc' }, 'Configuration error: PORT expected a port number (got "abc")'],
    [
      { PORT: '70000' },
      'Configuration error: PORT expected a port number from 0 to 65535 (got "70000")',
    ],
    [
      { DATABASE_URL: 'mysql://x' },
      'Configuration error: DATABASE_URL expected a URL such as postgres://user@host:5432/dbname (got "mysql://x")',
    ],
    [{ SEED_DEMO: 'maybe' }, 'Configuration error: SEED_DEMO expected true or false (got "maybe")'],
    [
      { NODE_ENV: 'staging' },
      'Configuration error: NODE_ENV expected development, production or test (got "staging")',
    ],
    [
      { SUPPRESSION_THRESHOLD: '1' },
      'Configuration error: SUPPRESSION_THRESHOLD expected a whole number of at least 2 (got "1")',
    ],
  ])('rejects %o with one line naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('trusts no proxy unless TRUST_PROXY names one, and validates the list', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8,fd00::1' }).trustProxy).toEqual([
      'loopback',
      '10.0.0.0/8',
      'fd00::1',
    ]);
    for (const bad of ['true', '*', '10.0.0.0/33', '10.0.0', 'proxy.example.org', 'loopback,']) {
      expect(() => loadConfig({ TRUST_PROXY: bad })).toThrow(
        `Configuration error: TRUST_PROXY expected false, or a comma-separated list of proxy addresses`,
      );
    }
  });

  it('reads the PostgreSQL timeouts, 0 turning one off', () => {
    expect(loadConfig({}).databaseTimeouts).toEqual({
      statementMs: 120_000,
      lockMs: 10_000,
      idleInTransactionMs: 300_000,
    });
    expect(
      loadConfig({ STATEMENT_TIMEOUT_MS: '0', LOCK_TIMEOUT_MS: '250' }).databaseTimeouts,
    ).toMatchObject({ statementMs: 0, lockMs: 250 });
    expect(() => loadConfig({ LOCK_TIMEOUT_MS: '-1' })).toThrow(
      'Configuration error: LOCK_TIMEOUT_MS expected a whole number of milliseconds (0 turns it off) (got "-1")',
    );
    expect(() => loadConfig({ STATEMENT_TIMEOUT_MS: '5s' })).toThrow(
      'Configuration error: STATEMENT_TIMEOUT_MS expected a whole number of milliseconds (0 turns it off) (got "5s")',
    );
  });

  it('gives a request long enough for the largest upload over a 1 Mbit/s link, or REQUEST_TIMEOUT_MS', () => {
    // 200 MB (MAX_UPLOAD_MB's default) = 209,715,200 bytes at 125,000 bytes/s: 1677.7 s, counted
    // as 1678 s, plus 300 s for the import to read and check the last rows.
    expect(loadConfig({}).requestTimeoutMs).toBe(1_978_000);
    // 10 MB: 10,485,760 / 125,000 = 83.9 s → 84 s + 300 s.
    expect(loadConfig({ MAX_UPLOAD_MB: '10' }).requestTimeoutMs).toBe(384_000);
    expect(loadConfig({ REQUEST_TIMEOUT_MS: '7200000' }).requestTimeoutMs).toBe(7_200_000);
    expect(loadConfig({ REQUEST_TIMEOUT_MS: '0' }).requestTimeoutMs).toBe(0);
    // Shorter than the time allowed for the headers (66 s) would cut requests Node lets start.
    expect(() => loadConfig({ REQUEST_TIMEOUT_MS: '30000' })).toThrow(
      'Configuration error: REQUEST_TIMEOUT_MS expected 0 (no limit) or at least 66000 milliseconds',
    );
    expect(() => loadConfig({ REQUEST_TIMEOUT_MS: '1h' })).toThrow(
      'Configuration error: REQUEST_TIMEOUT_MS expected a whole number of milliseconds',
    );
  });

  it('gives the HTTP server the configured request time limit, and keeps the headers’ limit short', () => {
    const server = applyServerTimeouts(
      createServer(),
      loadConfig({ REQUEST_TIMEOUT_MS: '5400000' }),
    );
    expect(server.requestTimeout).toBe(5_400_000);
    expect(server.headersTimeout).toBe(66_000);
    // Node's default, which cut uploads longer than 5 minutes with 408:
    expect(createServer().requestTimeout).toBe(300_000);
    expect(applyServerTimeouts(createServer(), loadConfig({})).requestTimeout).toBe(1_978_000);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '' }).port).toBe(4000);
  });
});
