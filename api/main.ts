/**
 * Starts Fairshare: configuration, database (embedded or PostgreSQL), migrations, seeds on first
 * start, then the HTTP server. On SIGINT/SIGTERM it drains (api/shutdown.ts): no new requests,
 * in-flight ones finish, then Apollo, the model pool and the database close. Fatal errors close
 * the database too. `npm start` runs this in the launcher's process (api/start.ts).
 */
import type { Server } from 'node:http';
import { ConfigError, loadConfig } from './config';
import { DataFolderLockedError, openDatabase, type Db } from './db/connection';
import { migrateLatest } from './db/migrate';
import { markInterruptedJobs } from './import/jobs';
import { createLogger } from './logger';
import { closeModelPool, modelPool } from './scenarios/pool/pool';
import { createApp, type App } from './server';
import { drainServer } from './shutdown';
import { applyServerTimeouts } from './http/serverTimeouts';
import { runSeeds } from '../seeds/index';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  const logger = createLogger(config.logLevel);
  const t0 = Date.now();
  let db: Db;
  try {
    db = await openDatabase(config);
  } catch (err) {
    if (err instanceof DataFolderLockedError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  let server: Server | undefined;
  let running: App | undefined;
  let closing = false;
  const shutdown = async (code: number) => {
    // npm forwards the signal it gets, so a signal to the process group arrives twice.
    if (closing) return;
    closing = true;
    logger.info('shutting down: finishing requests in flight');
    if (server && running) {
      const inTime = await drainServer(server, running.drain, config.shutdownTimeoutMs);
      if (!inTime) {
        logger.error(
          `requests still running after ${config.shutdownTimeoutMs / 1000} s were cut (SHUTDOWN_TIMEOUT_SECONDS)`,
        );
      }
    }
    await stopQuietly(running?.apollo, logger);
    await closeModelPool();
    await db.close().catch((err: unknown) => logger.error('closing the database failed', err));
    logger.info('stopped');
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  process.on('uncaughtException', (err) => {
    logger.error('fatal error', err);
    void shutdown(1);
  });
  process.on('unhandledRejection', (err) => {
    logger.error('fatal unhandled rejection', err);
    void shutdown(1);
  });

  try {
    logger.info(`database: ${db.kind} at ${db.location}`);
    const applied = await migrateLatest(db.knex);
    if (applied.length) logger.info(`applied ${applied.length} migration(s)`);
    const seeded = await runSeeds(db.knex, { demo: config.seedDemo });
    if (seeded.referenceDatasets || seeded.demoLoaded) {
      logger.info(
        `seeded ${seeded.referenceDatasets} reference dataset(s)` +
          (seeded.demoLoaded ? ' and the illustrative demo set' : ''),
      );
    }
    if (db.kind === 'embedded') {
      // One process per data folder: an import the last one was running is dead, and what it
      // wrote hidden (a dataset, a re-import's shadow, a dry run's rows) is deleted now.
      const stopped = await markInterruptedJobs(db.knex, db.kind, 0);
      if (stopped) logger.info(`marked ${stopped} import(s) stopped by the last run as failed`);
    }
    running = await createApp({ db, config, logger });
    server = applyServerTimeouts(running.app.listen(config.port, config.host), config);
    await new Promise<void>((resolve, reject) => {
      server!.once('listening', resolve);
      server!.once('error', reject);
    });
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    modelPool().warm();
    logger.info(
      `Fairshare is ready at http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/ (started in ${((Date.now() - t0) / 1000).toFixed(1)} s)`,
    );
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'EADDRINUSE') {
      process.stderr.write(
        `Port ${config.port} is in use. Set PORT to a free port, e.g. PORT=4001 npm start\n`,
      );
    } else {
      logger.error('start failed', err);
    }
    await shutdown(1);
  }
}

async function stopQuietly(
  apollo: App['apollo'] | undefined,
  logger: ReturnType<typeof createLogger>,
) {
  try {
    await apollo?.stop();
  } catch (err) {
    logger.error('stopping the GraphQL server failed', err);
  }
}

void main();
