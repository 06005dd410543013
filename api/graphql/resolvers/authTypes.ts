/** Resolvers of the account types: CurrentUser, Membership, Member, ApiToken, Invitation, AuditEntry. */
import { roleToGraphQL } from '../../auth/roles';
import { membershipsWithOrganizations } from '../../data/accounts';
import type {
  ApiTokenResolvers,
  AuditEntryResolvers,
  CurrentUserResolvers,
  InvitationResolvers,
  MemberResolvers,
  MembershipResolvers,
  NewApiTokenResolvers,
  NewInvitationResolvers,
  TokenScope,
} from '../generated/resolvers';

const iso = (d: Date | string) => new Date(d).toISOString();
const isoOrNull = (d: Date | string | null) => (d === null ? null : iso(d));
export const toTokenScope = (s: 'read' | 'write'): TokenScope => (s === 'read' ? 'READ' : 'WRITE');

export const CurrentUser: CurrentUserResolvers = {
  id: (u) => String(u.id),
  displayName: (u) => u.display_name,
  createdAt: (u) => iso(u.created_at),
  via: (u) => (u.via === 'session' ? 'SESSION' : 'TOKEN'),
  tokenScope: (u) => (u.tokenScope === null ? null : toTokenScope(u.tokenScope)),
  memberships: (u, _a, ctx) => membershipsWithOrganizations(ctx.knex, u.id),
};

export const Membership: MembershipResolvers = {
  organization: (m) => m.organization,
  role: (m) => roleToGraphQL(m.role),
  since: (m) => iso(m.since),
};

export const Member: MemberResolvers = {
  userId: (m) => String(m.user_id),
  displayName: (m) => m.display_name,
  role: (m) => roleToGraphQL(m.role),
  since: (m) => iso(m.since),
};

export const ApiToken: ApiTokenResolvers = {
  id: (t) => String(t.id),
  scope: (t) => toTokenScope(t.scope),
  createdAt: (t) => iso(t.created_at),
  lastUsedAt: (t) => isoOrNull(t.last_used_at),
  revokedAt: (t) => isoOrNull(t.revoked_at),
};

export const NewApiToken: NewApiTokenResolvers = {
  token: (n) => n.token,
  apiToken: (n) => n.row,
};

export const Invitation: InvitationResolvers = {
  id: (i) => String(i.id),
  organization: async (i, _a, ctx) => {
    const organization = await ctx.loaders.organization.load(i.organization_id);
    if (!organization)
      throw new Error(`Organization ${i.organization_id} of an invitation is missing.`);
    return organization;
  },
  role: (i) => roleToGraphQL(i.role),
  createdAt: (i) => iso(i.created_at),
  expiresAt: (i) => iso(i.expires_at),
};

export const NewInvitation: NewInvitationResolvers = {
  token: (n) => n.token,
  invitation: (n) => n.row,
};

export const AuditEntry: AuditEntryResolvers = {
  id: (e) => String(e.id),
  at: (e) => iso(e.at),
  actorUserId: (e) => (e.actor_user_id === null ? null : String(e.actor_user_id)),
  actorName: (e) => e.actor_name,
  entityId: (e) => e.entity_id,
  details: (e) =>
    e.details === null
      ? null
      : typeof e.details === 'string'
        ? e.details
        : JSON.stringify(e.details),
};
