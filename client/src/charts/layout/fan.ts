/**
 * Fan chart layout: years on x, the output on y; the p10–p90 band as an area, the median and the
 * no-change baseline as lines, and a hover mark per year. Pure: series in, placed coordinates out.
 */
import { scaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';
import {
  labelWidth,
  linearTicks,
  plotArea,
  round,
  thinLabels,
  type Plot,
} from '../../charts/layout/common';
import type { Frame, HoverMark, Margin, Tick } from '../types';
import type { FanSeries } from '../series/fan';

export interface FanLayout {
  frame: Frame;
  plot: Plot;
  /** Area path of the p10–p90 band. */
  band: string;
  median: string;
  baseline: string;
  medianPoints: { key: string; x: number; y: number }[];
  reference: { y: number; label: string } | null;
  xTicks: Tick[];
  yTicks: Tick[];
  marks: HoverMark[];
}

interface Pt {
  x: number;
  lo: number | null;
  hi: number | null;
  y: number | null;
}

export function layoutFan(
  s: FanSeries,
  frame: Frame,
  formatTick: (v: number) => string,
): FanLayout {
  const values = [...s.p10, ...s.p90, ...s.p50, ...s.baseline, ...s.scenario].filter(
    (v): v is number => v !== null && Number.isFinite(v),
  );
  const top = Math.max(0, ...values, s.reference?.value ?? 0) || 1;
  const bottom = Math.min(0, ...values);
  const probe = scaleLinear().domain([bottom, top]).nice().ticks(5).map(formatTick);
  const left = Math.max(...probe.map((t) => labelWidth(t)), 16) + 14;
  const margin: Margin = { top: 22, right: 18, bottom: 44, left };
  const plot = plotArea(frame, margin);
  const first = s.years[0] ?? 0;
  const lastYear = s.years[s.years.length - 1] ?? first + 1;
  const x = scaleLinear()
    .domain([first, Math.max(lastYear, first + 1)])
    .range([0, plot.width]);
  const y = scaleLinear().domain([bottom, top]).range([plot.height, 0]).nice();
  const pts = (vals: (number | null)[]): Pt[] =>
    s.years.map((year, i) => ({
      x: year,
      lo: s.p10[i] ?? null,
      hi: s.p90[i] ?? null,
      y: vals[i] ?? null,
    }));
  const bandPath = area<Pt>()
    .defined((p) => p.lo !== null && p.hi !== null)
    .x((p) => round(x(p.x)))
    .y0((p) => round(y(p.lo ?? 0)))
    .y1((p) => round(y(p.hi ?? 0)));
  const linePath = line<Pt>()
    .defined((p) => p.y !== null)
    .x((p) => round(x(p.x)))
    .y((p) => round(y(p.y ?? 0)));
  const medianPts = pts(s.p50);
  const step = s.years.length > 1 ? plot.width / (s.years.length - 1) : plot.width;
  const xTicks = thinLabels(s.years, step, labelWidth('0000', 11)).map((v) => ({
    at: round(x(v)),
    label: String(v),
  }));
  const marks: HoverMark[] = s.years.map((year, i) => ({
    key: String(year),
    x: round(margin.left + x(year)),
    y: round(margin.top + y(s.p90[i] ?? s.p50[i] ?? bottom)),
    title: String(year),
    lines: [
      `Median: ${s.format(s.p50[i] ?? null)}`,
      `80% range: ${s.format(s.p10[i] ?? null)} to ${s.format(s.p90[i] ?? null)}`,
      `No change: ${s.format(s.baseline[i] ?? null)}`,
    ],
  }));
  return {
    frame,
    plot,
    band: bandPath(pts(s.p50)) ?? '',
    median: linePath(medianPts) ?? '',
    baseline: linePath(pts(s.baseline)) ?? '',
    medianPoints: medianPts
      .filter((p): p is Pt & { y: number } => p.y !== null)
      .map((p) => ({ key: String(p.x), x: round(x(p.x)), y: round(y(p.y)) })),
    reference: s.reference ? { y: round(y(s.reference.value)), label: s.reference.label } : null,
    xTicks,
    yTicks: linearTicks(y, plot.height, formatTick, 45),
    marks,
  };
}
