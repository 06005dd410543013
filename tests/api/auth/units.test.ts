/** Unit tests of the pure pieces: back-off schedule, credential-mutation detection, roles, passwords, audit guard. */
import { describe, expect, it } from 'vitest';
import { recordAudit } from '../../../api/auth/audit';
import { FailureCounter, lockDuration, secondsUntil } from '../../../api/auth/backoff';
import {
  assertAcceptablePassword,
  hashPassword,
  needsRehash,
  verifyPassword,
} from '../../../api/auth/passwords';
import { usesCredentialMutation } from '../../../api/auth/rateLimits';
import {
  hasRole,
  requireRole,
  requireSession,
  requireWriteAccess,
  roleAtLeast,
} from '../../../api/auth/roles';
import { ANONYMOUS, type Viewer } from '../../../api/viewer';

describe('back-off schedule', () => {
  it.each([
    [1, 0],
    [4, 0],
    [5, 30_000], // 30 s * 2^0
    [6, 60_000], // 30 s * 2^1
    [7, 120_000],
    [11, 1_920_000], // 30 s * 2^6 = 32 min
    [12, 3_600_000], // 30 s * 2^7 = 64 min, capped at 60 min
    [40, 3_600_000],
  ])('locks for %i failures: %i ms', (failures, ms) => {
    expect(lockDuration(failures)).toBe(ms);
  });

  it('rounds remaining seconds up and never goes below 0', () => {
    expect(secondsUntil(10_500, 10_000)).toBe(1);
    expect(secondsUntil(10_000, 10_000)).toBe(0);
    expect(secondsUntil(5_000, 10_000)).toBe(0);
    expect(secondsUntil(null, 10_000)).toBe(0);
  });

  it('counts per key, locks from the 5th failure and forgets a day after the last one', () => {
    let now = 1_000_000;
    const counter = new FailureCounter(() => now);
    for (let i = 0; i < 4; i++) expect(counter.fail('a')).toBe(0);
    expect(counter.lockedFor('a')).toBe(0);
    expect(counter.fail('a')).toBe(30);
    expect(counter.lockedFor('b')).toBe(0);
    now += 10_000;
    expect(counter.lockedFor('a')).toBe(20);
    now += 24 * 3_600_000 + 1;
    expect(counter.lockedFor('a')).toBe(0);
    expect(counter.fail('a')).toBe(0); // counting starts again
  });
});

describe('credential mutations for the sign-in rate limit', () => {
  it.each([
    ['mutation { signIn(email: "a", password: "b") { id } }', true],
    ['mutation M { x: signIn(email: "a", password: "b") { id } }', true],
    [
      'mutation { signOut signUp(input: {email: "", password: "", displayName: ""}) { message } }',
      true,
    ],
    ['mutation { changePassword(currentPassword: "a", newPassword: "b") }', true],
    ['mutation { acceptInvitation(token: "t") { role } }', true],
    ['mutation { o: createOrganization(name: "n") { role } }', true],
    ['mutation { signOut }', false],
    ['query { me { id } }', false],
    ['query { mutation: health { status } }', false],
    ['not graphql at all mutation', false],
  ])('%s -> %s', (query, expected) => {
    expect(usesCredentialMutation({ query })).toBe(expected);
  });

  it('ignores bodies without a query', () => {
    expect(usesCredentialMutation(undefined)).toBe(false);
    expect(usesCredentialMutation({ query: 42 })).toBe(false);
  });
});

describe('roles', () => {
  const viewer: Viewer = {
    userId: 7,
    memberships: [
      { organizationId: 1, role: 'steward' },
      { organizationId: 2, role: 'viewer' },
    ],
    via: 'session',
    tokenScope: null,
  };

  it('orders roles viewer < analyst < steward < admin', () => {
    expect(roleAtLeast('admin', 'steward')).toBe(true);
    expect(roleAtLeast('steward', 'steward')).toBe(true);
    expect(roleAtLeast('analyst', 'steward')).toBe(false);
    expect(roleAtLeast('viewer', 'analyst')).toBe(false);
  });

  it('checks the role in the named organization only', () => {
    expect(hasRole(viewer, 1, 'analyst')).toBe(true);
    expect(hasRole(viewer, 2, 'analyst')).toBe(false);
    expect(hasRole(viewer, 3, 'viewer')).toBe(false);
    expect(requireRole(viewer, 1, 'steward')).toBe(7);
    expect(() => requireRole(viewer, 2, 'steward')).toThrow(/needs the steward role/);
    expect(() => requireRole(ANONYMOUS, 1, 'viewer')).toThrow(/sign in/);
  });

  it('keeps scripts out of account management and read tokens out of writes', () => {
    const token: Viewer = { ...viewer, via: 'token', tokenScope: 'read' };
    expect(() => requireSession(token)).toThrow(/API tokens cannot manage/);
    expect(() => requireWriteAccess(token)).toThrow(/read-only/);
    expect(() => requireWriteAccess({ ...token, tokenScope: 'write' })).not.toThrow();
    expect(requireSession(viewer)).toBe(7);
  });
});

describe('passwords', () => {
  it('hashes with argon2id and verifies', async () => {
    const h = await hashPassword('correct horse battery staple');
    expect(h).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(h, 'correct horse battery staple')).toBe(true);
    expect(await verifyPassword(h, 'correct horse battery stapler')).toBe(false);
    expect(await verifyPassword('not a hash', 'x')).toBe(false);
    expect(needsRehash(h)).toBe(false);
  });

  it('asks for a rehash of weaker hashes', async () => {
    const { hash } = await import('@node-rs/argon2');
    expect(needsRehash(await hash('pw', { memoryCost: 4096, timeCost: 1, algorithm: 2 }))).toBe(
      true,
    );
    expect(needsRehash('garbage')).toBe(true);
  });

  it('counts characters, not UTF-16 units', () => {
    // 12 emoji: 12 characters (24 UTF-16 units)
    expect(() => assertAcceptablePassword('p', '🔒🔑🗝️'.slice(0, 4).repeat(6))).not.toThrow();
    expect(() => assertAcceptablePassword('p', 'é'.repeat(11) + 'x')).not.toThrow();
    expect(() => assertAcceptablePassword('p', 'abcdefghijk')).toThrow(/it has 11/);
    expect(() => assertAcceptablePassword('p', 'x'.repeat(257))).toThrow(/at most 256/);
  });
});

describe('audit guard', () => {
  it('refuses details that look like secrets, at any depth, before writing', async () => {
    const neverCalled = (() => {
      throw new Error('must not write');
    }) as never;
    await expect(
      recordAudit(neverCalled, { action: 'sign_in', actorUserId: 1, details: { password: 'x' } }),
    ).rejects.toThrow(/details\.password looks like one/);
    await expect(
      recordAudit(neverCalled, {
        action: 'token_create',
        actorUserId: 1,
        details: { inner: { apiToken: 'x' } },
      }),
    ).rejects.toThrow(/details\.inner\.apiToken/);
  });
});
