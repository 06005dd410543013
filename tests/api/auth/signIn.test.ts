/**
 * Sign-up, sign-in, sessions and sign-out over HTTP, as a browser does them: the cookie's flags,
 * session expiry, no user enumeration, and the back-off after repeated failures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGN_UP_DONE } from '../../../api/auth/account';
import { SIGN_IN_FAILED } from '../../../api/auth/signIn';
import { describeEachBackend } from '../../helpers/db';
import { startTestApp, type RunningApp } from '../../helpers/server';
import { Client, codes, makeOrganization, makeUser, PASSWORD, signedIn } from './helpers';

const ME = `{ me { id email displayName via tokenScope memberships { role organization { slug } } } }`;
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { message } }`;
const COOKIE = 'fairshare_session';

describeEachBackend('sign-up, sign-in and sessions', (db) => {
  let app: RunningApp;
  let orgId: number;
  beforeAll(async () => {
    orgId = await makeOrganization(db().knex, 'alpha');
    await makeUser(db().knex, 'ana@alpha.org', [[orgId, 'analyst']]);
    app = await startTestApp(db(), { SIGNIN_RATE_LIMIT: '1000', TRUST_PROXY: 'loopback' });
  });
  afterAll(async () => {
    await app.close();
  });

  it('signs in with a session cookie that is httpOnly, SameSite=Lax and scoped to /', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation { signIn(email: " Ana@Alpha.org ", password: "${PASSWORD}") { email via } }`,
      }),
    });
    const body = (await res.json()) as { data: { signIn: { email: string; via: string } } };
    expect(body.data.signIn).toEqual({ email: 'ana@alpha.org', via: 'SESSION' });
    const [cookie] = res.headers.getSetCookie();
    expect(cookie).toMatch(new RegExp(`^${COOKIE}=[A-Za-z0-9_-]{43};`));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/i); // plain HTTP outside production
    // 7 days = 604800 s
    expect(cookie).toMatch(/Max-Age=604800/);
  });

  it('answers me with the user, their memberships and how they signed in', async () => {
    const client = await signedIn(app.url, 'ana@alpha.org');
    const res = await client.gql(ME);
    expect(res.body.data!.me).toMatchObject({
      email: 'ana@alpha.org',
      displayName: 'ana',
      via: 'SESSION',
      tokenScope: null,
      memberships: [{ role: 'ANALYST', organization: { slug: 'alpha' } }],
    });
    expect((await new Client(app.url).gql(ME)).body.data!.me).toBeNull();
  });

  it('stores only the SHA-256 of the session cookie', async () => {
    const client = await signedIn(app.url, 'ana@alpha.org');
    const cookie = client.cookie(COOKIE)!;
    const { createHash } = await import('node:crypto');
    const hash = createHash('sha256').update(cookie).digest('hex');
    const rows = await db().knex('sessions').where('id_hash', hash);
    expect(rows).toHaveLength(1);
    expect(await db().knex('sessions').where('id_hash', cookie)).toHaveLength(0);
  });

  it('signs out: the session is deleted, the cookie cleared, and replaying it is anonymous', async () => {
    const client = await signedIn(app.url, 'ana@alpha.org');
    const stolen = client.cookie(COOKIE)!;
    const out = await client.gql(`mutation { signOut }`);
    expect(out.body.data!.signOut).toBe(true);
    expect(client.cookie(COOKIE)).toBeUndefined();
    const replay = new Client(app.url);
    replay.setCookie(COOKIE, stolen);
    expect((await replay.gql(ME)).body.data!.me).toBeNull();
  });

  it('ends a session after its idle timeout, and never later than 7 days after sign-in', async () => {
    const client = await signedIn(app.url, 'ana@alpha.org');
    const { createHash } = await import('node:crypto');
    const hash = createHash('sha256').update(client.cookie(COOKIE)!).digest('hex');
    await db()
      .knex('sessions')
      .where('id_hash', hash)
      .update({ expires_at: new Date(Date.now() - 1000) });
    expect((await client.gql(ME)).body.data!.me).toBeNull();

    // A session used 10 minutes ago slides forward by 12 h, capped at created_at + 7 days.
    const second = await signedIn(app.url, 'ana@alpha.org');
    const hash2 = createHash('sha256').update(second.cookie(COOKIE)!).digest('hex');
    const created = new Date(Date.now() - (7 * 24 - 1) * 3600_000); // 6 days 23 h ago
    await db()
      .knex('sessions')
      .where('id_hash', hash2)
      .update({
        created_at: created,
        last_seen_at: new Date(Date.now() - 10 * 60_000),
      });
    expect((await second.gql(ME)).body.data!.me).not.toBeNull();
    const row = await db().knex('sessions').where('id_hash', hash2).first();
    // cap = created + 7 d = now + 1 h, earlier than now + 12 h
    expect(new Date(row.expires_at).getTime()).toBe(created.getTime() + 7 * 24 * 3600_000);
  });

  it('gives one message for an unknown address and a wrong password', async () => {
    const unknown = await new Client(app.url).signIn('nobody@alpha.org', PASSWORD);
    const wrong = await new Client(app.url).signIn('ana@alpha.org', 'not the password at all');
    expect(unknown.body.errors![0]!.message).toBe(SIGN_IN_FAILED);
    expect(wrong.body.errors![0]!.message).toBe(SIGN_IN_FAILED);
    expect(codes(unknown)).toEqual(['UNAUTHENTICATED']);
    expect(codes(wrong)).toEqual(['UNAUTHENTICATED']);
    expect(unknown.headers.getSetCookie()).toEqual([]);
  });

  it('refuses a disabled account with the same message, even with the right password', async () => {
    await makeUser(db().knex, 'gone@alpha.org', [[orgId, 'viewer']]);
    await db().knex('users').where('email', 'gone@alpha.org').update({ disabled_at: new Date() });
    const res = await new Client(app.url).signIn('gone@alpha.org');
    expect(res.body.errors![0]!.message).toBe(SIGN_IN_FAILED);
  });

  describe('sign-up', () => {
    it('creates an account without memberships, then signs in with it', async () => {
      const res = await new Client(app.url).gql(SIGN_UP, {
        input: { email: 'New@Person.org', password: PASSWORD, displayName: '  New   Person ' },
      });
      expect(res.body.data!.signUp.message).toBe(SIGN_UP_DONE);
      const client = await signedIn(app.url, 'new@person.org');
      expect((await client.gql(ME)).body.data!.me).toMatchObject({
        email: 'new@person.org',
        displayName: 'New Person',
        memberships: [],
      });
    });

    it('answers the same for an address that has an account, and changes nothing', async () => {
      const before = await db().knex('users').where('email', 'ana@alpha.org').first();
      const res = await new Client(app.url).gql(SIGN_UP, {
        input: {
          email: 'ana@alpha.org',
          password: 'another long password',
          displayName: 'Mallory',
        },
      });
      expect(res.body).toEqual({ data: { signUp: { message: SIGN_UP_DONE } } });
      const after = await db().knex('users').where('email', 'ana@alpha.org').first();
      expect(after.password_hash).toBe(before.password_hash);
      expect(after.display_name).toBe('ana');
      // the real owner still signs in with their own password
      await signedIn(app.url, 'ana@alpha.org');
    });

    it.each([
      [
        { email: 'x@y.org', password: 'short', displayName: 'X' },
        'password',
        /at least 12 characters long \(it has 5\)/,
      ],
      [{ email: 'x@y.org', password: 'x@y.org', displayName: 'X' }, 'password', /at least 12/],
      [
        { email: 'longer@address.org', password: 'longer@address.org', displayName: 'X' },
        'password',
        /not be your email/,
      ],
      [
        { email: 'x@y.org', password: 'aaaaaaaaaaaaaaaa', displayName: 'X' },
        'password',
        /one character repeated/,
      ],
      [
        { email: 'not-an-address', password: PASSWORD, displayName: 'X' },
        'email',
        /name@example\.org/,
      ],
      [{ email: 'x@y.org', password: PASSWORD, displayName: '   ' }, 'displayName', /Enter a name/],
    ])('rejects %o naming the field', async (input, field, message) => {
      const res = await new Client(app.url).gql(SIGN_UP, { input });
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.body.errors![0]!.extensions!.field).toBe(field);
      expect(res.body.errors![0]!.message).toMatch(message);
      // the answer never repeats the password
      expect(JSON.stringify(res.body)).not.toContain(input.password);
    });
  });

  describe('password change', () => {
    it('needs the current password, keeps this session and ends the others', async () => {
      await makeUser(db().knex, 'pat@alpha.org', [[orgId, 'viewer']]);
      const here = await signedIn(app.url, 'pat@alpha.org');
      const elsewhere = await signedIn(app.url, 'pat@alpha.org');
      const CHANGE = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`;
      const wrong = await here.gql(CHANGE, { c: 'not my password!!', n: 'a brand new passphrase' });
      expect(codes(wrong)).toEqual(['BAD_USER_INPUT']);
      expect(wrong.body.errors![0]!.extensions!.field).toBe('currentPassword');
      const ok = await here.gql(CHANGE, { c: PASSWORD, n: 'a brand new passphrase' });
      expect(ok.body.data!.changePassword).toBe(true);
      expect((await here.gql(ME)).body.data!.me.email).toBe('pat@alpha.org');
      expect((await elsewhere.gql(ME)).body.data!.me).toBeNull();
      expect(codes(await new Client(app.url).signIn('pat@alpha.org'))).toEqual(['UNAUTHENTICATED']);
      await signedIn(app.url, 'pat@alpha.org', 'a brand new passphrase');
    });

    it('is refused to anonymous callers', async () => {
      const res = await new Client(app.url).gql(
        `mutation { changePassword(currentPassword: "${PASSWORD}", newPassword: "whatever whatever") }`,
      );
      expect(codes(res)).toEqual(['UNAUTHENTICATED']);
    });
  });
});

describeEachBackend('back-off after failed sign-ins', (db) => {
  let app: RunningApp;
  beforeAll(async () => {
    await makeUser(db().knex, 'kim@beta.org');
    await makeUser(db().knex, 'lee@beta.org');
    app = await startTestApp(db(), { SIGNIN_RATE_LIMIT: '1000', TRUST_PROXY: 'loopback' });
  });
  afterAll(async () => {
    await app.close();
  });

  // Each attempt comes from its own client address (X-Forwarded-For from the declared proxy), so
  // that the per-address counter does not interfere with the per-account one.
  let n = 0;
  const from = () => ({ 'x-forwarded-for': `203.0.113.${++n}` });
  const attempt = (email: string, password: string) =>
    new Client(app.url).gql(
      `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }`,
      { e: email, p: password },
      from(),
    );

  it('locks an account for 30 s after 5 failures, even for the right password, then doubles', async () => {
    for (let i = 1; i <= 4; i++) {
      expect(codes(await attempt('kim@beta.org', 'wrong password here'))).toEqual([
        'UNAUTHENTICATED',
      ]);
    }
    const fifth = await attempt('kim@beta.org', 'wrong password here');
    expect(codes(fifth)).toEqual(['UNAUTHENTICATED']); // the 5th failure itself is answered normally
    const locked = await attempt('kim@beta.org', PASSWORD);
    expect(codes(locked)).toEqual(['TOO_MANY_REQUESTS']);
    // 5th failure: 30 s * 2^0
    expect(locked.body.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThanOrEqual(29);
    expect(locked.body.errors![0]!.extensions!.retryAfterSeconds).toBeLessThanOrEqual(30);
    const row = await db().knex('users').where('email', 'kim@beta.org').first();
    expect(row.failed_signins).toBe(5);

    // Once the lock has passed, a 6th failure locks for 60 s (30 * 2^1).
    await db()
      .knex('users')
      .where('email', 'kim@beta.org')
      .update({ locked_until: new Date(Date.now() - 1) });
    await attempt('kim@beta.org', 'wrong password here');
    const again = await attempt('kim@beta.org', PASSWORD);
    expect(again.body.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThanOrEqual(59);
    expect(again.body.errors![0]!.extensions!.retryAfterSeconds).toBeLessThanOrEqual(60);

    // After the lock, the right password works and resets the count.
    await db()
      .knex('users')
      .where('email', 'kim@beta.org')
      .update({ locked_until: new Date(Date.now() - 1) });
    expect((await attempt('kim@beta.org', PASSWORD)).body.data!.signIn.id).toBeTruthy();
    expect((await db().knex('users').where('email', 'kim@beta.org').first()).failed_signins).toBe(
      0,
    );
  });

  it('locks an unknown address exactly like a known one, so that a lock reveals no account', async () => {
    const answers: unknown[] = [];
    for (let i = 1; i <= 6; i++)
      answers.push(codes(await attempt('ghost@beta.org', 'wrong password here')));
    expect(answers).toEqual([
      ['UNAUTHENTICATED'],
      ['UNAUTHENTICATED'],
      ['UNAUTHENTICATED'],
      ['UNAUTHENTICATED'],
      ['UNAUTHENTICATED'],
      ['TOO_MANY_REQUESTS'],
    ]);
  });

  it('backs off per client address after 5 failures across different accounts', async () => {
    const address = { 'x-forwarded-for': '198.51.100.7' };
    const tryFromOneAddress = (email: string, password = 'wrong password here') =>
      new Client(app.url).gql(
        `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }`,
        { e: email, p: password },
        address,
      );
    for (let i = 0; i < 5; i++) {
      expect(codes(await tryFromOneAddress(`spray${i}@beta.org`))).toEqual(['UNAUTHENTICATED']);
    }
    // lee's account has no failures, but this address is locked
    const blocked = await tryFromOneAddress('lee@beta.org', PASSWORD);
    expect(codes(blocked)).toEqual(['TOO_MANY_REQUESTS']);
    expect(blocked.body.errors![0]!.message).toMatch(
      /^Too many failed sign-ins\. Wait \d+ seconds and try again\.$/,
    );
    // from elsewhere lee signs in fine
    expect((await attempt('lee@beta.org', PASSWORD)).body.data!.signIn.id).toBeTruthy();
  });
});

describeEachBackend('sign-in rate limit', (db) => {
  let app: RunningApp;
  beforeAll(async () => {
    await makeUser(db().knex, 'rate@gamma.org');
    app = await startTestApp(db(), {
      SIGNIN_RATE_LIMIT: '3',
      GRAPHQL_RATE_LIMIT: '20',
      TRUST_PROXY: 'loopback',
    });
  });
  afterAll(async () => {
    await app.close();
  });

  it('answers 429 after the limit of credential mutations, however they are aliased', async () => {
    const headers = { 'x-forwarded-for': '192.0.2.10' };
    const q = `mutation { hidden: signIn(email: "rate@gamma.org", password: "${PASSWORD}") { id } }`;
    for (let i = 0; i < 3; i++)
      expect((await new Client(app.url).gql(q, {}, headers)).status).toBe(200);
    const fourth = await new Client(app.url).gql(q, {}, headers);
    expect(fourth.status).toBe(429);
    expect(codes(fourth)).toEqual(['TOO_MANY_REQUESTS']);
    // queries are not counted by the sign-in limit
    expect((await new Client(app.url).gql(`{ health { status } }`, {}, headers)).status).toBe(200);
  });

  it('limits all GraphQL requests per address per minute', async () => {
    const headers = { 'x-forwarded-for': '192.0.2.99' };
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++)
      statuses.push((await new Client(app.url).gql(`{ health { status } }`, {}, headers)).status);
    expect(statuses.slice(0, 20).every((s) => s === 200)).toBe(true);
    expect(statuses[20]).toBe(429);
  });
});
