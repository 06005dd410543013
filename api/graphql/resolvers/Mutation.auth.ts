/**
 * Mutations of accounts and access: sign-up/in/out, password, API tokens, invitations, roles,
 * pooling datasets with coalitions. Resolvers are thin: rules live in api/auth and api/data.
 */
import { ipKeyGenerator } from 'express-rate-limit';
import { changePassword, signUp } from '../../auth/account';
import { recordAudit } from '../../auth/audit';
import {
  acceptInvitation,
  changeMemberRole,
  inviteMember,
  removeMember,
  revokeInvitation,
} from '../../auth/members';
import { createOwnOrganization } from '../../auth/organizations';
import { rememberViewer, viewerGeneration } from '../../auth/recentViewers';
import { roleFromGraphQL, requireSession } from '../../auth/roles';
import { digest } from '../../auth/secrets';
import {
  clearSessionCookie,
  deleteSession,
  sessionCookieOf,
  setSessionCookie,
} from '../../auth/sessions';
import { signIn, signOut } from '../../auth/signIn';
import { createApiToken, revokeApiToken } from '../../auth/tokens';
import type { GraphQLContext, HttpExchange } from '../../context';
import { membershipsOf, membershipsWithOrganizations } from '../../data/accounts';
import { shareDataset, unshareDataset } from '../../data/datasetShares';
import { BadUserInputError } from '../../errors';
import type { MutationResolvers } from '../generated/resolvers';
import { parseId } from './ids';

function httpOf(ctx: GraphQLContext): HttpExchange {
  if (!ctx.http) throw new Error('Sessions need an HTTP request; this operation ran without one.');
  return ctx.http;
}

/** The caller's address as the rate limits key it (IPv6 grouped by /56). */
function clientAddress(ctx: GraphQLContext): string {
  return ipKeyGenerator(ctx.http?.req.ip ?? 'unknown');
}

const production = (ctx: GraphQLContext) => ctx.config.nodeEnv === 'production';

function cleanTokenName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > 100) {
    throw new BadUserInputError(
      'name',
      'Name the token after what will use it (1 to 100 characters), e.g. "nightly export".',
    );
  }
  return trimmed;
}

export const authMutations: MutationResolvers = {
  signUp: async (_p, { input }, ctx) => ({
    message: await signUp(ctx.knex, input, clientAddress(ctx), {
      createsOrganizations: ctx.config.signUpCreatesOrganizations,
    }),
  }),

  signIn: async (_p, args, ctx) => {
    const { req, res } = httpOf(ctx);
    const previous = sessionCookieOf(req, production(ctx));
    const { user, cookie } = await signIn(ctx.knex, ctx.signInCounters, {
      email: args.email,
      password: args.password,
      address: clientAddress(ctx),
    });
    if (previous) await deleteSession(ctx.knex, previous);
    // Known at once, even while an import later holds the embedded database (recentViewers.ts).
    const generation = viewerGeneration();
    const memberships = await membershipsOf(ctx.knex, user.id);
    rememberViewer(
      digest(cookie),
      { userId: user.id, memberships, via: 'session', tokenScope: null },
      generation,
    );
    setSessionCookie(res, cookie, production(ctx));
    return { ...user, via: 'session', tokenScope: null };
  },

  signOut: async (_p, _a, ctx) => {
    const { req, res } = httpOf(ctx);
    const cookie = sessionCookieOf(req, production(ctx));
    const hadSession = ctx.viewer.via === 'session';
    await signOut(ctx.knex, hadSession ? ctx.viewer.userId : null, cookie);
    if (cookie) clearSessionCookie(res, production(ctx));
    return hadSession;
  },

  changePassword: async (_p, args, ctx) => {
    const userId = requireSession(ctx.viewer);
    const cookie = ctx.http ? sessionCookieOf(ctx.http.req, production(ctx)) : null;
    await changePassword(ctx.knex, userId, args, cookie);
    return true;
  },

  createApiToken: async (_p, args, ctx) => {
    const userId = requireSession(ctx.viewer);
    const name = cleanTokenName(args.name);
    const scope = args.scope === 'WRITE' ? 'write' : 'read';
    return ctx.knex.transaction(async (trx) => {
      const created = await createApiToken(trx, userId, name, scope);
      await recordAudit(trx, {
        action: 'token_create',
        actorUserId: userId,
        entity: 'api_token',
        entityId: created.row.id,
        details: { name, scope, prefix: created.row.prefix },
      });
      return created;
    });
  },

  revokeApiToken: async (_p, args, ctx) => {
    const userId = requireSession(ctx.viewer);
    const tokenId = parseId('id', args.id);
    return ctx.knex.transaction(async (trx) => {
      const row = await revokeApiToken(trx, userId, tokenId);
      await recordAudit(trx, {
        action: 'token_revoke',
        actorUserId: userId,
        entity: 'api_token',
        entityId: tokenId,
        details: { name: row.name, prefix: row.prefix },
      });
      return row;
    });
  },

  inviteMember: (_p, args, ctx) => {
    requireSession(ctx.viewer);
    return inviteMember(ctx.knex, ctx.viewer, {
      organizationId: parseId('organizationId', args.organizationId),
      email: args.email,
      role: roleFromGraphQL(args.role),
    });
  },

  revokeInvitation: async (_p, args, ctx) => {
    requireSession(ctx.viewer);
    await revokeInvitation(ctx.knex, ctx.viewer, parseId('id', args.id));
    return true;
  },

  acceptInvitation: async (_p, args, ctx) => {
    const userId = requireSession(ctx.viewer);
    const { organizationId } = await acceptInvitation(ctx.knex, userId, args.token);
    const memberships = await membershipsWithOrganizations(ctx.knex, userId);
    const joined = memberships.find((m) => m.organization.id === organizationId);
    if (!joined) throw new Error('The membership just created could not be read back.');
    return joined;
  },

  createOrganization: async (_p, args, ctx) => {
    const userId = requireSession(ctx.viewer);
    const organizationId = await createOwnOrganization(
      ctx.knex,
      ctx.config.signUpCreatesOrganizations,
      userId,
      { name: args.name, kind: args.kind },
      clientAddress(ctx),
    );
    const memberships = await membershipsWithOrganizations(ctx.knex, userId);
    const created = memberships.find((m) => m.organization.id === organizationId);
    if (!created) throw new Error('The membership just created could not be read back.');
    return created;
  },

  changeMemberRole: (_p, args, ctx) => {
    requireSession(ctx.viewer);
    return changeMemberRole(ctx.knex, ctx.viewer, {
      organizationId: parseId('organizationId', args.organizationId),
      userId: parseId('userId', args.userId),
      role: roleFromGraphQL(args.role),
    });
  },

  removeMember: async (_p, args, ctx) => {
    requireSession(ctx.viewer);
    await removeMember(ctx.knex, ctx.viewer, {
      organizationId: parseId('organizationId', args.organizationId),
      userId: parseId('userId', args.userId),
    });
    return true;
  },

  shareDataset: (_p, args, ctx) =>
    shareDataset(
      ctx.knex,
      ctx.viewer,
      parseId('datasetId', args.datasetId),
      parseId('coalitionId', args.coalitionId),
    ),

  unshareDataset: (_p, args, ctx) =>
    unshareDataset(
      ctx.knex,
      ctx.viewer,
      parseId('datasetId', args.datasetId),
      parseId('coalitionId', args.coalitionId),
    ),
};
