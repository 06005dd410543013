/** The equity engine's public API: pure functions from totals to metrics (no I/O). */
export type * from './types';
export { attributeNeed, attributeResources, proportionalSplit } from './attribution';
export type { ProportionalSplit } from './attribution';
export { measured, undefinedBecause, divide } from './measured';
export { equityMetrics, computeEquity } from './metrics';
export { dissimilarityIndex, theilIndex } from './multigroup';
export type { GroupAmounts } from './multigroup';
export { sensitivityGrid, laborEquityRange, RANGED_METRICS, RANGED_METRIC_OF } from './sensitivity';
export type { RangedMetric, GridPosition, SensitivityRange, SensitivityGrid } from './sensitivity';
export { nearestNeedYear, chooseGeography } from './needSelection';
export type { GeographyScope } from './needSelection';
export { needForScope } from './needForScope';
export { needFallbacks, yearNeedFallbacks } from './needFallbacks';
export type { NeedFallback, NeedFallbackKind } from './needFallbacks';
export type { NeedFigure, NeedForScope, NeedSlot } from './needForScope';
