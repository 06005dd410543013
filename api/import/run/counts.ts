/**
 * An import's counts once its file is staged, and the awards it left out as not about
 * trafficking: one definition for the transactional path (commit.ts) and the embedded database's
 * batched one (interleaved.ts).
 */
import type { ImportCounts } from '../jobs';
import type { ImportRun } from './context';
import type { ImportResult } from './request';

/**
 * Counts before writing: rows left out as not about trafficking are neither valid nor rejected;
 * with the steward's `notTraffickingAs` they were staged as valid and are not counted apart.
 */
export function stagedCounts(run: ImportRun, total: number, rejected: number): ImportCounts {
  const notAboutTrafficking = run.request.notTraffickingAs ? 0 : run.state.notAboutTrafficking.rows;
  return {
    total,
    valid: total - rejected - notAboutTrafficking,
    rejected,
    notAboutTrafficking,
    inserted: 0,
    updated: 0,
    unchanged: 0,
  };
}

/** The awards found not about trafficking, and the type a steward imported them as, if any. */
export function leftOutOf(run: ImportRun): NonNullable<ImportResult['notAboutTrafficking']> {
  return { ...run.state.notAboutTrafficking, importedAs: run.request.notTraffickingAs ?? null };
}
