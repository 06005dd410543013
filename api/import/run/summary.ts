/** The sentence that tells a person what an import did. */
import type { ImportCounts, JobStatus } from '../jobs';

const n = (v: number) => v.toLocaleString('en-US');

export function summarize(
  status: JobStatus,
  dryRun: boolean,
  validOnly: boolean,
  c: ImportCounts,
): string {
  const notTrafficking = c.notAboutTrafficking
    ? `, ${n(c.notAboutTrafficking)} left out as not about trafficking`
    : '';
  const rows = `${n(c.total)} row${c.total === 1 ? '' : 's'} read, ${n(c.valid)} valid, ${n(c.rejected)} rejected${notTrafficking}`;
  const effect = `${n(c.inserted)} new, ${n(c.updated)} updated, ${n(c.unchanged)} unchanged`;
  if (dryRun) {
    return status === 'succeeded'
      ? `Dry run: ${rows}. Importing would give ${effect}. Nothing was saved.`
      : `Dry run: ${rows}. ${c.valid === 0 ? 'No row is valid' : 'Fix the rejected rows or import the valid rows only'}; nothing was saved.`;
  }
  if (status === 'rejected') {
    return c.valid === 0
      ? `Nothing was imported: ${rows}. No row is valid.`
      : `Nothing was imported: ${rows}. Fix the rejected rows, or import the valid rows only.`;
  }
  return `Imported: ${rows}; ${effect}.${validOnly && c.rejected ? ' The rejected rows can be downloaded with their errors.' : ''}`;
}
