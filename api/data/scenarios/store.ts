/**
 * Saved scenarios: one `scenarios` row per scenario (owner, organization, name, share-link digest,
 * soft delete) and one `scenario_versions` row per saved version (settings, data vintages and the
 * recorded baseline). Versions are never changed once written. Functions take the knex or
 * transaction first; inside a transaction pass the transaction.
 */
import type { Knex } from 'knex';
import { T } from '../../db/tables';
import type { Viewer } from '../../viewer';

export interface DbScenario {
  id: string;
  owner_user_id: number | null;
  organization_id: number | null;
  name: string;
  share_token_hash: string | null;
  latest_version: number;
  created_at: Date;
  deleted_at: Date | null;
}

export interface DbScenarioVersion {
  scenario_id: string;
  version: number;
  params: unknown;
  data_vintages: unknown;
  summary: unknown;
  created_by: number | null;
  created_at: Date;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a well-formed scenario id (anything else cannot exist; no query is made). */
export const isScenarioId = (id: string): boolean => UUID.test(id);

/** A scenario that is not deleted, or undefined. */
export async function scenarioById(
  knex: Knex | Knex.Transaction,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<DbScenario | undefined> {
  if (!isScenarioId(id)) return undefined;
  const query = knex(T.scenarios).where('id', id).whereNull('deleted_at').first<DbScenario | undefined>('*');
  if (options.forUpdate) void query.forUpdate();
  return query;
}

export async function scenarioVersion(
  knex: Knex | Knex.Transaction,
  id: string,
  version: number,
): Promise<DbScenarioVersion | undefined> {
  return knex(T.scenarioVersions)
    .where({ scenario_id: id, version })
    .first<DbScenarioVersion | undefined>('*');
}

export interface VersionInfoRow {
  version: number;
  created_at: Date;
  saved_by: string | null;
}

/** Every version of a scenario, newest first, with who saved it. */
export function scenarioVersions(knex: Knex, id: string): Promise<VersionInfoRow[]> {
  return knex(`${T.scenarioVersions} as v`)
    .leftJoin(`${T.users} as u`, 'u.id', 'v.created_by')
    .where('v.scenario_id', id)
    .orderBy('v.version', 'desc')
    .select<VersionInfoRow[]>('v.version', 'v.created_at', 'u.display_name as saved_by');
}

/** Display names of users by id in key order (DataLoader batch function); null when absent. */
export async function displayNamesByIds(
  knex: Knex,
  ids: readonly number[],
): Promise<(string | null)[]> {
  const rows = await knex(T.users)
    .whereIn('id', ids)
    .select<{ id: number; display_name: string }[]>('id', 'display_name');
  const byId = new Map(rows.map((r) => [r.id, r.display_name]));
  return ids.map((id) => byId.get(id) ?? null);
}

export interface NewVersion {
  params: unknown;
  dataVintages: unknown;
  summary: unknown;
  createdBy: number;
}

/** Creates a scenario at version 1; returns its id. */
export async function insertScenario(
  trx: Knex.Transaction,
  s: { ownerUserId: number; organizationId: number | null; name: string },
  v: NewVersion,
): Promise<string> {
  const [row] = await trx(T.scenarios)
    .insert({ owner_user_id: s.ownerUserId, organization_id: s.organizationId, name: s.name, latest_version: 1 })
    .returning<{ id: string }[]>('id');
  await insertVersion(trx, row!.id, 1, v);
  return row!.id;
}

async function insertVersion(trx: Knex.Transaction, id: string, version: number, v: NewVersion) {
  await trx(T.scenarioVersions).insert({
    scenario_id: id,
    version,
    params: JSON.stringify(v.params),
    data_vintages: JSON.stringify(v.dataVintages),
    summary: JSON.stringify(v.summary),
    created_by: v.createdBy,
  });
}

/** Adds version latest + 1 (the row must be locked by the caller) and optionally renames. */
export async function appendVersion(
  trx: Knex.Transaction,
  current: DbScenario,
  v: NewVersion,
  name: string | null,
): Promise<number> {
  const version = current.latest_version + 1;
  await insertVersion(trx, current.id, version, v);
  await trx(T.scenarios)
    .where('id', current.id)
    .update({ latest_version: version, ...(name === null ? {} : { name }) });
  return version;
}

export async function softDeleteScenario(trx: Knex.Transaction, id: string): Promise<void> {
  await trx(T.scenarios).where('id', id).update({ deleted_at: trx.fn.now(), share_token_hash: null });
}

export async function setShareTokenHash(
  trx: Knex.Transaction,
  id: string,
  hash: string | null,
): Promise<void> {
  await trx(T.scenarios).where('id', id).update({ share_token_hash: hash });
}

/** Scenarios the viewer owns or that belong to one of the viewer's organizations. */
function readableByMembership(knex: Knex, viewer: Viewer): Knex.QueryBuilder {
  const orgIds = viewer.memberships.map((m) => m.organizationId);
  return knex(`${T.scenarios} as s`)
    .whereNull('s.deleted_at')
    .where((q) => {
      void q.where('s.owner_user_id', viewer.userId ?? -1);
      if (orgIds.length > 0) void q.orWhereIn('s.organization_id', orgIds);
    });
}

/** A page of readable scenarios, the latest saved first. */
export async function listReadableScenarios(
  knex: Knex,
  viewer: Viewer,
  offset: number,
  limit: number,
): Promise<{ rows: DbScenario[]; total: number }> {
  if (viewer.userId === null) return { rows: [], total: 0 };
  const [rows, count] = await Promise.all([
    readableByMembership(knex, viewer)
      .join(`${T.scenarioVersions} as v`, (j) => {
        j.on('v.scenario_id', 's.id').andOn('v.version', 's.latest_version');
      })
      .orderBy([
        { column: 'v.created_at', order: 'desc' },
        { column: 's.id', order: 'asc' },
      ])
      .offset(offset)
      .limit(limit)
      .select<DbScenario[]>('s.*'),
    readableByMembership(knex, viewer).count<{ count: number }[]>({ count: '*' }),
  ]);
  return { rows, total: Number(count[0]?.count ?? 0) };
}
