/**
 * Organization membership: invitations by an admin, acceptance by the invitee, role changes and
 * removals. Every change is recorded in the audit log of the organization, in the same
 * transaction. An organization always keeps at least one admin.
 */
import type { Knex } from 'knex';
import type { Role } from '../../core/vocabulary';
import {
  assertEmail,
  countAdmins,
  deleteMembership,
  memberIdByEmail,
  memberOf,
  normalizeEmail,
  upsertMembership,
  userById,
  type MemberRow,
} from '../data/accounts';
import {
  createInvitation,
  deleteInvitation,
  invitationById,
  markInvitationAccepted,
  pendingInvitationByToken,
  type InvitationRow,
} from '../data/invitations';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../errors';
import type { Viewer } from '../viewer';
import { INVITATION_INVALID } from './account';
import { recordAudit } from './audit';
import { requireRole } from './roles';

const LAST_ADMIN = 'An organization must keep at least one admin: make another member admin first.';

export async function inviteMember(
  knex: Knex,
  viewer: Viewer,
  input: { organizationId: number; email: string; role: Role },
): Promise<{ token: string; row: InvitationRow }> {
  const adminId = requireRole(viewer, input.organizationId, 'admin');
  const email = normalizeEmail(input.email);
  assertEmail('email', email);
  return knex.transaction(async (trx) => {
    if ((await memberIdByEmail(trx, input.organizationId, email)) !== undefined) {
      throw new BadUserInputError(
        'email',
        `${email} is already a member of this organization; change their role instead.`,
      );
    }
    const created = await createInvitation(trx, {
      organizationId: input.organizationId,
      email,
      role: input.role,
      invitedBy: adminId,
    });
    await recordAudit(trx, {
      action: 'invitation_create',
      actorUserId: adminId,
      organizationId: input.organizationId,
      entity: 'invitation',
      entityId: created.row.id,
      details: { email, role: input.role },
    });
    return created;
  });
}

export async function revokeInvitation(
  knex: Knex,
  viewer: Viewer,
  invitationId: number,
): Promise<void> {
  await knex.transaction(async (trx) => {
    const invitation = await invitationById(trx, invitationId);
    // Not an admin of its organization: answer as if it did not exist.
    if (
      !invitation ||
      !viewer.memberships.some(
        (m) => m.organizationId === invitation.organization_id && m.role === 'admin',
      )
    ) {
      throw new NotFoundError(`There is no invitation with id ${invitationId} that you manage.`);
    }
    const adminId = requireRole(viewer, invitation.organization_id, 'admin');
    if (invitation.accepted_at) {
      throw new BadUserInputError(
        'id',
        'This invitation has been accepted already; remove the member instead.',
      );
    }
    await deleteInvitation(trx, invitationId);
    await recordAudit(trx, {
      action: 'invitation_revoke',
      actorUserId: adminId,
      organizationId: invitation.organization_id,
      entity: 'invitation',
      entityId: invitationId,
      details: { email: invitation.email, role: invitation.role },
    });
  });
}

/** Joins the signed-in user to the inviting organization. */
export async function acceptInvitation(
  knex: Knex,
  userId: number,
  token: string,
): Promise<{ organizationId: number; role: Role }> {
  const user = await userById(knex, userId);
  const invitation = await pendingInvitationByToken(knex, token.trim());
  if (!user || !invitation || invitation.email !== user.email) {
    throw new BadUserInputError('token', INVITATION_INVALID);
  }
  return knex.transaction(async (trx) => {
    const existing = await memberOf(trx, invitation.organization_id, userId);
    if (existing) {
      throw new BadUserInputError(
        'token',
        `You are already a member of this organization, as ${existing.role}.`,
      );
    }
    await upsertMembership(trx, userId, invitation.organization_id, invitation.role);
    await markInvitationAccepted(trx, invitation.id);
    await recordAudit(trx, {
      action: 'invitation_accept',
      actorUserId: userId,
      organizationId: invitation.organization_id,
      entity: 'invitation',
      entityId: invitation.id,
      details: { role: invitation.role, userId },
    });
    return { organizationId: invitation.organization_id, role: invitation.role };
  });
}

async function existingMember(
  trx: Knex.Transaction,
  organizationId: number,
  userId: number,
): Promise<MemberRow> {
  const member = await memberOf(trx, organizationId, userId);
  if (!member) throw new NotFoundError(`User ${userId} is not a member of this organization.`);
  return member;
}

export async function changeMemberRole(
  knex: Knex,
  viewer: Viewer,
  input: { organizationId: number; userId: number; role: Role },
): Promise<MemberRow> {
  const adminId = requireRole(viewer, input.organizationId, 'admin');
  return knex.transaction(async (trx) => {
    const member = await existingMember(trx, input.organizationId, input.userId);
    if (member.role === input.role) return member;
    if (member.role === 'admin' && (await countAdmins(trx, input.organizationId)) <= 1) {
      throw new ForbiddenError(LAST_ADMIN);
    }
    await upsertMembership(trx, input.userId, input.organizationId, input.role);
    await recordAudit(trx, {
      action: 'role_change',
      actorUserId: adminId,
      organizationId: input.organizationId,
      entity: 'user',
      entityId: input.userId,
      details: { from: member.role, to: input.role },
    });
    return { ...member, role: input.role };
  });
}

export async function removeMember(
  knex: Knex,
  viewer: Viewer,
  input: { organizationId: number; userId: number },
): Promise<void> {
  const adminId = requireRole(viewer, input.organizationId, 'admin');
  await knex.transaction(async (trx) => {
    const member = await existingMember(trx, input.organizationId, input.userId);
    if (member.role === 'admin' && (await countAdmins(trx, input.organizationId)) <= 1) {
      throw new ForbiddenError(LAST_ADMIN);
    }
    await deleteMembership(trx, input.organizationId, input.userId);
    await recordAudit(trx, {
      action: 'member_remove',
      actorUserId: adminId,
      organizationId: input.organizationId,
      entity: 'user',
      entityId: input.userId,
      details: { role: member.role },
    });
  });
}
