/** Pure helpers of the sign-in and account pages (tested in tests/client/account). */
import type { Role } from '../generated/graphql';

/** Roles from least to most rights; each includes the ones before it. */
export const ROLE_ORDER: readonly Role[] = ['VIEWER', 'ANALYST', 'STEWARD', 'ADMIN'];

export const ROLE_LABELS: Record<Role, string> = {
  VIEWER: 'Viewer',
  ANALYST: 'Analyst',
  STEWARD: 'Steward',
  ADMIN: 'Admin',
};

/** What each role may do, in a sentence (matches the README and the schema). */
export const ROLE_RIGHTS: Record<Role, string> = {
  VIEWER: 'reads the organization’s private data',
  ANALYST: 'also saves scenarios',
  STEWARD: 'also imports and corrects data and sees exact counts',
  ADMIN: 'also invites and removes members, changes roles and reads the audit log',
};

/** Whether `role` includes the rights of `needed`. */
export function hasRole(role: Role, needed: Role): boolean {
  return ROLE_ORDER.indexOf(role) >= ROLE_ORDER.indexOf(needed);
}

/**
 * Where to go after signing in: the `next` address when it is a path of this site (never another
 * site: `//host`, `/\host` and schemes are refused), and never back to the sign-in page itself.
 */
export function safeNextPath(raw: string | null | undefined): string {
  if (!raw) return '/';
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/';
  for (const ch of raw) if (ch.charCodeAt(0) < 32) return '/';
  const path = raw.split(/[?#]/)[0]!.replace(/\/+$/, '');
  if (path === '/signin') return '/';
  return raw;
}

/** The sign-in address that comes back to `current` (a path and query) afterwards. */
export function signInHref(current: string): string {
  const next = safeNextPath(current);
  return next === '/' ? '/signin' : `/signin?next=${encodeURIComponent(next)}`;
}

/** An ISO 8601 instant as a short date and time in the reader's locale, or a dash. */
export function formatWhen(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

const ACTIONS: Record<string, string> = {
  sign_in: 'Signed in',
  sign_in_failed: 'Failed sign-in',
  sign_out: 'Signed out',
  sign_up: 'Created an account',
  user_create: 'Account created',
  password_change: 'Changed password',
  password_reset: 'Password reset',
  token_create: 'Created an API token',
  token_revoke: 'Revoked an API token',
  organization_create: 'Created the organization',
  invitation_create: 'Invited a member',
  invitation_revoke: 'Withdrew an invitation',
  invitation_accept: 'Accepted an invitation',
  role_change: 'Changed a role',
  member_remove: 'Removed a member',
  dataset_share: 'Pooled a dataset',
  dataset_unshare: 'Stopped pooling a dataset',
  import: 'Imported data',
  import_rollback: 'Import rolled back',
  correction: 'Corrected data',
  deletion: 'Deleted data',
};

/** An audit action code as words ("token_create" -> "Created an API token"). */
export function describeAction(action: string): string {
  const known = ACTIONS[action];
  if (known) return known;
  const words = action.replace(/_/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : action;
}

/**
 * An audit entry's details (a JSON object as text) as "key: value" pairs, for a table cell.
 * Anything that is not a JSON object is shown as it is.
 */
export function describeDetails(details: string | null | undefined): string {
  if (!details) return '';
  let parsed: unknown;
  try {
    parsed = JSON.parse(details);
  } catch {
    return details;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return details;
  return Object.entries(parsed as Record<string, unknown>)
    .map(
      ([k, v]) =>
        `${k}: ${typeof v === 'object' || typeof v === 'undefined' ? JSON.stringify(v) : String(v as string | number | boolean)}`,
    )
    .join('; ');
}
