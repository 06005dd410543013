/**
 * Accounts for the browser tests, made the way `npm run admin -- create-user` makes them
 * (runAdminCommand over the test database), and signing in through the page.
 */
import type { Knex } from 'knex';
import type { Page } from 'playwright-core';
import { runAdminCommand } from '../../api/cli/adminCommands';

export const PASSWORD = 'correct horse battery staple';

export async function createUser(
  knex: Knex,
  user: { email: string; name: string; org: string; orgKind: string; role: string },
): Promise<void> {
  const lines: string[] = [];
  await runAdminCommand(
    knex,
    [
      'create-user',
      '--email',
      user.email,
      '--name',
      user.name,
      '--org',
      user.org,
      '--org-kind',
      user.orgKind,
      '--role',
      user.role,
    ],
    { readPassword: () => Promise.resolve(PASSWORD), print: (l) => lines.push(l) },
  );
}

/** Signs in through the sign-in form (the page must be on /signin). */
export async function signInThroughForm(page: Page, email: string, password = PASSWORD) {
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}
