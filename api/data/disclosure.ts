/**
 * Survivor-safe disclosure: who sees unsuppressed service counts. Only data stewards (and admins)
 * of the organization that owns every dataset behind a figure; everyone else gets small cells
 * suppressed (core/suppression.ts). Datasets without an owner have no stewards.
 */
import type { Knex } from 'knex';
import { T } from '../db/tables';
import type { Viewer } from '../viewer';

const STEWARD_ROLES = new Set(['steward', 'admin']);

/** True when the viewer is a steward of the owners of all the given datasets. */
export function mayViewUnsuppressed(viewer: Viewer, datasetOwnerIds: readonly (number | null)[]): boolean {
  if (datasetOwnerIds.length === 0) return false;
  return datasetOwnerIds.every(
    (owner) =>
      owner !== null &&
      viewer.memberships.some((m) => m.organizationId === owner && STEWARD_ROLES.has(m.role)),
  );
}

/** Ids of the organizations whose datasets the viewer may see unsuppressed (steward or admin). */
export function stewardedOrganizationIds(viewer: Viewer): number[] {
  return viewer.memberships.filter((m) => STEWARD_ROLES.has(m.role)).map((m) => m.organizationId);
}

/**
 * `mayViewUnsuppressed` for a set of datasets given by id (or a subquery of ids), reading their
 * owners in SQL. Use it for any response that contains service counts: GraphQL, CSV exports,
 * briefs. False when the set is empty.
 */
export async function mayViewUnsuppressedDatasets(
  knex: Knex | Knex.Transaction,
  viewer: Viewer,
  datasetIds: readonly number[] | Knex.QueryBuilder,
): Promise<boolean> {
  const stewarded = stewardedOrganizationIds(viewer);
  if (stewarded.length === 0) return false;
  const rows = await knex(T.datasets)
    .whereIn('id', Array.isArray(datasetIds) ? [...(datasetIds as number[])] : (datasetIds as Knex.QueryBuilder))
    .distinct<{ owner_organization_id: number | null }[]>('owner_organization_id');
  return mayViewUnsuppressed(
    viewer,
    rows.map((r) => r.owner_organization_id),
  );
}
