/**
 * The staging table of one import: a temporary table, dropped at the end of the transaction,
 * with the file line, the row's error (if any), the raw row (for rejected ones) and the target
 * table's columns, typed like the target.
 */
import type { Knex } from 'knex';
import type { TempLifetime } from '../merge';
import type { Target } from '../targets';

export const STAGE_META = ['line', 'error', 'raw'] as const;

export function stageName(target: Target): string {
  return `import_stage_${target.table}`;
}

/** All columns of the staging table, in COPY order. */
export function stageColumns(target: Target): string[] {
  return [...STAGE_META, ...target.columns.map((c) => c.name)];
}

export async function createStageTable(
  db: Knex,
  target: Target,
  lifetime: TempLifetime = 'transaction',
): Promise<void> {
  const columns = [
    'line integer NOT NULL',
    'error text',
    'raw jsonb',
    ...target.columns.map((c) => `${c.name} ${c.sql}`),
  ];
  const drop = lifetime === 'transaction' ? ' ON COMMIT DROP' : '';
  await db.raw(`CREATE TEMP TABLE ${stageName(target)} (${columns.join(', ')})${drop}`);
}
