/**
 * An import into a new dataset on the embedded database, in batches, so that the API keeps
 * answering while it runs. PGlite has one connection: an import holding it in one transaction
 * makes every request wait for the whole import, and its long statements block the event loop.
 * Here no statement holds it long: the file is staged by INSERTs of a few hundred rows (session
 * temporary tables), the checks run over the staging tables, then the rows are written a thousand
 * lines at a time, each batch (its organizations and records) committed on its own, the event loop
 * handed back between batches. All or nothing still holds: the dataset is created pending
 * (datasets.pending_import_job), which hides it and its records from every reader (api/data/
 * visibility.ts), and organizations are created in the same batch as the first record naming them,
 * so they are named only by hidden data; one short transaction publishes the dataset with its
 * period, audit entry and the job's outcome. If anything fails, the pending dataset, its records
 * and the organizations the import created are deleted (a stopped process's are deleted by the
 * next sweep for dead jobs, api/import/jobs.ts).
 */
import type { Knex } from 'knex';
import {
  deletePendingDataset,
  deleteUnusedOrganizations,
  lastOrganizationId,
  organizationsCreatedAfter,
  setPendingImport,
} from '../../data/pendingImports';
import { yieldToEventLoop } from '../../db/yield';
import type { DatasetOutcome } from '../dataset';
import { finishJob, type ImportCounts } from '../jobs';
import { mergeTarget, resolveOrganizations } from '../merge';
import { stageName } from '../staging/table';
import type { Target } from '../targets';
import { datasetOf, finishDataset } from './apply';
import { leftOutOf, stagedCounts } from './counts';
import type { ImportRun } from './context';
import { rejectRepeatedRows } from './repeats';
import type { ImportResult } from './request';
import { stageFile } from './stageFile';
import { summarize } from './summary';

/** Staged lines written per batch: a few hundred milliseconds of PGlite work. */
const LINES_PER_BATCH = 500;

/** Runs `run` (whose `trx` is the database itself) in batches; see the file's comment. */
export async function importInBatches(knex: Knex, run: ImportRun): Promise<ImportResult> {
  const { plan, progress, state, validOnly, jobId } = run;
  try {
    const staged = await run.step('read, check and stage', () => stageFile(run));
    progress.rowsDone = staged.total;
    progress.rowsTotal = staged.total;
    progress.phase = 'writing';
    run.report();
    await yieldToEventLoop();

    const rejected = staged.rejected + (await rejectRepeatedRows(run));
    const total = staged.total;
    const counts = stagedCounts(run, total, rejected);
    const { valid } = counts;
    const commits = valid > 0 && (rejected === 0 || validOnly);
    let dataset: DatasetOutcome | null = null;
    let organizationsCreated = 0;
    const status = commits ? 'succeeded' : 'rejected';
    if (commits) {
      const created: number[] = [];
      try {
        dataset = await run.step('dataset', () =>
          knex.transaction(async (trx) => {
            const outcome = await datasetOf(trx, run, staged);
            await setPendingImport(trx, outcome.id, jobId);
            return outcome;
          }),
        );
        for (const target of plan.targets) {
          organizationsCreated += await run.step(`write ${target.table}`, () =>
            writeInBatches(knex, target, dataset!.id, jobId, counts, created),
          );
        }
        counts.unchanged = counts.valid - counts.inserted - counts.updated;
        const message = summarize(status, false, validOnly, counts);
        const published = dataset;
        await run.step('publish', () =>
          knex.transaction(async (trx) => {
            await finishDataset(trx, run, published, counts);
            await setPendingImport(trx, published.id, null);
            await finishJob(trx, jobId, outcomeOf(run, status, published.id, counts, message));
          }),
        );
      } catch (err) {
        if (dataset) await deletePendingDataset(knex, dataset.id);
        await deleteUnusedOrganizations(knex, created);
        throw err;
      }
    }
    const message = summarize(status, false, validOnly, counts);
    if (!commits) {
      await finishJob(
        knex,
        jobId,
        outcomeOf(run, status, run.existing?.id ?? null, counts, message),
      );
    }
    const shown = dataset ?? run.existing;
    return {
      jobId,
      status,
      dryRun: false,
      counts,
      errors: state.errors,
      preview: state.preview,
      dataset: shown ? { id: shown.id, name: shown.name } : null,
      organizationsCreated,
      notAboutTrafficking: leftOutOf(run),
      message,
    };
  } finally {
    for (const target of plan.targets) await knex.raw(`DROP TABLE IF EXISTS ${stageName(target)}`);
  }
}

/**
 * Writes the staged rows of `target` a batch of lines at a time, each batch with the organizations
 * it names in one transaction; adds to `counts`, collects the organizations created in `created`
 * and answers how many there were.
 */
async function writeInBatches(
  knex: Knex,
  target: Target,
  datasetId: number,
  jobId: number,
  counts: ImportCounts,
  created: number[],
): Promise<number> {
  const bounds = await knex.raw<{ rows: { first: number | null; last: number | null }[] }>(
    `SELECT min(line) AS first, max(line) AS last FROM ${stageName(target)} WHERE error IS NULL`,
  );
  const { first, last } = bounds.rows[0] ?? { first: null, last: null };
  if (first === null || last === null) return 0;
  // Each batch reads its lines of the staging table; the target's statistics are refreshed after
  // the first batch so that later ones look rows up by index rather than scan what is written.
  await knex.raw(`CREATE INDEX ON ${stageName(target)} (line)`);
  let organizations = 0;
  for (let after = first - 1; after < last; after += LINES_PER_BATCH) {
    const lines = { after, upTo: after + LINES_PER_BATCH };
    await knex.transaction(async (trx) => {
      const before = await lastOrganizationId(trx);
      organizations += await resolveOrganizations(trx, target, lines);
      if (target.orgRefs.length) created.push(...(await organizationsCreatedAfter(trx, before)));
      const merged = await mergeTarget(trx, target, datasetId, jobId, undefined, lines);
      counts.inserted += merged.inserted;
      counts.updated += merged.updated;
    });
    if (after === first - 1) await knex.raw(`ANALYZE ${target.table}`);
    await yieldToEventLoop();
  }
  return organizations;
}

function outcomeOf(
  run: ImportRun,
  status: 'succeeded' | 'rejected',
  datasetId: number | null,
  counts: ImportCounts,
  message: string,
): Parameters<typeof finishJob>[2] {
  const { state } = run;
  return {
    status,
    datasetId,
    counts,
    errors: state.errors,
    message,
    sha256: state.sha256,
    bytes: state.bytes,
    header: state.header,
  };
}
