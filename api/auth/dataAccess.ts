/**
 * Who may change data: stewards (and admins) of the organization that owns it. Imports and
 * corrections (api/import) call these; reading goes through api/data/visibility.ts instead.
 * Datasets without an owner (the public reference figures and the demo) cannot be changed
 * through the API at all: only from the server's shell (seeds, `npm run import`).
 */
import type { Knex } from 'knex';
import { datasetOwner } from '../data/datasets';
import { BadUserInputError, ForbiddenError, NotFoundError, UnauthenticatedError } from '../errors';
import type { Viewer } from '../viewer';
import { isDatasetVisible } from '../data/visibility';
import { hasRole, organizationsWithRole, requireWriteAccess } from './roles';

/**
 * The id of the dataset's organization when the viewer is its steward or admin (with a session
 * or a write token). NOT_FOUND when the viewer cannot see the dataset, FORBIDDEN when they can
 * but are not its steward, UNAUTHENTICATED when anonymous.
 */
export async function requireStewardOfDataset(
  knex: Knex | Knex.Transaction,
  viewer: Viewer,
  datasetId: number,
): Promise<number> {
  if (viewer.userId === null) {
    throw new UnauthenticatedError(
      'Sign in as a data steward of the organization to change its data.',
    );
  }
  requireWriteAccess(viewer);
  if (!(await isDatasetVisible(knex, viewer, datasetId))) {
    throw new NotFoundError(`There is no dataset with id ${datasetId} that you can see.`);
  }
  const owner = (await datasetOwner(knex, datasetId)) ?? null;
  if (owner === null) {
    throw new ForbiddenError(
      'This is a public reference dataset with no owning organization; it can be changed only by the server administrator (npm run import).',
    );
  }
  if (!hasRole(viewer, owner, 'steward')) {
    throw new ForbiddenError(
      "Only data stewards of the dataset's organization may change its data.",
    );
  }
  return owner;
}

/**
 * The organization an import goes to: `requested` when the viewer is a steward (or admin) there,
 * else, when none is named, the one organization where they are. The import then matches its
 * dataset by name among that organization's datasets, or creates it private to it.
 */
export function requireImportOrganization(viewer: Viewer, requested: number | null): number {
  if (viewer.userId === null) {
    throw new UnauthenticatedError(
      'Sign in as a data steward of your organization to import data.',
    );
  }
  requireWriteAccess(viewer);
  if (requested !== null) {
    if (!hasRole(viewer, requested, 'steward')) {
      throw new ForbiddenError(
        `Importing needs the steward role in organization ${requested}, which you do not have.`,
      );
    }
    return requested;
  }
  const stewarded = organizationsWithRole(viewer, 'steward');
  if (stewarded.length === 1) return stewarded[0]!;
  if (stewarded.length === 0) {
    throw new ForbiddenError(
      'Importing needs the steward role in an organization, which you do not have.',
    );
  }
  throw new BadUserInputError(
    'organization',
    `You are a steward of ${stewarded.length} organizations (ids ${stewarded.join(', ')}): name the one whose data this is with organization=<id>.`,
  );
}
