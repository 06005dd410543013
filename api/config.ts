/**
 * Configuration from environment variables only, parsed and validated once at start.
 * A bad value becomes one ConfigError line naming the variable and what was expected.
 */
import os from 'node:os';
import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import { HEADERS_TIMEOUT_MS } from './http/serverTimeouts';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'expected true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** A PostgreSQL timeout in milliseconds; 0 turns it off. */
const milliseconds = (fallback: number) =>
  z.coerce
    .number({ message: 'expected a whole number of milliseconds (0 turns it off)' })
    .int('expected a whole number of milliseconds (0 turns it off)')
    .min(0, 'expected a whole number of milliseconds (0 turns it off)')
    .max(86_400_000, 'expected at most 86400000 milliseconds (a day)')
    .default(fallback);

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
  SIGNUP_CREATES_ORGANIZATIONS: booleanFlag.default(true),
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
  STATEMENT_TIMEOUT_MS: milliseconds(120_000),
  LOCK_TIMEOUT_MS: milliseconds(10_000),
  IDLE_IN_TRANSACTION_TIMEOUT_MS: milliseconds(300_000),
  DATABASE_WAIT_MS: milliseconds(5_000),
  REQUEST_TIMEOUT_MS: z.coerce
    .number({ message: 'expected a whole number of milliseconds (0 turns it off)' })
    .int('expected a whole number of milliseconds (0 turns it off)')
    .min(0, 'expected a whole number of milliseconds (0 turns it off)')
    .max(86_400_000, 'expected at most 86400000 milliseconds (a day)')
    .refine((ms) => ms === 0 || ms >= HEADERS_TIMEOUT_MS, {
      message: `expected 0 (no limit) or at least ${HEADERS_TIMEOUT_MS} milliseconds (the time allowed for a request's headers)`,
    })
    .optional(),
  DATABASE_POOL_MAX: z.coerce
    .number({ message: 'expected a whole number of connections' })
    .int('expected a whole number of connections')
    .min(1, 'expected at least 1 connection')
    .max(1000, 'expected at most 1000 connections')
    .default(10),
  MODEL_COST_LIMIT: z.coerce
    .number({ message: 'expected a whole number of simulated years' })
    .int('expected a whole number of simulated years')
    .min(1000, 'expected at least 1000 simulated years')
    .default(1_500_000),
  MODEL_WORKERS: z.coerce
    .number({ message: 'expected a whole number of worker threads' })
    .int('expected a whole number of worker threads')
    .min(1, 'expected at least 1 worker thread')
    .max(64, 'expected at most 64 worker threads')
    .optional(),
  MODEL_TIME_LIMIT_SECONDS: z.coerce
    .number({ message: 'expected a number of seconds' })
    .positive('expected a positive number of seconds')
    .max(3600, 'expected at most 3600 seconds')
    .default(30),
  MODEL_QUEUE_LIMIT: z.coerce
    .number({ message: 'expected a whole number of waiting tasks' })
    .int('expected a whole number of waiting tasks')
    .min(0, 'expected 0 or more waiting tasks')
    .default(32),
  SHUTDOWN_TIMEOUT_SECONDS: z.coerce
    .number({ message: 'expected a number of seconds' })
    .min(0, 'expected 0 or more seconds')
    .max(3600, 'expected at most 3600 seconds')
    .default(25),
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
  /** Whether sign-up (and a signed-in user without an organization) may create an organization. */
  signUpCreatesOrganizations: boolean;
  maxUploadBytes: number;
  /** GraphQL requests per minute per client address. */
  graphqlRateLimit: number;
  /** Sign-in, sign-up, password-change and invitation attempts per 15 minutes per client address. */
  signInRateLimit: number;
  /** Scenario model work allowed per GraphQL request, in simulated years (api/graphql/modelCost.ts). */
  modelCostLimit: number;
  /** Worker threads of the scenario model pool. */
  modelWorkers: number;
  /** A model task not done this long after it was asked for is stopped. */
  modelTimeLimitMs: number;
  /** Model tasks that may wait for a free worker before requests are refused. */
  modelQueueLimit: number;
  /** On SIGTERM/SIGINT, in-flight requests get this long to finish before they are cut. */
  shutdownTimeoutMs: number;
  /**
   * How long a request may take to arrive whole (Node's server.requestTimeout; 0: no limit). An
   * upload arrives as fast as its import reads it, so this bounds the longest upload.
   */
  requestTimeoutMs: number;
  logLevel: 'silent' | 'error' | 'info' | 'debug';
  /**
   * The reverse proxies whose X-Forwarded-For and X-Forwarded-Proto headers are believed (Express's
   * `trust proxy` list); false: none, the client address is the socket's and HTTPS means TLS here.
   */
  trustProxy: false | string[];
  /** PostgreSQL session timeouts in ms (0: off); the embedded database has none. */
  databaseTimeouts: DatabaseTimeouts;
  /** PostgreSQL connections of this process (knex's pool); the embedded database has one. */
  databasePool: DatabasePool;
}

export interface DatabasePool {
  /** Most connections held at once. */
  max: number;
  /**
   * Longest a request waits for a connection (busy pool, or a server restarting: connecting is
   * retried every 250 ms meanwhile) before it is answered 503 DATABASE_UNAVAILABLE; 0: no wait.
   */
  waitMs: number;
}

export interface DatabaseTimeouts {
  statementMs: number;
  lockMs: number;
  idleInTransactionMs: number;
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

/** The slow link the default request time limit allows for: 1 Mbit/s. */
export const SLOW_LINK_BYTES_PER_SECOND = 125_000;
/** Time on top of the transfer for the import to read and check the last rows. */
const REQUEST_MARGIN_MS = 300_000;

/**
 * The default REQUEST_TIMEOUT_MS: the largest allowed upload sent over a 1 Mbit/s link, plus 5
 * minutes (200 MB, the default MAX_UPLOAD_MB: 1678 s + 300 s = 1978 s, about 33 minutes).
 */
export function defaultRequestTimeoutMs(maxUploadBytes: number): number {
  return Math.ceil(maxUploadBytes / SLOW_LINK_BYTES_PER_SECOND) * 1000 + REQUEST_MARGIN_MS;
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
    signUpCreatesOrganizations: e.SIGNUP_CREATES_ORGANIZATIONS,
    maxUploadBytes: Math.round(e.MAX_UPLOAD_MB * 1024 * 1024),
    graphqlRateLimit: e.GRAPHQL_RATE_LIMIT,
    signInRateLimit: e.SIGNIN_RATE_LIMIT,
    modelCostLimit: e.MODEL_COST_LIMIT,
    // One core stays with the event loop; more than 4 workers rarely pay off for one API process.
    modelWorkers: e.MODEL_WORKERS ?? Math.max(1, Math.min(4, os.availableParallelism() - 1)),
    modelTimeLimitMs: Math.round(e.MODEL_TIME_LIMIT_SECONDS * 1000),
    modelQueueLimit: e.MODEL_QUEUE_LIMIT,
    shutdownTimeoutMs: Math.round(e.SHUTDOWN_TIMEOUT_SECONDS * 1000),
    requestTimeoutMs:
      e.REQUEST_TIMEOUT_MS ?? defaultRequestTimeoutMs(Math.round(e.MAX_UPLOAD_MB * 1024 * 1024)),
    logLevel: e.LOG_LEVEL,
    databaseTimeouts: {
      statementMs: e.STATEMENT_TIMEOUT_MS,
      lockMs: e.LOCK_TIMEOUT_MS,
      idleInTransactionMs: e.IDLE_IN_TRANSACTION_TIMEOUT_MS,
    },
    databasePool: { max: e.DATABASE_POOL_MAX, waitMs: e.DATABASE_WAIT_MS },
    trustProxy:
      e.TRUST_PROXY === 'false' ? false : e.TRUST_PROXY.split(',').map((entry) => entry.trim()),
  };
}
