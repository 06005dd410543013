/**
 * Fallbacks a result rests on when its need basis lacks a type's figure (docs/methodology.md,
 * "Need figures"), as data the result carries next to its figures, not only as a note:
 * - both LABOR and SEX lack a figure: under NEED_PROPORTIONAL and DECLARED_SHARE, shared need and
 *   shared resources are split evenly (`proportionalSplit` falls back to 0.5);
 * - otherwise a type that lacks a figure has need 0 apart from the part of shared figures the rule
 *   gives it.
 * A scope with no figure of the basis at all has no ratios (their null reasons say why), so no
 * fallback.
 */
import type { AttributionRule, NeedBasis } from '../vocabulary';
import type { NeedForScope } from './needForScope';

export type NeedFallbackKind = 'EVEN_SPLIT' | 'NO_FIGURE';

export interface NeedFallback {
  /** The type the basis has no figure for. */
  type: 'LABOR' | 'SEX';
  basis: NeedBasis;
  kind: NeedFallbackKind;
  reason: string;
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
