/**
 * Stateless renderers: fixed layouts in, deterministic SVG out. Snapshots pin the whole markup;
 * the explicit assertions check what matters most (accessible name, geometry, second encodings).
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ChartTable, DataTable } from '../../client/src/charts/DataTable';
import { Legend } from '../../client/src/charts/Legend';
import { layoutDumbbell } from '../../client/src/charts/layout/dumbbell';
import { layoutHeatGrid } from '../../client/src/charts/layout/heatGrid';
import { layoutLines } from '../../client/src/charts/layout/lines';
import { layoutSmallMultiples } from '../../client/src/charts/layout/smallMultiples';
import { layoutStackedColumns } from '../../client/src/charts/layout/stackedColumns';
import { layoutStackedRows } from '../../client/src/charts/layout/stackedRows';
import type { MapLayout } from '../../client/src/charts/map/layoutMap';
import { StateMapSvg } from '../../client/src/charts/map/StateMapSvg';
import { TYPE_STYLE } from '../../client/src/charts/palette';
import { DumbbellSvg } from '../../client/src/charts/renderers/DumbbellSvg';
import { HeatGridSvg } from '../../client/src/charts/renderers/HeatGridSvg';
import { LinesSvg } from '../../client/src/charts/renderers/LinesSvg';
import { SmallMultiplesSvg } from '../../client/src/charts/renderers/SmallMultiplesSvg';
import { StackedColumnsSvg } from '../../client/src/charts/renderers/StackedColumnsSvg';
import { StackedRowsSvg } from '../../client/src/charts/renderers/StackedRowsSvg';
import type { StackInput } from '../../client/src/charts/series/stack';

const fmt = (v: number) => String(v);
const FRAME = { width: 250, height: 274 };
const MARGIN = { left: 40, right: 10 };

const stack: StackInput = {
  categories: [
    { key: '2020', label: '2020' },
    { key: '2021', label: '2021' },
  ],
  layers: [
    { key: 'LABOR', label: 'Labor', style: TYPE_STYLE.LABOR, values: [20, 30] },
    { key: 'SEX', label: 'Sex', style: TYPE_STYLE.SEX, values: [30, null] },
  ],
};
stack.layers[1]!.suppressed = [false, true];

describe('StackedColumnsSvg', () => {
  const layout = layoutStackedColumns(stack, FRAME, {
    formatValue: fmt,
    formatTick: fmt,
    margin: MARGIN,
  });
  const svg = renderToStaticMarkup(
    <StackedColumnsSvg
      idPrefix="t1"
      title="Funding by year"
      description="Labor and sex funding."
      layout={layout}
      layers={stack.layers}
      xLabel="Year"
      yLabel="US dollars"
    />,
  );

  it('is an image named by its title and summary', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="t1-title t1-desc"/);
    expect(svg).toContain('<title id="t1-title">Funding by year</title>');
    expect(svg).toContain('<desc id="t1-desc">Labor and sex funding.</desc>');
  });

  it('draws a value of 20 on a 0–50 scale 200 px tall as a bar 80 px tall', () => {
    // Domain [0, 50] (2020 stacks 20 + 30); y(20) = 200 − 200 × 20/50 = 120.
    expect(svg).toContain('<rect x="10" y="120" width="80" height="80" fill="#0072B2"');
  });

  it('fills sex with a hatch pattern (second encoding) and draws suppressed cells as dashed outlines', () => {
    expect(svg).toContain('<pattern id="t1-pattern-SEX"');
    expect(svg).toContain('fill="url(#t1-pattern-SEX)"');
    expect(svg).toMatch(/fill="#ffffff" stroke="#6b7078" stroke-width="1" stroke-dasharray="2 2"/);
    // 2021's withheld sex cell: a 7 px box 10 px above the stack top y(30) = 200 − 200 × 30/50 = 80,
    // centred in the band (x = 110 + 0.2 × 80, width 0.6 × 80).
    expect(svg).toContain('<rect x="126" y="70" width="48" height="7" fill="#ffffff"');
  });

  it('labels both axes with units', () => {
    expect(svg).toContain('>US dollars</text>');
    expect(svg).toContain('>Year</text>');
  });

  it('matches its snapshot', () => {
    expect(svg).toMatchSnapshot();
  });
});

describe('StackedRowsSvg', () => {
  it('matches its snapshot', () => {
    const layout = layoutStackedRows(stack, 300, { formatValue: fmt, formatTick: fmt });
    const svg = renderToStaticMarkup(
      <StackedRowsSvg
        idPrefix="t2"
        title="By funder"
        description="d"
        layout={layout}
        layers={stack.layers}
        xLabel="US dollars"
      />,
    );
    expect(svg).toContain('>2021</text>');
    expect(svg).toMatchSnapshot();
  });
});

describe('LinesSvg', () => {
  const layout = layoutLines(
    [
      {
        key: 'LABOR',
        label: 'Labor',
        style: TYPE_STYLE.LABOR,
        points: [
          { x: 2020, y: 0.4 },
          { x: 2021, y: 0.6 },
        ],
      },
      {
        key: 'SEX',
        label: 'Sex',
        style: TYPE_STYLE.SEX,
        points: [
          { x: 2020, y: 1.2 },
          { x: 2021, y: 1.1 },
        ],
      },
    ],
    FRAME,
    {
      formatValue: fmt,
      formatTick: fmt,
      yDomain: [0, 1.5],
      margin: MARGIN,
      references: [{ key: 'parity', value: 1, label: 'Parity (1)' }],
    },
  );
  const svg = renderToStaticMarkup(
    <LinesSvg
      idPrefix="t3"
      title="Equity ratio"
      description="d"
      layout={layout}
      xLabel="Year"
      yLabel="Equity ratio"
      activeKey="2021"
    />,
  );

  it('dashes and marks sex differently from labor', () => {
    expect(svg).toContain('stroke="#D55E00" stroke-width="2.25" stroke-dasharray="6 3"');
    expect(svg).toMatch(
      /<path d="[^"]+" fill="none" stroke="#0072B2" stroke-width="2.25" stroke-linejoin="round"/,
    );
    // Labor points are circles, sex points squares.
    expect(svg).toContain('<circle cx="');
    expect(svg).toMatch(/<rect x="[\d.]+" y="[\d.]+" width="6.3" height="6.3" fill="#D55E00"/);
  });

  it('draws the parity line at y(1) = 200 − 200 × 1/1.5 = 66.7', () => {
    expect(svg).toContain('<line x2="200" y1="66.7" y2="66.7"');
    expect(svg).toContain('>Parity (1)</text>');
  });

  it('matches its snapshot', () => {
    expect(svg).toMatchSnapshot();
  });
});

describe('DumbbellSvg', () => {
  it('draws need open and resources filled, joined by a line', () => {
    const layout = layoutDumbbell(
      [
        {
          key: 'FUNDING:LABOR',
          // A one-letter label keeps the 20 px label floor: left margin 32, plot 200 px.
          label: 'L',
          group: 'Funding',
          dots: [
            {
              key: 'need',
              label: 'Need',
              value: 0.25,
              color: '#0072B2',
              shape: 'circle',
              filled: false,
            },
            {
              key: 'res',
              label: 'Resources',
              value: 0.1,
              color: '#0072B2',
              shape: 'circle',
              filled: true,
            },
          ],
        },
      ],
      250,
      { domain: [0, 1], formatValue: fmt, formatTick: fmt },
    );
    const svg = renderToStaticMarkup(
      <DumbbellSvg
        idPrefix="t4"
        title="Shares"
        description="d"
        layout={layout}
        xLabel="Share (%)"
      />,
    );
    // Plot 200 px wide: 0.25 → 50, 0.1 → 20.
    expect(svg).toContain(
      '<circle cx="50" cy="38" r="5.5" fill="#ffffff" stroke="#0072B2" stroke-width="2"',
    );
    expect(svg).toContain(
      '<circle cx="20" cy="38" r="5.5" fill="#0072B2" stroke="#0072B2" stroke-width="2"',
    );
    expect(svg).toContain('<line x1="20" x2="50" y1="38" y2="38"');
    expect(svg).toMatchSnapshot();
  });
});

describe('HeatGridSvg', () => {
  it('writes each value in its cell and outlines the selection', () => {
    const layout = layoutHeatGrid(
      {
        rows: [{ key: 'PREVALENCE', label: 'Prevalence' }],
        columns: [
          { key: 'EXCLUDE', label: 'Leave out' },
          { key: 'EVEN_SPLIT', label: '50/50' },
        ],
        cells: [
          {
            row: 'PREVALENCE',
            column: 'EXCLUDE',
            value: 0.2,
            text: '0.2',
            fill: '#b35806',
            ink: '#ffffff',
            detail: [],
          },
          {
            row: 'PREVALENCE',
            column: 'EVEN_SPLIT',
            value: 0.35,
            text: '0.35',
            fill: '#f1a340',
            ink: '#1b1f24',
            detail: [],
          },
        ],
        selected: { row: 'PREVALENCE', column: 'EVEN_SPLIT' },
      },
      400,
    );
    const svg = renderToStaticMarkup(
      <HeatGridSvg idPrefix="t5" title="Grid" description="d" layout={layout} />,
    );
    expect(svg).toContain('fill="#ffffff" font-weight="500" font-size="13">0.2</text>');
    expect(svg).toContain('stroke="#1b1f24" stroke-width="3"');
    expect(svg).toMatchSnapshot();
  });
});

describe('SmallMultiplesSvg', () => {
  it('titles each panel', () => {
    const layout = layoutSmallMultiples(
      ['Funding', 'Training'].map((t) => ({
        key: t,
        title: t,
        series: [
          {
            key: 'LABOR',
            label: 'Labor',
            style: TYPE_STYLE.LABOR,
            points: [
              { x: 2020, y: 0.1 },
              { x: 2021, y: 0.2 },
            ],
          },
        ],
      })),
      700,
      { formatValue: fmt, formatTick: fmt, yDomain: [0, 1] },
    );
    const svg = renderToStaticMarkup(
      <SmallMultiplesSvg
        idPrefix="t6"
        title="Shares"
        description="d"
        layout={layout}
        xLabel="Year"
        yLabel="Share"
      />,
    );
    expect(svg).toContain('font-weight="700" font-size="13">Funding</text>');
    expect(svg).toContain('font-weight="700" font-size="13">Training</text>');
    expect(svg).toMatchSnapshot();
  });
});

describe('StateMapSvg', () => {
  it('fills states with data and hatches the rest', () => {
    const layout: MapLayout = {
      frame: { width: 100, height: 62 },
      states: [
        {
          code: 'CA',
          name: 'California',
          d: 'M0,0L10,0L10,10Z',
          fill: '#f1a340',
          cx: 6.7,
          cy: 3.3,
        },
        { code: 'NV', name: 'Nevada', d: 'M10,0L20,0L20,10Z', fill: null, cx: 16.7, cy: 3.3 },
      ],
      marks: [],
    };
    const svg = renderToStaticMarkup(
      <StateMapSvg idPrefix="t7" title="Map" description="d" layout={layout} activeKey="CA" />,
    );
    expect(svg).toContain(
      '<path d="M0,0L10,0L10,10Z" fill="#f1a340" stroke="#1b1f24" stroke-width="2"',
    );
    expect(svg).toContain('<path d="M10,0L20,0L20,10Z" fill="url(#t7-nodata)"');
    expect(svg).toMatchSnapshot();
  });
});

describe('Legend and DataTable', () => {
  it('draws each legend swatch with its second encoding', () => {
    const html = renderToStaticMarkup(
      <Legend
        items={[
          { key: 'LABOR', label: 'Labor', style: TYPE_STYLE.LABOR, kind: 'line' },
          { key: 'SEX', label: 'Sex', style: TYPE_STYLE.SEX, kind: 'line' },
          { key: 'BOTH', label: 'Both', style: TYPE_STYLE.BOTH, kind: 'fill' },
        ]}
      />,
    );
    expect(html).toContain('<ul class="legend" aria-label="Legend">');
    expect(html).toContain('stroke="#D55E00" stroke-width="2.5" stroke-dasharray="6 3"');
    expect(html).toMatch(/<pattern id="legend[^"]*-BOTH"/);
  });

  it('renders a table with row headers and formatted numbers', () => {
    const html = renderToStaticMarkup(
      <ChartTable
        caption="Funding"
        table={{
          columns: [
            { key: 'year', label: 'Year' },
            { key: 'v', label: 'Value', numeric: true, format: (v) => `$${v}` },
          ],
          rows: [
            { year: '2020', v: 5 },
            { year: '2021', v: null },
          ],
        }}
      />,
    );
    expect(html).toContain('<th scope="row">2020</th><td class="num">$5</td>');
    expect(html).toContain('<th scope="row">2021</th><td class="num">–</td>');
    expect(html).toContain('aria-label="Funding (table)"');
    expect(html).toContain('<caption class="visually-hidden">Funding</caption>');
    expect(html).toContain('<th scope="col">Year</th><th scope="col" class="num">Value</th>');
  });

  it('renders row actions under a hidden header, a chosen row header and cell classes', () => {
    const rows = [
      { id: 'a', name: 'Ada', n: 3 },
      { id: 'b', name: 'Bo', n: 12 },
    ];
    const html = renderToStaticMarkup(
      <DataTable
        caption="People"
        captionVisible
        rows={rows}
        rowKey={(r) => r.id}
        rowHeader="name"
        className="people"
        columns={[
          { key: 'n', header: 'Count', numeric: true, cell: (r) => r.n, className: 'small' },
          { key: 'name', header: 'Name', cell: (r) => r.name },
        ]}
        actions={[{ label: 'Open', cell: (r) => <button type="button">Open {r.name}</button> }]}
      />,
    );
    expect(html).toContain('<table class="data-table people"><caption>People</caption>');
    expect(html).toContain(
      '<th scope="col" class="num">Count</th><th scope="col">Name</th>' +
        '<th scope="col"><span class="visually-hidden">Open</span></th>',
    );
    expect(html).toContain(
      '<tr><td class="num small">12</td><th scope="row">Bo</th>' +
        '<td><button type="button">Open Bo</button></td></tr>',
    );
  });

  it('shows the empty state instead of a table with no rows', () => {
    const html = renderToStaticMarkup(
      <DataTable
        caption="People"
        rows={[] as { id: string }[]}
        rowKey={(r) => r.id}
        columns={[{ key: 'id', header: 'Id', cell: (r) => r.id }]}
        empty={<p>Nobody yet.</p>}
      />,
    );
    expect(html).toBe('<p>Nobody yet.</p>');
  });
});
