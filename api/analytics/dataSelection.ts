/** Which data a scope's resource figures rest on (docs/methodology.md, "Real and illustrative data"). */
import {
  aggregateDatasets,
  type AggregateDataset,
  type IllustrativeData,
} from '../data/analytics/dataSelection';
import type { Scope } from '../data/analytics/scope';
import type { AnalyticsDeps } from './context';
import { memoized } from './memo';

export interface DataSelectionOut {
  requested: IllustrativeData;
  illustrativeIncluded: boolean;
  realResourceDatasetIds: number[];
  explanation: string;
}

/** The datasets the caller sees in aggregates (aggregateDatasets), read once per request. */
export function aggregateDatasetsFor(deps: AnalyticsDeps): Promise<AggregateDataset[]> {
  return memoized(deps.memo, 'aggregateDatasets', () => aggregateDatasets(deps.knex, deps.viewer));
}

/** Ids of the real resource datasets the caller sees, in id order. */
export async function realResourceIds(deps: AnalyticsDeps): Promise<number[]> {
  const datasets = await aggregateDatasetsFor(deps);
  return datasets.filter((d) => !d.illustrative && d.hasResourceRecords).map((d) => d.id);
}

/**
 * The scope with AUTO settled into what it means for this caller: INCLUDE when the scope names
 * its datasets or the caller sees no real resource data, else EXCLUDE. The data layer would
 * settle it too, but inside every statement; settled here, a request asks once.
 */
export async function settleIllustrative(deps: AnalyticsDeps, scope: Scope): Promise<Scope> {
  if (scope.illustrativeData !== 'AUTO') return scope;
  if (scope.datasetIds) return { ...scope, illustrativeData: 'INCLUDE' };
  const real = await realResourceIds(deps);
  return { ...scope, illustrativeData: real.length ? 'EXCLUDE' : 'INCLUDE' };
}

export async function dataSelection(deps: AnalyticsDeps, scope: Scope): Promise<DataSelectionOut> {
  const real = await realResourceIds(deps);
  const requested = scope.illustrativeData;
  const out = (illustrativeIncluded: boolean, explanation: string): DataSelectionOut => ({
    requested,
    illustrativeIncluded,
    realResourceDatasetIds: real,
    explanation,
  });
  if (requested === 'EXCLUDE') {
    return out(false, 'Real data only: illustrative demo datasets are left out of every figure.');
  }
  if (requested === 'INCLUDE') {
    return out(
      true,
      real.length
        ? 'Illustrative demo data is included beside real data: figures that add the two together say so.'
        : 'Illustrative demo data is included; there is no real resource data to add to it.',
    );
  }
  if (scope.datasetIds) {
    return out(true, 'The datasets chosen in the scope are used as they are, illustrative or not.');
  }
  return real.length
    ? out(
        false,
        `Real resource data is available (${real.length} ${real.length === 1 ? 'dataset' : 'datasets'}), so the illustrative demo is left out: it does not mix with real figures.`,
      )
    : out(
        true,
        'No real resource data is available yet, so the figures show the illustrative demo. Import your own data to replace it.',
      );
}

/** True when a figure adds real and illustrative datasets together. */
export function mixesIllustrative(datasets: readonly { is_illustrative: boolean }[]): boolean {
  return datasets.some((d) => d.is_illustrative) && datasets.some((d) => !d.is_illustrative);
}
