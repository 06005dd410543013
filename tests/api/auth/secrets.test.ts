/**
 * No plaintext secret anywhere: after signing up, signing in (and failing to), changing a
 * password, creating and revoking API tokens, inviting and joining, and the admin command, no
 * password, session cookie, API token or invitation token appears in any column of any table, nor
 * in anything the server logged (at debug level).
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runAdminCommand } from '../../../api/cli/adminCommands';
import { loadConfig } from '../../../api/config';
import type { Logger } from '../../../api/logger';
import { createApp } from '../../../api/server';
import { describeEachBackend } from '../../helpers/db';
import { Client, makeOrganization, makeToken, makeUser, signedIn } from './helpers';

const SECRETS = {
  signUp: 'first password of the new member',
  changed: 'second password after the change',
  wrong: 'a wrong password typed by mistake',
  invited: 'password of the invited member',
  cli: 'password typed at the admin prompt',
  existing: 'password of the existing admin',
};

describeEachBackend('no plaintext secrets', (db) => {
  const logs: string[] = [];
  const logger: Logger = {
    error: (m, d) =>
      logs.push(`${m} ${d instanceof Error ? `${d.message} ${d.stack}` : JSON.stringify(d)}`),
    info: (m) => logs.push(m),
    debug: (m) => logs.push(m),
  };
  let url: string;
  let server: Server;
  let stop: () => Promise<void>;
  const seen: string[] = [];

  beforeAll(async () => {
    const org = await makeOrganization(db().knex, 'eta', 'FUNDER');
    await makeUser(db().knex, 'boss@eta.org', [[org, 'admin']], SECRETS.existing);
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'debug' });
    const { app, apollo } = await createApp({ db: db(), config, logger });
    server = await new Promise((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    stop = async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
    };

    const signUp = `mutation($input: SignUpInput!) { signUp(input: $input) { message } }`;
    await new Client(url).gql(signUp, {
      input: { email: 'new@eta.org', password: SECRETS.signUp, displayName: 'New' },
    });
    const member = await signedIn(url, 'new@eta.org', SECRETS.signUp);
    seen.push(member.cookie('fairshare_session')!);
    await new Client(url).signIn('new@eta.org', SECRETS.wrong);
    await new Client(url).signIn('nobody@eta.org', SECRETS.wrong);
    // a password typed into the email field
    await new Client(url).signIn(SECRETS.wrong, SECRETS.wrong);
    await member.gql(
      `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`,
      {
        c: SECRETS.signUp,
        n: SECRETS.changed,
      },
    );
    const token = await makeToken(member, 'WRITE');
    seen.push(token.token);
    await new Client(url, token.token).gql(`{ me { email } }`);
    await member.gql(`mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, { id: token.id });
    await new Client(url, token.token).gql(`{ me { email } }`);

    const boss = await signedIn(url, 'boss@eta.org', SECRETS.existing);
    seen.push(boss.cookie('fairshare_session')!);
    const invitation = await boss.gql(
      `mutation($org: ID!) { inviteMember(organizationId: $org, email: "invited@eta.org", role: STEWARD) { token } }`,
      { org: String(org) },
    );
    const invitationToken = invitation.body.data!.inviteMember.token as string;
    seen.push(invitationToken);
    await new Client(url).gql(signUp, {
      input: {
        email: 'invited@eta.org',
        password: SECRETS.invited,
        displayName: 'Invited',
        invitationToken,
      },
    });
    await signedIn(url, 'invited@eta.org', SECRETS.invited);

    await runAdminCommand(
      db().knex,
      [
        'create-user',
        '--email',
        'cli@eta.org',
        '--name',
        'Cli',
        '--org',
        'Org eta',
        '--role',
        'viewer',
      ],
      {
        readPassword: () => Promise.resolve(SECRETS.cli),
        print: (line) => logs.push(line),
      },
    );
    await signedIn(url, 'cli@eta.org', SECRETS.cli);
  }, 120_000);

  afterAll(async () => {
    await stop();
  });

  const secrets = () => [...Object.values(SECRETS), ...seen];

  it('stores passwords only as argon2id hashes (19 MiB, 2 passes, 1 lane)', async () => {
    const hashes = await db().knex('users').pluck('password_hash');
    expect(hashes.length).toBe(4);
    for (const h of hashes) expect(h).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('has no plaintext secret in any column of any table', async () => {
    const knex = db().knex;
    const tables = await knex('information_schema.tables')
      .where({ table_schema: 'public', table_type: 'BASE TABLE' })
      .pluck<string[]>('table_name');
    expect(tables).toEqual(
      expect.arrayContaining(['users', 'sessions', 'api_tokens', 'invitations', 'audit_log']),
    );
    let dump = '';
    for (const table of tables) {
      const { rows } = await knex.raw<{ rows: { row: string }[] }>(
        'SELECT row_to_json(t)::text AS row FROM ?? t',
        [table],
      );
      dump += rows.map((r) => r.row).join('\n');
    }
    expect(dump).toContain('new@eta.org'); // the dump is real
    for (const secret of secrets())
      expect(dump, 'a secret is in the database').not.toContain(secret);
  });

  it('logged nothing secret', () => {
    expect(logs.length).toBeGreaterThan(0);
    const all = logs.join('\n');
    for (const secret of secrets()) expect(all, 'a secret is in the logs').not.toContain(secret);
  });

  it('keeps the typed-in-the-wrong-field password out of the audit log', async () => {
    const failed = await db()
      .knex('audit_log')
      .where('action', 'sign_in_failed')
      .select('details', 'actor_user_id');
    // new@eta.org's wrong password, the unknown address, and the password typed as an address
    expect(failed).toHaveLength(3);
    expect(JSON.stringify(failed)).not.toContain('nobody@eta.org');
  });
});
