/**
 * Organizations and members: invitations by admins, joining at sign-up or later, role changes and
 * removals taking effect on the next request, the last admin kept, and the audit log that admins
 * (only) read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INVITATION_INVALID } from '../../../api/auth/account';
import { describeEachBackend } from '../../helpers/db';
import { startTestApp, type RunningApp } from '../../helpers/server';
import { Client, codes, makeOrganization, makeUser, PASSWORD, signedIn } from './helpers';

const INVITE = `mutation($org: ID!, $email: String!, $role: Role!) {
  inviteMember(organizationId: $org, email: $email, role: $role) {
    token invitation { id email role organization { slug } expiresAt }
  }
}`;
const MEMBERS = `query($org: ID!) { members(organizationId: $org) { userId email displayName role } }`;
const AUDIT = `query($org: ID!, $first: Int, $after: String) {
  auditLog(organizationId: $org, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { action actorUserId actorName entity entityId details }
  }
}`;

describeEachBackend('organizations and members', (db) => {
  let app: RunningApp;
  let org: number;
  let otherOrg: number;
  let admin: Client;
  let adminId: number;
  beforeAll(async () => {
    org = await makeOrganization(db().knex, 'epsilon', 'FUNDER');
    otherOrg = await makeOrganization(db().knex, 'zeta');
    adminId = await makeUser(db().knex, 'ada@epsilon.org', [[org, 'admin']]);
    await makeUser(db().knex, 'sam@epsilon.org', [[org, 'steward']]);
    await makeUser(db().knex, 'zed@zeta.org', [[otherOrg, 'admin']]);
    await makeUser(db().knex, 'existing@person.org');
    app = await startTestApp(db(), { SIGNIN_RATE_LIMIT: '1000' });
    admin = await signedIn(app.url, 'ada@epsilon.org');
  });
  afterAll(async () => {
    await app.close();
  });

  const invite = (client: Client, email: string, role = 'ANALYST', organization = org) =>
    client.gql(INVITE, { org: String(organization), email, role });

  describe('invitations', () => {
    it('lets an admin invite; the token is shown once and stored as a digest', async () => {
      const res = await invite(admin, 'New.Analyst@Example.org');
      const created = res.body.data!.inviteMember;
      expect(created.token).toMatch(/^fsi_[A-Za-z0-9_-]{43}$/);
      expect(created.invitation).toMatchObject({
        email: 'new.analyst@example.org',
        role: 'ANALYST',
        organization: { slug: 'epsilon' },
      });
      // 14 days, give or take the test's own duration
      const days = (Date.parse(created.invitation.expiresAt) - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(13.99);
      expect(days).toBeLessThanOrEqual(14);
      const row = await db().knex('invitations').where('id', created.invitation.id).first();
      expect(JSON.stringify(row)).not.toContain(created.token);
      const pending = await admin.gql(
        `query($org: ID!) { invitations(organizationId: $org) { email } }`,
        { org: String(org) },
      );
      expect(pending.body.data!.invitations).toEqual([{ email: 'new.analyst@example.org' }]);
    });

    it('refuses invitations from non-admins and anonymous callers', async () => {
      const steward = await signedIn(app.url, 'sam@epsilon.org');
      expect(codes(await invite(steward, 'x@example.org'))).toEqual(['FORBIDDEN']);
      expect(codes(await invite(new Client(app.url), 'x@example.org'))).toEqual([
        'UNAUTHENTICATED',
      ]);
      const zed = await signedIn(app.url, 'zed@zeta.org');
      expect(codes(await invite(zed, 'x@example.org'))).toEqual(['FORBIDDEN']);
    });

    it('joins a new account to the organization at sign-up with a matching invitation', async () => {
      const { token } = (await invite(admin, 'joiner@example.org', 'STEWARD')).body.data!
        .inviteMember;
      const signUp = `mutation($input: SignUpInput!) { signUp(input: $input) { message } }`;
      const wrongEmail = await new Client(app.url).gql(signUp, {
        input: {
          email: 'someone.else@example.org',
          password: PASSWORD,
          displayName: 'S',
          invitationToken: token,
        },
      });
      expect(codes(wrongEmail)).toEqual(['BAD_USER_INPUT']);
      expect(wrongEmail.body.errors![0]!.message).toBe(INVITATION_INVALID);
      await new Client(app.url).gql(signUp, {
        input: {
          email: 'joiner@example.org',
          password: PASSWORD,
          displayName: 'Joiner',
          invitationToken: token,
        },
      });
      const joiner = await signedIn(app.url, 'joiner@example.org');
      const me = (await joiner.gql(`{ myOrganizations { role organization { slug } } }`)).body.data!
        .myOrganizations;
      expect(me).toEqual([{ role: 'STEWARD', organization: { slug: 'epsilon' } }]);
      // used up
      const again = await new Client(app.url).gql(signUp, {
        input: {
          email: 'joiner@example.org',
          password: PASSWORD,
          displayName: 'J',
          invitationToken: token,
        },
      });
      expect(codes(again)).toEqual(['BAD_USER_INPUT']);
    });

    it('lets an existing account accept an invitation addressed to it, and nobody else', async () => {
      const { token } = (await invite(admin, 'existing@person.org', 'VIEWER')).body.data!
        .inviteMember;
      const ACCEPT = `mutation($t: String!) { acceptInvitation(token: $t) { role organization { slug } } }`;
      const zed = await signedIn(app.url, 'zed@zeta.org');
      expect(codes(await zed.gql(ACCEPT, { t: token }))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await new Client(app.url).gql(ACCEPT, { t: token }))).toEqual([
        'UNAUTHENTICATED',
      ]);
      const person = await signedIn(app.url, 'existing@person.org');
      const res = await person.gql(ACCEPT, { t: token });
      expect(res.body.data!.acceptInvitation).toEqual({
        role: 'VIEWER',
        organization: { slug: 'epsilon' },
      });
    });

    it('refuses expired and withdrawn invitations', async () => {
      const a = (await invite(admin, 'late@example.org')).body.data!.inviteMember;
      await db()
        .knex('invitations')
        .where('id', a.invitation.id)
        .update({ expires_at: new Date(Date.now() - 1000) });
      const b = (await invite(admin, 'withdrawn@example.org')).body.data!.inviteMember;
      const revoke = await admin.gql(`mutation($id: ID!) { revokeInvitation(id: $id) }`, {
        id: b.invitation.id,
      });
      expect(revoke.body.data!.revokeInvitation).toBe(true);
      const signUp = `mutation($input: SignUpInput!) { signUp(input: $input) { message } }`;
      for (const [email, token] of [
        ['late@example.org', a.token],
        ['withdrawn@example.org', b.token],
      ]) {
        const res = await new Client(app.url).gql(signUp, {
          input: { email, password: PASSWORD, displayName: 'L', invitationToken: token },
        });
        expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      }
    });

    it('refuses to invite someone who is already a member', async () => {
      const res = await invite(admin, 'sam@epsilon.org');
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.body.errors![0]!.message).toMatch(/already a member/);
    });
  });

  describe('roles', () => {
    it('lists members for admins only', async () => {
      const res = await admin.gql(MEMBERS, { org: String(org) });
      const emails = (res.body.data!.members as { email: string }[]).map((m) => m.email);
      expect(emails).toEqual(expect.arrayContaining(['ada@epsilon.org', 'sam@epsilon.org']));
      const steward = await signedIn(app.url, 'sam@epsilon.org');
      expect(codes(await steward.gql(MEMBERS, { org: String(org) }))).toEqual(['FORBIDDEN']);
      expect(codes(await new Client(app.url).gql(MEMBERS, { org: String(org) }))).toEqual([
        'UNAUTHENTICATED',
      ]);
    });

    it('changes a role, effective on the member’s next request', async () => {
      const sam = await signedIn(app.url, 'sam@epsilon.org');
      const samId = (await db().knex('users').where('email', 'sam@epsilon.org').first()).id;
      const CHANGE = `mutation($org: ID!, $user: ID!, $role: Role!) { changeMemberRole(organizationId: $org, userId: $user, role: $role) { role } }`;
      const res = await admin.gql(CHANGE, { org: String(org), user: String(samId), role: 'ADMIN' });
      expect(res.body.data!.changeMemberRole).toEqual({ role: 'ADMIN' });
      // Sam is admin now, without signing in again.
      expect((await sam.gql(MEMBERS, { org: String(org) })).body.errors).toBeUndefined();
      await admin.gql(CHANGE, { org: String(org), user: String(samId), role: 'STEWARD' });
      expect(codes(await sam.gql(MEMBERS, { org: String(org) }))).toEqual(['FORBIDDEN']);
    });

    it('keeps at least one admin', async () => {
      const CHANGE = `mutation($org: ID!, $user: ID!) { changeMemberRole(organizationId: $org, userId: $user, role: VIEWER) { role } }`;
      const REMOVE = `mutation($org: ID!, $user: ID!) { removeMember(organizationId: $org, userId: $user) }`;
      for (const q of [CHANGE, REMOVE]) {
        const res = await admin.gql(q, { org: String(org), user: String(adminId) });
        expect(codes(res)).toEqual(['FORBIDDEN']);
        expect(res.body.errors![0]!.message).toMatch(/at least one admin/);
      }
    });

    it('removes a member, who loses access at once', async () => {
      await makeUser(db().knex, 'temp@epsilon.org', [[org, 'viewer']]);
      const temp = await signedIn(app.url, 'temp@epsilon.org');
      await db().knex('datasets').insert({
        slug: 'epsilon-private',
        name: 'Epsilon private',
        source: 's',
        citation: 'c',
        confidence: 'primary',
        visibility: 'private',
        owner_organization_id: org,
      });
      const Q = `{ datasets(first: 10, filter: { search: "Epsilon private" }) { totalCount } }`;
      expect((await temp.gql(Q)).body.data!.datasets.totalCount).toBe(1);
      const tempId = (await db().knex('users').where('email', 'temp@epsilon.org').first()).id;
      const res = await admin.gql(
        `mutation($org: ID!, $user: ID!) { removeMember(organizationId: $org, userId: $user) }`,
        { org: String(org), user: String(tempId) },
      );
      expect(res.body.data!.removeMember).toBe(true);
      expect((await temp.gql(Q)).body.data!.datasets.totalCount).toBe(0);
    });
  });

  describe('audit log', () => {
    it('records sign-ins, invitations and role changes for the organization’s admins', async () => {
      const res = await admin.gql(AUDIT, { org: String(org), first: 200 });
      const actions = (res.body.data!.auditLog.nodes as { action: string }[]).map((n) => n.action);
      for (const action of [
        'sign_in',
        'invitation_create',
        'invitation_accept',
        'invitation_revoke',
        'role_change',
        'member_remove',
      ]) {
        expect(actions).toContain(action);
      }
      const change = (
        res.body.data!.auditLog.nodes as { action: string; details: string; actorName: string }[]
      ).find((n) => n.action === 'role_change')!;
      expect(change.actorName).toBe('ada');
    });

    it('shows role changes with the old and new role, newest first', async () => {
      const nodes = (await admin.gql(AUDIT, { org: String(org), first: 200 })).body.data!.auditLog
        .nodes as { action: string; details: string }[];
      const changes = nodes
        .filter((n) => n.action === 'role_change')
        .map((n) => JSON.parse(n.details));
      // Sam: steward -> admin, then admin -> steward; newest first.
      expect(changes).toEqual([
        { from: 'admin', to: 'steward' },
        { from: 'steward', to: 'admin' },
      ]);
    });

    it('pages with a cursor', async () => {
      const first = (await admin.gql(AUDIT, { org: String(org), first: 2 })).body.data!.auditLog;
      expect(first.nodes).toHaveLength(2);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = (
        await admin.gql(AUDIT, { org: String(org), first: 2, after: first.pageInfo.endCursor })
      ).body.data!.auditLog;
      expect(second.nodes).toHaveLength(2);
      expect(second.totalCount).toBe(first.totalCount);
    });

    it('is not readable by non-admins or by another organization’s admin, and does not mix organizations', async () => {
      const sam = await signedIn(app.url, 'sam@epsilon.org');
      expect(codes(await sam.gql(AUDIT, { org: String(org) }))).toEqual(['FORBIDDEN']);
      const zed = await signedIn(app.url, 'zed@zeta.org');
      expect(codes(await zed.gql(AUDIT, { org: String(org) }))).toEqual(['FORBIDDEN']);
      const zetaLog = (await zed.gql(AUDIT, { org: String(otherOrg), first: 200 })).body.data!
        .auditLog.nodes as { actorName: string | null }[];
      expect(zetaLog.every((n) => n.actorName === 'zed')).toBe(true);
    });
  });
});
