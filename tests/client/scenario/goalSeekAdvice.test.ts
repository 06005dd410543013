import { describe, expect, it } from 'vitest';
import {
  goalSeekBlocker,
  goalSeekPatch,
  roundUpTo,
} from '../../../client/src/scenario/goalSeekAdvice';

const answer = (shiftFraction: number, newMoneyPerYear: number) => ({
  shiftFraction,
  shiftAmount: 0,
  newMoneyPerYear,
  equityRatio: 1,
});

describe('goal seek advice', () => {
  it('rounds answers up to steps a person would type', () => {
    expect(roundUpTo(0.0499999999993, 1e-4)).toBe(0.05);
    expect(roundUpTo(0.05, 1e-4)).toBe(0.05);
    expect(roundUpTo(0.05001, 1e-4)).toBe(0.0501);
    expect(roundUpTo(1_234_567.2, 1000)).toBe(1_235_000);
  });

  it('applies only the lever it sized, rounded', () => {
    const none = { shiftFraction: 0, newMoneyPerYear: 250_000 };
    expect(goalSeekPatch(answer(0.0499999999993, 250_000), 'shift', none)).toEqual({
      shiftFraction: 0.05,
    });
    expect(goalSeekPatch(answer(0, 1_000_000.4), 'newMoney', none)).toEqual({
      newMoneyPerYear: 1_001_000,
    });
  });

  it('offers nothing to apply when the answer needs nothing, so the levers stay', () => {
    const set = { shiftFraction: 0.2, newMoneyPerYear: 0 };
    expect(goalSeekPatch(answer(0, 0), 'shift', set)).toBeNull();
    expect(goalSeekPatch(answer(0.2, 0), 'shiftThenNewMoney', set)).toBeNull();
  });

  it('says up front that a shift cannot keep every sex-trafficking survivor served', () => {
    expect(goalSeekBlocker('shift', 100)).toMatch(/no shift can succeed/);
    expect(goalSeekBlocker('shift', 90)).toBeNull();
    expect(goalSeekBlocker('newMoney', 100)).toBeNull();
  });
});
