/**
 * API tokens: shown once, stored as SHA-256, scoped read or write, revocable, and useless for
 * managing accounts. Also the Authorization header's failure modes and the CSRF origin check.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachBackend } from '../../helpers/db';
import { startTestApp, type RunningApp } from '../../helpers/server';
import { Client, codes, makeOrganization, makeToken, makeUser, signedIn } from './helpers';

const ME = `{ me { email via tokenScope } }`;
const TOKENS = `{ apiTokens { id name prefix scope createdAt lastUsedAt revokedAt } }`;

describeEachBackend('API tokens', (db) => {
  let app: RunningApp;
  let owner: Client;
  beforeAll(async () => {
    const org = await makeOrganization(db().knex, 'delta', 'COALITION');
    await makeUser(db().knex, 'tess@delta.org', [[org, 'admin']]);
    await makeUser(db().knex, 'uma@delta.org', [[org, 'viewer']]);
    app = await startTestApp(db());
    owner = await signedIn(app.url, 'tess@delta.org');
  });
  afterAll(async () => {
    await app.close();
  });

  it('shows a token once, keeps only its SHA-256 and its first 9 characters', async () => {
    const { id, token } = await makeToken(owner, 'READ', 'nightly export');
    expect(token).toMatch(/^fs_[A-Za-z0-9_-]{43}$/);
    const row = await db().knex('api_tokens').where('id', id).first();
    expect(row.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(row.prefix).toBe(token.slice(0, 9));
    expect(JSON.stringify(row)).not.toContain(token);
    const listed = (await owner.gql(TOKENS)).body.data!.apiTokens as Record<string, unknown>[];
    const mine = listed.find((t) => t.id === id)!;
    expect(mine).toMatchObject({
      name: 'nightly export',
      prefix: token.slice(0, 9),
      scope: 'READ',
      revokedAt: null,
    });
    expect(JSON.stringify(listed)).not.toContain(token);
  });

  it('authenticates scripts with Authorization: Bearer, recording when it was last used', async () => {
    const { id, token } = await makeToken(owner, 'READ');
    const res = await new Client(app.url, token).gql(ME);
    expect(res.body.data!.me).toEqual({
      email: 'tess@delta.org',
      via: 'TOKEN',
      tokenScope: 'READ',
    });
    const row = await db().knex('api_tokens').where('id', id).first();
    expect(row.last_used_at).not.toBeNull();
  });

  it('refuses every mutation to a read token before any resolver runs', async () => {
    const { token } = await makeToken(owner, 'READ');
    const res = await new Client(app.url, token).gql(`mutation { signOut }`);
    expect(res.status).toBe(403);
    expect(codes(res)).toEqual(['FORBIDDEN']);
    expect(res.body.errors![0]!.message).toMatch(/read-only/);
  });

  it('lets a write token run mutations, but not manage accounts, tokens or members', async () => {
    const { token } = await makeToken(owner, 'WRITE');
    const script = new Client(app.url, token);
    for (const q of [
      `mutation { createApiToken(name: "more", scope: WRITE) { token } }`,
      `mutation { changePassword(currentPassword: "x", newPassword: "y") }`,
      `mutation { inviteMember(organizationId: "1", email: "a@b.org", role: ADMIN) { token } }`,
      `mutation { revokeApiToken(id: "1") { id } }`,
    ]) {
      const res = await script.gql(q);
      expect({ q, codes: codes(res) }).toEqual({ q, codes: ['FORBIDDEN'] });
      expect(res.body.errors![0]!.message).toMatch(/API tokens cannot manage/);
    }
  });

  it('stops a revoked token at once with 401, and revoking twice keeps the first time', async () => {
    const { id, token } = await makeToken(owner, 'WRITE');
    const revoke = `mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`;
    const first = (await owner.gql(revoke, { id })).body.data!.revokeApiToken.revokedAt as string;
    const res = await new Client(app.url, token).gql(ME);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    // Read by GraphQL clients (errors) and REST clients (error, message) alike.
    expect(res.body).toEqual({
      error: 'unauthenticated',
      message: 'This API token is not valid or has been revoked.',
      errors: [
        {
          message: 'This API token is not valid or has been revoked.',
          extensions: { code: 'UNAUTHENTICATED' },
        },
      ],
    });
    const second = (await owner.gql(revoke, { id })).body.data!.revokeApiToken.revokedAt;
    expect(second).toBe(first);
  });

  it("cannot revoke another user's token, and says it does not exist", async () => {
    const { id, token } = await makeToken(owner, 'READ');
    const other = await signedIn(app.url, 'uma@delta.org');
    const res = await other.gql(`mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, { id });
    expect(codes(res)).toEqual(['NOT_FOUND']);
    expect((await new Client(app.url, token).gql(ME)).status).toBe(200);
  });

  it('refuses a token whose user has been disabled', async () => {
    const uma = await signedIn(app.url, 'uma@delta.org');
    const { token } = await makeToken(uma, 'READ');
    await db().knex('users').where('email', 'uma@delta.org').update({ disabled_at: new Date() });
    expect((await new Client(app.url, token).gql(ME)).status).toBe(401);
    expect((await uma.gql(ME)).body.data!.me).toBeNull(); // the session ends too
    await db().knex('users').where('email', 'uma@delta.org').update({ disabled_at: null });
  });

  it.each([
    ['Basic dXNlcjpwYXNz', 'The Authorization header must be "Bearer " followed by an API token.'],
    ['Bearer', 'The Authorization header must be "Bearer " followed by an API token.'],
    ['Bearer fs_tooshort', 'This API token is not valid or has been revoked.'],
    [`Bearer fs_${'x'.repeat(43)}`, 'This API token is not valid or has been revoked.'],
  ])('answers 401 to "Authorization: %s"', async (header, message) => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: header },
      body: JSON.stringify({ query: '{ health { status } }' }),
    });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { errors: { message: string }[] }).errors[0]!.message).toBe(
      message,
    );
  });

  it('refuses a state-changing request with the session cookie from another site', async () => {
    const q = `mutation { createApiToken(name: "csrf", scope: WRITE) { token } }`;
    const foreign = await owner.gql(q, {}, { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(foreign.body.errors![0]!.message).toMatch(/must come from the Fairshare app/);
    const crossSite = await owner.gql(q, {}, { 'sec-fetch-site': 'cross-site' });
    expect(crossSite.status).toBe(403);
    const same = await owner.gql(q, {}, { origin: app.url, 'sec-fetch-site': 'same-origin' });
    expect(same.body.data!.createApiToken.token).toMatch(/^fs_/);
    expect(await db().knex('api_tokens').where('name', 'csrf')).toHaveLength(1);
  });

  it('refuses a simple (form-like) cross-site POST through Apollo’s CSRF prevention', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { signOut }' }),
    });
    expect(res.status).toBe(400);
  });
});
