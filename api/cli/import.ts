/**
 * Imports a CSV file from the command line, into the database the app uses (DATABASE_URL, else
 * the embedded database in DATA_DIR; stop the app first when it uses the embedded one).
 *
 *   npm run import -- --kind grants --dataset "Name" --file path.csv [--dry-run] [--valid-only]
 *                     [--source S] [--citation C] [--license L] [--url U] [--rejected-out rej.csv]
 *   npm run import -- --docs [kind]     the columns of each kind
 *
 * Exit codes: 0 imported (or a dry run that would import every row); 1 rejected, nothing
 * written; 2 imported the valid rows only, some rows rejected; 3 failed; 64 wrong usage.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config';
import { DataFolderLockedError, openDatabase, type Db } from '../db/connection';
import { migrateLatest } from '../db/migrate';
import { runImport, type ImportResult } from '../import/commit';
import { ImportRequestError } from '../import/errors';
import { getJob, markInterruptedJobs, type ImportProgress } from '../import/jobs';
import { rejectedCsv } from '../import/rejected';
import { IMPORT_KINDS, TEMPLATES, isImportKind, type ImportKind } from '../import/templates';
import { TRAFFICKING_TYPES, type TraffickingType } from '../../core/vocabulary';

const USAGE = `Usage: npm run import -- --kind KIND --dataset "Name" --file path.csv [options]

  --kind KIND          ${IMPORT_KINDS.join(', ')}
  --dataset NAME       dataset to create or extend (matched by name)
  --file PATH          the CSV file (UTF-8, comma or semicolon)
  --dry-run            check and count only; nothing is saved
  --valid-only         import the valid rows even when some are rejected
  --not-trafficking-as TYPE
                       usaspending: import awards found not about trafficking as TYPE
                       (LABOR, SEX, BOTH or UNSPECIFIED); by default they are left out
  --source, --citation, --license, --url   provenance of a new dataset
  --rejected-out PATH  write the rejected rows, with their errors, to this CSV file
  --docs [KIND]        print the columns of each kind (or one) and exit
`;

const EXIT = { ok: 0, rejected: 1, partial: 2, failed: 3, usage: 64 } as const;

function docs(kinds: readonly ImportKind[]): string {
  return kinds
    .map((kind) => {
      const t = TEMPLATES[kind];
      const lines = t.columns.map((c) => {
        const facts = [c.type, c.unit, c.required ? 'required' : 'optional']
          .filter(Boolean)
          .join(', ');
        const allowed = c.allowed ? ` One of: ${c.allowed.join(', ')}.` : '';
        const example = c.example ? ` Example: ${c.example}` : '';
        return `  ${c.name} (${facts}): ${c.description}${allowed}${example}`;
      });
      return `${kind}: ${t.title}. ${t.description}\n${lines.join('\n')}\n`;
    })
    .join('\n');
}

function progressLine(p: ImportProgress): string {
  const rows = `${p.rowsDone.toLocaleString('en-US')} rows`;
  if (p.phase === 'writing' && p.rowsWritten !== null && p.rowsToWrite)
    return `writing: ${p.rowsWritten.toLocaleString('en-US')} of ${p.rowsToWrite.toLocaleString('en-US')} rows written`;
  if (p.phase === 'writing')
    return `writing ${p.rowsTotal?.toLocaleString('en-US') ?? ''} rows to the database...`;
  if (!p.bytesTotal) return `reading: ${rows}`;
  const share = Math.min(1, p.bytesDone / p.bytesTotal);
  const width = 30;
  const filled = Math.round(share * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)}%  ${rows}`;
}

function printSummary(result: ImportResult, out: NodeJS.WriteStream): void {
  const c = result.counts;
  out.write(`\n${result.message}\n`);
  out.write(
    `  job ${result.jobId}, status ${result.status}${result.dryRun ? ' (dry run)' : ''}` +
      (result.dataset ? `, dataset "${result.dataset.name}" (id ${result.dataset.id})` : '') +
      `\n  rows: ${c.total} read, ${c.valid} valid, ${c.rejected} rejected; ${c.inserted} new, ${c.updated} updated, ${c.unchanged} unchanged\n`,
  );
  if (result.organizationsCreated)
    out.write(`  organizations created: ${result.organizationsCreated}\n`);
  const left = result.notAboutTrafficking;
  if (left.rows) {
    out.write(
      left.importedAs
        ? `\n${left.rows} awards found not about trafficking, imported as ${left.importedAs} (your override).\n`
        : `\n${left.rows} awards left out as not about trafficking (the first ${Math.min(left.rows, 20)}); ` +
            'import them with --not-trafficking-as TYPE if they are:\n',
    );
    if (!left.importedAs)
      for (const r of left.examples.slice(0, 20))
        out.write(
          `  line ${r.line}: ${r.awardId ?? '(no id)'}, ${r.recipient ?? ''}: ${r.description ?? ''}\n`,
        );
  }
  if (result.errors.length) {
    out.write(`\nProblems (the first ${Math.min(result.errors.length, 20)}):\n`);
    for (const e of result.errors.slice(0, 20)) {
      const where = [e.line ? `line ${e.line}` : null, e.column].filter(Boolean).join(', ');
      out.write(`  ${where ? `${where}: ` : ''}${e.message}\n`);
    }
  }
}

async function writeRejected(db: Db, jobId: number, file: string): Promise<void> {
  const job = await getJob(db.knex, jobId);
  if (!job) return;
  const out = fs.createWriteStream(file);
  for await (const chunk of rejectedCsv(db.knex, job)) {
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) =>
    out.end((e?: Error | null) => (e ? reject(e) : resolve())),
  );
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        kind: { type: 'string' },
        dataset: { type: 'string' },
        file: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        'valid-only': { type: 'boolean', default: false },
        'not-trafficking-as': { type: 'string' },
        source: { type: 'string' },
        citation: { type: 'string' },
        license: { type: 'string' },
        url: { type: 'string' },
        'rejected-out': { type: 'string' },
        docs: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
    });
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  const o = args.values;
  if (o.help) {
    process.stdout.write(USAGE);
    return EXIT.ok;
  }
  if (o.docs) {
    const wanted = args.positionals[0] ?? o.kind;
    if (wanted !== undefined && !isImportKind(wanted)) {
      process.stderr.write(`Unknown kind "${wanted}". Kinds: ${IMPORT_KINDS.join(', ')}.\n`);
      return EXIT.usage;
    }
    process.stdout.write(docs(wanted ? [wanted] : IMPORT_KINDS));
    return EXIT.ok;
  }
  // `npm run` starts scripts in the project folder; paths are meant from where it was typed.
  const here = process.env.INIT_CWD ?? process.cwd();
  if (o.file) o.file = path.resolve(here, o.file);
  if (o['rejected-out']) o['rejected-out'] = path.resolve(here, o['rejected-out']);
  const problems: string[] = [];
  if (!isImportKind(o.kind)) problems.push(`--kind must be one of ${IMPORT_KINDS.join(', ')}.`);
  const notTraffickingAs = o['not-trafficking-as'];
  if (
    notTraffickingAs !== undefined &&
    !(TRAFFICKING_TYPES as readonly string[]).includes(notTraffickingAs)
  )
    problems.push(`--not-trafficking-as must be one of ${TRAFFICKING_TYPES.join(', ')}.`);
  if (!o.dataset?.trim())
    problems.push('--dataset is required: the name of the dataset to create or extend.');
  if (!o.file) problems.push('--file is required.');
  else if (!fs.existsSync(o.file) || !fs.statSync(o.file).isFile())
    problems.push(`There is no file at ${o.file}.`);
  if (problems.length) {
    process.stderr.write(`${problems.join('\n')}\n\n${USAGE}`);
    return EXIT.usage;
  }

  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      return EXIT.usage;
    }
    throw err;
  }
  let db: Db;
  try {
    db = await openDatabase(config);
  } catch (err) {
    if (err instanceof DataFolderLockedError) {
      process.stderr.write(`${err.message}\n`);
      return EXIT.failed;
    }
    throw err;
  }
  const stop = () => {
    // The transaction is rolled back when the connection closes: nothing partial is kept.
    void db.close().finally(() => process.exit(130));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  const err = process.stderr;
  const tty = err.isTTY;
  let lastPrint = 0;
  try {
    await migrateLatest(db.knex);
    // Jobs left running by a process that was stopped are marked failed (a job another process
    // is running right now holds its lock and is left alone).
    await markInterruptedJobs(db.knex, db.kind);
    const file = o.file!;
    const result = await runImport(db.knex, db.kind, {
      kind: o.kind as ImportKind,
      datasetName: o.dataset!,
      fileName: path.basename(file),
      input: fs.createReadStream(file, { highWaterMark: 256 * 1024 }),
      bytesTotal: fs.statSync(file).size,
      dryRun: o['dry-run'],
      validOnly: o['valid-only'],
      notTraffickingAs: (notTraffickingAs as TraffickingType | undefined) ?? null,
      provenance: () => ({
        source: o.source,
        citation: o.citation,
        license: o.license,
        url: o.url,
      }),
      onProgress: (p) => {
        const now = Date.now();
        if (p.phase !== 'done' && now - lastPrint < (tty ? 100 : 1000)) return;
        lastPrint = now;
        if (tty) err.write(`\r\x1b[2K${progressLine(p)}`);
        else if (p.phase !== 'done')
          err.write(
            `progress job=${p.jobId} phase=${p.phase} rows=${p.rowsDone} bytes=${p.bytesDone}${p.rowsWritten === null ? '' : ` written=${p.rowsWritten}`}\n`,
          );
      },
    });
    if (tty) err.write('\r\x1b[2K');
    printSummary(result, process.stdout);
    if (o['rejected-out'] && result.counts.rejected > 0) {
      await writeRejected(db, result.jobId, o['rejected-out']);
      process.stdout.write(`  rejected rows written to ${o['rejected-out']}\n`);
    }
    if (result.status === 'rejected') return EXIT.rejected;
    return result.counts.rejected > 0 ? EXIT.partial : EXIT.ok;
  } catch (e) {
    if (tty) err.write('\n');
    if (e instanceof ImportRequestError) {
      err.write(`${e.message}\n`);
      return EXIT.usage;
    }
    err.write(`The import failed: ${(e as Error).message}\n`);
    return EXIT.failed;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
    process.exit(EXIT.failed);
  },
);
