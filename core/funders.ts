/**
 * A funder against the field: the figures the Funders page and a Funders brief both show (its
 * total, labor's share, equity ratio, parity gap, largest category; its ratio by year). Pure, so
 * the page and the brief compute each figure with the same function.
 */
import type { ServiceCategory } from './vocabulary';

/** A row of an allocation grouped by service category (hidden cells have a null value). */
export interface CategoryAmount {
  category: ServiceCategory | null;
  value: number | null;
  suppressed?: string | null;
}

/** The parts of an equity answer the comparison reads. */
export interface EquityFigures {
  labor: { resources: number | null; resourceShare: number | null; equityRatio: number | null };
  sex: { resources: number | null };
  parityGap: number | null;
}

/** A point of an equity trend. */
export interface RatioPoint {
  year: number;
  labor: { equityRatio: number | null };
}

/**
 * Each category's share of the published category total: value / Σ values. A hidden cell's
 * share is null (unknown), not 0; with a zero total every share is null.
 */
export function categoryShares(
  rows: readonly CategoryAmount[],
): Map<ServiceCategory, number | null> {
  const out = new Map<ServiceCategory, number | null>();
  const total = rows.reduce((s, r) => s + (r.value ?? 0), 0);
  for (const r of rows) {
    if (!r.category) continue;
    out.set(r.category, r.suppressed || r.value === null || total === 0 ? null : r.value / total);
  }
  return out;
}

/** The category with the largest known share, or null when no share is known. */
export function largestCategory(
  rows: readonly CategoryAmount[],
): { category: ServiceCategory; share: number } | null {
  let best: { category: ServiceCategory; share: number } | null = null;
  for (const [category, share] of categoryShares(rows))
    if (share !== null && (best === null || share > best.share)) best = { category, share };
  return best;
}

export interface FunderFigures {
  /** Labor's plus sex trafficking's resources (null when both are hidden). */
  total: number | null;
  laborShare: number | null;
  equityRatio: number | null;
  parityGap: number | null;
  largest: { category: ServiceCategory; share: number } | null;
}

/** One funder's key figures from its equity answer and (funding only) its category allocation. */
export function funderFigures(
  equity: EquityFigures,
  byCategory: readonly CategoryAmount[] | null,
): FunderFigures {
  const l = equity.labor.resources;
  const s = equity.sex.resources;
  return {
    total: l === null && s === null ? null : (l ?? 0) + (s ?? 0),
    laborShare: equity.labor.resourceShare,
    equityRatio: equity.labor.equityRatio,
    parityGap: equity.parityGap,
    largest: byCategory ? largestCategory(byCategory) : null,
  };
}

/** Labor's equity ratio by year, in year order. */
export function ratioByYear(
  points: readonly RatioPoint[],
): { year: number; ratio: number | null }[] {
  return [...points]
    .sort((a, b) => a.year - b.year)
    .map((p) => ({ year: p.year, ratio: p.labor.equityRatio }));
}

/** Several trends on the years any of them covers, a year one lacks left null. */
export function alignRatiosByYear(trends: readonly (readonly RatioPoint[])[]): {
  years: number[];
  values: (number | null)[][];
} {
  const years = [...new Set(trends.flatMap((t) => t.map((p) => p.year)))].sort((a, b) => a - b);
  const values = trends.map((t) => {
    const by = new Map(t.map((p) => [p.year, p.labor.equityRatio]));
    return years.map((y) => by.get(y) ?? null);
  });
  return { years, values };
}

/**
 * A focus' category mix against the field's: each category either has, with its two shares (0
 * when absent or hidden), the field's largest categories first.
 */
export function categoryMix(
  field: readonly CategoryAmount[],
  focus: readonly CategoryAmount[],
): { category: ServiceCategory; field: number; focus: number }[] {
  const f = categoryShares(field);
  const g = categoryShares(focus);
  return [...new Set([...f.keys(), ...g.keys()])]
    .sort((a, b) => (f.get(b) ?? 0) - (f.get(a) ?? 0))
    .map((category) => ({ category, field: f.get(category) ?? 0, focus: g.get(category) ?? 0 }));
}
