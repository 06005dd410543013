/**
 * Attribution rules (docs/methodology.md, "Vocabulary"): how BOTH/UNSPECIFIED resources and need are given to
 * labor and sex. Every rule except EXCLUDE conserves the total; EXCLUDE drops the shared part.
 */
import type { AttributionRule } from '../vocabulary';
import { assertAmount } from './measured';
import type { Attributed, NeedTotals, ResourceTotals } from './types';

/** Labor's explicit share of need and whether it had to fall back to an even split. */
export interface ProportionalSplit {
  /** `n_L = need.labor / (need.labor + need.sex)`, or 0.5 when that sum is 0. */
  laborShare: number;
  /** True when the need basis has no explicit labor or sex figure, so the split is 50/50. */
  evenSplitFallback: boolean;
}

/**
 * `n_L = labor / (labor + sex)` over explicit figures only; 0.5 when labor + sex = 0.
 * Why 0.5: with no explicit figure there is no evidence either way, and an even split is the rule
 * that claims nothing; the flag lets the caller say so next to the result.
 */
export function proportionalSplit(need: NeedTotals): ProportionalSplit {
  const explicit = need.labor + need.sex;
  return explicit === 0
    ? { laborShare: 0.5, evenSplitFallback: true }
    : { laborShare: need.labor / explicit, evenSplitFallback: false };
}

/**
 * Need after a rule: EXCLUDE drops `shared`; EVEN_SPLIT adds `shared / 2` to each; NEED_PROPORTIONAL
 * and DECLARED_SHARE (need has no declared shares) add `shared * n_L` to labor and the rest to sex,
 * with `n_L` from `proportionalSplit` (an even split when labor + sex = 0).
 */
export function attributeNeed(need: NeedTotals, rule: AttributionRule): Attributed {
  assertNeed(need);
  const laborPart = laborPartOfSharedNeed(need, rule);
  return {
    labor: need.labor + laborPart,
    sex: need.sex + (sharedOrNothing(need.shared, rule) - laborPart),
  };
}

/**
 * Resources after a rule: EXCLUDE drops `shared`; EVEN_SPLIT halves it; NEED_PROPORTIONAL gives labor
 * `shared * n_L` (n_L of the need basis' explicit figures, 0.5 when they are 0); DECLARED_SHARE gives
 * labor `sharedDeclaredLabor + (shared - sharedDeclared) * n_L`. Sex gets the rest of `shared`.
 */
export function attributeResources(
  res: ResourceTotals,
  rule: AttributionRule,
  need: NeedTotals,
): Attributed {
  assertResources(res);
  assertNeed(need);
  const laborPart = laborPartOfSharedResources(res, rule, need);
  return {
    labor: res.labor + laborPart,
    sex: res.sex + (sharedOrNothing(res.shared, rule) - laborPart),
  };
}

function sharedOrNothing(shared: number, rule: AttributionRule): number {
  return rule === 'EXCLUDE' ? 0 : shared;
}

function laborPartOfSharedNeed(need: NeedTotals, rule: AttributionRule): number {
  switch (rule) {
    case 'EXCLUDE':
      return 0;
    case 'EVEN_SPLIT':
      return need.shared / 2;
    case 'NEED_PROPORTIONAL':
    case 'DECLARED_SHARE':
      return need.shared * proportionalSplit(need).laborShare;
  }
}

function laborPartOfSharedResources(
  res: ResourceTotals,
  rule: AttributionRule,
  need: NeedTotals,
): number {
  switch (rule) {
    case 'EXCLUDE':
      return 0;
    case 'EVEN_SPLIT':
      return res.shared / 2;
    case 'NEED_PROPORTIONAL':
      return res.shared * proportionalSplit(need).laborShare;
    case 'DECLARED_SHARE': {
      // Sums of floats can overshoot by a rounding error; clamping keeps labor's part within shared.
      const undeclared = Math.max(0, res.shared - res.sharedDeclared);
      const laborPart = res.sharedDeclaredLabor + undeclared * proportionalSplit(need).laborShare;
      return Math.min(res.shared, laborPart);
    }
  }
}

/** Tolerance for sums computed in floating point: a part may exceed its whole by this much. */
const ROUNDING = 1e-9;

function assertNeed(need: NeedTotals): void {
  assertAmount('labor need', need.labor);
  assertAmount('sex need', need.sex);
  assertAmount('shared (BOTH/UNSPECIFIED) need', need.shared);
}

function assertResources(res: ResourceTotals): void {
  assertAmount('labor resources', res.labor);
  assertAmount('sex resources', res.sex);
  assertAmount('shared (BOTH/UNSPECIFIED) resources', res.shared);
  assertAmount('shared resources with a declared labor share', res.sharedDeclared);
  assertAmount('the declared labor part of shared resources', res.sharedDeclaredLabor);
  assertPart('sharedDeclared', res.sharedDeclared, 'shared', res.shared);
  assertPart('sharedDeclaredLabor', res.sharedDeclaredLabor, 'sharedDeclared', res.sharedDeclared);
}

function assertPart(partName: string, part: number, wholeName: string, whole: number): void {
  if (part > whole + ROUNDING * Math.max(1, whole)) {
    throw new RangeError(
      `Expected ${partName} (${part}) to be at most ${wholeName} (${whole}), since it is a part of it.`,
    );
  }
}
