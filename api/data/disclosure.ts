/**
 * Survivor-safe disclosure: who sees unsuppressed service counts. Only data stewards (and admins)
 * of the organization that owns every dataset behind a figure; everyone else gets small cells
 * suppressed (core/suppression.ts). Datasets without an owner have no stewards.
 */
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

