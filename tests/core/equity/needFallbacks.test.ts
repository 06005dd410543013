/** needFallbacks: worked by hand on small sets of need figures. */
import { describe, expect, it } from 'vitest';
import {
  needFallbacks,
  needForScope,
  yearNeedFallbacks,
  type NeedFigure,
} from '../../../core/equity/index';

const fig = (type: NeedFigure['type'], value: number, year = 2020): NeedFigure => ({
  year,
  geography: 'US',
  type,
  value,
  unit: 'persons',
  confidence: 'primary',
  datasetId: 1,
});
const need = (figures: NeedFigure[]) => needForScope(figures, [2020, 2021], {});

describe('needFallbacks', () => {
  it('is empty when the basis has a labor and a sex figure', () => {
    const n = need([fig('LABOR', 10), fig('SEX', 30), fig('BOTH', 5)]);
    for (const rule of ['EXCLUDE', 'EVEN_SPLIT', 'NEED_PROPORTIONAL', 'DECLARED_SHARE'] as const)
      expect(needFallbacks(n, 'HOTLINE_CASES', rule)).toEqual([]);
  });

  it('says labor need is taken as 0 when only sex has a figure', () => {
    // A labor figure from another year still counts: nearest year per type.
    expect(
      needFallbacks(need([fig('SEX', 30), fig('LABOR', 3, 2015)]), 'PROSECUTIONS', 'EXCLUDE'),
    ).toEqual([]);
    const [f, ...rest] = needFallbacks(need([fig('SEX', 30)]), 'PROSECUTIONS', 'EXCLUDE');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ type: 'LABOR', basis: 'PROSECUTIONS', kind: 'NO_FIGURE' });
    expect(f!.reason).toBe(
      'PROSECUTIONS has no figure covering US for LABOR (it has one for SEX), so labor need is ' +
        'taken as 0 (the EXCLUDE rule gives it no part of shared figures).',
    );
  });

  it('names the even split when neither labor nor sex has a figure and the rule splits by need', () => {
    const n = need([fig('UNSPECIFIED', 40)]);
    for (const rule of ['NEED_PROPORTIONAL', 'DECLARED_SHARE'] as const) {
      const fs = needFallbacks(n, 'CONVICTIONS', rule);
      expect(fs.map((f) => [f.type, f.kind])).toEqual([
        ['LABOR', 'EVEN_SPLIT'],
        ['SEX', 'EVEN_SPLIT'],
      ]);
      expect(fs[0]!.reason).toContain(
        `the ${rule} rule splits shared need and shared resources evenly (50/50)`,
      );
    }
    // EVEN_SPLIT is the rule itself, and EXCLUDE splits nothing: no even-split fallback.
    for (const rule of ['EVEN_SPLIT', 'EXCLUDE'] as const)
      expect(needFallbacks(n, 'CONVICTIONS', rule).map((f) => f.kind)).toEqual([
        'NO_FIGURE',
        'NO_FIGURE',
      ]);
  });

  it('is empty when the basis has no figure at all (the ratios are null with reasons instead)', () => {
    expect(needFallbacks(need([]), 'CONVICTIONS', 'NEED_PROPORTIONAL')).toEqual([]);
  });
});

describe('yearNeedFallbacks', () => {
  // Labor and sex figures for 2020 and 2023, a BOTH figure for 2020 only.
  const figures = [
    fig('LABOR', 10),
    fig('SEX', 30),
    fig('BOTH', 5),
    fig('LABOR', 12, 2023),
    fig('SEX', 28, 2023),
  ];
  const year = (y: number) => needForScope(figures, [y], {});

  it('is empty for a year with a figure of every type it uses', () => {
    expect(yearNeedFallbacks(year(2020), 'HOTLINE_CASES', 'EVEN_SPLIT', 2020)).toEqual([]);
  });

  it('names each type whose figure comes from the nearest year, and that year', () => {
    // 2021: 2020 is one year away, 2023 two, so every type uses 2020's figure.
    const fs = yearNeedFallbacks(year(2021), 'HOTLINE_CASES', 'EVEN_SPLIT', 2021);
    expect(fs.map((f) => [f.type, f.kind, f.fromYear])).toEqual([
      ['LABOR', 'NEAREST_YEAR', 2020],
      ['SEX', 'NEAREST_YEAR', 2020],
      ['BOTH', 'NEAREST_YEAR', 2020],
    ]);
    expect(fs[0]!.reason).toBe(
      'HOTLINE_CASES has no LABOR figure covering US for 2021, so the LABOR figure of 2020 ' +
        '(the nearest year with one) is used.',
    );
    // 2023 has its own labor and sex figures; BOTH still comes from 2020.
    expect(
      yearNeedFallbacks(year(2023), 'HOTLINE_CASES', 'EVEN_SPLIT', 2023).map((f) => f.type),
    ).toEqual(['BOTH']);
  });

  it('keeps the fallbacks of the whole result first: a year can have both kinds', () => {
    // Only an UNSPECIFIED figure of 2020: in 2021 the even split, and the figure is 2020's.
    const n = needForScope([fig('UNSPECIFIED', 40)], [2021], {});
    expect(
      yearNeedFallbacks(n, 'CONVICTIONS', 'NEED_PROPORTIONAL', 2021).map(
        (f) => `${f.type} ${f.kind}`,
      ),
    ).toEqual(['LABOR EVEN_SPLIT', 'SEX EVEN_SPLIT', 'UNSPECIFIED NEAREST_YEAR']);
  });
});
