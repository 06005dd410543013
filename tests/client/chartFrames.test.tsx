/**
 * The plotted charts (tornado, dot rows, fan) and their renderers: the frame every one shares
 * (the <svg> sized to the layout, the plot group moved to the margins, the x axis) and the
 * interactive wrapper around it. The snapshots pin the markup the browser tests and the
 * SVG/PNG downloads rely on; the other assertions are worked out by hand.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { TornadoResult } from '../../core/scenario/types';
import { DumbbellChart } from '../../client/src/charts/DumbbellChart';
import { FanChart } from '../../client/src/charts/FanChart';
import { TornadoChart } from '../../client/src/charts/TornadoChart';
import { layoutFan } from '../../client/src/charts/layout/fan';
import { layoutTornado } from '../../client/src/charts/layout/tornado';
import { FanSvg } from '../../client/src/charts/renderers/FanSvg';
import { TornadoSvg } from '../../client/src/charts/renderers/TornadoSvg';
import type { FanSeries } from '../../client/src/charts/series/fan';
import type { DotRow } from '../../client/src/charts/layout/dumbbell';

const fan: FanSeries = {
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

const tornado: TornadoResult = {
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
  ],
};

const rows: DotRow[] = [
  {
    key: 'FUNDING:LABOR',
    label: 'L',
    group: 'Funding',
    dots: [
      { key: 'need', label: 'Need', value: 0.25, color: '#0072B2', shape: 'circle', filled: false },
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
];

const fmt = (v: number) => String(v);

describe('FanSvg', () => {
  // Same frame as tests/client/scenario/layout.test.ts: 400 x 200, left margin 37.76, top 22.
  const layout = layoutFan(fan, { width: 400, height: 200 }, fmt);
  const svg = renderToStaticMarkup(
    <FanSvg
      idPrefix="f1"
      title="Served"
      description="d"
      layout={layout}
      xLabel="Year"
      yLabel="people per year"
      activeKey={null}
      onActivate={() => {}}
    />,
  );

  it('sizes the image to the frame and moves the plot to the margins', () => {
    expect(svg).toContain('width="400" height="200" viewBox="0 0 400 200"');
    // 37.76 in floating point: 3 x 7.92 + 14 = 37.760000000000005.
    expect(svg).toMatch(/<g transform="translate\(37\.76\d*,22\)">/);
  });

  it('draws the median marker of 2025 at (172.1, 50.3) and both axis titles', () => {
    expect(svg).toContain('<circle cx="172.1" cy="50.3" r="3"');
    expect(svg).toContain('>Year</text>');
    expect(svg).toContain('>people per year</text>');
  });

  it('matches its snapshot', () => {
    expect(svg).toMatchSnapshot();
  });
});

describe('TornadoSvg', () => {
  const layout = layoutTornado(tornado, 400, fmt, fmt, (_k, v) => String(v));
  const svg = renderToStaticMarkup(
    <TornadoSvg
      idPrefix="t1"
      title="Swings"
      description="d"
      layout={layout}
      xLabel="Survivors served"
      activeKey="labor.caseload"
      onActivate={() => {}}
    />,
  );

  it('is one 34 px row tall plus margins of 8 and 40: 82 px', () => {
    expect(svg).toContain('width="400" height="82" viewBox="0 0 400 82"');
    expect(svg).toMatch(/<g transform="translate\([\d.]+,8\)">/);
  });

  it('outlines the active bar and titles the x axis', () => {
    expect(svg).toContain('fill="none" stroke="#');
    expect(svg).toContain('>Survivors served</text>');
  });

  it('matches its snapshot', () => {
    expect(svg).toMatchSnapshot();
  });
});

describe('the chart wrappers', () => {
  it('put the tornado in a keyboard-readable plot area', () => {
    const html = renderToStaticMarkup(
      <TornadoChart
        tornado={tornado}
        width={400}
        idPrefix="t2"
        title="Swings"
        summary="What moves the output most"
        xLabel="Survivors served"
        formatValue={fmt}
        formatTick={fmt}
        formatInput={(_k, v) => String(v)}
      />,
    );
    expect(html).toMatch(/^<div class="plot-area" tabindex="0" role="group" aria-label="Swings"/);
    expect(html).toContain('<desc id="t2-desc">What moves the output most</desc>');
    expect(html).toMatchSnapshot();
  });

  it('put the dot rows in a keyboard-readable plot area', () => {
    const html = renderToStaticMarkup(
      <DumbbellChart
        rows={rows}
        width={250}
        idPrefix="d2"
        title="Shares"
        summary="Need against resources"
        xLabel="Share (%)"
        domain={[0, 1]}
        formatValue={fmt}
        formatTick={fmt}
      />,
    );
    expect(html).toMatch(/^<div class="plot-area" tabindex="0" role="group" aria-label="Shares"/);
    // Plot 200 px wide (see renderers.test.tsx): 0.25 → 50.
    expect(html).toContain('<circle cx="50" cy="38" r="5.5" fill="#ffffff"');
    expect(html).toMatchSnapshot();
  });

  it('put the fan, 340 px tall at 600 px wide, in a plot area that names its run', () => {
    const html = renderToStaticMarkup(
      <FanChart
        series={fan}
        width={600}
        idPrefix="f2"
        title="Served"
        summary="s"
        runId={7}
        inputAt={null}
      />,
    );
    expect(html).toMatch(/^<div data-run-id="7"><div class="plot-area"/);
    expect(html).toContain('width="600" height="340" viewBox="0 0 600 340"');
    expect(html).toMatchSnapshot();
  });
});
