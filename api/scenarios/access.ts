/**
 * Who may do what with a saved scenario:
 * - save: a signed-in user; in an organization, with the analyst role or higher there, otherwise
 *   as a personal scenario;
 * - read: its owner, any member of its organization, or anyone presenting its share token;
 * - save a new version, share, unshare, delete: its owner, or an analyst (or higher) of its
 *   organization.
 * A scenario the caller may not read is reported as not found, so ids reveal nothing.
 */
import { hasRole, requireRole, requireSignedIn, requireWriteAccess } from '../auth/roles';
import { digest, sameDigest } from '../auth/secrets';
import type { DbScenario } from '../data/scenarios/store';
import { ForbiddenError, NotFoundError } from '../errors';
import type { Viewer } from '../viewer';

export const SHARE_TOKEN_PREFIX = 'fss_';

export function notFound(id: string): NotFoundError {
  return new NotFoundError(
    `No scenario ${id} that you can read: it does not exist, was deleted, or belongs to someone else (a share link gives access).`,
  );
}

/** True when the viewer may read the scenario, by ownership, membership or share token. */
export function mayRead(viewer: Viewer, s: DbScenario, shareToken?: string | null): boolean {
  if (viewer.userId !== null && s.owner_user_id === viewer.userId) return true;
  if (
    s.organization_id !== null &&
    viewer.memberships.some((m) => m.organizationId === s.organization_id)
  ) {
    return true;
  }
  return Boolean(
    shareToken && s.share_token_hash && sameDigest(digest(shareToken), s.share_token_hash),
  );
}

/** True when the viewer may save versions of, share or delete the scenario. */
export function mayEdit(viewer: Viewer, s: DbScenario): boolean {
  if (viewer.userId === null) return false;
  if (s.owner_user_id === viewer.userId) return true;
  return s.organization_id !== null && hasRole(viewer, s.organization_id, 'analyst');
}

/** The saver's user id; checks the role in the organization when one is given. */
export function requireMaySave(viewer: Viewer, organizationId: number | null): number {
  requireWriteAccess(viewer);
  if (organizationId === null) return requireSignedIn(viewer);
  return requireRole(viewer, organizationId, 'analyst');
}

/** The editor's user id, or UNAUTHENTICATED / NOT_FOUND / FORBIDDEN. */
export function requireMayEdit(viewer: Viewer, s: DbScenario | undefined, id: string): number {
  const userId = requireSignedIn(viewer);
  requireWriteAccess(viewer);
  if (!s || !mayRead(viewer, s)) throw notFound(id);
  if (!mayEdit(viewer, s)) {
    throw new ForbiddenError(
      'Only the owner of this scenario, or an analyst of its organization, may change, share or delete it.',
    );
  }
  return userId;
}
