/** Number formats people read: money, counts, shares, ratios, and ratios in words. */
import { describe, expect, it } from 'vitest';
import {
  formatAmount,
  formatCount,
  formatRatio,
  formatShare,
  formatTick,
  formatUsd,
  ratioInWords,
} from '../../client/src/format/numbers';
import { describeScope } from '../../client/src/format/scope';
import { EMPTY_SCOPE } from '../../client/src/state/viewState';

describe('number formats', () => {
  it('writes dollars compactly, billions as B, negatives with a minus sign', () => {
    expect(formatUsd(850)).toBe('$850');
    expect(formatUsd(12_345)).toBe('$12.3k');
    expect(formatUsd(4_560_000)).toBe('$4.56M');
    expect(formatUsd(1_245_708_000)).toBe('$1.25B');
    expect(formatUsd(-55_121_370)).toBe('−$55.1M');
    expect(formatUsd(null)).toBe('–');
  });

  it('groups counts below a million', () => {
    expect(formatCount(1274)).toBe('1,274');
    expect(formatCount(14_200_000)).toBe('14.2M');
    expect(formatAmount(6244, 'SERVICES')).toBe('6,244');
  });

  it('writes shares with one decimal and ratios with two significant digits', () => {
    expect(formatShare(1274 / 7518)).toBe('16.9%');
    expect(formatRatio(0.18 / 0.25)).toBe('0.72');
    expect(formatRatio(3.2598)).toBe('3.3');
    expect(formatRatio(Number.NaN)).toBe('–');
  });

  it('ticks shares as whole percentages and money with a dollar sign', () => {
    expect(formatTick(0.25, 'SHARE')).toBe('25%');
    expect(formatTick(50_000_000, 'FUNDING')).toBe('$50M');
    expect(formatTick(0, 'FUNDING')).toBe('$0');
  });

  it('puts a ratio in words', () => {
    expect(ratioInWords(0.24)).toBe('about a quarter of');
    expect(ratioInWords(0.52)).toBe('about half of');
    expect(ratioInWords(0.1)).toBe('about a tenth of');
    expect(ratioInWords(0.05)).toBe('less than a tenth of');
    // The words match the number as shown: 0.8 is four fifths, not three quarters.
    expect(ratioInWords(0.8)).toBe('about four fifths of');
    expect(ratioInWords(0.7983)).toBe('about four fifths of');
    expect(ratioInWords(0.75)).toBe('about three quarters of');
    expect(ratioInWords(0.6)).toBe('about three fifths of');
    expect(ratioInWords(0.7)).toBe('about seven tenths of');
    expect(ratioInWords(0.3)).toBe('about three tenths of');
  });
});

describe('describeScope', () => {
  it('names everything when nothing is filtered', () => {
    expect(describeScope(EMPTY_SCOPE)).toBe(
      'all records visible to you (every year, place, funder and dataset)',
    );
  });

  it('names the filters in words, with names for ids', () => {
    const names = {
      organizations: new Map([['3', 'Summit Fund']]),
      datasets: new Map<string, string>(),
    };
    expect(
      describeScope(
        {
          ...EMPTY_SCOPE,
          yearFrom: 2018,
          yearTo: 2020,
          usStates: ['CA', 'TX'],
          funderIds: ['3'],
          categories: ['LEGAL'],
        },
        names,
      ),
    ).toBe('2018–2020; states CA, TX; funder Summit Fund; category legal services');
  });
});
