/**
 * Staging on PostgreSQL: COPY ... FROM STDIN in text format, through the transaction's own
 * connection (pg-copy-streams), with the stream's back-pressure respected.
 */
import type { Knex } from 'knex';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Stager } from './stager';

const HAS_SPECIAL = /[\\\t\n\r]/;
const SPECIAL = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** One value in COPY's text format: \N for null, JSON for objects, escapes for text. */
export function copyText(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  const s =
    typeof value === 'string'
      ? value
      : typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean'
        ? String(value)
        : JSON.stringify(value);
  return HAS_SPECIAL.test(s) ? s.replace(SPECIAL, (c) => ESCAPES[c]!) : s;
}

const FLUSH_CHARS = 256 * 1024;

export async function openCopyStager(
  trx: Knex.Transaction,
  table: string,
  columns: readonly string[],
): Promise<Stager> {
  // Inside a transaction, knex's client hands out the transaction's own connection.
  const txClient = trx.client as { acquireConnection(): Promise<pg.Client> };
  const connection = await txClient.acquireConnection();
  const stream = connection.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  let failure: Error | undefined;
  stream.on('error', (err: Error) => {
    failure = err;
  });
  const finished = new Promise<void>((resolve, reject) => {
    stream.on('finish', resolve);
    stream.on('error', reject);
  });
  finished.catch(() => undefined); // observed through `failure` and finish()
  // Whole lines, joined once per chunk: a string grown by += over thousands of rows is a tree of
  // pieces that lives until the write and is copied by the collector on the way (issue 13).
  let lines: string[] = [];
  let chars = 0;

  const check = () => {
    if (failure !== undefined) throw failure;
  };
  const flush = async () => {
    check();
    if (lines.length === 0) return;
    const chunk = lines.join('');
    lines = [];
    chars = 0;
    if (!stream.write(chunk)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          stream.off('drain', done);
          stream.off('error', done);
          resolve();
        };
        stream.on('drain', done);
        stream.on('error', done);
      });
    }
    check();
  };

  return {
    add(values) {
      const fields = new Array<string>(values.length);
      for (let i = 0; i < values.length; i++) fields[i] = copyText(values[i]);
      const line = `${fields.join('\t')}\n`;
      lines.push(line);
      chars += line.length;
      return chars >= FLUSH_CHARS ? flush() : undefined;
    },
    async finish() {
      await flush();
      stream.end();
      await finished;
    },
    abort() {
      if (!stream.destroyed) stream.destroy(new Error('import aborted'));
    },
  };
}
