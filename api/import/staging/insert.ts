/**
 * Staging on the embedded database: PGlite has no COPY FROM STDIN through knex, so rows go in
 * as multi-row INSERTs of a bounded size (few thousand parameters each), inside the transaction or
 * (api/import/run/interleaved.ts) each on its own, handing the event loop back after each batch so
 * that the requests waiting for the one connection are answered between batches.
 */
import type { Knex } from 'knex';
import { yieldToEventLoop } from '../../db/yield';
import type { Stager } from './stager';

const MAX_PARAMETERS = 8000;

const bind = (v: unknown) =>
  v !== null && typeof v === 'object' ? JSON.stringify(v) : (v ?? null);

export function openInsertStager(trx: Knex, table: string, columns: readonly string[]): Stager {
  const rowsPerBatch = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  let batch: unknown[] = [];
  let rows = 0;

  const flush = async () => {
    if (rows === 0) return;
    const bindings = batch;
    const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${Array(rows).fill(tuple).join(', ')}`;
    batch = [];
    rows = 0;
    await trx.raw(sql, bindings as Knex.RawBinding[]);
    await yieldToEventLoop();
  };

  return {
    add(values) {
      for (const v of values) batch.push(bind(v));
      rows++;
      return rows >= rowsPerBatch ? flush() : undefined;
    },
    finish: flush,
    abort() {
      batch = [];
      rows = 0;
    },
  };
}
