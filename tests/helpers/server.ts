/** Starts the real HTTP app on a random port over a test database. */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { loadConfig, type Config } from '../../api/config';
import type { Db } from '../../api/db/connection';
import { createLogger, type Logger } from '../../api/logger';
import { createApp } from '../../api/server';
import { applyServerTimeouts } from '../../api/http/serverTimeouts';

export interface RunningApp {
  url: string;
  close(): Promise<void>;
}

/** `logger`: where the app's log goes (silent unless LOG_LEVEL is given); tests read it. */
export async function startTestApp(
  db: Db,
  env: Record<string, string> = {},
  logger?: Logger,
): Promise<RunningApp> {
  const config: Config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env });
  const { app, apollo } = await createApp({
    db,
    config,
    logger: logger ?? createLogger(config.logLevel),
  });
  const server: Server = await new Promise((resolve) => {
    // The timeouts api/main.ts gives its server (keep-alive longer than the client's idle reuse).
    const s = applyServerTimeouts(
      app.listen(0, '127.0.0.1', () => resolve(s)),
      config,
    );
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
    },
  };
}

/** A logger that keeps every line (with the error's message and stack) in `lines`. */
export function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const keep = (message: string, detail?: unknown) =>
    lines.push(detail instanceof Error ? `${message}\n${detail.stack ?? detail.message}` : message);
  return { lines, error: keep, info: keep, debug: keep };
}

/** POSTs a GraphQL operation the way a browser client does. */
export async function postGraphQL(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{
  status: number;
  body: {
    data?: Record<string, unknown>;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
}> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as never };
}
