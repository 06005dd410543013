/**
 * Accounts in the browser: sign in (a wrong password gets one message that says nothing about the
 * address, then the right one lands back on the page the user came from), the header's menu, the
 * account page (create a token shown once, which then works as a Bearer token; revoke it, after
 * which it does not), an admin's members, invitations and audit log, and sign out. Each new page
 * passes axe and is photographed at desktop and phone widths.
 */
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { SCREENSHOTS, startE2E, type E2EEnv } from './browser';
import { createUser, PASSWORD, signInThroughForm } from './accountHelpers';

const ADMIN = {
  email: 'ada.e2e@example.org',
  name: 'Ada Admin',
  org: 'E2E Fund',
  orgKind: 'FUNDER',
  role: 'admin',
};

describe('accounts in the browser', () => {
  let env: E2EEnv;
  let context: BrowserContext;
  const problems: string[] = [];

  beforeAll(async () => {
    env = await startE2E();
    await createUser(env.db.knex, ADMIN);
    context = await env.browser.newContext();
  });
  afterAll(async () => {
    await context?.close();
    await env?.close();
  });

  async function open(address: string, width = 1280): Promise<Page> {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 900 });
    page.on('pageerror', (e) => problems.push(`${address}: ${e.message}`));
    await page.goto(env.app.url + address);
    return page;
  }

  async function check(page: Page, name: string, width: number) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForFunction(() => document.querySelectorAll('.status-loading').length === 0);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
  }

  it('shows the sign-in page with no serious or critical axe violations', async () => {
    const page = await open('/signin');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    for (const width of [1280, 390]) await check(page, 'signin', width);
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Create an account' }).waitFor();
    await expect(page.getByLabel('Invitation code (optional)').count()).resolves.toBe(1);
    await page.close();
  });

  it('signs in from a page and comes back to it; a wrong password gets the one message', async () => {
    const page = await open('/sources');
    await page.locator('.dataset-card').first().waitFor();
    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.waitForURL(/\/signin\?next=%2Fsources/);
    await signInThroughForm(page, ADMIN.email, 'not the password at all');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const message = (await alert.textContent()) ?? '';
    expect(message.length).toBeGreaterThan(10);
    // The same words for an address with no account: nothing tells whether one exists.
    await signInThroughForm(page, 'nobody.e2e@example.org', 'not the password at all');
    await page.waitForFunction(
      (m) => document.querySelector('[role=alert]')?.textContent === m,
      message,
    );

    await signInThroughForm(page, ADMIN.email);
    await page.waitForURL((u) => u.pathname === '/sources');
    const menu = page.getByRole('button', { name: /Signed in as Ada Admin/ });
    await menu.waitFor();
    await menu.click();
    await expect(page.getByRole('link', { name: 'Your account' }).isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('link', { name: 'Your account' }).isVisible()).resolves.toBe(false);
    await page.close();
  });

  it('creates an API token shown once, which works until it is revoked', async () => {
    const page = await open('/account');
    await page.getByTestId('profile-name').waitFor();
    await expect(page.getByTestId('profile-name').textContent()).resolves.toBe('Ada Admin');
    await expect(
      page
        .getByRole('row', { name: /E2E Fund/ })
        .first()
        .textContent(),
    ).resolves.toContain('Admin');

    await page.getByLabel('What it is for').fill('nightly export');
    await page.getByLabel('Read only').check();
    await page.getByRole('button', { name: 'Create token' }).click();
    const shown = page.getByTestId('new-token');
    await shown.waitFor();
    await expect(shown.textContent()).resolves.toContain('will not be shown again');
    const token = (await shown.locator('code').textContent())!.trim();
    expect(token).toMatch(/^fs_/);
    await expect(page.getByRole('button', { name: 'Copy token' }).count()).resolves.toBe(1);

    const me = async () => {
      const res = await fetch(`${env.app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ me { email } }' }),
      });
      return {
        status: res.status,
        body: (await res.json()) as { data?: { me: { email: string } } },
      };
    };
    const before = await me();
    expect(before.body.data?.me.email).toBe(ADMIN.email);

    const row = page.getByTestId('token-table').getByRole('row', { name: /nightly export/ });
    await expect(row.textContent()).resolves.toContain('Read only');
    await row.getByRole('button', { name: /Revoke/ }).click();
    await page.getByRole('button', { name: 'Yes, revoke' }).click();
    await page
      .getByTestId('token-table')
      .getByRole('row', { name: /nightly export/ })
      .filter({ hasText: 'Revoked' })
      .waitFor();
    await expect(page.getByTestId('new-token').count()).resolves.toBe(0);

    const after = await me();
    expect(after.status).toBe(401);

    for (const width of [1280, 390]) await check(page, 'account', width);
    await page.close();
  });

  it('lets an admin invite a member and read the audit log', async () => {
    const page = await open('/account');
    await page.getByRole('heading', { name: 'Manage E2E Fund' }).waitFor();
    await page.getByLabel('Email address').fill('new.member.e2e@example.org');
    await page.getByLabel('Role', { exact: true }).selectOption('STEWARD');
    await page.getByRole('button', { name: 'Invite', exact: true }).click();
    await page.getByText(/Give this invitation code to new.member.e2e@example.org/).waitFor();
    await page
      .getByRole('row', { name: /new\.member\.e2e@example\.org/ })
      .filter({ hasText: 'Steward' })
      .waitFor();
    // The token actions of the test before, newest first, in words.
    await page
      .getByRole('row', { name: /Revoked an API token/ })
      .first()
      .waitFor();
    await page
      .getByRole('row', { name: /Created an API token/ })
      .first()
      .waitFor();
    await page.close();
  });

  it('creates an account with a new organization from the sign-up form, whose admin it is', async () => {
    const own = await env.browser.newContext();
    try {
      const page = await own.newPage();
      await page.setViewportSize({ width: 1280, height: 900 });
      page.on('pageerror', (e) => problems.push(`sign-up: ${e.message}`));
      await page.goto(env.app.url + '/signin?mode=signup');
      await page.getByRole('heading', { level: 1, name: 'Create an account' }).waitFor();
      const organization = page.getByLabel('New organization (optional)');
      await organization.waitFor(); // shown once the server says sign-up may create one
      await page.getByLabel('Email address').fill('lena.e2e@example.org');
      await page.getByLabel('Your name').fill('Lena Lights');
      await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await page.getByLabel('Password again').fill(PASSWORD);
      await organization.fill('Harbor Lights Shelter');
      await page.getByLabel('Kind of organization').selectOption('COALITION');
      for (const width of [1280, 390]) await check(page, 'signup-organization', width);
      await page.setViewportSize({ width: 1280, height: 900 });
      // The invitation code hides the field: an invitation joins its own organization.
      await page.getByLabel('Invitation code (optional)').fill('fsi_x');
      await expect(organization.count()).resolves.toBe(0);
      await page.getByLabel('Invitation code (optional)').fill('');
      await page.getByLabel('New organization (optional)').fill('Harbor Lights Shelter');
      await page.getByRole('button', { name: 'Create account' }).click();
      await page.getByRole('heading', { level: 2, name: 'Sign in' }).waitFor();
      await signInThroughForm(page, 'lena.e2e@example.org');
      await page.getByRole('button', { name: /Signed in as Lena Lights/ }).waitFor();
      await page.goto(env.app.url + '/account');
      await page.getByRole('heading', { name: 'Manage Harbor Lights Shelter' }).waitFor();
      await page
        .getByRole('row', { name: /Harbor Lights Shelter/ })
        .filter({ hasText: 'Admin' })
        .first()
        .waitFor();
      await page.getByRole('row', { name: /Created the organization/ }).waitFor();
      // Already in an organization: no offer to create another.
      await expect(
        page.getByRole('heading', { name: 'Create an organization' }).count(),
      ).resolves.toBe(0);
      await page.close();
    } finally {
      await own.close();
    }
  });

  it('signs out from the header menu', async () => {
    const page = await open('/account');
    await page.getByRole('button', { name: /Signed in as Ada Admin/ }).click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((u) => u.pathname === '/');
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    await page.goto(env.app.url + '/account');
    await page.getByText('You are not signed in.').waitFor();
    await page.close();
    expect(problems).toEqual([]);
  });
});
