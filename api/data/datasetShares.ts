/**
 * Sharing a private dataset with a coalition, for the pooled view: the coalition's members then
 * see the dataset inside aggregates (aggregateDatasetIds), never its line items, and with small
 * cells suppressed (they are not its stewards).
 *
 * Who may share: a steward or admin of the dataset's owner who is also a member of the coalition
 * (that is how an organization takes part in a coalition here). Who may stop sharing: a steward
 * or admin of the owner. Who may see the list: members of the owner.
 */
import type { Knex } from 'knex';
import { requireRole, requireSignedIn } from '../auth/roles';
import { recordAudit } from '../auth/audit';
import { T, type DbDataset, type DbOrganization } from '../db/tables';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../errors';
import type { Viewer } from '../viewer';
import { isDatasetVisible } from './visibility';

/** The dataset if the viewer may read it; NOT_FOUND otherwise (whether or not it exists). */
async function visibleDataset(
  knex: Knex | Knex.Transaction,
  viewer: Viewer,
  datasetId: number,
): Promise<DbDataset> {
  const dataset = (await isDatasetVisible(knex, viewer, datasetId))
    ? await knex(T.datasets).where('id', datasetId).first<DbDataset | undefined>('*')
    : undefined;
  if (!dataset) throw new NotFoundError(`There is no dataset with id ${datasetId} that you can see.`);
  return dataset;
}

/** Coalitions a dataset is shared with, by name. */
export function coalitionsSharing(
  knex: Knex | Knex.Transaction,
  datasetId: number,
): Promise<DbOrganization[]> {
  return knex(`${T.datasetShares} as s`)
    .join(`${T.organizations} as o`, 'o.id', 's.coalition_id')
    .where('s.dataset_id', datasetId)
    .orderBy([{ column: 'o.name' }, { column: 'o.id' }])
    .select<DbOrganization[]>('o.*');
}

/** The coalitions a dataset is shared with; for members of its owner. */
export async function datasetSharesFor(
  knex: Knex,
  viewer: Viewer,
  datasetId: number,
): Promise<DbOrganization[]> {
  requireSignedIn(viewer);
  const dataset = await visibleDataset(knex, viewer, datasetId);
  if (dataset.owner_organization_id === null) return [];
  requireRole(viewer, dataset.owner_organization_id, 'viewer');
  return coalitionsSharing(knex, datasetId);
}

export async function shareDataset(
  knex: Knex,
  viewer: Viewer,
  datasetId: number,
  coalitionId: number,
): Promise<DbOrganization[]> {
  const userId = requireSignedIn(viewer);
  return knex.transaction(async (trx) => {
    const dataset = await visibleDataset(trx, viewer, datasetId);
    if (dataset.visibility !== 'private' || dataset.owner_organization_id === null) {
      throw new BadUserInputError(
        'datasetId',
        'This dataset is public: everyone sees it already, so there is nothing to share.',
      );
    }
    requireRole(viewer, dataset.owner_organization_id, 'steward');
    const coalition = await trx(T.organizations)
      .where('id', coalitionId)
      .first<DbOrganization | undefined>('*');
    if (!coalition || coalition.kind !== 'COALITION') {
      throw new BadUserInputError(
        'coalitionId',
        `Organization ${coalitionId} is not a coalition; datasets can be pooled with coalitions only.`,
      );
    }
    if (!viewer.memberships.some((m) => m.organizationId === coalitionId)) {
      throw new ForbiddenError(
        'You can share a dataset only with a coalition you are a member of.',
      );
    }
    const inserted = await trx(T.datasetShares)
      .insert({ dataset_id: datasetId, coalition_id: coalitionId })
      .onConflict(['dataset_id', 'coalition_id'])
      .ignore()
      .returning('dataset_id');
    if (inserted.length > 0) {
      await recordAudit(trx, {
        action: 'dataset_share',
        actorUserId: userId,
        organizationId: dataset.owner_organization_id,
        entity: 'dataset',
        entityId: datasetId,
        details: { coalitionId, coalitionName: coalition.name },
      });
      // The coalition's admins see the share in their log too.
      await recordAudit(trx, {
        action: 'dataset_share',
        actorUserId: userId,
        organizationId: coalitionId,
        entity: 'dataset',
        entityId: datasetId,
        details: { datasetName: dataset.name },
      });
    }
    return coalitionsSharing(trx, datasetId);
  });
}

export async function unshareDataset(
  knex: Knex,
  viewer: Viewer,
  datasetId: number,
  coalitionId: number,
): Promise<DbOrganization[]> {
  const userId = requireSignedIn(viewer);
  return knex.transaction(async (trx) => {
    const dataset = await visibleDataset(trx, viewer, datasetId);
    if (dataset.owner_organization_id === null) return [];
    requireRole(viewer, dataset.owner_organization_id, 'steward');
    const removed = await trx(T.datasetShares)
      .where({ dataset_id: datasetId, coalition_id: coalitionId })
      .delete();
    if (removed > 0) {
      for (const organizationId of [dataset.owner_organization_id, coalitionId]) {
        await recordAudit(trx, {
          action: 'dataset_unshare',
          actorUserId: userId,
          organizationId,
          entity: 'dataset',
          entityId: datasetId,
          details: { coalitionId },
        });
      }
    }
    return coalitionsSharing(trx, datasetId);
  });
}
