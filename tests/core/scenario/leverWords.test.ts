/** The levers in words: the brief's assumption lines and the studio exports' sentence. */
import { describe, expect, it } from 'vitest';
import { leverLines, leverSentence } from '../../../core/scenario/leverWords';

describe('leverSentence', () => {
  it('states no change as zeros, with the attribution rule', () => {
    expect(leverSentence({}, 'DECLARED_SHARE')).toBe(
      'Shift 0.0% of sex-only funding to labor services, phased in over 1 year; new money $0 a year; ' +
        '0.0% of new labor funding for TIP training; attribution: declared labor share',
    );
  });

  it('writes a 10% shift over 3 years, $250,000 new money, 5% training and a services mix', () => {
    expect(
      leverSentence({
        shiftFraction: 0.1,
        phaseInYears: 3,
        newMoneyPerYear: 250_000,
        trainingShare: 0.05,
        categoryMix: { LEGAL: 0.25, HOUSING: 0.75 },
      }),
    ).toBe(
      'Shift 10.0% of sex-only funding to labor services, phased in over 3 years; ' +
        'new money $250,000 a year; 5.0% of new labor funding for TIP training; ' +
        'services mix Legal services 25.0%, Housing 75.0%',
    );
  });

  it('writes a shift in dollars when the amount is set', () => {
    expect(leverSentence({ shiftAmount: 1_500_000 })).toMatch(
      /^Shift \$1,500,000 a year of sex-only funding/,
    );
  });
});

describe('leverLines', () => {
  it('gives one line per lever, the mix only when set', () => {
    expect(leverLines({ shiftFraction: 0.1 })).toEqual([
      { label: 'Shift of sex-only funding to labor services', value: '10.0%' },
      { label: 'Phased in over', value: '1 year(s)' },
      { label: 'New money for labor services', value: 'USD 0 a year' },
      { label: 'Share of new labor funding for TIP training', value: '0.0%' },
    ]);
    expect(leverLines({ categoryMix: { TTA: 1 } }).at(-1)).toEqual({
      label: 'Mix of labor services',
      value: 'Training and technical assistance 100.0%',
    });
  });
});
