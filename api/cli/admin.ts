/**
 * `npm run admin -- <command> ...`: account administration from the server's shell (see
 * adminCommands.ts for the commands). Opens the same database as the app (DATABASE_URL or the
 * embedded folder; stop the app first when it uses the embedded database) and applies pending
 * migrations so that the first admin can be made before the first start.
 */
import readline from 'node:readline/promises';
import { Writable } from 'node:stream';
import { ConfigError, loadConfig } from '../config';
import { DataFolderLockedError, openDatabase } from '../db/connection';
import { migrateLatest } from '../db/migrate';
import { runAdminCommand, USAGE, UsageError, type CommandIo } from './adminCommands';

/** Reads a line without echoing it. */
async function promptHidden(question: string): Promise<string> {
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
  process.stderr.write(question);
  const rl = readline.createInterface({ input: process.stdin, output: silent, terminal: true });
  try {
    return await rl.question('');
  } finally {
    rl.close();
    process.stderr.write('\n');
  }
}

const io: CommandIo = {
  async readPassword(purpose) {
    const fromEnv = process.env.FAIRSHARE_ADMIN_PASSWORD;
    if (fromEnv) return fromEnv;
    if (!process.stdin.isTTY) {
      throw new UsageError(
        `No password given: set FAIRSHARE_ADMIN_PASSWORD, or run the command in a terminal to type the ${purpose}.`,
      );
    }
    const first = await promptHidden(`New ${purpose}: `);
    const again = await promptHidden('Type it again: ');
    if (first !== again) throw new UsageError('The two passwords differ; nothing was changed.');
    return first;
  },
  print: (line) => process.stdout.write(`${line}\n`),
};

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return argv.length === 0 ? 1 : 0;
  }
  let db;
  try {
    db = await openDatabase(loadConfig());
  } catch (err) {
    if (err instanceof ConfigError || err instanceof DataFolderLockedError) {
      process.stderr.write(`${err.message}\n`);
      return 1;
    }
    throw err;
  }
  try {
    await migrateLatest(db.knex);
    await runAdminCommand(db.knex, argv, io);
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`${err.message}\n\n${USAGE}\n`);
      return 1;
    }
    process.stderr.write(
      `The command failed: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    return 1;
  } finally {
    await db.close();
  }
}

process.exitCode = await main();
