/**
 * Real and illustrative data (docs/methodology.md, "Real and illustrative data"). Illustrative
 * (demo) datasets are left out of resource figures when the scope asks for real data only, and by
 * default when the caller can see real resource data: imported data replaces the demo rather than
 * being added to it. A scope that names its datasets gets exactly those.
 */
import type { Knex } from 'knex';
import { T } from '../../db/tables';
import type { Viewer } from '../../viewer';
import { aggregateDatasetIds } from '../visibility';
import type { Scope } from './scope';

export const ILLUSTRATIVE_DATA = ['AUTO', 'EXCLUDE', 'INCLUDE'] as const;
export type IllustrativeData = (typeof ILLUSTRATIVE_DATA)[number];

/** The tables of yearly resource records (research counts covering a period are not resources). */
const RESOURCE_RECORDS: ReadonlyArray<readonly [string, string | null]> = [
  [T.grants, null],
  [T.trainings, null],
  [T.serviceRecords, null],
  [T.researchOutputs, 'x.period_end IS NULL'],
];

/**
 * SQL of the ids of the datasets with records in `table` (meeting `condition`), by a loose index
 * scan of its dataset_id index: one index descent per such dataset, whatever the table's size.
 * (An EXISTS per dataset is planned as a scan expected to stop at its first row, since most
 * records belong to a few datasets; for a dataset without records it read all million grants.)
 */
function datasetsWithRecords(table: string, condition: string | null): string {
  const and = condition ? ` AND ${condition}` : '';
  return `SELECT id FROM (WITH RECURSIVE s(id) AS (
      SELECT min(x.dataset_id) FROM ${table} x WHERE true${and}
      UNION ALL
      SELECT (SELECT min(x.dataset_id) FROM ${table} x WHERE x.dataset_id > s.id${and}) FROM s WHERE s.id IS NOT NULL
    ) SELECT id FROM s WHERE id IS NOT NULL) AS ${table}_datasets`;
}

/** SQL of the ids of the datasets that hold resource records, of any kind. */
function datasetsWithResourceRecords(): string {
  return RESOURCE_RECORDS.map(([table, condition]) => datasetsWithRecords(table, condition)).join(
    '\n      UNION ALL\n      ',
  );
}

/** A subquery of the real (not illustrative) datasets with resource records the viewer can see. */
export function realResourceDatasetIds(knex: Knex, viewer: Viewer): Knex.QueryBuilder {
  return knex(`${T.datasets} as d`)
    .select('d.id')
    .where('d.is_illustrative', false)
    .whereIn('d.id', aggregateDatasetIds(knex, viewer))
    .whereRaw(`d.id IN (${datasetsWithResourceRecords()})`);
}

/**
 * A subquery of the dataset ids the scope leaves out as illustrative, or null when none are:
 * EXCLUDE leaves out every illustrative dataset; AUTO those only when the viewer sees real
 * resource data (and the scope does not name its datasets); INCLUDE none.
 */
export function excludedIllustrativeIds(
  knex: Knex,
  viewer: Viewer,
  scope: Scope,
): Knex.QueryBuilder | null {
  if (scope.illustrativeData === 'INCLUDE') return null;
  if (scope.illustrativeData === 'AUTO' && scope.datasetIds) return null;
  const illustrative = knex(T.datasets).select('id').where('is_illustrative', true);
  if (scope.illustrativeData === 'EXCLUDE') return illustrative;
  return illustrative.whereExists(realResourceDatasetIds(knex, viewer));
}

/** A dataset the viewer sees in aggregates, with what the analytics ask of it. */
export interface AggregateDataset {
  id: number;
  ownerOrganizationId: number | null;
  illustrative: boolean;
  /** Holds resource records (grants, trainings, service records, yearly research counts). */
  hasResourceRecords: boolean;
}

/**
 * Every dataset the viewer sees in aggregates, in id order, with its owner, its illustrative flag
 * and whether it holds resource records, in one statement: what disclosure decisions and the
 * real-data switch need of datasets, read once for a request instead of once per figure.
 */
export async function aggregateDatasets(knex: Knex, viewer: Viewer): Promise<AggregateDataset[]> {
  const rows = await knex(`${T.datasets} as d`)
    .select<{ id: number; owner_organization_id: number | null; is_illustrative: boolean; has_records: boolean }[]>(
      'd.id',
      'd.owner_organization_id',
      'd.is_illustrative',
      knex.raw(`d.id IN (${datasetsWithResourceRecords()}) AS has_records`),
    )
    .whereIn('d.id', aggregateDatasetIds(knex, viewer))
    .orderBy('d.id');
  return rows.map((r) => ({
    id: Number(r.id),
    ownerOrganizationId: r.owner_organization_id === null ? null : Number(r.owner_organization_id),
    illustrative: r.is_illustrative,
    hasResourceRecords: r.has_records,
  }));
}
