/** Fan and tornado layouts, checked against positions worked out by hand. */
import { describe, expect, it } from 'vitest';
import type { TornadoResult } from '../../../core/scenario/types';
import { layoutFan } from '../../../client/src/charts/layout/fan';
import type { FanSeries } from '../../../client/src/charts/series/fan';
import { layoutTornado } from '../../../client/src/charts/layout/tornado';

const series: FanSeries = {
  output: 'laborServed',
  label: 'Labor-trafficking survivors served',
  unit: 'people per year',
  years: [2024, 2025, 2026],
  p10: [100, 80, 90],
  p50: [100, 100, 110],
  p90: [100, 120, 150],
  baseline: [100, 100, 100],
  scenario: [100, 101, 111],
  reference: null,
  format: (v) => String(v),
};

describe('layoutFan', () => {
  // width 400, height 200; y ticks "0".."160" are at most 3 characters: left margin
  // max(3 x 7.92, 16) + 14 = 37.76; top 22, bottom 44, right 18 -> plot 344.24 x 134.
  const layout = layoutFan(series, { width: 400, height: 200 }, (v) => String(v));

  it('places the years across the plot and the values on a 0-based nice scale', () => {
    expect(layout.plot.width).toBeCloseTo(344.24, 6);
    expect(layout.plot.height).toBe(134);
    // y domain [0, 150] niced to [0, 160]: 100 -> 134 x (1 - 100/160) = 50.25 -> 50.3 (rounded to 0.1)
    expect(layout.medianPoints).toEqual([
      { key: '2024', x: 0, y: 50.3 },
      { key: '2025', x: 172.1, y: 50.3 },
      { key: '2026', x: 344.2, y: 41.9 }, // 110 -> 134 x 50/160 = 41.875
    ]);
  });

  it('draws the band from p10 up to p90 and the baseline as its own line', () => {
    // Band: top edge p90 left to right (100, 120, 150), then p10 right to left (90, 80, 100).
    // 120 -> 33.5; 150 -> 8.4; 90 -> 58.6; 80 -> 67.
    expect(layout.band).toBe('M0,50.3L172.1,33.5L344.2,8.4L344.2,58.6L172.1,67L0,50.3Z');
    expect(layout.baseline).toBe('M0,50.3L172.1,50.3L344.2,50.3');
    expect(layout.reference).toBeNull();
  });

  it('gives every year a hover mark that reads the band in words', () => {
    expect(layout.marks[1]).toMatchObject({
      key: '2025',
      title: '2025',
      lines: ['Median: 100', '80% range: 80 to 120', 'No change: 100'],
    });
  });
});

describe('layoutTornado', () => {
  const t: TornadoResult = {
    metric: 'laborServedTotal',
    baseOutput: 100,
    bars: [
      {
        key: 'labor.caseload',
        label: 'caseload per experienced FTE',
        unit: '',
        value: 10,
        low: 8,
        high: 12,
        outputAtLow: 80,
        outputAtHigh: 120,
        swing: 40,
      },
      {
        key: 'sex.turnoverRate',
        label: 'staff turnover',
        unit: '',
        value: 0.3,
        low: 0.15,
        high: 0.45,
        outputAtLow: 105,
        outputAtHigh: 95,
        swing: 10,
      },
    ],
  };
  const layout = layoutTornado(t, 800, String, String, (_k, v) => String(v));

  it('says which type each input belongs to, largest swing first', () => {
    expect(layout.bars.map((b) => b.label)).toEqual([
      'Labor: caseload per experienced FTE',
      'Sex: staff turnover',
    ]);
  });

  it('splits each bar at the output with every input at its value', () => {
    const [caseload, turnover] = layout.bars;
    // Both segments meet at the base output.
    expect(caseload!.low!.x1).toBe(layout.baseX);
    expect(caseload!.high!.x0).toBe(layout.baseX);
    // Lower sex turnover serves more labor survivors here: its low end lies right of the base.
    expect(turnover!.low!.x0).toBe(layout.baseX);
    expect(turnover!.high!.x1).toBe(layout.baseX);
    expect(caseload!.high!.x1 - caseload!.low!.x0).toBeGreaterThan(
      turnover!.low!.x1 - turnover!.high!.x0,
    );
  });
});
