/**
 * The admin commands behind `npm run admin -- <command>`, separate from the process plumbing in
 * admin.ts so that tests can run them on a test database.
 *
 *   create-user  --email E --name N [--org "Name" [--org-kind KIND] [--role ROLE]]
 *                Creates the user (or, when the address has an account, only adds the membership)
 *                and the organization when no organization has that name or slug.
 *   set-password --email E
 *                Sets a new password, clears any lockout and signs the user out everywhere.
 *
 * Passwords never come from the command line (they would stay in the shell history and the
 * process list): they are read from FAIRSHARE_ADMIN_PASSWORD or typed at a hidden prompt.
 */
import { parseArgs } from 'node:util';
import type { Knex } from 'knex';
import { ORGANIZATION_KINDS, ROLES, type OrganizationKind, type Role } from '../../core/vocabulary';
import { recordAudit } from '../auth/audit';
import { assertAcceptablePassword, hashPassword } from '../auth/passwords';
import { deleteUserSessions } from '../auth/sessions';
import { assertEmail, cleanDisplayName, normalizeEmail, upsertMembership } from '../data/accounts';
import { T, type DbOrganization } from '../db/tables';

export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE = `Usage:
  npm run admin -- create-user --email EMAIL --name "Display Name" [--org "Organization" [--org-kind KIND] [--role ROLE]]
  npm run admin -- set-password --email EMAIL

The password is read from FAIRSHARE_ADMIN_PASSWORD, or asked for at a hidden prompt.
KIND: ${ORGANIZATION_KINDS.join(', ')} (needed when the organization does not exist yet).
ROLE: ${ROLES.join(', ')} (default admin).`;

export interface CommandIo {
  /** Returns the password to use (from the environment or a prompt). */
  readPassword(purpose: string): Promise<string>;
  print(line: string): void;
}

function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'organization';
}

function validationMessage(err: unknown): never {
  if (err instanceof Error && 'extensions' in err) throw new UsageError(err.message);
  throw err;
}

async function passwordFor(io: CommandIo, email: string, displayName: string): Promise<string> {
  const password = await io.readPassword(`password for ${email}`);
  try {
    assertAcceptablePassword('password', password, { email, displayName });
  } catch (err) {
    validationMessage(err);
  }
  return password;
}

/** Finds an organization by name (any case) or slug, or creates it when a kind is given. */
async function findOrCreateOrganization(
  trx: Knex.Transaction,
  name: string,
  kind: OrganizationKind | undefined,
): Promise<{ organization: DbOrganization; created: boolean }> {
  const slug = slugify(name);
  const existing = await trx(T.organizations)
    .whereRaw('lower(name) = ?', [name.toLowerCase()])
    .orWhere('slug', slug)
    .orderBy('id')
    .first<DbOrganization | undefined>('*');
  if (existing) {
    if (kind && existing.kind !== kind) {
      throw new UsageError(
        `The organization "${existing.name}" exists with kind ${existing.kind}, not ${kind}; leave out --org-kind or fix it.`,
      );
    }
    return { organization: existing, created: false };
  }
  if (!kind) {
    throw new UsageError(
      `There is no organization named "${name}". Add --org-kind (${ORGANIZATION_KINDS.join(', ')}) to create it.`,
    );
  }
  const [organization] = await trx(T.organizations)
    .insert({ slug, name, kind, country: 'US', is_illustrative: false })
    .returning<DbOrganization[]>('*');
  return { organization: organization!, created: true };
}

async function createUser(knex: Knex, argv: string[], io: CommandIo): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      org: { type: 'string' },
      'org-kind': { type: 'string' },
      role: { type: 'string' },
    },
    strict: true,
  });
  if (!values.email || !values.name) throw new UsageError('create-user needs --email and --name.');
  const email = normalizeEmail(values.email);
  let displayName: string;
  try {
    assertEmail('email', email);
    displayName = cleanDisplayName('name', values.name);
  } catch (err) {
    validationMessage(err);
  }
  const kind = values['org-kind']?.toUpperCase();
  if (kind && !(ORGANIZATION_KINDS as readonly string[]).includes(kind)) {
    throw new UsageError(
      `--org-kind must be one of ${ORGANIZATION_KINDS.join(', ')} (got "${values['org-kind']}").`,
    );
  }
  const role = (values.role ?? 'admin').toLowerCase();
  if (!(ROLES as readonly string[]).includes(role)) {
    throw new UsageError(`--role must be one of ${ROLES.join(', ')} (got "${values.role}").`);
  }
  if (!values.org && (values['org-kind'] || values.role)) {
    throw new UsageError('--org-kind and --role need --org "Organization name".');
  }

  const existing = await knex(T.users)
    .where('email', email)
    .first<{ id: number } | undefined>('id');
  const passwordHash = existing
    ? null
    : await hashPassword(await passwordFor(io, email, displayName));

  await knex.transaction(async (trx) => {
    let userId: number;
    if (existing) {
      userId = existing.id;
      io.print(`${email} already has an account (user ${userId}); its password is unchanged.`);
    } else {
      const [row] = await trx(T.users)
        .insert({ email, display_name: displayName, password_hash: passwordHash })
        .returning<{ id: number }[]>('id');
      userId = row!.id;
      await recordAudit(trx, {
        action: 'user_create',
        actorUserId: null,
        entity: 'user',
        entityId: userId,
        details: { via: 'admin command' },
      });
      io.print(`Created user ${userId}: ${displayName} <${email}>.`);
    }
    if (values.org) {
      const { organization, created } = await findOrCreateOrganization(
        trx,
        values.org.trim(),
        kind as OrganizationKind | undefined,
      );
      if (created)
        io.print(
          `Created organization ${organization.id}: ${organization.name} (${organization.kind}).`,
        );
      await upsertMembership(trx, userId, organization.id, role as Role);
      await recordAudit(trx, {
        action: 'role_change',
        actorUserId: null,
        organizationId: organization.id,
        entity: 'user',
        entityId: userId,
        details: { to: role, via: 'admin command' },
      });
      io.print(`${email} is ${role} of ${organization.name}.`);
    }
  });
}

async function setPassword(knex: Knex, argv: string[], io: CommandIo): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { email: { type: 'string' } },
    strict: true,
  });
  if (!values.email) throw new UsageError('set-password needs --email.');
  const email = normalizeEmail(values.email);
  const user = await knex(T.users)
    .where('email', email)
    .first<{ id: number; display_name: string } | undefined>('id', 'display_name');
  if (!user) throw new UsageError(`There is no account with the address ${email}.`);
  const passwordHash = await hashPassword(await passwordFor(io, email, user.display_name));
  await knex.transaction(async (trx) => {
    await trx(T.users)
      .where('id', user.id)
      .update({ password_hash: passwordHash, failed_signins: 0, locked_until: null });
    const ended = await deleteUserSessions(trx, user.id);
    await recordAudit(trx, {
      action: 'password_reset',
      actorUserId: null,
      entity: 'user',
      entityId: user.id,
      details: { via: 'admin command', signedOutEverywhere: ended },
    });
  });
  io.print(`The password of ${email} is set; they were signed out everywhere.`);
}

/** Runs one admin command; throws UsageError with a message for the person at the terminal. */
export async function runAdminCommand(knex: Knex, argv: string[], io: CommandIo): Promise<void> {
  if (argv.some((a) => a === '--password' || a.startsWith('--password='))) {
    throw new UsageError(
      'Passwords are not accepted on the command line (they would stay in the shell history). Set FAIRSHARE_ADMIN_PASSWORD or type it at the prompt.',
    );
  }
  const [command, ...rest] = argv;
  try {
    if (command === 'create-user') return await createUser(knex, rest, io);
    if (command === 'set-password') return await setPassword(knex, rest, io);
  } catch (err) {
    if (
      err instanceof TypeError &&
      'code' in err &&
      String(err.code).startsWith('ERR_PARSE_ARGS')
    ) {
      throw new UsageError(err.message);
    }
    throw err;
  }
  throw new UsageError(command ? `Unknown command "${command}".` : 'Name a command.');
}
