/** A minimal leveled logger writing one line per event to stderr. Never logs secrets. */
import type { Config } from './config';

type Level = 'error' | 'info' | 'debug';
const ORDER = { silent: 0, error: 1, info: 2, debug: 3 } as const;

export interface Logger {
  error(message: string, detail?: unknown): void;
  info(message: string): void;
  debug(message: string): void;
}

export function createLogger(level: Config['logLevel']): Logger {
  const write = (at: Level, message: string, detail?: unknown) => {
    if (ORDER[at] > ORDER[level]) return;
    const extra = detail instanceof Error ? `\n${detail.stack ?? detail.message}` : '';
    process.stderr.write(`${new Date().toISOString()} ${at.padEnd(5)} ${message}${extra}\n`);
  };
  return {
    error: (m, d) => write('error', m, d),
    info: (m) => write('info', m),
    debug: (m) => write('debug', m),
  };
}
