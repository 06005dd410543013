/** Need figures in SQL: per basis, year, geography and type, one figure (the newest dataset's). */
import type { Knex } from 'knex';
import type { NeedFigure } from '../../../core/equity/index';
import type { NeedBasis } from '../../../core/vocabulary';
import { T } from '../../db/tables';
import type { Viewer } from '../../viewer';
import { aggregateDatasetIds } from '../visibility';

export interface BasisFigure extends NeedFigure {
  basis: NeedBasis;
}

/**
 * Every visible need figure (optionally of some bases and datasets). Where two datasets publish a
 * figure for the same basis, year, geography and type, the one with the later vintage wins.
 */
export async function needFigures(
  knex: Knex,
  viewer: Viewer,
  options: { bases?: readonly NeedBasis[]; datasetIds?: readonly number[] | null } = {},
): Promise<BasisFigure[]> {
  const query = knex(`${T.needIndicators} as n`)
    .join(`${T.datasets} as d`, 'd.id', 'n.dataset_id')
    .whereIn('n.dataset_id', aggregateDatasetIds(knex, viewer))
    .distinctOn('n.basis', 'n.year', 'n.geography', 'n.trafficking_type')
    .select(
      'n.basis',
      'n.year',
      'n.geography',
      'n.trafficking_type',
      knex.raw('n.value::float8 AS value'),
      'n.unit',
      'n.confidence',
      'n.dataset_id',
    )
    .orderBy([
      { column: 'n.basis' },
      { column: 'n.year' },
      { column: 'n.geography' },
      { column: 'n.trafficking_type' },
      { column: 'd.vintage', order: 'desc', nulls: 'last' },
      { column: 'd.id', order: 'desc' },
    ]);
  if (options.bases) void query.whereIn('n.basis', options.bases);
  if (options.datasetIds) void query.whereIn('n.dataset_id', options.datasetIds);
  const rows = (await query) as Array<{
    basis: NeedBasis;
    year: number;
    geography: string;
    trafficking_type: NeedFigure['type'];
    value: number;
    unit: string;
    confidence: NeedFigure['confidence'];
    dataset_id: number;
  }>;
  return rows.map((r) => ({
    basis: r.basis,
    year: r.year,
    geography: r.geography,
    type: r.trafficking_type,
    value: r.value,
    unit: r.unit,
    confidence: r.confidence,
    datasetId: r.dataset_id,
  }));
}
