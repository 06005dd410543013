/**
 * Starts Fairshare: configuration, database (embedded or PostgreSQL), migrations, seeds on first
 * start, then the HTTP server. Closes the database cleanly on SIGINT/SIGTERM and on fatal errors.
 */
import type { Server } from 'node:http';
import { ConfigError, loadConfig } from './config';
import { DataFolderLockedError, openDatabase, type Db } from './db/connection';
import { migrateLatest } from './db/migrate';
import { createLogger } from './logger';
import { createApp } from './server';
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
  let closing = false;
  const shutdown = async (code: number) => {
    if (closing) return;
    closing = true;
    logger.info('shutting down');
    if (server) await new Promise<void>((resolve) => server!.close(() => resolve()));
    await db.close().catch((err: unknown) => logger.error('closing the database failed', err));
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
    const { app } = await createApp({ db, config, logger });
    server = app.listen(config.port, config.host);
    await new Promise<void>((resolve, reject) => {
      server!.once('listening', resolve);
      server!.once('error', reject);
    });
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
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

void main();
