/** Writes staged rows: COPY on PostgreSQL, batched multi-row INSERT on the embedded database. */
import type { Knex } from 'knex';
import type { DbKind } from '../../db/connection';
import { openCopyStager } from './copy';
import { openInsertStager } from './insert';

export interface Stager {
  /** Adds one row (values in column order); returns a promise when the caller should wait. */
  add(values: readonly unknown[]): Promise<void> | undefined;
  /** Writes what is buffered and ends the stream. */
  finish(): Promise<void>;
  /** Stops without finishing (the transaction is being rolled back). */
  abort(): void;
}

export function openStager(
  trx: Knex,
  dbKind: DbKind,
  table: string,
  columns: readonly string[],
): Promise<Stager> {
  return dbKind === 'postgres'
    ? openCopyStager(trx as Knex.Transaction, table, columns)
    : Promise.resolve(openInsertStager(trx, table, columns));
}
