/**
 * Inputs and outputs of the equity metrics (docs/methodology.md, "Equity metrics"). The API computes the totals in
 * SQL and hands them to these pure functions; nothing here does I/O.
 */
import type { AttributionRule, NeedBasis } from '../vocabulary';

/** A figure that may be undefined (division by zero): value null comes with a reason. */
export interface Measured {
  value: number | null;
  /** Why value is null, in a sentence a funder understands; null when value is a number. */
  reason: string | null;
}

/** Resource totals in one scope and dimension, as summed in SQL. */
export interface ResourceTotals {
  labor: number;
  sex: number;
  /** BOTH + UNSPECIFIED. */
  shared: number;
  /** The part of `shared` whose records declare a labor_share. */
  sharedDeclared: number;
  /** Sum of amount * labor_share over that part. */
  sharedDeclaredLabor: number;
}

/** Need totals for one basis in one scope (NON_LABOR already read as SEX or as shared). */
export interface NeedTotals {
  labor: number;
  sex: number;
  /** BOTH + UNSPECIFIED need figures (hotline cases, for one). */
  shared: number;
}

/** Labor and sex after an attribution rule. */
export interface Attributed {
  labor: number;
  sex: number;
}

export interface TypeMetrics {
  resources: number;
  need: number;
  resourceShare: Measured;
  needShare: Measured;
  equityRatio: Measured;
  perNeedUnit: Measured;
}

export interface EquityMetrics {
  labor: TypeMetrics;
  sex: TypeMetrics;
  disparityMultiple: Measured;
  parityGap: Measured;
  dissimilarity: Measured;
  theil: Measured;
}

export interface SensitivityCell {
  basis: NeedBasis;
  rule: AttributionRule;
  metrics: EquityMetrics;
}

export interface MetricRange {
  min: number | null;
  max: number | null;
}
