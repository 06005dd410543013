/**
 * Password hashing (argon2id, OWASP's recommended parameters: 19 MiB, 2 passes, 1 lane) and the
 * rules a new password must meet. Plaintext passwords live only in the request that carries them:
 * they are never stored, logged or put into an error message.
 */
import { hash, parseOptions, verify } from '@node-rs/argon2';
import { BadUserInputError } from '../errors';

// `Algorithm.Argon2id` is a const enum, which isolatedModules cannot read; its value is 2.
const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 12;
/** Long enough for any passphrase; bounded so that hashing cannot be used to exhaust the server. */
export const MAX_PASSWORD_LENGTH = 256;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** True when `password` matches `passwordHash`; false (never an exception) for a malformed hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  if (password.length > MAX_PASSWORD_LENGTH) return false;
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** True when a stored hash was made with weaker parameters than today's and should be redone. */
export function needsRehash(passwordHash: string): boolean {
  try {
    const o = parseOptions(passwordHash);
    return (
      Number(o.algorithm) !== ARGON2ID ||
      o.memoryCost < OPTIONS.memoryCost ||
      o.timeCost < OPTIONS.timeCost
    );
  } catch {
    return true;
  }
}

let dummyHash: Promise<string> | undefined;
/**
 * Verifies against a throwaway hash, so that a sign-in with an unknown email address takes as long
 * as one with a known address and a wrong password (no user enumeration by timing).
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword('fairshare-dummy-password-for-timing');
  await verifyPassword(await dummyHash, password);
  return false;
}

/**
 * Checks a new password: 12 to 256 characters, not the email address or display name, not one
 * character repeated. Throws BAD_USER_INPUT naming `field`; the message never repeats the password.
 */
export function assertAcceptablePassword(
  field: string,
  password: string,
  about: { email?: string; displayName?: string } = {},
): void {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) {
    throw new BadUserInputError(
      field,
      `The password must be at least ${MIN_PASSWORD_LENGTH} characters long (it has ${length}). A few unrelated words make a good one.`,
    );
  }
  if (length > MAX_PASSWORD_LENGTH) {
    throw new BadUserInputError(
      field,
      `The password must be at most ${MAX_PASSWORD_LENGTH} characters long (it has ${length}).`,
    );
  }
  const lower = password.toLowerCase();
  const email = about.email?.toLowerCase();
  const name = about.displayName?.toLowerCase();
  if ((email && lower === email) || (name && lower === name)) {
    throw new BadUserInputError(field, 'The password must not be your email address or name.');
  }
  if (new Set(password).size === 1) {
    throw new BadUserInputError(field, 'The password must not be one character repeated.');
  }
}
