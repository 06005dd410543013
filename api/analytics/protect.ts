/**
 * Protected resource rows: every total a caller may not see exact, turned into what may be
 * published, by the cell key method (core/cellKey.ts; docs/methodology.md "Disclosure control").
 * The equity, trend, sensitivity, breakdown and scenario computations consume these rows, never
 * the raw ones, so every figure derived from a protected total (shares, ratios, gaps) is
 * protected too.
 *
 * - Service counts, for anyone who is not a steward of every dataset behind them: count + noise
 *   in -D..D from the cell key; withheld when the result is below the threshold.
 * - The part of a total from datasets the caller sees only pooled: withheld when it rests on fewer
 *   than `threshold` records; else its sum + δ × its largest record, δ = ±(10..30%) from its key.
 * - Anything else (public records, the caller's own organization's records) is exact.
 * Declared-labor-share parts are scaled with their total, so DECLARED_SHARE reveals no more.
 */
import { publishCount, publishMagnitude } from '../../core/cellKey';
import type { ResourceDimension } from '../../core/vocabulary';
import { resourceRows, type CellKeys, type YearTypeTotal } from '../data/analytics/resources';
import type { Scope } from '../data/analytics/scope';
import type { AnalyticsDeps } from './context';
import { settleIllustrative } from './dataSelection';
import { disclosureFor, pooledIdsFor, type Disclosure } from './disclosure';

/** A cell as the disclosure layer reads it. */
export interface KeyedCell {
  value: number;
  pooledRecords: number;
  keys?: CellKeys;
}

/** A cell as it may be published: value null when withheld. */
export interface PublishedCell {
  value: number | null;
  /** True when the value was perturbed or withheld. */
  protected: boolean;
  /** Published value / true value (1 when exact or 0), to scale the cell's parts. */
  factor: number;
}

const small = (n: number, threshold: number) => n > 0 && n < threshold;

/** True when the cell must be perturbed for this caller. */
export function needsProtection(d: Disclosure, cell: KeyedCell): boolean {
  return d.smallCounts || cell.pooledRecords > 0;
}

/** The published form of one cell; see the module comment. */
export function publishCell(d: Disclosure, cell: KeyedCell): PublishedCell {
  if (!needsProtection(d, cell)) return { value: cell.value, protected: false, factor: 1 };
  if (small(cell.pooledRecords, d.threshold)) return { value: null, protected: true, factor: 0 };
  const keys = cell.keys;
  if (!keys) {
    // Failing closed: a total without keys cannot be perturbed, so it is not published.
    throw new Error('A protected total was computed without its cell keys (keyColumns).');
  }
  let value: number | null;
  if (d.smallCounts) {
    value = publishCount(keys.cellKey, cell.value, d.threshold).value;
  } else {
    const pooled = publishMagnitude(keys.pooledKey, keys.pooledAmount, keys.pooledMax);
    value = Math.round((cell.value - keys.pooledAmount + pooled) * 100) / 100;
  }
  const factor = value === null ? 0 : cell.value === 0 ? 1 : value / cell.value;
  return { value, protected: true, factor };
}

/** A resource total as published: amounts perturbed, `suppressed` when withheld (amounts 0). */
export interface ProtectedTotal extends YearTypeTotal {
  suppressed: boolean;
  protected: boolean;
}

/** Protects resource totals (per year and type, or per type) for the caller of `d`. */
export function protectTotals(d: Disclosure, rows: readonly YearTypeTotal[]): ProtectedTotal[] {
  return rows.map((r) => {
    const p = publishCell(d, { value: r.amount, pooledRecords: r.pooledRecords, keys: r.keys });
    return {
      ...r,
      amount: p.value ?? 0,
      declared: r.declared * p.factor,
      declaredLabor: r.declaredLabor * p.factor,
      suppressed: p.value === null,
      protected: p.protected,
    };
  });
}

/** True when any total was withheld: figures resting on them are then withheld too. */
export function anySuppressed(rows: readonly ProtectedTotal[]): boolean {
  return rows.some((r) => r.suppressed);
}

/** True when any total was perturbed or withheld. */
export function anyProtected(rows: readonly { protected: boolean }[]): boolean {
  return rows.some((r) => r.protected);
}

/** Resource totals of a scope as the caller may see them, and who they were protected from. */
export interface ProtectedResources {
  byYearType: ProtectedTotal[];
  byType: ProtectedTotal[];
  datasetIds: number[];
  disclosure: Disclosure;
}

/** Resource totals in scope (resourceRows), protected for the caller of `deps`. */
export async function protectedResources(
  deps: AnalyticsDeps,
  dimension: ResourceDimension,
  scope: Scope,
): Promise<ProtectedResources> {
  const [pooledIds, settled] = await Promise.all([
    pooledIdsFor(deps),
    settleIllustrative(deps, scope),
  ]);
  const rows = await resourceRows(deps.knex, deps.viewer, dimension, settled, pooledIds);
  const disclosure = await disclosureFor(deps, dimension, rows.datasetIds);
  return {
    byYearType: protectTotals(disclosure, rows.byYearType),
    byType: protectTotals(disclosure, rows.byType),
    datasetIds: rows.datasetIds,
    disclosure,
  };
}
