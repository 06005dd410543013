/**
 * Fallbacks a result rests on when its need basis lacks a type's figure (docs/methodology.md,
 * "Need figures"), as data the result carries next to its figures, not only as a note:
 * - both LABOR and SEX lack a figure: under NEED_PROPORTIONAL and DECLARED_SHARE, shared need and
 *   shared resources are split evenly (`proportionalSplit` falls back to 0.5);
 * - otherwise a type that lacks a figure has need 0 apart from the part of shared figures the rule
 *   gives it.
 * A scope with no figure of the basis at all has no ratios (their null reasons say why), so no
 * fallback. One year of a trend adds a third kind (yearNeedFallbacks):
 * - NEAREST_YEAR: the basis has no figure of a type for that year, so the nearest year's is used.
 */
import type { AttributionRule, NeedBasis } from '../vocabulary';
import type { NeedForScope, NeedSlot } from './needForScope';

export type NeedFallbackKind = 'EVEN_SPLIT' | 'NO_FIGURE' | 'NEAREST_YEAR';

export interface NeedFallback {
  /** The type the basis has no figure for (LABOR or SEX; any type for NEAREST_YEAR). */
  type: NeedSlot;
  basis: NeedBasis;
  kind: NeedFallbackKind;
  reason: string;
  /** NEAREST_YEAR: the year whose figure is used instead. */
  fromYear?: number;
}

const TYPES = ['LABOR', 'SEX'] as const;

/** The fallbacks behind a result of one basis and rule; empty when every type has a figure. */
export function needFallbacks(
  need: NeedForScope,
  basis: NeedBasis,
  rule: AttributionRule,
): NeedFallback[] {
  if (need.geography === null || need.vintages.length === 0) return [];
  const missing = TYPES.filter((t) => need.vintagesByType[t].length === 0);
  const where = `${basis} has no figure covering ${need.geography}`;
  const splits = rule === 'NEED_PROPORTIONAL' || rule === 'DECLARED_SHARE';
  return missing.map((type) => {
    const other = type === 'LABOR' ? 'SEX' : 'LABOR';
    if (missing.length === 2 && splits) {
      return {
        type,
        basis,
        kind: 'EVEN_SPLIT',
        reason:
          `${where} for LABOR or SEX, so the ${rule} rule splits shared need and shared ` +
          `resources evenly (50/50) instead of by need: an even split claims nothing either way.`,
      };
    }
    const shared =
      rule === 'EXCLUDE'
        ? 'the EXCLUDE rule gives it no part of shared figures'
        : `apart from the part of shared figures the ${rule} rule gives it`;
    return {
      type,
      basis,
      kind: 'NO_FIGURE',
      reason:
        `${where} for ${type}${missing.length === 1 ? ` (it has one for ${other})` : ''}, so ` +
        `${type.toLowerCase()} need is taken as 0 (${shared}).`,
    };
  });
}

const SLOTS = ['LABOR', 'SEX', 'BOTH', 'UNSPECIFIED'] as const;

/**
 * The fallbacks behind one year's need (`need` is needForScope over that year alone): those of
 * needFallbacks, then, for each type whose figure comes from another year because the basis has
 * none for this one, a NEAREST_YEAR fallback naming the year used (the nearest; ties go to the
 * earlier).
 */
export function yearNeedFallbacks(
  need: NeedForScope,
  basis: NeedBasis,
  rule: AttributionRule,
  year: number,
): NeedFallback[] {
  const nearest = SLOTS.flatMap((type): NeedFallback[] => {
    const used = need.vintagesByType[type][0];
    if (used === undefined || used === year) return [];
    return [
      {
        type,
        basis,
        kind: 'NEAREST_YEAR',
        reason:
          `${basis} has no ${type} figure covering ${need.geography} for ${year}, so the ` +
          `${type} figure of ${used} (the nearest year with one) is used.`,
        fromYear: used,
      },
    ];
  });
  return [...needFallbacks(need, basis, rule), ...nearest];
}
