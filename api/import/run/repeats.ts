/**
 * The checks that need the whole file, set-based in SQL over the staging tables: rows repeated
 * within the file are marked rejected; every rejected row is kept for the download.
 */
import { duplicateErrors, markDuplicates, saveRejectedRows } from '../merge';
import { stageName } from '../staging/table';
import type { RowError } from '../validate';
import type { ImportRun } from './context';
import { MAX_ERRORS } from './request';

/** Marks repeated rows, keeps the rejected rows of the job; returns how many were repeated. */
export async function rejectRepeatedRows(run: ImportRun): Promise<number> {
  const { trx, plan, state } = run;
  await run.step('analyze staging', async () => {
    // Statistics of the staged rows (a temporary table has none) and room to hash-join and sort
    // them in memory: the set-based statements below then plan as they should. Only the columns
    // that are joined or grouped on are sampled.
    await trx.raw(`SET LOCAL work_mem = '256MB'`);
    // The statements below run once, over many rows, with row estimates far off before ANALYZE
    // sees the merge's joins: PostgreSQL's JIT then compiled and optimized for ~1 s of a 2.5 s
    // step (1,000,000 rows) and saved nothing.
    if (run.dbKind === 'postgres') await trx.raw(`SET LOCAL jit = off`);
    for (const target of plan.targets) {
      const used = ['error', ...target.identity, ...target.orgRefs.map((r) => r.name)];
      await trx.raw(`ANALYZE ${stageName(target)} (${[...new Set(used)].join(', ')})`);
    }
  });
  let repeated = 0;
  const sqlErrors: RowError[] = [];
  await run.step('find repeated rows', async () => {
    for (const target of plan.targets)
      repeated += await markDuplicates(trx, target, plan.rawColumns);
    for (const target of plan.targets) {
      for (const d of await duplicateErrors(trx, target, MAX_ERRORS)) {
        sqlErrors.push({ line: d.line, column: null, value: null, message: d.message });
      }
    }
  });
  state.errors = [...state.errors, ...sqlErrors]
    .sort((a, b) => a.line - b.line)
    .slice(0, MAX_ERRORS);
  for (const row of state.preview) {
    const found = sqlErrors.find((e) => e.line === row.line);
    if (found) row.error = found.message;
  }
  await run.step('keep rejected rows', async () => {
    for (const target of plan.targets) await saveRejectedRows(trx, target, run.jobId);
  });
  return repeated;
}
