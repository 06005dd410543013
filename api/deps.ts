/** What the HTTP app and its routers are built from (kept apart from server.ts so routers need not import it). */
import type { Config } from './config';
import type { Db } from './db/connection';
import type { Logger } from './logger';

export interface AppDeps {
  db: Db;
  config: Config;
  logger: Logger;
}
