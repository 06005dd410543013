/**
 * Signing in and out. Every failure says the same sentence, whether the address has no account,
 * the password is wrong or the account is disabled, and takes as long (an unknown address is
 * verified against a dummy hash). After FREE_FAILURES failures for one address (account or not)
 * or from one client address, sign-in is locked with exponential back-off; the lock message is
 * the same for all three, so it reveals no account either.
 */
import type { Knex } from 'knex';
import {
  clearSignInFailures,
  countFailedSignIn,
  lockUserUntil,
  normalizeEmail,
  userById,
  userWithSecretsByEmail,
  type UserRow,
} from '../data/accounts';
import { BadUserInputError, TooManyRequestsError, UnauthenticatedError } from '../errors';
import { recordAudit } from './audit';
import { lockDuration, secondsUntil, type SignInCounters } from './backoff';
import {
  hashPassword,
  MAX_PASSWORD_LENGTH,
  needsRehash,
  verifyAgainstDummy,
  verifyPassword,
} from './passwords';
import { digest } from './secrets';
import { createSession, deleteSession } from './sessions';

export const SIGN_IN_FAILED = 'The email address or password is not correct.';

export class SignInFailedError extends UnauthenticatedError {
  constructor() {
    super(SIGN_IN_FAILED);
  }
}

function tooMany(seconds: number): TooManyRequestsError {
  const wait = seconds === 1 ? '1 second' : `${seconds} seconds`;
  return new TooManyRequestsError(`Too many failed sign-ins. Wait ${wait} and try again.`, seconds);
}

export interface SignInAttempt {
  email: string;
  password: string;
  /** The client address (rate-limit key: IPv6 grouped by /56). */
  address: string;
}

/** Checks the credentials; on success starts a session and returns the user and the cookie value. */
export async function signIn(
  knex: Knex,
  counters: SignInCounters,
  attempt: SignInAttempt,
  now = new Date(),
): Promise<{ user: UserRow; cookie: string }> {
  const email = normalizeEmail(attempt.email);
  if (email.length === 0 || attempt.password.length === 0) {
    throw new BadUserInputError(
      email.length === 0 ? 'email' : 'password',
      'Enter your email address and your password.',
    );
  }
  const addressWait = await counters.byAddress.lockedFor(attempt.address);
  if (addressWait > 0) throw tooMany(addressWait);

  const user = email.length <= 254 ? await userWithSecretsByEmail(knex, email) : undefined;
  if (!user) {
    const key = digest(email);
    const wait = await counters.byUnknownEmail.lockedFor(key);
    if (wait > 0) throw tooMany(wait);
    await verifyAgainstDummy(attempt.password);
    await counters.byUnknownEmail.fail(key);
    await counters.byAddress.fail(attempt.address);
    // No email here: a mistyped address is sometimes a password typed in the wrong field.
    await recordAudit(knex, {
      action: 'sign_in_failed',
      actorUserId: null,
      details: { address: attempt.address, reason: 'no such account' },
    });
    throw new SignInFailedError();
  }

  const accountWait = secondsUntil(user.locked_until, now.getTime());
  if (accountWait > 0) throw tooMany(accountWait);

  const passwordOk =
    attempt.password.length <= MAX_PASSWORD_LENGTH &&
    (await verifyPassword(user.password_hash, attempt.password));
  if (!passwordOk || user.disabled_at !== null) {
    await counters.byAddress.fail(attempt.address);
    await knex.transaction(async (trx) => {
      const failures = await countFailedSignIn(trx, user.id);
      const lock = lockDuration(failures);
      if (lock > 0) await lockUserUntil(trx, user.id, new Date(now.getTime() + lock));
      await recordAudit(trx, {
        action: 'sign_in_failed',
        actorUserId: user.id,
        entity: 'user',
        entityId: user.id,
        details: {
          address: attempt.address,
          reason: user.disabled_at !== null ? 'account disabled' : 'wrong password',
          failures,
        },
      });
    });
    throw new SignInFailedError();
  }

  // Hash before opening the transaction: the embedded database has one connection.
  const rehashed = needsRehash(user.password_hash) ? await hashPassword(attempt.password) : null;
  await counters.byUnknownEmail.clear(digest(email));
  return knex.transaction(async (trx) => {
    await clearSignInFailures(trx, user.id, rehashed);
    const { cookie } = await createSession(trx, user.id, now);
    await recordAudit(trx, {
      action: 'sign_in',
      actorUserId: user.id,
      entity: 'user',
      entityId: user.id,
      details: { address: attempt.address },
    });
    // Enabled: a disabled account never gets this far.
    const fresh = (await userById(trx, user.id))!;
    return { user: fresh, cookie };
  });
}

/** Ends the session behind `cookie`, if any. */
export async function signOut(
  knex: Knex,
  userId: number | null,
  cookie: string | null,
): Promise<void> {
  if (cookie === null) return;
  await knex.transaction(async (trx) => {
    await deleteSession(trx, cookie);
    if (userId !== null) {
      await recordAudit(trx, {
        action: 'sign_out',
        actorUserId: userId,
        entity: 'user',
        entityId: userId,
      });
    }
  });
}
