/** Data access for organizations. */
import type { Knex } from 'knex';
import { T, type DbOrganization } from '../db/tables';
import { ANONYMOUS, type Viewer } from '../viewer';
import { visibleOrganizationIds } from './visibility';

export interface OrganizationQuery {
  kinds?: readonly string[] | null;
  search?: string | null;
  usState?: string | null;
  sortField: 'name' | 'kind';
  sortDirection: 'asc' | 'desc';
  offset: number;
  limit: number;
}

/** The organizations the viewer may see by name (visibleOrganizationIds), filtered. */
function filtered(knex: Knex, viewer: Viewer, q: OrganizationQuery) {
  const query = knex(T.organizations).whereIn('id', visibleOrganizationIds(knex, viewer));
  if (q.kinds?.length) void query.whereIn('kind', q.kinds);
  if (q.usState) void query.where('us_state', q.usState);
  if (q.search) void query.whereILike('name', `%${q.search.replace(/[%_\\]/g, (c) => `\\${c}`)}%`);
  return query;
}

export async function listOrganizations(
  knex: Knex,
  viewer: Viewer,
  q: OrganizationQuery,
): Promise<{ rows: DbOrganization[]; total: number }> {
  const [rows, count] = await Promise.all([
    filtered(knex, viewer, q)
      .select<DbOrganization[]>('*')
      .orderBy([
        { column: q.sortField, order: q.sortDirection },
        { column: 'id', order: 'asc' },
      ])
      .offset(q.offset)
      .limit(q.limit),
    filtered(knex, viewer, q).count<{ count: number }[]>({ count: '*' }),
  ]);
  return { rows, total: Number(count[0]?.count ?? 0) };
}

/** Organizations by id in key order (DataLoader batch function). */
export async function organizationsByIds(
  knex: Knex,
  ids: readonly number[],
): Promise<(DbOrganization | null)[]> {
  const rows = await knex(T.organizations).whereIn('id', ids).select<DbOrganization[]>('*');
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
}

/**
 * True when an organization that everyone may see by name (an anonymous caller's
 * visibleOrganizationIds) is called `name`, compared without case. Organizations known only
 * through private data never count, so the answer says nothing about them.
 */
export async function isNameListedPublicly(
  knex: Knex | Knex.Transaction,
  name: string,
): Promise<boolean> {
  const row = await knex(T.organizations)
    .whereIn('id', visibleOrganizationIds(knex, ANONYMOUS))
    .whereRaw('lower(name) = lower(?)', [name])
    .first<{ id: number } | undefined>('id');
  return row !== undefined;
}

/** Creates an organization; undefined when its slug is taken (the caller picks another). */
export async function insertOrganization(
  trx: Knex | Knex.Transaction,
  organization: Pick<DbOrganization, 'slug' | 'name' | 'kind'>,
): Promise<DbOrganization | undefined> {
  const [row] = await trx(T.organizations)
    .insert({ ...organization, country: 'US', is_illustrative: false })
    .onConflict('slug')
    .ignore()
    .returning<DbOrganization[]>('*');
  return row;
}
