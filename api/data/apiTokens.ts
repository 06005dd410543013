/** Data access for API tokens (the rules, secrets and scopes are in api/auth/tokens.ts). */
import type { Knex } from 'knex';
import { T, type DbApiToken } from '../db/tables';

/** Columns safe to return to the token's owner (everything but the hash). */
export const API_TOKEN_COLUMNS = [
  'id',
  'user_id',
  'name',
  'prefix',
  'scope',
  'created_at',
  'last_used_at',
  'revoked_at',
] as const;
export type ApiTokenRow = Pick<DbApiToken, (typeof API_TOKEN_COLUMNS)[number]>;

export async function insertApiToken(
  trx: Knex | Knex.Transaction,
  token: Pick<DbApiToken, 'user_id' | 'name' | 'token_hash' | 'prefix' | 'scope'>,
): Promise<ApiTokenRow> {
  const [row] = await trx(T.apiTokens)
    .insert(token)
    .returning<ApiTokenRow[]>([...API_TOKEN_COLUMNS]);
  return row!;
}

/** The unrevoked token with this hash whose user is not disabled, or undefined. */
export function liveApiTokenByHash(
  knex: Knex,
  tokenHash: string,
): Promise<Pick<DbApiToken, 'id' | 'user_id' | 'scope' | 'last_used_at'> | undefined> {
  return knex(T.apiTokens)
    .join(T.users, 'users.id', 'api_tokens.user_id')
    .where('api_tokens.token_hash', tokenHash)
    .whereNull('api_tokens.revoked_at')
    .whereNull('users.disabled_at')
    .first<Pick<DbApiToken, 'id' | 'user_id' | 'scope' | 'last_used_at'> | undefined>(
      'api_tokens.id',
      'api_tokens.user_id',
      'api_tokens.scope',
      'api_tokens.last_used_at',
    );
}

export async function touchApiToken(knex: Knex, tokenId: number, at: Date): Promise<void> {
  await knex(T.apiTokens).where('id', tokenId).update({ last_used_at: at });
}

/** The user's tokens, newest first, revoked ones included. */
export function apiTokensOfUser(knex: Knex, userId: number): Promise<ApiTokenRow[]> {
  return knex(T.apiTokens)
    .where('user_id', userId)
    .orderBy([
      { column: 'created_at', order: 'desc' },
      { column: 'id', order: 'desc' },
    ])
    .select<ApiTokenRow[]>([...API_TOKEN_COLUMNS]);
}

export function apiTokenOfUser(
  trx: Knex | Knex.Transaction,
  userId: number,
  tokenId: number,
): Promise<ApiTokenRow | undefined> {
  return trx(T.apiTokens)
    .where({ id: tokenId, user_id: userId })
    .first<ApiTokenRow | undefined>([...API_TOKEN_COLUMNS]);
}

export async function markApiTokenRevoked(
  trx: Knex | Knex.Transaction,
  tokenId: number,
  at: Date,
): Promise<ApiTokenRow> {
  const [row] = await trx(T.apiTokens)
    .where({ id: tokenId })
    .update({ revoked_at: at })
    .returning<ApiTokenRow[]>([...API_TOKEN_COLUMNS]);
  return row!;
}
