/** The admin command (`npm run admin -- ...`) on a test database. */
import { beforeAll, expect, it } from 'vitest';
import { runAdminCommand, UsageError } from '../../../api/cli/adminCommands';
import { verifyPassword } from '../../../api/auth/passwords';
import { describeEachBackend } from '../../helpers/db';

const PASSWORD = 'first admin password here';

describeEachBackend('admin command', (db) => {
  const printed: string[] = [];
  const io = (password = PASSWORD) => ({
    readPassword: () => Promise.resolve(password),
    print: (line: string) => printed.push(line),
  });

  beforeAll(async () => {
    await runAdminCommand(
      db().knex,
      [
        'create-user',
        '--email',
        'First@Admin.org',
        '--name',
        'First Admin',
        '--org',
        'Freedom Fund',
        '--org-kind',
        'funder',
        '--role',
        'admin',
      ],
      io(),
    );
  });

  it('creates the first admin, their organization and the membership', async () => {
    const user = await db().knex('users').where('email', 'first@admin.org').first();
    expect(user.display_name).toBe('First Admin');
    expect(await verifyPassword(user.password_hash, PASSWORD)).toBe(true);
    const org = await db().knex('organizations').where('slug', 'freedom-fund').first();
    expect(org).toMatchObject({ name: 'Freedom Fund', kind: 'FUNDER' });
    const membership = await db()
      .knex('memberships')
      .where({ user_id: user.id, organization_id: org.id })
      .first();
    expect(membership.role).toBe('admin');
    expect(printed).toContain('first@admin.org is admin of Freedom Fund.');
    const audit = await db().knex('audit_log').where('action', 'user_create');
    expect(audit).toHaveLength(1);
  });

  it('adds an existing account to an existing organization without touching the password', async () => {
    const before = (await db().knex('users').where('email', 'first@admin.org').first())
      .password_hash;
    await runAdminCommand(
      db().knex,
      [
        'create-user',
        '--email',
        'first@admin.org',
        '--name',
        'X',
        '--org',
        'freedom fund',
        '--role',
        'steward',
      ],
      io('another password entirely'),
    );
    const user = await db().knex('users').where('email', 'first@admin.org').first();
    expect(user.password_hash).toBe(before);
    expect(await db().knex('organizations').where('slug', 'freedom-fund')).toHaveLength(1);
    expect((await db().knex('memberships').where('user_id', user.id).first()).role).toBe('steward');
  });

  it('sets a password, clears a lockout and ends every session', async () => {
    const user = await db().knex('users').where('email', 'first@admin.org').first();
    await db()
      .knex('users')
      .where('id', user.id)
      .update({ failed_signins: 9, locked_until: new Date(Date.now() + 3_600_000) });
    await db()
      .knex('sessions')
      .insert({
        id_hash: 'a'.repeat(64),
        user_id: user.id,
        expires_at: new Date(Date.now() + 3_600_000),
      });
    await runAdminCommand(
      db().knex,
      ['set-password', '--email', 'first@admin.org'],
      io('a reset password for them'),
    );
    const after = await db().knex('users').where('id', user.id).first();
    expect(await verifyPassword(after.password_hash, 'a reset password for them')).toBe(true);
    expect(after).toMatchObject({ failed_signins: 0, locked_until: null });
    expect(await db().knex('sessions').where('user_id', user.id)).toHaveLength(0);
  });

  it.each([
    [
      ['create-user', '--email', 'a@b.org', '--name', 'A', '--password', 'x'],
      /not accepted on the command line/,
    ],
    [
      ['create-user', '--email', 'a@b.org', '--name', 'A', '--password=x'],
      /not accepted on the command line/,
    ],
    [['create-user', '--email', 'a@b.org'], /needs --email and --name/],
    [
      ['create-user', '--email', 'a@b.org', '--name', 'A', '--org', 'Nowhere Inc'],
      /Add --org-kind/,
    ],
    [
      ['create-user', '--email', 'a@b.org', '--name', 'A', '--org', 'X', '--org-kind', 'BANK'],
      /--org-kind must be one of/,
    ],
    [
      [
        'create-user',
        '--email',
        'a@b.org',
        '--name',
        'A',
        '--org',
        'X',
        '--org-kind',
        'FUNDER',
        '--role',
        'owner',
      ],
      /--role must be one of/,
    ],
    [
      [
        'create-user',
        '--email',
        'a@b.org',
        '--name',
        'A',
        '--org',
        'Freedom Fund',
        '--org-kind',
        'PROVIDER',
      ],
      /exists with kind FUNDER/,
    ],
    [['create-user', '--email', 'not-an-address', '--name', 'A'], /name@example\.org/],
    [['create-user', '--email', 'a@b.org', '--name', 'A', '--bogus'], /Unknown option/],
    [['set-password', '--email', 'nobody@b.org'], /no account with the address/],
    [['delete-everything'], /Unknown command/],
    [[], /Name a command/],
  ])('refuses %j with a usage error', async (argv, message) => {
    const attempt = runAdminCommand(db().knex, argv, io());
    await expect(attempt).rejects.toThrow(UsageError);
    await expect(runAdminCommand(db().knex, argv, io())).rejects.toThrow(message);
  });

  it('refuses a weak password with the rule', async () => {
    await expect(
      runAdminCommand(
        db().knex,
        ['create-user', '--email', 'weak@b.org', '--name', 'W'],
        io('short'),
      ),
    ).rejects.toThrow(/at least 12 characters/);
    expect(await db().knex('users').where('email', 'weak@b.org')).toHaveLength(0);
  });
});
