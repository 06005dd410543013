/**
 * The sensitivity grid (docs/methodology.md, "Equity metrics"): every metric under every need basis available in
 * scope and every attribution rule, and each metric's range over the grid, so a brief can say
 * "labor receives 0.18 to 0.41 of its proportional share, whichever measure of need is used".
 */
import { ATTRIBUTION_RULES, NEED_BASES } from '../vocabulary';
import type { AttributionRule, NeedBasis } from '../vocabulary';
import { computeEquity } from './metrics';
import type {
  EquityMetrics,
  Measured,
  MetricRange,
  NeedTotals,
  ResourceTotals,
  SensitivityCell,
} from './types';

/** The metrics the grid reports a range for. */
export const RANGED_METRICS = [
  'laborEquityRatio',
  'laborResourceShare',
  'laborNeedShare',
  'disparityMultiple',
  'parityGap',
  'dissimilarity',
  'theil',
  'laborPerNeedUnit',
] as const;
export type RangedMetric = (typeof RANGED_METRICS)[number];

/** Where in the grid a value was found. */
export interface GridPosition {
  basis: NeedBasis;
  rule: AttributionRule;
}

/** A MetricRange plus the cells it came from and how many cells had no value. */
export interface SensitivityRange extends MetricRange {
  minAt: GridPosition | null;
  maxAt: GridPosition | null;
  /** Cells where the metric is null (division by zero); they do not enter min and max. */
  undefinedCells: number;
}

export interface SensitivityGrid {
  cells: SensitivityCell[];
  ranges: Record<RangedMetric, SensitivityRange>;
}

/** How each ranged metric is read from a cell's metrics. */
export const RANGED_METRIC_OF: Record<RangedMetric, (m: EquityMetrics) => Measured> = {
  laborEquityRatio: (m) => m.labor.equityRatio,
  laborResourceShare: (m) => m.labor.resourceShare,
  laborNeedShare: (m) => m.labor.needShare,
  disparityMultiple: (m) => m.disparityMultiple,
  parityGap: (m) => m.parityGap,
  dissimilarity: (m) => m.dissimilarity,
  theil: (m) => m.theil,
  laborPerNeedUnit: (m) => m.labor.perNeedUnit,
};

/**
 * One cell per (basis present, rule), in NEED_BASES x ATTRIBUTION_RULES order; each range is the
 * min and max of a metric over the cells where it is not null (both null when it is null in all).
 */
export function sensitivityGrid(
  res: ResourceTotals,
  needByBasis: Partial<Record<NeedBasis, NeedTotals>>,
): SensitivityGrid {
  const cells: SensitivityCell[] = [];
  for (const basis of NEED_BASES) {
    const need = needByBasis[basis];
    if (need === undefined) continue;
    for (const rule of ATTRIBUTION_RULES) {
      cells.push({ basis, rule, metrics: computeEquity(res, need, rule) });
    }
  }
  const ranges = Object.fromEntries(
    RANGED_METRICS.map((metric) => [metric, rangeOf(cells, RANGED_METRIC_OF[metric])]),
  ) as Record<RangedMetric, SensitivityRange>;
  return { cells, ranges };
}

/** Labor's equity ratio e_L from its lowest to its highest over the grid. */
export function laborEquityRange(grid: SensitivityGrid): SensitivityRange {
  return grid.ranges.laborEquityRatio;
}

function rangeOf(
  cells: readonly SensitivityCell[],
  read: (m: EquityMetrics) => Measured,
): SensitivityRange {
  const range: SensitivityRange = {
    min: null,
    max: null,
    minAt: null,
    maxAt: null,
    undefinedCells: 0,
  };
  for (const { basis, rule, metrics } of cells) {
    const { value } = read(metrics);
    if (value === null) {
      range.undefinedCells += 1;
      continue;
    }
    if (range.min === null || value < range.min) {
      range.min = value;
      range.minAt = { basis, rule };
    }
    if (range.max === null || value > range.max) {
      range.max = value;
      range.maxAt = { basis, rule };
    }
  }
  return range;
}
