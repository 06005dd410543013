/**
 * Writes the valid staged rows into the real tables: the dataset (created or its provenance
 * updated), the organizations named, the merge (changed rows updated and audited, new ones
 * inserted), the dataset's period and the import's audit entry. A dry run does the same inside a
 * savepoint that is rolled back, so that its counts are those a real import would give.
 */
import type { Knex } from 'knex';
import { recordAudit } from '../../auth/audit';
import { upsertDataset, type DatasetOutcome } from '../dataset';
import type { ImportCounts } from '../jobs';
import { mergeTarget, refreshDatasetPeriod, resolveOrganizations } from '../merge';
import type { ImportRun, StagedFile } from './context';

export interface Applied {
  dataset: DatasetOutcome;
  organizationsCreated: number;
}

class DryRunRollback extends Error {}

/**
 * Applies the rows (fills `counts.inserted/updated/unchanged`); a dry run rolls them back and
 * answers what they would have done.
 */
export async function applyRows(
  run: ImportRun,
  staged: StagedFile,
  counts: ImportCounts,
): Promise<Applied> {
  if (!run.dryRun) return applyIn(run.trx, run, staged, counts);
  let applied: Applied | undefined;
  await run.trx
    .transaction(async (savepoint) => {
      applied = await applyIn(savepoint, run, staged, counts);
      throw new DryRunRollback();
    })
    .catch((err: unknown) => {
      if (!(err instanceof DryRunRollback)) throw err;
    });
  return applied!;
}

async function applyIn(
  db: Knex,
  run: ImportRun,
  staged: StagedFile,
  counts: ImportCounts,
): Promise<Applied> {
  const { plan } = run;
  const dataset = await run.step('dataset', () => datasetOf(db, run, staged));
  let organizationsCreated = 0;
  for (const target of plan.targets) {
    organizationsCreated += await run.step(`organizations (${target.table})`, () =>
      resolveOrganizations(db, target),
    );
    const merged = await mergeTarget(db, target, dataset.id, run.jobId, run.step);
    counts.inserted += merged.inserted;
    counts.updated += merged.updated;
  }
  counts.unchanged = counts.valid - counts.inserted - counts.updated;
  await run.step('dataset period and audit', () => finishDataset(db, run, dataset, counts));
  return { dataset, organizationsCreated };
}

/** Finds or creates the import's dataset, with the provenance given or its defaults. */
export async function datasetOf(
  db: Knex,
  run: ImportRun,
  staged: StagedFile,
): Promise<DatasetOutcome> {
  const { request, plan } = run;
  const provenance = (await request.provenance?.()) ?? {};
  const defaults = plan.defaults({
    datasetName: run.datasetName,
    fileName: request.fileName,
    date: new Date().toISOString().slice(0, 10),
    needs: staged.needs,
  });
  return upsertDataset(db, {
    name: run.datasetName,
    input: provenance,
    defaults,
    actorUserId: request.actorUserId ?? null,
    organizationId: request.organizationId ?? null,
  });
}

/** Sets the dataset's period from its records and audits the import. */
export async function finishDataset(
  db: Knex,
  run: ImportRun,
  dataset: DatasetOutcome,
  counts: ImportCounts,
): Promise<void> {
  const { request } = run;
  await refreshDatasetPeriod(db, dataset.id);
  await recordAudit(db, {
    action: 'import',
    actorUserId: request.actorUserId ?? null,
    organizationId: request.organizationId ?? null,
    entity: 'dataset',
    entityId: dataset.id,
    details: {
      job_id: run.jobId,
      kind: request.kind,
      file_name: request.fileName,
      file_sha256: run.state.sha256,
      dataset_created: dataset.created,
      provenance_changed: dataset.changed,
      counts,
    },
  });
}
