/** needFallbacks: worked by hand on small sets of need figures. */
import { describe, expect, it } from 'vitest';
import { needFallbacks, needForScope, type NeedFigure } from '../../../core/equity/index';

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
