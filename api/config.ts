/**
 * Configuration from environment variables only, parsed and validated once at start.
 * A bad value becomes one ConfigError line naming the variable and what was expected.
 */
import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'expected true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z.object({
  NODE_ENV: z
    .enum(['development', 'production', 'test'], {
      message: 'expected development, production or test',
    })
    .default('development'),
  PORT: z.coerce
    .number({ message: 'expected a port number' })
    .int('expected a whole number')
    .min(0, 'expected a port number from 0 to 65535')
    .max(65535, 'expected a port number from 0 to 65535')
    .default(4000),
  HOST: z.string().min(1, 'expected a host name or address').default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/.+/, 'expected a URL such as postgres://user@host:5432/dbname')
    .optional(),
  DATA_DIR: z.string().min(1, 'expected a folder path').default('data'),
  SEED_DEMO: booleanFlag.default(true),
  SUPPRESSION_THRESHOLD: z.coerce
    .number({ message: 'expected a whole number' })
    .int('expected a whole number')
    .min(2, 'expected a whole number of at least 2')
    .max(1000, 'expected a whole number no larger than 1000')
    .default(11),
  // Removed: reading non-labor remainders as unspecified gave labor all of the need under three
  // rules (docs/methodology.md, "Need figures"). A deployment that still sets it to anything but
  // SEX is stopped rather than silently given another reading.
  NON_LABOR_AS: z
    .enum(['SEX'], {
      message:
        'is no longer a setting: the remainder of a published total after its labor subset is always read as sex trafficking; unset it',
    })
    .optional(),
  IMPORT_ENABLED: booleanFlag.optional(),
  MAX_UPLOAD_MB: z.coerce
    .number({ message: 'expected a number of megabytes' })
    .positive('expected a positive number of megabytes')
    .max(2048, 'expected at most 2048 megabytes')
    .default(200),
  GRAPHQL_RATE_LIMIT: z.coerce
    .number({ message: 'expected a whole number of requests per minute' })
    .int('expected a whole number of requests per minute')
    .min(1, 'expected at least 1 request per minute')
    .default(600),
  SIGNIN_RATE_LIMIT: z.coerce
    .number({ message: 'expected a whole number of attempts per 15 minutes' })
    .int('expected a whole number of attempts per 15 minutes')
    .min(1, 'expected at least 1 attempt per 15 minutes')
    .default(30),
  TRUST_PROXY: z
    .string()
    .refine(validTrustProxy, {
      message:
        'expected false, or a comma-separated list of proxy addresses: loopback, linklocal, uniquelocal, IP addresses or CIDR ranges such as 10.0.0.0/8',
    })
    .default('false'),
  LOG_LEVEL: z
    .enum(['silent', 'error', 'info', 'debug'], {
      message: 'expected silent, error, info or debug',
    })
    .default('info'),
});

export interface Config {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** undefined: embedded PostgreSQL (PGlite) under dataDir. */
  databaseUrl: string | undefined;
  dataDir: string;
  seedDemo: boolean;
  suppressionThreshold: number;
  importEnabled: boolean;
  maxUploadBytes: number;
  /** GraphQL requests per minute per client address. */
  graphqlRateLimit: number;
  /** Sign-in, sign-up, password-change and invitation attempts per 15 minutes per client address. */
  signInRateLimit: number;
  logLevel: 'silent' | 'error' | 'info' | 'debug';
  /**
   * The reverse proxies whose X-Forwarded-For and X-Forwarded-Proto headers are believed (Express's
   * `trust proxy` list); false: none, the client address is the socket's and HTTPS means TLS here.
   */
  trustProxy: false | string[];
}

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** One entry of TRUST_PROXY: a named range, an IP address, or address/prefix. */
function validProxyEntry(entry: string): boolean {
  if (PROXY_NAMES.has(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address ?? '');
  if (family === 0 || rest.length) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d{1,3}$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}

function validTrustProxy(value: string): boolean {
  if (value === 'false') return true;
  return value.split(',').every((e) => validProxyEntry(e.trim()));
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the environment; throws ConfigError with one line naming the first bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // Empty strings count as unset, as shells often export VAR= by accident.
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? 'environment');
    const got = env[variable];
    throw new ConfigError(
      `Configuration error: ${variable} ${issue?.message ?? 'is invalid'}` +
        (got !== undefined ? ` (got "${got}")` : ''),
    );
  }
  const e = parsed.data;
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.DATA_DIR),
    seedDemo: e.SEED_DEMO,
    suppressionThreshold: e.SUPPRESSION_THRESHOLD,
    importEnabled: e.IMPORT_ENABLED ?? e.NODE_ENV !== 'production',
    maxUploadBytes: Math.round(e.MAX_UPLOAD_MB * 1024 * 1024),
    graphqlRateLimit: e.GRAPHQL_RATE_LIMIT,
    signInRateLimit: e.SIGNIN_RATE_LIMIT,
    logLevel: e.LOG_LEVEL,
    trustProxy:
      e.TRUST_PROXY === 'false' ? false : e.TRUST_PROXY.split(',').map((entry) => entry.trim()),
  };
}
