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

/**
 * The tables of yearly resource records (research counts covering a period are not resources).
 * Grants are probed through their rollup (a dataset has grants exactly when it has rollup cells:
 * the triggers drop empty cells): PostgreSQL plans `exists` over a million grants of one dataset
 * as a scan expected to stop at once, which reads every grant for each dataset without any.
 */
const RESOURCE_RECORDS: ReadonlyArray<readonly [string, string | null]> = [
  [T.grantRollups, "x.grain = 'category'"],
  [T.trainings, null],
  [T.serviceRecords, null],
  [T.researchOutputs, 'x.period_end IS NULL'],
];

/** A subquery of the real (not illustrative) datasets with resource records the viewer can see. */
export function realResourceDatasetIds(knex: Knex, viewer: Viewer): Knex.QueryBuilder {
  return knex(`${T.datasets} as d`)
    .select('d.id')
    .where('d.is_illustrative', false)
    .whereIn('d.id', aggregateDatasetIds(knex, viewer))
    .where((q) => {
      for (const [table, condition] of RESOURCE_RECORDS) {
        void q.orWhereExists(
          knex(`${table} as x`)
            .select(knex.raw('1'))
            .whereRaw('x.dataset_id = d.id')
            .modify((s) => {
              if (condition) void s.whereRaw(condition);
            }),
        );
      }
    });
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

/** Ids of the real resource datasets the viewer sees, in id order. */
export async function listRealResourceDatasetIds(knex: Knex, viewer: Viewer): Promise<number[]> {
  const rows = await knex
    .select('r.id')
    .from(realResourceDatasetIds(knex, viewer).as('r'))
    .orderBy('r.id');
  return rows.map((r: { id: number }) => Number(r.id));
}
