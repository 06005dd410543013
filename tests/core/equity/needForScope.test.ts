/**
 * needForScope: the nearest need year is chosen per type, not per basis. Hand-worked figures.
 */
import { describe, expect, it } from 'vitest';
import { needForScope, type NeedFigure } from '../../../core/equity/index';

const fig = (
  year: number,
  type: NeedFigure['type'],
  value: number,
  geography = 'WORLD',
): NeedFigure => ({
  year,
  geography,
  type,
  value,
  unit: 'persons',
  confidence: 'secondary',
  datasetId: 1,
});

describe('needForScope picks the nearest year per type', () => {
  // 2020: labor 100, sex 400. 2023: labor only (300). Resource years 2023 and 2024.
  const figures = [fig(2020, 'LABOR', 100), fig(2020, 'SEX', 400), fig(2023, 'LABOR', 300)];

  it('takes sex from 2020 when the nearest year publishes only labor', () => {
    const n = needForScope(figures, [2023, 2024], {});
    // labor: 2023 -> 2023 (300), 2024 -> 2023 (300) = 600; sex: both years -> 2020 (400) = 800.
    expect(n.totals).toEqual({ labor: 600, sex: 800, shared: 0 });
    expect(n.vintagesByType.LABOR).toEqual([2023]);
    expect(n.vintagesByType.SEX).toEqual([2020]);
    expect(n.vintages).toEqual([2020, 2023]);
    expect(n.geography).toBe('WORLD');
    expect(n.notes.join(' ')).toContain('LABOR 2023; SEX 2020');
  });

  it('reads a NON_LABOR remainder as sex and matches it as sex', () => {
    const n = needForScope(
      [fig(2019, 'LABOR', 50), fig(2019, 'NON_LABOR', 150), fig(2021, 'LABOR', 70)],
      [2021],
      {},
    );
    expect(n.totals).toEqual({ labor: 70, sex: 150, shared: 0 });
    expect(n.vintagesByType.SEX).toEqual([2019]);
  });

  it('says so when a type has no figure at all', () => {
    const n = needForScope([fig(2021, 'LABOR', 70)], [2021], {});
    expect(n.totals).toEqual({ labor: 70, sex: 0, shared: 0 });
    expect(n.notes[0]).toMatch(/^No SEX figure of this basis covers WORLD/);
  });

  it('prefers the scope country to WORLD, per the geography rule', () => {
    const n = needForScope(
      [fig(2017, 'LABOR', 1_274, 'US'), fig(2017, 'SEX', 6_244, 'US'), fig(2023, 'LABOR', 42_098)],
      [2024],
      {},
    );
    expect(n.geography).toBe('US');
    expect(n.totals).toEqual({ labor: 1_274, sex: 6_244, shared: 0 });
  });
});
