/**
 * API tokens for scripts: `Authorization: Bearer fs_...`. A token is shown once, when created;
 * the database keeps its SHA-256 (api_tokens.token_hash) and its first characters (prefix) so that
 * its owner can recognise it in a list. Tokens are read or write scoped and revocable; a revoked
 * token, or one whose user is disabled, is refused with 401.
 */
import type { Knex } from 'knex';
import { NotFoundError } from '../errors';
import {
  API_TOKEN_COLUMNS,
  apiTokenOfUser,
  apiTokensOfUser,
  insertApiToken,
  liveApiTokenByHash,
  markApiTokenRevoked,
  touchApiToken,
  type ApiTokenRow,
} from '../data/apiTokens';
import type { DbApiToken } from '../db/tables';
import { forgetRecentViewers } from './recentViewers';
import { digest, newSecret, TOKEN_PREFIX } from './secrets';

export type TokenScope = DbApiToken['scope'];
/** Characters of the token kept in clear: "fs_" plus 6 of its 43 random characters. */
const SHOWN_PREFIX_LENGTH = TOKEN_PREFIX.length + 6;
/** last_used_at is written at most this often per token. */
const TOUCH_INTERVAL_MS = 60_000;

export { API_TOKEN_COLUMNS, type ApiTokenRow };

/** Creates a token; returns it in clear (to show once) with its stored row. */
export async function createApiToken(
  trx: Knex | Knex.Transaction,
  userId: number,
  name: string,
  scope: TokenScope,
): Promise<{ token: string; row: ApiTokenRow }> {
  const token = newSecret(TOKEN_PREFIX);
  const row = await insertApiToken(trx, {
    user_id: userId,
    name,
    token_hash: digest(token),
    prefix: token.slice(0, SHOWN_PREFIX_LENGTH),
    scope,
  });
  return { token, row };
}

/** True when the header value looks like one of our tokens (not proof that it is valid). */
export function looksLikeToken(value: string): boolean {
  return /^fs_[A-Za-z0-9_-]{43}$/.test(value);
}

/** The user and scope of a live token, or null (unknown, revoked, or its user disabled). */
export async function resolveApiToken(
  knex: Knex,
  token: string,
  now = new Date(),
): Promise<{ userId: number; scope: TokenScope; tokenId: number } | null> {
  if (!looksLikeToken(token)) return null;
  const row = await liveApiTokenByHash(knex, digest(token));
  if (!row) return null;
  const last = row.last_used_at ? new Date(row.last_used_at).getTime() : 0;
  if (now.getTime() - last > TOUCH_INTERVAL_MS) {
    await touchApiToken(knex, row.id, now);
  }
  return { userId: row.user_id, scope: row.scope, tokenId: row.id };
}

/** The user's tokens, newest first, revoked ones included (with revokedAt). */
export function listApiTokens(knex: Knex, userId: number): Promise<ApiTokenRow[]> {
  return apiTokensOfUser(knex, userId);
}

/**
 * Revokes one of the user's own tokens (idempotent: revoking twice keeps the first time).
 * NOT_FOUND when the id is not one of the user's tokens.
 */
export async function revokeApiToken(
  trx: Knex | Knex.Transaction,
  userId: number,
  tokenId: number,
  now = new Date(),
): Promise<ApiTokenRow> {
  const existing = await apiTokenOfUser(trx, userId, tokenId);
  if (!existing) throw new NotFoundError(`You have no API token with id ${tokenId}.`);
  if (existing.revoked_at) return existing;
  forgetRecentViewers();
  return markApiTokenRevoked(trx, tokenId, now);
}

/** A token just created: the secret (shown once) and its row. */
export interface NewApiTokenRow {
  token: string;
  row: ApiTokenRow;
}
