/**
 * Lines over years: one path per series (gaps where a value is missing), a marker at every
 * point, and optional horizontal reference lines such as parity (equity ratio 1).
 */
import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import type { SeriesStyle } from '../palette';
import type { Frame, HoverMark, Margin, Tick } from '../types';
import { labelWidth, linearTicks, plotArea, round, thinLabels, type Plot } from './common';

export interface LinePoint {
  x: number;
  y: number | null;
}

export interface LineSeries {
  key: string;
  label: string;
  style: SeriesStyle;
  points: LinePoint[];
}

export interface ReferenceLine {
  key: string;
  value: number;
  label: string;
}

export interface PlacedLine {
  key: string;
  style: SeriesStyle;
  /** SVG path data; empty when the series has no values. */
  d: string;
  points: { x: number; y: number; key: string }[];
}

export interface LinesLayout {
  frame: Frame;
  plot: Plot;
  lines: PlacedLine[];
  references: (ReferenceLine & { y: number })[];
  xTicks: Tick[];
  yTicks: Tick[];
  marks: HoverMark[];
}

export interface LinesOptions {
  formatValue: (v: number) => string;
  formatTick: (v: number) => string;
  references?: ReferenceLine[];
  /** A fixed y domain (small multiples share one); by default 0 to the largest value. */
  yDomain?: [number, number];
  margin?: Partial<Margin>;
  /** Label of an x value (a year by default). */
  formatX?: (x: number) => string;
  /** Extra tooltip lines at an x value, after the values (e.g. the year's need fallbacks). */
  notesAt?: (x: number) => string[];
}

export function layoutLines(
  series: LineSeries[],
  frame: Frame,
  options: LinesOptions,
): LinesLayout {
  const formatX = options.formatX ?? String;
  const xs = [...new Set(series.flatMap((s) => s.points.map((p) => p.x)))].sort((a, b) => a - b);
  const values = series
    .flatMap((s) => s.points.map((p) => p.y))
    .filter((v): v is number => v !== null);
  const refValues = (options.references ?? []).map((r) => r.value);
  const domain = options.yDomain ?? [
    Math.min(0, ...values),
    Math.max(...values, ...refValues, 0) || 1,
  ];
  const probe = scaleLinear().domain(domain).nice().ticks(5).map(options.formatTick);
  const left = Math.max(...probe.map((t) => labelWidth(t)), 16) + 14;
  const margin: Margin = { top: 30, right: 16, bottom: 44, left, ...options.margin };
  const plot = plotArea(frame, margin);
  const x = scalePoint<number>().domain(xs).range([0, plot.width]).padding(0.3);
  const y = scaleLinear().domain(domain).range([plot.height, 0]);
  if (!options.yDomain) y.nice();
  const path = line<{ x: number; y: number | null }>()
    .defined((p) => p.y !== null)
    .x((p) => round(x(p.x) ?? 0))
    .y((p) => round(y(p.y ?? 0)));

  const lines: PlacedLine[] = series.map((s) => ({
    key: s.key,
    style: s.style,
    d: s.points.some((p) => p.y !== null) ? (path(s.points) ?? '') : '',
    points: s.points
      .filter((p): p is { x: number; y: number } => p.y !== null)
      .map((p) => ({ key: `${s.key}:${p.x}`, x: round(x(p.x) ?? 0), y: round(y(p.y)) })),
  }));
  const marks: HoverMark[] = xs.map((xv) => {
    const ys = series.map((s) => s.points.find((p) => p.x === xv)?.y ?? null);
    const known = ys.filter((v): v is number => v !== null);
    return {
      key: String(xv),
      x: round(margin.left + (x(xv) ?? 0)),
      y: round(margin.top + y(known.length ? Math.max(...known) : domain[0])),
      title: formatX(xv),
      lines: [
        ...series.map((s, i) => {
          const v = ys[i];
          return `${s.label}: ${v === null || v === undefined ? 'no data' : options.formatValue(v)}`;
        }),
        ...(options.notesAt?.(xv) ?? []),
      ],
    };
  });
  const xTicks = thinLabels(xs, x.step(), labelWidth('0000', 11)).map((v) => ({
    at: round(x(v) ?? 0),
    label: formatX(v),
  }));
  return {
    frame,
    plot,
    lines,
    references: (options.references ?? []).map((r) => ({ ...r, y: round(y(r.value)) })),
    xTicks,
    yTicks: linearTicks(y, plot.height, options.formatTick, 45),
    marks,
  };
}
