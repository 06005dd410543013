/**
 * Goal seek's advice around the search: which settings cannot succeed before it runs, and the
 * answer as lever values a person would type (rounded up, so the rounded levers still reach the
 * target).
 */
import type { GoalSeekAnswer, GoalSeekLever } from '../../../core/scenario/types';
import type { StudioSettings } from './settings';

/** Shift fractions are kept to 0.01 percentage points; new money to whole thousands of dollars. */
const SHIFT_STEP = 1e-4;
const MONEY_STEP = 1000;

/** Rounds x up to a multiple of step, ignoring float noise just above a multiple. */
export function roundUpTo(x: number, step: number): number {
  const k = Math.ceil(x / step - 1e-9);
  return Number((Math.max(0, k) * step).toPrecision(12));
}

/**
 * The levers to apply: only the lever(s) the search sized, rounded up; null when the answer
 * needs nothing beyond the levers as set (applying must not reset them).
 */
export function goalSeekPatch(
  answer: GoalSeekAnswer,
  lever: GoalSeekLever,
  current: Pick<StudioSettings, 'shiftFraction' | 'newMoneyPerYear'>,
): Partial<StudioSettings> | null {
  const patch: Partial<StudioSettings> = {};
  if (lever !== 'newMoney') {
    const f = Math.min(1, roundUpTo(answer.shiftFraction, SHIFT_STEP));
    if (f > 0 && f !== current.shiftFraction) patch.shiftFraction = f;
  }
  if (lever !== 'shift') {
    const m = roundUpTo(answer.newMoneyPerYear, MONEY_STEP);
    if (m > 0 && m !== current.newMoneyPerYear) patch.newMoneyPerYear = m;
  }
  return Object.keys(patch).length ? patch : null;
}

/**
 * Why the chosen settings cannot succeed, before searching: a shift takes money from
 * sex-trafficking services, so it cannot keep all of their survivors served (their budget only
 * falls), and a floor of 100% then allows no shift at all. Null when the settings can succeed.
 */
export function goalSeekBlocker(lever: GoalSeekLever, floorPercent: number): string | null {
  if (lever === 'shift' && floorPercent >= 100)
    return (
      'A shift takes money from sex-trafficking services, so with their survivors served kept at ' +
      '100% of no change no shift can succeed. Use new money (or a shift, then new money), or ' +
      'allow sex-trafficking survivors served to fall, e.g. to 90%.'
    );
  return null;
}
