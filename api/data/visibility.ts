/**
 * The scoping functions every data access path goes through: which datasets a viewer may read.
 * Public datasets are readable by anyone; private ones by members of the owning organization.
 * Coalitions see, in aggregate only, the private datasets their members shared with them.
 */
import type { Knex } from 'knex';
import { T } from '../db/tables';
import type { Viewer } from '../viewer';

/** A subquery of the ids of datasets the viewer may read record by record (line items). */
export function visibleDatasetIds(knex: Knex | Knex.Transaction, viewer: Viewer): Knex.QueryBuilder {
  const orgIds = viewer.memberships.map((m) => m.organizationId);
  return knex(T.datasets)
    .select('id')
    .whereNull('pending_import_job') // still being written by an import: nobody sees it yet
    .where((q) => {
      void q.where('visibility', 'public');
      if (orgIds.length > 0) void q.orWhereIn('owner_organization_id', orgIds);
    });
}

/**
 * A subquery of the ids of datasets the viewer may see in aggregates (totals by type, year, state,
 * category): the visible ones plus, for coalition members, the datasets shared with the coalition.
 */
export function aggregateDatasetIds(knex: Knex | Knex.Transaction, viewer: Viewer): Knex.QueryBuilder {
  const orgIds = viewer.memberships.map((m) => m.organizationId);
  const visible = visibleDatasetIds(knex, viewer);
  if (orgIds.length === 0) return visible;
  return visible.union(sharedWithCoalitionsOf(knex, orgIds));
}

/**
 * Ids of the datasets shared with any of `orgIds` that is a coalition. The kind is checked here
 * too, not only when a share is made, so that a share row pointing at a non-coalition never
 * widens anyone's view.
 */
function sharedWithCoalitionsOf(
  knex: Knex | Knex.Transaction,
  orgIds: readonly number[],
): Knex.QueryBuilder {
  return knex(`${T.datasetShares} as s`)
    .join(`${T.organizations} as c`, 'c.id', 's.coalition_id')
    .where('c.kind', 'COALITION')
    .whereIn('s.coalition_id', orgIds)
    .select('s.dataset_id as id');
}

/**
 * A subquery of the ids of datasets the viewer sees only pooled, in aggregates, never record by
 * record: shared with one of the viewer's coalitions and not otherwise visible. Analytics that
 * could narrow a group down to one member's line items (grouping by dataset, recipient or funder)
 * must leave these out of such groupings.
 */
export function pooledOnlyDatasetIds(
  knex: Knex | Knex.Transaction,
  viewer: Viewer,
): Knex.QueryBuilder {
  const orgIds = viewer.memberships.map((m) => m.organizationId);
  if (orgIds.length === 0) return knex(T.datasets).select('id').whereRaw('false');
  return knex
    .select('p.id')
    .from(sharedWithCoalitionsOf(knex, orgIds).as('p'))
    .whereNotIn('p.id', visibleDatasetIds(knex, viewer));
}

/** True when the viewer may read the dataset record by record (false too when it does not exist). */
export async function isDatasetVisible(
  knex: Knex | Knex.Transaction,
  viewer: Viewer,
  datasetId: number,
): Promise<boolean> {
  const row = await knex(T.datasets)
    .where('id', datasetId)
    .whereIn('id', visibleDatasetIds(knex, viewer))
    .first<{ id: number } | undefined>('id');
  return row !== undefined;
}

/** Where a record names an organization: table and column. */
const ORGANIZATION_REFERENCES = [
  [T.grants, 'funder_id'],
  [T.grants, 'recipient_id'],
  [T.trainings, 'provider_id'],
  [T.serviceRecords, 'provider_id'],
  [T.datasets, 'owner_organization_id'],
] as const;

/**
 * A subquery of the ids of organizations the viewer may see by name. An organization that exists
 * only through private data (created by a private import: named by records of, or owning, datasets
 * the viewer cannot read) is hidden; every other one is listed: registered organizations (with
 * members, the viewer's own among them), those named in data the viewer can read, and those no
 * data names.
 */
export function visibleOrganizationIds(
  knex: Knex | Knex.Transaction,
  viewer: Viewer,
): Knex.QueryBuilder {
  const readable = visibleDatasetIds(knex, viewer);
  const named = (table: string, column: string) =>
    knex(table).select(knex.raw('1')).whereRaw('?? = o.id', [`${table}.${column}`]);
  return knex(`${T.organizations} as o`)
    .select('o.id')
    .where((q) => {
      void q.whereExists(named(T.memberships, 'organization_id'));
      for (const [table, column] of ORGANIZATION_REFERENCES) {
        const datasetColumn = table === T.datasets ? `${T.datasets}.id` : `${table}.dataset_id`;
        void q.orWhereExists(named(table, column).whereIn(datasetColumn, readable));
      }
      void q.orWhere((none) => {
        for (const [table, column] of ORGANIZATION_REFERENCES) {
          void none.whereNotExists(named(table, column));
        }
      });
    });
}
