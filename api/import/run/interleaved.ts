/**
 * Every import on the embedded database, in batches, so that the API keeps answering while it
 * runs. PGlite has one connection: an import holding it in one transaction makes every request
 * wait for the whole import, and its long statements block the event loop. Here no statement
 * holds it long: the file is staged by INSERTs of a few hundred rows (session temporary tables),
 * the checks run over the staging tables, then the rows are written 500 lines at a time, each
 * batch (its organizations and records) committed on its own, the event loop handed back between
 * batches, and progress says how many rows are written.
 *
 * All or nothing still holds, because every batch writes into a dataset created pending
 * (datasets.pending_import_job), which hides it and its records from every reader (api/data/
 * visibility.ts); organizations are created in the same batch as the first record naming them, so
 * they are named only by hidden data:
 * - a new dataset is written directly and published by one short transaction (with its period,
 *   audit entry and the job's outcome);
 * - a re-import into an existing dataset writes the rows it would insert or change into a pending
 *   shadow of the dataset (../shadow.ts), and one short transaction updates the changed rows in
 *   place (audited), moves the new ones in, and updates the provenance, period, audit and job;
 * - a dry run writes the same way, takes the counts, and deletes what it wrote instead of
 *   publishing, so that its counts are those the import would give.
 * If anything fails, the pending dataset, its records and the organizations the import created
 * are deleted (a stopped process's are deleted by the next sweep for dead jobs, api/import/jobs.ts).
 */
import type { Knex } from 'knex';
import {
  deletePendingDataset,
  deleteShadowDataset,
  deleteUnusedOrganizations,
  insertShadowDataset,
  lastOrganizationId,
  organizationsCreatedAfter,
  setPendingImport,
  stagedValidRows,
} from '../../data/pendingImports';
import { yieldToEventLoop } from '../../db/yield';
import type { DatasetOutcome } from '../dataset';
import { finishJob, type ImportCounts, type JobStatus } from '../jobs';
import { mergeTarget, resolveOrganizations, type MergeCounts } from '../merge';
import {
  copyChangesToShadow,
  createShadowChanges,
  dropShadowChanges,
  publishShadow,
} from '../shadow';
import { stageName } from '../staging/table';
import type { Target } from '../targets';
import { datasetOf, finishDataset } from './apply';
import { leftOutOf, stagedCounts } from './counts';
import type { ImportRun, StagedFile } from './context';
import { rejectRepeatedRows } from './repeats';
import type { ImportResult } from './request';
import { stageFile } from './stageFile';
import { summarize } from './summary';

/** Staged lines written per batch: a few hundred milliseconds of PGlite work. */
const LINES_PER_BATCH = 500;

/** Where the batches write: the new dataset itself, or the shadow of the existing one. */
interface Pending {
  id: number;
  /** The new dataset (published as it is), or null for a shadow of `run.existing`. */
  created: DatasetOutcome | null;
}

/** Runs `run` (whose `trx` is the database itself) in batches; see the file's comment. */
export async function importInBatches(knex: Knex, run: ImportRun): Promise<ImportResult> {
  const { plan, progress, state, dryRun, validOnly, jobId, existing } = run;
  try {
    const staged = await run.step('read, check and stage', () => stageFile(run));
    progress.rowsDone = staged.total;
    progress.rowsTotal = staged.total;
    progress.phase = 'writing';
    run.report();
    await yieldToEventLoop();

    const rejected = staged.rejected + (await rejectRepeatedRows(run));
    const counts = stagedCounts(run, staged.total, rejected);
    const commits = counts.valid > 0 && (rejected === 0 || validOnly);
    const status: JobStatus = commits ? 'succeeded' : 'rejected';
    let dataset: DatasetOutcome | null = null;
    let organizationsCreated = 0;
    if (counts.valid > 0 && (dryRun || commits)) {
      const created: number[] = [];
      let pending: Pending | null = null;
      try {
        pending = await run.step('dataset', () => pendingDataset(knex, run, staged));
        progress.rowsToWrite = await stagedValidRows(knex, plan.targets.map(stageName));
        progress.rowsWritten = 0;
        run.report();
        for (const target of plan.targets) {
          const into = pending;
          organizationsCreated += await run.step(`write ${target.table}`, () =>
            writeInBatches(knex, run, target, into, counts, created),
          );
        }
        counts.unchanged = counts.valid - counts.inserted - counts.updated;
        if (!dryRun) {
          const into = pending;
          dataset = await run.step('publish', () =>
            knex.transaction((trx) => publish(trx, run, staged, into, counts)),
          );
        }
      } catch (err) {
        if (pending) await deletePendingDataset(knex, pending.id);
        await deleteUnusedOrganizations(knex, created);
        throw err;
      }
      if (dryRun) {
        await run.step('delete the dry run', async () => {
          await deletePendingDataset(knex, pending.id);
          await deleteUnusedOrganizations(knex, created);
        });
      }
    }
    const message = summarize(status, dryRun, validOnly, counts);
    if (!dataset) {
      await finishJob(knex, jobId, outcomeOf(run, status, existing?.id ?? null, counts, message));
    }
    const shown = dataset ?? existing;
    return {
      jobId,
      status,
      dryRun,
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
    await dropShadowChanges(knex);
  }
}

/** Creates the dataset the batches write into, pending: the new dataset, or a shadow. */
function pendingDataset(knex: Knex, run: ImportRun, staged: StagedFile): Promise<Pending> {
  return knex.transaction(async (trx) => {
    if (run.existing) {
      await createShadowChanges(trx);
      return { id: await insertShadowDataset(trx, run.existing.id, run.jobId), created: null };
    }
    const created = await datasetOf(trx, run, staged);
    await setPendingImport(trx, created.id, run.jobId);
    return { id: created.id, created };
  });
}

/**
 * Publishes what the batches wrote, in the one transaction `trx`: the new dataset is shown, or the
 * shadow's rows go into the existing dataset (the counts are taken again as they are published);
 * then the dataset's provenance, period, audit entry and the job's outcome.
 */
async function publish(
  trx: Knex,
  run: ImportRun,
  staged: StagedFile,
  pending: Pending,
  counts: ImportCounts,
): Promise<DatasetOutcome> {
  let dataset = pending.created;
  if (dataset) {
    await setPendingImport(trx, dataset.id, null);
  } else {
    dataset = await datasetOf(trx, run, staged);
    counts.inserted = 0;
    counts.updated = 0;
    for (const target of run.plan.targets) {
      const into = dataset.id;
      add(
        counts,
        await run.step(`publish ${target.table}`, () =>
          publishShadow(trx, target, into, pending.id, run.jobId),
        ),
      );
    }
    counts.unchanged = counts.valid - counts.inserted - counts.updated;
    await deleteShadowDataset(trx, pending.id);
  }
  const published = dataset;
  await run.step('dataset period and audit', () => finishDataset(trx, run, published, counts));
  const message = summarize('succeeded', false, run.validOnly, counts);
  await finishJob(trx, run.jobId, outcomeOf(run, 'succeeded', dataset.id, counts, message));
  return dataset;
}

/**
 * Writes the staged rows of `target` a batch of lines at a time, each batch with the organizations
 * it names in one transaction, into the pending dataset; adds to `counts` and to the progress's
 * rows written, collects the organizations created in `created` and answers how many there were.
 */
async function writeInBatches(
  knex: Knex,
  run: ImportRun,
  target: Target,
  pending: Pending,
  counts: ImportCounts,
  created: number[],
): Promise<number> {
  const stage = stageName(target);
  const bounds = await knex.raw<{ rows: { first: number | null; last: number | null }[] }>(
    `SELECT min(line) AS first, max(line) AS last FROM ${stage} WHERE error IS NULL`,
  );
  const { first, last } = bounds.rows[0] ?? { first: null, last: null };
  if (first === null || last === null) return 0;
  // Each batch reads its lines of the staging table; the target's statistics are refreshed after
  // the first batch so that later ones look rows up by index rather than scan what is written.
  await knex.raw(`CREATE INDEX ON ${stage} (line)`);
  const { progress } = run;
  let organizations = 0;
  for (let after = first - 1; after < last; after += LINES_PER_BATCH) {
    const lines = { after, upTo: after + LINES_PER_BATCH };
    await knex.transaction(async (trx) => {
      const before = await lastOrganizationId(trx);
      organizations += await resolveOrganizations(trx, target, lines);
      if (target.orgRefs.length) created.push(...(await organizationsCreatedAfter(trx, before)));
      add(
        counts,
        run.existing
          ? await copyChangesToShadow(trx, target, run.existing.id, pending.id, lines)
          : await mergeTarget(trx, target, pending.id, run.jobId, undefined, lines),
      );
      const written = await trx.raw<{ rows: { n: number }[] }>(
        `SELECT count(*)::int AS n FROM ${stage} WHERE error IS NULL AND line > ? AND line <= ?`,
        [lines.after, lines.upTo],
      );
      progress.rowsWritten = (progress.rowsWritten ?? 0) + Number(written.rows[0]?.n ?? 0);
    });
    run.report();
    if (after === first - 1) await knex.raw(`ANALYZE ${target.table}`);
    await yieldToEventLoop();
  }
  return organizations;
}

function add(counts: ImportCounts, merged: MergeCounts): void {
  counts.inserted += merged.inserted;
  counts.updated += merged.updated;
}

function outcomeOf(
  run: ImportRun,
  status: JobStatus,
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
