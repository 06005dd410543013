/**
 * Research counts that cover a period (docs/methodology.md, "Research counts and periods"): one
 * total per dataset, period and kind of output, by type, never added to yearly series. A period
 * is in scope when it overlaps the scope's years (a period without a known first year is taken to
 * start before any year); real and illustrative data are chosen as for every resource figure.
 */
import type { Knex } from 'knex';
import type { ResearchKind, TraffickingType } from '../../../core/vocabulary';
import { T } from '../../db/tables';
import type { Viewer } from '../../viewer';
import { aggregateDatasetIds } from '../visibility';
import { excludedIllustrativeIds } from './dataSelection';
import type { Scope } from './scope';

export interface ResearchPeriodRow {
  datasetId: number;
  periodStart: number | null;
  periodEnd: number;
  kind: ResearchKind;
  labor: number;
  sex: number;
  both: number;
  unspecified: number;
  total: number;
}

interface RawPeriodRow {
    dataset_id: number;
    period_start: number | null;
    period_end: number;
    kind: ResearchKind;
    labor_count: number;
    sex_count: number;
    both_count: number;
    unspecified_count: number;
    total: number;
  }

export async function researchPeriodRows(
  knex: Knex,
  viewer: Viewer,
  scope: Scope,
): Promise<ResearchPeriodRow[]> {
  const query = knex(`${T.researchOutputs} as r`)
    .whereNotNull('r.period_end')
    .whereNotNull('r.output_count')
    .whereIn('r.dataset_id', aggregateDatasetIds(knex, viewer));
  const leftOut = excludedIllustrativeIds(knex, viewer, scope);
  if (leftOut) void query.whereNotIn('r.dataset_id', leftOut);
  if (scope.datasetIds) void query.whereIn('r.dataset_id', scope.datasetIds);
  if (scope.yearFrom !== null) void query.where('r.period_end', '>=', scope.yearFrom);
  if (scope.yearTo !== null) {
    const yearTo = scope.yearTo;
    void query.where((q) => {
      void q.whereNull('r.period_start').orWhere('r.period_start', '<=', yearTo);
    });
  }
  // The types are constants of the vocabulary, not input.
  const count = (type: TraffickingType) =>
    knex.raw(
      `coalesce(sum(r.output_count) FILTER (WHERE r.type_focus = '${type}'), 0)::float8 AS ${type.toLowerCase()}_count`,
    );
  const rows = (await query
    .select(
      'r.dataset_id',
      'r.period_start',
      'r.period_end',
      'r.kind',
      count('LABOR'),
      count('SEX'),
      count('BOTH'),
      count('UNSPECIFIED'),
      knex.raw('sum(r.output_count)::float8 AS total'),
    )
    .groupBy('r.dataset_id', 'r.period_start', 'r.period_end', 'r.kind')
    .orderBy([
      { column: 'r.period_end', order: 'desc' },
      { column: 'r.dataset_id' },
      { column: 'r.kind' },
    ])) as RawPeriodRow[];
  return rows.map((r) => ({
    datasetId: Number(r.dataset_id),
    periodStart: r.period_start === null ? null : Number(r.period_start),
    periodEnd: Number(r.period_end),
    kind: r.kind,
    labor: r.labor_count,
    sex: r.sex_count,
    both: r.both_count,
    unspecified: r.unspecified_count,
    total: r.total,
  }));
}
