/** Funders side by side: panels, table and legend from hand-made profiles. */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../client/src/charts/series/funders';
import {
  compareLegend,
  comparePanels,
  compareSummary,
  compareTable,
  FIELD_STYLE,
} from '../../client/src/charts/series/fundersCompare';

function profile(
  labor: number,
  sex: number,
  ratio: number,
  gap: number,
  trend: [number, number | null][],
  categories: [string, number | null][] | null,
): Profile {
  return {
    equity: {
      labor: { resources: labor, resourceShare: labor / (labor + sex), equityRatio: ratio },
      sex: { resources: sex },
      parityGap: gap,
      datasets: [],
    },
    equityTrend: { points: trend.map(([year, r]) => ({ year, labor: { equityRatio: r } })) },
    byCategory: categories && {
      total: null,
      rows: categories.map(([category, value]) => ({
        category,
        value,
        suppressed: value === null ? 'SUPPRESSED' : null,
      })),
    },
  } as unknown as Profile;
}

const field = profile(
  100,
  900,
  0.3,
  500,
  [
    [2021, 0.35],
    [2020, 0.25],
  ],
  null,
);
const funders = [
  {
    id: '7',
    label: 'Fund A',
    profile: profile(
      300,
      700,
      0.9,
      100,
      [
        [2020, 0.8],
        [2021, 1.3],
      ],
      [
        ['LEGAL', 600],
        ['HOUSING', 200],
        ['OTHER', null],
      ],
    ),
  },
  {
    id: '9',
    label: 'Fund B',
    profile: profile(50, 150, 0.75, 20, [[2021, 0.5]], null),
  },
];

describe('funders side by side', () => {
  it('gives each funder a panel with its ratio by year (sorted) and the field’s', () => {
    const { panels } = comparePanels(field, funders);
    expect(panels.map((p) => p.title)).toEqual(['Fund A', 'Fund B']);
    expect(panels[0]!.series[0]!.points).toEqual([
      { x: 2020, y: 0.8 },
      { x: 2021, y: 1.3 },
    ]);
    expect(panels[1]!.series[1]!.points).toEqual([
      { x: 2020, y: 0.25 },
      { x: 2021, y: 0.35 },
    ]);
    expect(panels[1]!.series[1]!.style).toEqual(FIELD_STYLE);
  });

  it('shares one ratio axis up to the largest ratio rounded up to 0.2 (1.3 → 1.4)', () => {
    expect(comparePanels(field, funders).domain).toEqual([0, 1.4]);
  });

  it('keeps parity in view: an axis to at least 1.2', () => {
    expect(comparePanels(field, [funders[1]!]).domain).toEqual([0, 1.2]);
  });

  it('tabulates totals (300 + 700), shares, ratios, gaps and the largest category (600 of 800)', () => {
    const t = compareTable(funders, 'FUNDING');
    expect(t.rows).toEqual([
      {
        funder: 'Fund A',
        total: 1000,
        laborShare: 0.3,
        ratio: 0.9,
        gap: 100,
        topCategory: 'Legal services (75.0%)',
      },
      {
        funder: 'Fund B',
        total: 200,
        laborShare: 0.25,
        ratio: 0.75,
        gap: 20,
        topCategory: null,
      },
    ]);
  });

  it('lists each funder in the legend with its panel’s style, then the field', () => {
    const legend = compareLegend(funders);
    const { panels } = comparePanels(field, funders);
    expect(legend.map((l) => l.label)).toEqual(['Fund A', 'Fund B', 'The field']);
    expect(legend[1]!.style).toEqual(panels[1]!.series[0]!.style);
    expect(compareSummary(funders)).toContain('Fund A: 0.9; Fund B: 0.75.');
  });
});
