/**
 * Layouts: the scale mapping from values to pixels, checked against coordinates worked out by
 * hand (d3's band and point scales follow the formulas in their documentation).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutDumbbell } from '../../client/src/charts/layout/dumbbell';
import { layoutHeatGrid } from '../../client/src/charts/layout/heatGrid';
import { layoutLines } from '../../client/src/charts/layout/lines';
import { layoutSmallMultiples } from '../../client/src/charts/layout/smallMultiples';
import { layoutStackedColumns } from '../../client/src/charts/layout/stackedColumns';
import { layoutStackedRows, rowsHeight } from '../../client/src/charts/layout/stackedRows';
import {
  layoutStateMap,
  stateFeatures,
  type StatesTopology,
} from '../../client/src/charts/map/layoutMap';
import { TYPE_STYLE } from '../../client/src/charts/palette';
import type { StackInput } from '../../client/src/charts/series/stack';

const fmt = (v: number) => String(v);
// A plot 200 px wide and 200 px tall: margins left 40, right 10, top 30, bottom 44.
const MARGIN = { left: 40, right: 10 };
const FRAME = { width: 250, height: 274 };

const twoBars: StackInput = {
  categories: [
    { key: 'a', label: 'A' },
    { key: 'b', label: 'B' },
  ],
  layers: [{ key: 'LABOR', label: 'Labor', style: TYPE_STYLE.LABOR, values: [50, 100] }],
};

describe('layoutStackedColumns', () => {
  const layout = layoutStackedColumns(twoBars, FRAME, {
    formatValue: fmt,
    formatTick: fmt,
    margin: MARGIN,
  });

  it('maps a value of 50 on a 0–100 scale 200 px tall to a bar 100 px tall', () => {
    expect(layout.plot.height).toBe(200);
    const a = layout.rects.find((r) => r.category === 'a')!;
    const b = layout.rects.find((r) => r.category === 'b')!;
    expect([a.y, a.height]).toEqual([100, 100]);
    expect([b.y, b.height]).toEqual([0, 200]);
  });

  it('places bands with 20% inner and 10% outer padding', () => {
    // step = 200 / (2 − 0.2 + 2 × 0.1) = 100; bandwidth = 0.8 × 100 = 80; first band at 0.1 × 100.
    const [a, b] = layout.rects;
    expect([a!.x, a!.width, b!.x]).toEqual([10, 80, 110]);
  });

  it('anchors the tooltip of each column at its top, in frame coordinates', () => {
    // x = margin 40 + band 10 + half of 80; y = margin 30 + y(50) = 30 + 100.
    expect(layout.marks[0]).toMatchObject({ key: 'a', x: 90, y: 130, title: 'A' });
    expect(layout.marks[0]!.lines).toEqual(['Labor: 50']);
  });

  it('ticks the value axis at round numbers', () => {
    expect(layout.yTicks.map((t) => [t.label, t.at])).toEqual([
      ['0', 200],
      ['20', 160],
      ['40', 120],
      ['60', 80],
      ['80', 40],
      ['100', 0],
    ]);
    expect(layout.zeroY).toBe(200);
  });
});

describe('layoutStackedRows', () => {
  it('grows with the rows and maps values along x', () => {
    const layout = layoutStackedRows(twoBars, 250, { formatValue: fmt, formatTick: fmt });
    // Two rows of 26 px plus 12 px above and 44 px below.
    expect(layout.frame.height).toBe(2 * 26 + 56);
    expect(rowsHeight(2)).toBe(layout.frame.height);
    // Labels "A"/"B" are 6.6 px wide, below the 20 px floor: left margin 30; right 16 → plot 204.
    expect(layout.plot.width).toBe(204);
    const b = layout.rects.find((r) => r.category === 'b')!;
    const a = layout.rects.find((r) => r.category === 'a')!;
    expect([a.x, a.width, b.width]).toEqual([0, 102, 204]);
  });
});

describe('layoutLines', () => {
  const layout = layoutLines(
    [
      {
        key: 'LABOR',
        label: 'Labor',
        style: TYPE_STYLE.LABOR,
        points: [
          { x: 2020, y: 0 },
          { x: 2021, y: 0.5 },
          { x: 2022, y: null },
        ],
      },
    ],
    FRAME,
    {
      formatValue: fmt,
      formatTick: fmt,
      yDomain: [0, 1],
      margin: MARGIN,
      references: [{ key: 'p', value: 1, label: 'Parity' }],
    },
  );

  it('spaces years on a point scale with 30% padding and maps y linearly', () => {
    // step = 200 / (3 − 1 + 2 × 0.3) = 76.92; x(2020) = 0.3 × step = 23.1; x(2021) = 100.
    expect(layout.lines[0]!.points).toEqual([
      { key: 'LABOR:2020', x: 23.1, y: 200 },
      { key: 'LABOR:2021', x: 100, y: 100 },
    ]);
    expect(layout.lines[0]!.d).toBe('M23.1,200L100,100');
    expect(layout.references[0]!.y).toBe(0);
  });

  it('reads a missing value as "no data" in the tooltip', () => {
    expect(layout.marks[2]).toMatchObject({
      key: '2022',
      title: '2022',
      lines: ['Labor: no data'],
    });
  });

  it('adds a year’s notes to its tooltip after the values, and none to other years', () => {
    const noted = layoutLines(
      [
        {
          key: 'LABOR',
          label: 'Labor',
          style: TYPE_STYLE.LABOR,
          points: [
            { x: 2020, y: 0.2 },
            { x: 2021, y: 0.5 },
          ],
        },
      ],
      FRAME,
      {
        formatValue: fmt,
        formatTick: fmt,
        notesAt: (x) => (x === 2021 ? ['Need figures of 2020 (labor and sex)'] : []),
      },
    );
    expect(noted.marks.map((m) => m.lines)).toEqual([
      ['Labor: 0.2'],
      ['Labor: 0.5', 'Need figures of 2020 (labor and sex)'],
    ]);
  });
});

describe('layoutDumbbell', () => {
  it('places dots on a 0–1 axis and spans them', () => {
    const layout = layoutDumbbell(
      [
        {
          key: 'r',
          label: 'A',
          group: 'Funding',
          dots: [
            {
              key: 'need',
              label: 'Need',
              value: 0.25,
              color: '#000',
              shape: 'circle',
              filled: false,
            },
            {
              key: 'res',
              label: 'Resources',
              value: 0.75,
              color: '#000',
              shape: 'circle',
              filled: true,
            },
          ],
        },
      ],
      250,
      { domain: [0, 1], formatValue: fmt, formatTick: fmt },
    );
    // Left margin: 20 px label floor + 12 = 32; right 18 → plot 200 px.
    expect(layout.plot.width).toBe(200);
    expect(layout.rows[0]!.dots.map((d) => d.cx)).toEqual([50, 150]);
    expect(layout.rows[0]!.span).toEqual([50, 150]);
    // The group heading takes 24 px, then the row's middle at 24 + 14.
    expect(layout.rows[0]!.y).toBe(38);
    expect(layout.groups).toEqual([{ label: 'Funding', y: 16 }]);
  });
});

describe('layoutHeatGrid', () => {
  it('wraps long column headers at a phone width instead of running them together', () => {
    const columns = ['Exclude shared', 'Even split', 'Need-proportional', 'Declared share'].map(
      (label) => ({ key: label, label }),
    );
    const layout = layoutHeatGrid(
      { rows: [{ key: 'P', label: 'Prevalence' }], columns, cells: [] },
      390,
    );
    // Left = round(10 × 12 × 0.66 + 10) = 89; columns (390 − 89 − 2) / 4 = 74.75 px; at 11 px
    // bold (7.92 px a character) 66.75 px hold 8 characters a line.
    expect(layout.columnLabels.map((c) => c.lines)).toEqual([
      ['Exclude', 'shared'],
      ['Even', 'split'],
      ['Need-pr…'],
      ['Declared', 'share'],
    ]);
    expect(layout.top).toBe(21 + 2 * 13);
  });

  it('divides the width after the row labels into equal columns', () => {
    const layout = layoutHeatGrid(
      {
        rows: [{ key: 'P', label: 'P' }],
        columns: [
          { key: 'X', label: 'X' },
          { key: 'Y', label: 'Y' },
        ],
        cells: [
          { row: 'P', column: 'Y', value: 1, text: '1', fill: '#fff', ink: '#000', detail: [] },
        ],
        selected: { row: 'P', column: 'Y' },
      },
      300,
    );
    // Left = 20 + 10 = 30; each column (300 − 30 − 2) / 2 = 134 px; header 34 px.
    expect(layout.cells).toHaveLength(1);
    expect(layout.columnLabels.map((c) => c.lines)).toEqual([['X'], ['Y']]);
    expect(layout.cells[0]).toMatchObject({
      x: 164,
      y: 34,
      width: 132,
      height: 38,
      selected: true,
    });
  });
});

describe('layoutSmallMultiples', () => {
  it('uses two columns on a wide screen and one on a phone', () => {
    const panels = ['a', 'b', 'c'].map((k) => ({
      key: k,
      title: k,
      series: [{ key: 's', label: 's', style: TYPE_STYLE.LABOR, points: [{ x: 2020, y: 0.5 }] }],
    }));
    const wide = layoutSmallMultiples(panels, 700, {
      formatValue: fmt,
      formatTick: fmt,
      yDomain: [0, 1],
    });
    // Panels 342 px wide ((700 − 16) / 2); rows 190 + 20 + 16 apart.
    expect(wide.panels.map((p) => [p.x, p.y])).toEqual([
      [0, 0],
      [358, 0],
      [0, 226],
    ]);
    const phone = layoutSmallMultiples(panels, 360, {
      formatValue: fmt,
      formatTick: fmt,
      yDomain: [0, 1],
    });
    expect(phone.panels.map((p) => p.x)).toEqual([0, 0, 0]);
    expect(phone.marks[2]!.key).toBe('c:2020');
  });
});

describe('layoutStateMap', () => {
  const topology = JSON.parse(
    fs.readFileSync(
      path.resolve(import.meta.dirname, '../../node_modules/us-atlas/states-10m.json'),
      'utf8',
    ),
  ) as StatesTopology;
  const features = stateFeatures(topology);

  it('projects the states with Albers USA into the frame, west to the left of east', () => {
    const layout = layoutStateMap(features, new Map(), 600, 'FUNDING');
    expect(layout.frame).toEqual({ width: 600, height: 372 });
    const ca = layout.states.find((s) => s.code === 'CA')!;
    const ny = layout.states.find((s) => s.code === 'NY')!;
    expect(ca.cx).toBeLessThan(ny.cx);
    for (const s of layout.states) {
      expect(s.cx).toBeGreaterThanOrEqual(0);
      expect(s.cx).toBeLessThanOrEqual(600);
    }
    // The 50 states and DC are drawn (Puerto Rico and other territories fall outside Albers USA).
    expect(
      layout.states.filter((s) => s.code.length === 2 && s.code !== 'PR').length,
    ).toBeGreaterThanOrEqual(51);
  });

  it('colours states with a value and gives them a tooltip', () => {
    const layout = layoutStateMap(
      features,
      new Map([
        [
          'TX',
          {
            code: 'TX',
            name: 'Texas',
            ratio: 0.3,
            total: 1000,
            laborShare: 0.1,
            parityGap: 50,
            reason: null,
            fill: '#f1a340',
          },
        ],
      ]),
      600,
      'FUNDING',
    );
    expect(layout.states.find((s) => s.code === 'TX')!.fill).toBe('#f1a340');
    expect(layout.states.find((s) => s.code === 'OH')!.fill).toBeNull();
    expect(layout.marks).toHaveLength(1);
    expect(layout.marks[0]!.lines).toEqual([
      'Labor equity ratio: 0.3',
      'Labor share of resources: 10.0%',
      'Total: $1k',
    ]);
  });
});
