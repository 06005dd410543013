/** A funder's figures against the field, worked by hand. */
import { describe, expect, it } from 'vitest';
import {
  alignRatiosByYear,
  categoryShares,
  funderFigures,
  largestCategory,
  ratioByYear,
} from '../../core/funders';

const rows = [
  { category: 'LEGAL' as const, value: 300, suppressed: null },
  { category: 'HOUSING' as const, value: 500, suppressed: null },
  { category: 'CASE_MANAGEMENT' as const, value: 200, suppressed: null },
];

describe('categoryShares', () => {
  it('divides each category by the total: 300/1000, 500/1000, 200/1000', () => {
    const s = categoryShares(rows);
    expect(s.get('LEGAL')).toBeCloseTo(0.3, 12);
    expect(s.get('HOUSING')).toBeCloseTo(0.5, 12);
    expect(s.get('CASE_MANAGEMENT')).toBeCloseTo(0.2, 12);
  });

  it('leaves a hidden cell unknown (null), not zero', () => {
    const s = categoryShares([
      ...rows,
      { category: 'OTHER', value: null, suppressed: 'SUPPRESSED' },
    ]);
    expect(s.get('OTHER')).toBeNull();
    expect(s.get('HOUSING')).toBeCloseTo(0.5, 12);
  });

  it('gives no share out of a zero total', () => {
    expect(categoryShares([{ category: 'LEGAL', value: 0 }]).get('LEGAL')).toBeNull();
  });
});

describe('funderFigures', () => {
  const equity = {
    labor: { resources: 250_000, resourceShare: 0.25, equityRatio: 0.5 },
    sex: { resources: 750_000 },
    parityGap: 250_000,
  };

  it('adds labor and sex resources (250,000 + 750,000) and names the largest category (housing, 50%)', () => {
    expect(funderFigures(equity, rows)).toEqual({
      total: 1_000_000,
      laborShare: 0.25,
      equityRatio: 0.5,
      parityGap: 250_000,
      largest: { category: 'HOUSING', share: 0.5 },
    });
  });

  it('has no total when both parts are hidden, and no category without an allocation', () => {
    const hidden = {
      ...equity,
      labor: { ...equity.labor, resources: null },
      sex: { resources: null },
    };
    const f = funderFigures(hidden, null);
    expect(f.total).toBeNull();
    expect(f.largest).toBeNull();
  });

  it('finds no largest category when every share is hidden', () => {
    expect(
      largestCategory([{ category: 'LEGAL', value: null, suppressed: 'SUPPRESSED' }]),
    ).toBeNull();
  });
});

describe('ratios by year', () => {
  const a = [
    { year: 2021, labor: { equityRatio: 0.6 } },
    { year: 2020, labor: { equityRatio: 0.4 } },
  ];
  const b = [
    { year: 2022, labor: { equityRatio: 1.1 } },
    { year: 2021, labor: { equityRatio: null } },
  ];

  it('puts a trend in year order', () => {
    expect(ratioByYear(a)).toEqual([
      { year: 2020, ratio: 0.4 },
      { year: 2021, ratio: 0.6 },
    ]);
  });

  it('aligns trends on every year any covers (2020–2022), a missing year null', () => {
    expect(alignRatiosByYear([a, b])).toEqual({
      years: [2020, 2021, 2022],
      values: [
        [0.4, 0.6, null],
        [null, null, 1.1],
      ],
    });
  });
});
