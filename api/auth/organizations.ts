/**
 * Organizations created by their own people: at sign-up, or later by a signed-in user who belongs
 * to none. The creator becomes the organization's admin. The operator may turn this off
 * (SIGNUP_CREATES_ORGANIZATIONS=false); the admin CLI (`npm run admin -- create-user --org`) works
 * either way.
 *
 * Names and what a refusal reveals. An organization that exists only through private data (a
 * private import named it) is hidden from outsiders (api/data/visibility.ts), so its name must not
 * become learnable by trying to register it. The rule: a name that an organization listed to
 * everyone already has (any case) is refused, because the refusal repeats what the public
 * organization list says anyway; every other name is accepted, a hidden organization's name
 * exactly like a name no organization has, and the new organization is a separate one. Slugs are
 * unique, so every new organization's slug carries a random suffix: a slug taken by a hidden
 * organization would otherwise show as a suffix that other names do not get.
 */
import { randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import { ORGANIZATION_KINDS, type OrganizationKind } from '../../core/vocabulary';
import { membershipsOf, upsertMembership } from '../data/accounts';
import { insertOrganization, isNameListedPublicly } from '../data/organizations';
import type { DbOrganization } from '../db/tables';
import { slugify } from '../import/referenceRows';
import { BadUserInputError, ForbiddenError } from '../errors';
import { recordAudit } from './audit';

export const MAX_ORGANIZATION_NAME_LENGTH = 120;

export const ORGANIZATIONS_OFF =
  'This server does not let accounts create organizations: leave the organization out, and ask the server’s administrator to create it (npm run admin -- create-user --org) or an organization’s admin to invite you.';

export const NAME_LISTED =
  'An organization with this name is already listed in Fairshare. If it is yours, ask its admin to invite you; otherwise choose a name that tells the two apart.';

export interface NewOrganization {
  name: string;
  kind: OrganizationKind;
}

/**
 * The name trimmed, inner runs of white space as one space; BAD_USER_INPUT naming `field` when
 * empty, too long, or holding control characters (a NUL byte among them).
 */
export function cleanOrganizationName(field: string, name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (/[\u0000-\u001f\u007f]/.test(name.replace(/[\t\n\r]/g, ' '))) {
    throw new BadUserInputError(field, 'The organization name cannot contain control characters.');
  }
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (trimmed.length === 0) throw new BadUserInputError(field, 'Enter the organization’s name.');
  if (trimmed.length > MAX_ORGANIZATION_NAME_LENGTH) {
    throw new BadUserInputError(
      field,
      `The organization name must be at most ${MAX_ORGANIZATION_NAME_LENGTH} characters.`,
    );
  }
  return trimmed;
}

/** Checks a requested organization before any account or row is made (see the module comment). */
export async function checkNewOrganization(
  knex: Knex | Knex.Transaction,
  enabled: boolean,
  field: string,
  requested: { name: string; kind?: OrganizationKind | null },
): Promise<NewOrganization> {
  if (!enabled) throw new ForbiddenError(ORGANIZATIONS_OFF);
  const name = cleanOrganizationName(field, requested.name);
  const kind = requested.kind ?? 'PROVIDER';
  if (!(ORGANIZATION_KINDS as readonly string[]).includes(kind)) {
    throw new BadUserInputError(
      'organizationKind',
      `Choose one of ${ORGANIZATION_KINDS.join(', ')}.`,
    );
  }
  if (await isNameListedPublicly(knex, name)) throw new BadUserInputError(field, NAME_LISTED);
  return { name, kind };
}

/** Creates the organization with `userId` as its admin, audited, in the caller's transaction. */
export async function createOrganizationWithAdmin(
  trx: Knex.Transaction,
  userId: number,
  organization: NewOrganization,
  address: string,
): Promise<DbOrganization> {
  const base = slugify(organization.name).slice(0, 60) || 'organization';
  let created: DbOrganization | undefined;
  while (!created) {
    const slug = `${base}-${randomBytes(3).toString('hex')}`;
    created = await insertOrganization(trx, {
      slug,
      name: organization.name,
      kind: organization.kind,
    });
  }
  await upsertMembership(trx, userId, created.id, 'admin');
  await recordAudit(trx, {
    action: 'organization_create',
    actorUserId: userId,
    organizationId: created.id,
    entity: 'organization',
    entityId: created.id,
    details: { name: created.name, kind: created.kind, address },
  });
  return created;
}

/**
 * For a signed-in user who belongs to no organization: creates one with them as its admin.
 * Returns the new organization's id.
 */
export async function createOwnOrganization(
  knex: Knex,
  enabled: boolean,
  userId: number,
  requested: { name: string; kind?: OrganizationKind | null },
  address: string,
): Promise<number> {
  const organization = await checkNewOrganization(knex, enabled, 'name', requested);
  return knex.transaction(async (trx) => {
    if ((await membershipsOf(trx, userId)).length > 0) {
      throw new ForbiddenError(
        'You already belong to an organization. To add another, ask the server’s administrator (npm run admin -- create-user --org).',
      );
    }
    return (await createOrganizationWithAdmin(trx, userId, organization, address)).id;
  });
}
