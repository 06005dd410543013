/**
 * Sign-up creating an organization (SIGNUP_CREATES_ORGANIZATIONS): the creator is its admin and
 * can invite; the operator can turn it off; bad names are refused; and trying names reveals
 * nothing about organizations that exist only through private data (api/auth/organizations.ts).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SIGN_UP_DONE } from '../../../api/auth/account';
import { NAME_LISTED, ORGANIZATIONS_OFF } from '../../../api/auth/organizations';
import { describeEachBackend } from '../../helpers/db';
import { startTestApp, type RunningApp } from '../../helpers/server';
import { GRANT_HEADER, importText } from '../import/helpers';
import { Client, codes, makeOrganization, makeUser, PASSWORD, signedIn } from './helpers';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { message } }`;
const ME = `{ me { memberships { role organization { id name kind slug } } } }`;
const HIDDEN = 'Quiet Harbor Trust'; // named only by a private import
const PUBLIC_FUNDER = 'Open Fields Foundation'; // named by public data

function input(email: string, organizationName?: string | null, extra: object = {}) {
  return {
    input: {
      email,
      password: PASSWORD,
      displayName: email.split('@')[0],
      ...(organizationName === undefined ? {} : { organizationName }),
      ...extra,
    },
  };
}

describeEachBackend('sign-up creates an organization', (db) => {
  let app: RunningApp;
  let closed: RunningApp;
  let hiddenId: number;
  const anonymous = () => new Client(app.url);
  const organizationsNamed = (name: string) =>
    db()
      .knex('organizations')
      .whereRaw('lower(name) = lower(?)', [name])
      .select<{ id: number; slug: string }[]>('id', 'slug');

  beforeAll(async () => {
    const knex = db().knex;
    const victim = await makeOrganization(knex, 'victim', 'PROVIDER');
    const steward = await makeUser(knex, 'steward@victim.org', [[victim, 'steward']]);
    const pub = await importText(
      db(),
      'grants',
      `${GRANT_HEADER}\nP-1,${PUBLIC_FUNDER},,2020,1000,LABOR,,LEGAL,US,CA,\n`,
      { datasetName: 'Public grants' },
    );
    expect(pub.status).toBe('succeeded');
    const priv = await importText(
      db(),
      'grants',
      `${GRANT_HEADER}\nS-1,${HIDDEN},,2021,5000,SEX,,HOUSING,US,NM,\n`,
      { datasetName: 'Confidential grants', organizationId: victim, actorUserId: steward },
    );
    expect(priv.status).toBe('succeeded');
    hiddenId = (await organizationsNamed(HIDDEN))[0]!.id;
    app = await startTestApp(db(), { SIGNIN_RATE_LIMIT: '1000' });
    closed = await startTestApp(db(), {
      SIGNIN_RATE_LIMIT: '1000',
      SIGNUP_CREATES_ORGANIZATIONS: 'false',
    });
  });
  afterAll(async () => {
    await app?.close();
    await closed?.close();
  });

  it('tells the client whether sign-up may create an organization', async () => {
    const on = await anonymous().gql(`{ signUpOptions { createsOrganizations } }`);
    expect(on.body.data!.signUpOptions).toEqual({ createsOrganizations: true });
    const off = await new Client(closed.url).gql(`{ signUpOptions { createsOrganizations } }`);
    expect(off.body.data!.signUpOptions).toEqual({ createsOrganizations: false });
  });

  it('makes the new account admin of its new organization, who can then invite', async () => {
    const res = await anonymous().gql(
      SIGN_UP,
      input('rosa@riverbend.org', '  Riverbend   Outreach ', { organizationKind: 'COALITION' }),
    );
    expect(res.body).toEqual({ data: { signUp: { message: SIGN_UP_DONE } } });
    const rosa = await signedIn(app.url, 'rosa@riverbend.org');
    const me = (await rosa.gql(ME)).body.data!.me;
    expect(me.memberships).toHaveLength(1);
    const [m] = me.memberships;
    expect(m.role).toBe('ADMIN');
    expect(m.organization).toMatchObject({ name: 'Riverbend Outreach', kind: 'COALITION' });
    expect(m.organization.slug).toMatch(/^riverbend-outreach-[0-9a-f]{6}$/);

    const invite = await rosa.gql(
      `mutation($org: ID!) { inviteMember(organizationId: $org, email: "sam@riverbend.org", role: STEWARD) { token } }`,
      { org: m.organization.id },
    );
    expect(invite.body.errors).toBeUndefined();
    expect(invite.body.data!.inviteMember.token).toMatch(/^fsi_/);
    const log = await rosa.gql(
      `query($org: ID!) { auditLog(organizationId: $org) { nodes { action } } }`,
      { org: m.organization.id },
    );
    const actions = log.body.data!.auditLog.nodes.map((n: { action: string }) => n.action);
    // Newest first; the log also holds rosa's own sign-up and sign-in.
    expect(actions.filter((a: string) => !a.startsWith('sign_'))).toEqual([
      'invitation_create',
      'organization_create',
    ]);
  });

  it('creates nothing for an address that already has an account, and says the same', async () => {
    await makeUser(db().knex, 'taken@example.org');
    const res = await anonymous().gql(SIGN_UP, input('taken@example.org', 'Takeover Attempt'));
    expect(res.body).toEqual({ data: { signUp: { message: SIGN_UP_DONE } } });
    expect(await organizationsNamed('Takeover Attempt')).toEqual([]);
  });

  it('refuses a name already listed to everyone, in any case, and creates no account', async () => {
    for (const name of ['org VICTIM', PUBLIC_FUNDER.toLowerCase()]) {
      const res = await anonymous().gql(SIGN_UP, input('copycat@example.org', name));
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.body.errors![0]!.message).toBe(NAME_LISTED);
      expect(res.body.errors![0]!.extensions!.field).toBe('organizationName');
    }
    expect(await db().knex('users').where('email', 'copycat@example.org')).toEqual([]);
  });

  it('answers a hidden organization’s name exactly as a name nobody has', async () => {
    const tryName = async (email: string, name: string) => {
      const res = await anonymous().gql(SIGN_UP, input(email, name));
      const me = (await (await signedIn(app.url, email)).gql(ME)).body.data!.me;
      return { status: res.status, body: res.body, organization: me.memberships[0].organization };
    };
    const hidden = await tryName('probe1@example.org', HIDDEN.toUpperCase());
    const nobody = await tryName('probe2@example.org', 'QUIET HARBOUR TRUST');
    expect(hidden.status).toBe(nobody.status);
    expect(hidden.body).toEqual(nobody.body);
    expect(hidden.body).toEqual({ data: { signUp: { message: SIGN_UP_DONE } } });
    // A separate organization, with a slug of the same shape as any other.
    expect(Number(hidden.organization.id)).not.toBe(hiddenId);
    expect(hidden.organization.slug).toMatch(/^quiet-harbor-trust-[0-9a-f]{6}$/);
    expect(nobody.organization.slug).toMatch(/^quiet-harbour-trust-[0-9a-f]{6}$/);
    // The hidden organization stays hidden: an outsider finds only the new one.
    const found = await anonymous().gql(
      `{ organizations(filter: { search: "quiet harbor" }) { nodes { id name } } }`,
    );
    expect(found.body.data!.organizations.nodes).toEqual([
      { id: hidden.organization.id, name: HIDDEN.toUpperCase() },
    ]);
  });

  it('refuses empty, blank, too long and control-character names with BAD_USER_INPUT', async () => {
    const bad = ['', '   ', 'x'.repeat(121), 'Bell\u0007Org', 'Nul\u0000Org'];
    for (const [i, name] of bad.entries()) {
      const email = `bad${i}@example.org`;
      const res = await anonymous().gql(SIGN_UP, input(email, name));
      expect(codes(res), JSON.stringify(name)).toEqual(['BAD_USER_INPUT']);
      expect(await db().knex('users').where('email', email)).toEqual([]);
    }
    // 120 characters is the longest accepted.
    const longest = await anonymous().gql(SIGN_UP, input('long@example.org', 'y'.repeat(120)));
    expect(longest.body.errors).toBeUndefined();
    expect(await organizationsNamed('y'.repeat(120))).toHaveLength(1);
  });

  it('refuses an organization together with an invitation', async () => {
    const res = await anonymous().gql(
      SIGN_UP,
      input('both@example.org', 'Both Ways', { invitationToken: `fsi_${'A'.repeat(43)}` }),
    );
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
  });

  it('lets a signed-in user with no organization create one, once', async () => {
    await makeUser(db().knex, 'lone@example.org');
    const lone = await signedIn(app.url, 'lone@example.org');
    const create = `mutation($name: String!) { createOrganization(name: $name) { role organization { name kind } } }`;
    const first = await lone.gql(create, { name: 'Lone Star Shelter' });
    expect(first.body.data!.createOrganization).toEqual({
      role: 'ADMIN',
      organization: { name: 'Lone Star Shelter', kind: 'PROVIDER' },
    });
    const second = await lone.gql(create, { name: 'Second Shelter' });
    expect(codes(second)).toEqual(['FORBIDDEN']);
    expect(await organizationsNamed('Second Shelter')).toEqual([]);
    expect(codes(await anonymous().gql(create, { name: 'Anonymous Shelter' }))).toEqual([
      'UNAUTHENTICATED',
    ]);
  });

  it('refuses both when the operator turns it off, and sign-up without one still works', async () => {
    const client = new Client(closed.url);
    const refused = await client.gql(SIGN_UP, input('closed@example.org', 'Closed Shop'));
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    expect(refused.body.errors![0]!.message).toBe(ORGANIZATIONS_OFF);
    expect(await db().knex('users').where('email', 'closed@example.org')).toEqual([]);
    expect(await organizationsNamed('Closed Shop')).toEqual([]);

    const plain = await client.gql(SIGN_UP, input('closed@example.org'));
    expect(plain.body).toEqual({ data: { signUp: { message: SIGN_UP_DONE } } });
    const signed = await signedIn(closed.url, 'closed@example.org');
    const create = await signed.gql(
      `mutation { createOrganization(name: "Closed Shop") { role } }`,
    );
    expect(codes(create)).toEqual(['FORBIDDEN']);
    expect(await organizationsNamed('Closed Shop')).toEqual([]);
  });
});
