/**
 * The signed-in user of a request, for resolvers that need more than the Viewer's ids (a name to
 * show, an email to compare): `await currentUser(ctx)` is null for an anonymous caller;
 * `await requireUser(ctx)` throws UNAUTHENTICATED instead.
 */
import type { Knex } from 'knex';
import { userById, type UserRow } from '../data/accounts';
import { UnauthenticatedError } from '../errors';
import type { Viewer } from '../viewer';

export async function currentUser(ctx: { knex: Knex; viewer: Viewer }): Promise<UserRow | null> {
  if (ctx.viewer.userId === null) return null;
  return (await userById(ctx.knex, ctx.viewer.userId)) ?? null;
}

export async function requireUser(ctx: { knex: Knex; viewer: Viewer }): Promise<UserRow> {
  const user = await currentUser(ctx);
  if (!user) throw new UnauthenticatedError();
  return user;
}
