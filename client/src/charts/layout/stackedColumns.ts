/**
 * Vertical stacked columns (categories along x, amounts up y), as placed rectangles. Used for
 * resources by year and type, and for single-series bars such as the parity gap by year.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { stackExtent, stackLayers, type StackInput } from '../series/stack';
import type { Frame, HoverMark, Margin, Tick } from '../types';
import { labelWidth, linearTicks, plotArea, round, thinLabels, type Plot } from './common';

export interface PlacedRect {
  key: string;
  layer: string;
  category: string;
  x: number;
  y: number;
  width: number;
  height: number;
  suppressed: boolean;
}

export interface ColumnsLayout {
  frame: Frame;
  plot: Plot;
  rects: PlacedRect[];
  xTicks: Tick[];
  yTicks: Tick[];
  /** y of the zero line, inside the plot. */
  zeroY: number;
  marks: HoverMark[];
}

export interface ColumnsOptions {
  normalize?: boolean;
  formatValue: (v: number) => string;
  formatTick: (v: number) => string;
  margin?: Partial<Margin>;
}

export function layoutStackedColumns(
  input: StackInput,
  frame: Frame,
  options: ColumnsOptions,
): ColumnsLayout {
  const stacked = stackLayers(input, options.normalize);
  const [lo, hi] = options.normalize ? [0, 1] : stackExtent(stacked);
  const probeTicks = scaleLinear().domain([lo, hi]).nice().ticks(5).map(options.formatTick);
  const left = Math.max(...probeTicks.map((t) => labelWidth(t)), 20) + 14;
  const margin: Margin = { top: 30, right: 12, bottom: 44, left, ...options.margin };
  const plot = plotArea(frame, margin);
  const x = scaleBand<string>()
    .domain(input.categories.map((c) => c.key))
    .range([0, plot.width])
    .paddingInner(0.2)
    .paddingOuter(0.1);
  const y = scaleLinear()
    .domain([lo, hi === lo ? lo + 1 : hi])
    .range([plot.height, 0]);
  if (!options.normalize) y.nice();

  const rects: PlacedRect[] = [];
  const marks: HoverMark[] = [];
  for (const c of stacked) {
    const x0 = x(c.category.key) ?? 0;
    const stackTop = y(Math.max(...c.segments.map((s) => Math.max(s.start, s.end)), 0));
    let withheld = 0;
    for (const s of c.segments) {
      if (s.value === null && !s.suppressed) continue;
      if (s.suppressed) {
        // A withheld cell has no size to draw: a small dashed box above the stack marks it.
        withheld++;
        rects.push({
          key: `${s.category}:${s.layer}`,
          layer: s.layer,
          category: s.category,
          x: round(x0 + x.bandwidth() * 0.2),
          y: round(Math.max(-16, stackTop - withheld * 10)),
          width: round(x.bandwidth() * 0.6),
          height: 7,
          suppressed: true,
        });
        continue;
      }
      const top = y(Math.max(s.start, s.end));
      const bottom = y(Math.min(s.start, s.end));
      rects.push({
        key: `${s.category}:${s.layer}`,
        layer: s.layer,
        category: s.category,
        x: round(x0),
        y: round(top),
        width: round(x.bandwidth()),
        height: round(bottom - top),
        suppressed: s.suppressed,
      });
    }
    const layerLines = input.layers.map((l, j) => {
      const seg = c.segments[j]!;
      if (seg.suppressed) return `${l.label}: withheld to protect survivors`;
      if (seg.value === null) return `${l.label}: no data`;
      const share = seg.share === null ? '' : ` (${Math.round(seg.share * 1000) / 10}%)`;
      return `${l.label}: ${options.formatValue(seg.value)}${input.layers.length > 1 ? share : ''}`;
    });
    const topOfStack = Math.max(...c.segments.map((s) => Math.max(s.start, s.end)), 0);
    marks.push({
      key: c.category.key,
      x: round(margin.left + x0 + x.bandwidth() / 2),
      y: round(margin.top + y(topOfStack)),
      title:
        input.layers.length > 1
          ? `${c.category.label}: ${options.formatValue(c.total)} in all`
          : c.category.label,
      lines: layerLines,
    });
  }
  const widest = Math.max(...input.categories.map((c) => labelWidth(c.label, 11)), 10);
  const xTicks = thinLabels(input.categories, x.step(), widest).map((c) => ({
    at: round((x(c.key) ?? 0) + x.bandwidth() / 2),
    label: c.label,
  }));
  const yTicks = options.normalize
    ? [0, 0.25, 0.5, 0.75, 1].map((v) => ({ at: round(y(v)), label: options.formatTick(v) }))
    : linearTicks(y, plot.height, options.formatTick, 50);
  return { frame, plot, rects, xTicks, yTicks, zeroY: round(y(0)), marks };
}
