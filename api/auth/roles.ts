/**
 * Roles and the checks every protected operation makes. Roles are ordered, each including the
 * ones before it: viewer (read the organization's private data) < analyst (save scenarios) <
 * steward (import and correct data, see unsuppressed counts) < admin (members, invitations,
 * audit log). Memberships are read from the database on every request, so a role change or a
 * removal takes effect on the member's next request.
 */
import { ROLES, type Role } from '../../core/vocabulary';
import { ForbiddenError, UnauthenticatedError } from '../errors';
import type { Viewer } from '../viewer';

const RANK: Record<Role, number> = Object.fromEntries(ROLES.map((r, i) => [r, i])) as Record<
  Role,
  number
>;

/** True when `role` includes the rights of `minimum`. */
export function roleAtLeast(role: Role, minimum: Role): boolean {
  return RANK[role] >= RANK[minimum];
}

/** The viewer's role in an organization, or null when not a member. */
export function roleIn(viewer: Viewer, organizationId: number): Role | null {
  return viewer.memberships.find((m) => m.organizationId === organizationId)?.role ?? null;
}

/** True when the viewer holds at least `minimum` in the organization. */
export function hasRole(viewer: Viewer, organizationId: number, minimum: Role): boolean {
  const role = roleIn(viewer, organizationId);
  return role !== null && roleAtLeast(role, minimum);
}

/** Ids of the organizations where the viewer holds at least `minimum`. */
export function organizationsWithRole(viewer: Viewer, minimum: Role): number[] {
  return viewer.memberships
    .filter((m) => roleAtLeast(m.role, minimum))
    .map((m) => m.organizationId);
}

/** The signed-in user's id; UNAUTHENTICATED for an anonymous caller. */
export function requireSignedIn(viewer: Viewer): number {
  if (viewer.userId === null) throw new UnauthenticatedError();
  return viewer.userId;
}

/**
 * The signed-in user's id when the request came with a browser session; FORBIDDEN for an API
 * token. Account management (passwords, tokens, members) is not for scripts.
 */
export function requireSession(viewer: Viewer): number {
  const userId = requireSignedIn(viewer);
  if (viewer.via !== 'session') {
    throw new ForbiddenError(
      'API tokens cannot manage accounts, tokens or members. Sign in to the app to do this.',
    );
  }
  return userId;
}

/** FORBIDDEN for a read-only API token; writes need a session or a write token. */
export function requireWriteAccess(viewer: Viewer): void {
  if (viewer.via === 'token' && viewer.tokenScope !== 'write') {
    throw new ForbiddenError('This API token is read-only; create a write token to make changes.');
  }
}

/**
 * Requires at least `minimum` in the organization: UNAUTHENTICATED when anonymous, FORBIDDEN when
 * not a member or below the role. Returns the signed-in user's id. The message does not say
 * whether the organization exists.
 */
export function requireRole(viewer: Viewer, organizationId: number, minimum: Role): number {
  const userId = requireSignedIn(viewer);
  if (!hasRole(viewer, organizationId, minimum)) {
    throw new ForbiddenError(
      `This needs the ${minimum} role (or higher) in the organization, which you do not have.`,
    );
  }
  return userId;
}

const TO_GRAPHQL = {
  viewer: 'VIEWER',
  analyst: 'ANALYST',
  steward: 'STEWARD',
  admin: 'ADMIN',
} as const satisfies Record<Role, string>;
export type GraphQLRole = (typeof TO_GRAPHQL)[Role];

export const roleToGraphQL = (role: Role): GraphQLRole => TO_GRAPHQL[role];
export const roleFromGraphQL = (role: GraphQLRole): Role => role.toLowerCase() as Role;
