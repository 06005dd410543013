/**
 * Data access for users and memberships. Functions take the knex (or transaction) first. Rows
 * returned to resolvers never include password hashes: use USER_COLUMNS.
 */
import type { Knex } from 'knex';
import type { Role } from '../../core/vocabulary';
import { T, type DbMembership, type DbOrganization, type DbUser } from '../db/tables';
import { BadUserInputError } from '../errors';
import { forgetRecentViewers } from '../auth/recentViewers';
import type { Membership } from '../viewer';

/** A user as the API shows it: no password hash, no lockout counters. */
export type UserRow = Pick<DbUser, 'id' | 'email' | 'display_name' | 'created_at'>;
export const USER_COLUMNS = ['id', 'email', 'display_name', 'created_at'] as const;

export const MAX_EMAIL_LENGTH = 254;
export const MAX_NAME_LENGTH = 120;

/** Emails are compared and stored trimmed and lower-cased (users.email has a CHECK for it). */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Throws BAD_USER_INPUT naming `field` unless `email` (normalized) looks like an address. */
export function assertEmail(field: string, email: string): void {
  if (email.length === 0) throw new BadUserInputError(field, 'Enter an email address.');
  if (email.length > MAX_EMAIL_LENGTH || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    throw new BadUserInputError(
      field,
      'Enter an email address of the form name@example.org (at most 254 characters).',
    );
  }
}

/** The display name trimmed; BAD_USER_INPUT naming `field` when empty or too long. */
export function cleanDisplayName(field: string, name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (trimmed.length === 0) throw new BadUserInputError(field, 'Enter a name to show to others.');
  if (trimmed.length > MAX_NAME_LENGTH) {
    throw new BadUserInputError(field, `The name must be at most ${MAX_NAME_LENGTH} characters.`);
  }
  return trimmed;
}

/** The full row, hash included: for sign-in and password change only. */
export function userWithSecretsByEmail(
  knex: Knex | Knex.Transaction,
  email: string,
): Promise<DbUser | undefined> {
  return knex(T.users).where('email', normalizeEmail(email)).first<DbUser | undefined>('*');
}

export function userWithSecretsById(
  knex: Knex | Knex.Transaction,
  id: number,
): Promise<DbUser | undefined> {
  return knex(T.users).where('id', id).first<DbUser | undefined>('*');
}

export function userById(knex: Knex | Knex.Transaction, id: number): Promise<UserRow | undefined> {
  return knex(T.users)
    .where('id', id)
    .whereNull('disabled_at')
    .first<UserRow | undefined>([...USER_COLUMNS]);
}

/** Creates a user; `passwordHash` is an argon2id hash, never a plaintext password. */
export async function insertUser(
  trx: Knex | Knex.Transaction,
  user: { email: string; displayName: string; passwordHash: string },
): Promise<UserRow> {
  const [row] = await trx(T.users)
    .insert({
      email: normalizeEmail(user.email),
      display_name: user.displayName,
      password_hash: user.passwordHash,
    })
    .returning<UserRow[]>([...USER_COLUMNS]);
  return row!;
}

/**
 * Creates the user unless the address has an account already; returns the new id, or undefined
 * when nothing was created (the caller says the same either way).
 */
export async function insertUserIfNew(
  trx: Knex | Knex.Transaction,
  user: { email: string; displayName: string; passwordHash: string },
): Promise<number | undefined> {
  const [created] = await trx(T.users)
    .insert({
      email: normalizeEmail(user.email),
      display_name: user.displayName,
      password_hash: user.passwordHash,
    })
    .onConflict('email')
    .ignore()
    .returning<{ id: number }[]>('id');
  return created?.id;
}

export async function userIdByEmail(
  knex: Knex | Knex.Transaction,
  email: string,
): Promise<number | undefined> {
  const row = await knex(T.users)
    .where('email', normalizeEmail(email))
    .first<{ id: number } | undefined>('id');
  return row?.id;
}

/** Stores a new argon2id hash for the user. */
export async function setPasswordHash(
  trx: Knex | Knex.Transaction,
  userId: number,
  passwordHash: string,
): Promise<void> {
  await trx(T.users).where('id', userId).update({ password_hash: passwordHash });
}

/** Counts one more failed sign-in for the user; returns the new count. */
export async function countFailedSignIn(trx: Knex.Transaction, userId: number): Promise<number> {
  const [row] = await trx(T.users)
    .where('id', userId)
    .increment('failed_signins', 1)
    .returning<{ failed_signins: number }[]>('failed_signins');
  return row!.failed_signins;
}

export async function lockUserUntil(
  trx: Knex | Knex.Transaction,
  userId: number,
  until: Date,
): Promise<void> {
  await trx(T.users).where('id', userId).update({ locked_until: until });
}

/** After a good sign-in: forgets the failures and lock, and stores a rehashed password if any. */
export async function clearSignInFailures(
  trx: Knex | Knex.Transaction,
  userId: number,
  rehashed: string | null,
): Promise<void> {
  await trx(T.users)
    .where('id', userId)
    .update({
      failed_signins: 0,
      locked_until: null,
      ...(rehashed ? { password_hash: rehashed } : {}),
    });
}

/** The user's memberships, as a Viewer carries them. */
export async function membershipsOf(
  knex: Knex | Knex.Transaction,
  userId: number,
): Promise<Membership[]> {
  const rows = await knex(T.memberships)
    .where('user_id', userId)
    .orderBy('organization_id')
    .select<Pick<DbMembership, 'organization_id' | 'role'>[]>('organization_id', 'role');
  return rows.map((r) => ({ organizationId: r.organization_id, role: r.role }));
}

/** A membership with its organization, for Query.myOrganizations and CurrentUser.memberships. */
export interface MembershipRow {
  organization: DbOrganization;
  role: Role;
  since: Date;
}

export async function membershipsWithOrganizations(
  knex: Knex | Knex.Transaction,
  userId: number,
): Promise<MembershipRow[]> {
  const rows = await knex(T.memberships)
    .join(T.organizations, 'organizations.id', 'memberships.organization_id')
    .where('memberships.user_id', userId)
    .orderBy([{ column: 'organizations.name' }, { column: 'organizations.id' }])
    .select<(DbOrganization & { m_role: Role; m_since: Date })[]>(
      'organizations.*',
      'memberships.role as m_role',
      'memberships.created_at as m_since',
    );
  return rows.map(({ m_role, m_since, ...organization }) => ({
    organization,
    role: m_role,
    since: m_since,
  }));
}

/** A member of an organization as its admins see it. */
export interface MemberRow {
  user_id: number;
  organization_id: number;
  email: string;
  display_name: string;
  role: Role;
  since: Date;
}

const MEMBER_COLUMNS = [
  'memberships.user_id',
  'memberships.organization_id',
  'users.email',
  'users.display_name',
  'memberships.role',
  'memberships.created_at as since',
] as const;

export function membersOf(knex: Knex | Knex.Transaction, organizationId: number): Promise<MemberRow[]> {
  return knex(T.memberships)
    .join(T.users, 'users.id', 'memberships.user_id')
    .where('memberships.organization_id', organizationId)
    .orderBy([{ column: 'users.display_name' }, { column: 'users.id' }])
    .select<MemberRow[]>([...MEMBER_COLUMNS]);
}

export function memberOf(
  knex: Knex | Knex.Transaction,
  organizationId: number,
  userId: number,
): Promise<MemberRow | undefined> {
  return knex(T.memberships)
    .join(T.users, 'users.id', 'memberships.user_id')
    .where({ 'memberships.organization_id': organizationId, 'memberships.user_id': userId })
    .first<MemberRow | undefined>([...MEMBER_COLUMNS]);
}

/** The member of the organization with this address, if any. */
export async function memberIdByEmail(
  knex: Knex | Knex.Transaction,
  organizationId: number,
  email: string,
): Promise<number | undefined> {
  const row = await knex(T.memberships)
    .join(T.users, 'users.id', 'memberships.user_id')
    .where({ 'memberships.organization_id': organizationId, 'users.email': normalizeEmail(email) })
    .first<{ id: number } | undefined>('users.id');
  return row?.id;
}

export async function deleteMembership(
  trx: Knex | Knex.Transaction,
  organizationId: number,
  userId: number,
): Promise<void> {
  forgetRecentViewers();
  await trx(T.memberships).where({ organization_id: organizationId, user_id: userId }).delete();
}

/** Adds a membership, or changes its role when it exists. */
export async function upsertMembership(
  trx: Knex | Knex.Transaction,
  userId: number,
  organizationId: number,
  role: Role,
): Promise<void> {
  forgetRecentViewers();
  await trx(T.memberships)
    .insert({ user_id: userId, organization_id: organizationId, role })
    .onConflict(['user_id', 'organization_id'])
    .merge(['role']);
}

/**
 * Number of admins of an organization, locking their membership rows until the transaction ends
 * so that two concurrent demotions cannot both see "another admin is left".
 */
export async function countAdmins(trx: Knex.Transaction, organizationId: number): Promise<number> {
  const rows = await trx(T.memberships)
    .where({ organization_id: organizationId, role: 'admin' })
    .forUpdate()
    .select('user_id');
  return rows.length;
}

/** The signed-in user with how this request was authenticated (GraphQL CurrentUser). */
export type CurrentUserRow = UserRow & {
  via: 'session' | 'token';
  tokenScope: 'read' | 'write' | null;
};
