/**
 * Disparity indices over any number of groups (states, service categories, funders), and the
 * share-based formulas the two-group metrics use too, so both always agree.
 */
import { finiteOrUndefined, measured, undefinedBecause } from './measured';
import { definedShares, sharesOf } from './shares';
import type { Measured } from './types';

/** One group's resources and need; `label` names it in reasons (default "Group i"). */
export interface GroupAmounts {
  resource: number;
  need: number;
  label?: string;
}

/** One group's resource share `s_i` and need share `n_i`. */
export interface GroupShares {
  resourceShare: number;
  needShare: number;
  label: string;
}

/** Duncan dissimilarity `D = 1/2 * sum_i |s_i - n_i|` over shares of all groups; in 0..1. */
export function dissimilarityIndex(groups: readonly GroupAmounts[]): Measured {
  const shares = groupShares(groups);
  return Array.isArray(shares) ? measured(dissimilarityFromShares(shares)) : shares;
}

/** Theil relative entropy `T = sum_i s_i * ln(s_i / n_i)`, 0 ln 0 = 0; null if some s_i > 0 = n_i. */
export function theilIndex(groups: readonly GroupAmounts[]): Measured {
  const shares = groupShares(groups);
  return Array.isArray(shares) ? theilFromShares(shares) : shares;
}

/** `D = 1/2 * sum_i |s_i - n_i|` for shares already computed. */
export function dissimilarityFromShares(groups: readonly GroupShares[]): number {
  return groups.reduce((sum, g) => sum + Math.abs(g.resourceShare - g.needShare), 0) / 2;
}

/** `T = sum_i s_i * ln(s_i / n_i)` for shares already computed; 0 ln 0 = 0. */
export function theilFromShares(groups: readonly GroupShares[]): Measured {
  let total = 0;
  for (const g of groups) {
    if (g.resourceShare === 0) continue;
    if (g.needShare === 0) {
      return undefinedBecause(
        `${g.label} receives resources but has no need in scope, so the relative entropy ` +
          '(Theil index) is unbounded.',
      );
    }
    total += g.resourceShare * Math.log(g.resourceShare / g.needShare);
  }
  return finiteOrUndefined(total);
}

function groupShares(groups: readonly GroupAmounts[]): GroupShares[] | Measured {
  if (groups.length === 0) return undefinedBecause('There are no groups to compare.');
  const resourceShares = definedShares(
    sharesOf(
      groups.map((g) => g.resource),
      'resources of group',
      'No group has any resources in scope, so no group has a share of them.',
    ),
  );
  if (!Array.isArray(resourceShares)) return resourceShares;
  const needShares = definedShares(
    sharesOf(
      groups.map((g) => g.need),
      'need of group',
      'No group has any need in scope, so no group has a share of it.',
    ),
  );
  if (!Array.isArray(needShares)) return needShares;
  return groups.map((g, i) => ({
    resourceShare: resourceShares[i] ?? 0,
    needShare: needShares[i] ?? 0,
    label: g.label ?? `Group ${i + 1}`,
  }));
}
