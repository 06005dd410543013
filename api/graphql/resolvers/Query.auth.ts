/** Query fields about the caller and their organizations: me, memberships, members, audit log, tokens. */
import { requireRole, requireSignedIn } from '../../auth/roles';
import { listApiTokens } from '../../auth/tokens';
import { membersOf, membershipsWithOrganizations, userById } from '../../data/accounts';
import { auditEntries } from '../../data/auditLog';
import { datasetSharesFor } from '../../data/datasetShares';
import { pendingInvitations } from '../../data/invitations';
import { decodeCursor, pageSize, toPage } from '../../data/paging';
import type { QueryResolvers } from '../generated/resolvers';
import { parseId } from './ids';

export const authQueries: Pick<
  QueryResolvers,
  | 'signUpOptions'
  | 'me'
  | 'myOrganizations'
  | 'members'
  | 'invitations'
  | 'auditLog'
  | 'apiTokens'
  | 'datasetShares'
> = {
  signUpOptions: (_p, _a, ctx) => ({
    createsOrganizations: ctx.config.signUpCreatesOrganizations,
  }),
  me: async (_p, _a, ctx) => {
    const { viewer } = ctx;
    if (viewer.userId === null || viewer.via === 'anonymous') return null;
    const user = await userById(ctx.knex, viewer.userId);
    return user ? { ...user, via: viewer.via, tokenScope: viewer.tokenScope } : null;
  },
  myOrganizations: (_p, _a, ctx) =>
    ctx.viewer.userId === null ? [] : membershipsWithOrganizations(ctx.knex, ctx.viewer.userId),
  members: (_p, args, ctx) => {
    const organizationId = parseId('organizationId', args.organizationId);
    requireRole(ctx.viewer, organizationId, 'admin');
    return membersOf(ctx.knex, organizationId);
  },
  invitations: (_p, args, ctx) => {
    const organizationId = parseId('organizationId', args.organizationId);
    requireRole(ctx.viewer, organizationId, 'admin');
    return pendingInvitations(ctx.knex, organizationId);
  },
  auditLog: async (_p, args, ctx) => {
    const organizationId = parseId('organizationId', args.organizationId);
    requireRole(ctx.viewer, organizationId, 'admin');
    const size = pageSize(args.first, 50);
    const offset = decodeCursor(args.after);
    const { rows, total } = await auditEntries(ctx.knex, organizationId, {
      offset,
      limit: size + 1,
    });
    return toPage(rows, offset, size, total);
  },
  apiTokens: (_p, _a, ctx) => listApiTokens(ctx.knex, requireSignedIn(ctx.viewer)),
  datasetShares: (_p, args, ctx) =>
    datasetSharesFor(ctx.knex, ctx.viewer, parseId('datasetId', args.datasetId)),
};
