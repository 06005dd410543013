/**
 * Horizontal stacked bars (one row per funder, category or state; amounts along x). Row height
 * is fixed, so the chart grows with the number of rows and labels stay readable on a phone.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { stackExtent, stackLayers, type StackInput } from '../series/stack';
import type { Frame, HoverMark, Tick } from '../types';
import { labelWidth, linearTicks, plotArea, round, truncate, type Plot } from './common';
import type { PlacedRect } from './stackedColumns';

export interface RowsLayout {
  frame: Frame;
  plot: Plot;
  rects: PlacedRect[];
  /** Row labels, placed at the middle of each row. */
  rowLabels: Tick[];
  xTicks: Tick[];
  zeroX: number;
  marks: HoverMark[];
}

export interface RowsOptions {
  normalize?: boolean;
  formatValue: (v: number) => string;
  formatTick: (v: number) => string;
  rowHeight?: number;
}

export const ROW_HEIGHT = 26;

/** The height a rows chart needs for `rows` rows. */
export function rowsHeight(rows: number, rowHeight = ROW_HEIGHT): number {
  return rows * rowHeight + 12 + 44;
}

export function layoutStackedRows(
  input: StackInput,
  width: number,
  options: RowsOptions,
): RowsLayout {
  const rowHeight = options.rowHeight ?? ROW_HEIGHT;
  const frame: Frame = { width, height: rowsHeight(input.categories.length, rowHeight) };
  // Labels take up to 40% of the width.
  const maxLabel = Math.min(
    width * 0.4,
    Math.max(...input.categories.map((c) => labelWidth(c.label)), 20),
  );
  const margin = { top: 12, right: 16, bottom: 44, left: Math.round(maxLabel + 10) };
  const plot = plotArea(frame, margin);
  const stacked = stackLayers(input, options.normalize);
  const [lo, hi] = options.normalize ? [0, 1] : stackExtent(stacked);
  const x = scaleLinear()
    .domain([lo, hi === lo ? lo + 1 : hi])
    .range([0, plot.width]);
  if (!options.normalize) x.nice();
  const y = scaleBand<string>()
    .domain(input.categories.map((c) => c.key))
    .range([0, plot.height])
    .paddingInner(0.25)
    .paddingOuter(0.1);

  const rects: PlacedRect[] = [];
  const marks: HoverMark[] = [];
  for (const c of stacked) {
    const y0 = y(c.category.key) ?? 0;
    const stackEnd = x(Math.max(...c.segments.map((s) => Math.max(s.start, s.end)), 0));
    let withheld = 0;
    for (const s of c.segments) {
      if (s.value === null && !s.suppressed) continue;
      if (s.suppressed) {
        // A withheld cell has no size to draw: a small dashed box after the bar marks it.
        rects.push({
          key: `${s.category}:${s.layer}`,
          layer: s.layer,
          category: s.category,
          x: round(stackEnd + 3 + withheld * 10),
          y: round(y0 + y.bandwidth() * 0.2),
          width: 7,
          height: round(y.bandwidth() * 0.6),
          suppressed: true,
        });
        withheld++;
        continue;
      }
      const a = x(Math.min(s.start, s.end));
      const b = x(Math.max(s.start, s.end));
      rects.push({
        key: `${s.category}:${s.layer}`,
        layer: s.layer,
        category: s.category,
        x: round(a),
        y: round(y0),
        width: round(b - a),
        height: round(y.bandwidth()),
        suppressed: s.suppressed,
      });
    }
    const end = Math.max(...c.segments.map((s) => Math.max(s.start, s.end)), 0);
    marks.push({
      key: c.category.key,
      x: round(margin.left + x(end)),
      y: round(margin.top + y0 + y.bandwidth() / 2),
      title:
        input.layers.length > 1
          ? `${c.category.label}: ${options.formatValue(c.total)} in all`
          : c.category.label,
      lines: input.layers.map((l, j) => {
        const seg = c.segments[j]!;
        if (seg.suppressed) return `${l.label}: withheld to protect survivors`;
        if (seg.value === null) return `${l.label}: no data`;
        const share = seg.share === null ? '' : ` (${Math.round(seg.share * 1000) / 10}%)`;
        return `${l.label}: ${options.formatValue(seg.value)}${input.layers.length > 1 ? share : ''}`;
      }),
    });
  }
  const rowLabels = input.categories.map((c) => ({
    at: round((y(c.key) ?? 0) + y.bandwidth() / 2),
    label: truncate(c.label, maxLabel),
  }));
  const xTicks = options.normalize
    ? [0, 0.25, 0.5, 0.75, 1].map((v) => ({ at: round(x(v)), label: options.formatTick(v) }))
    : linearTicks(x, plot.width, options.formatTick, 80);
  return { frame, plot, rects, rowLabels, xTicks, zeroX: round(x(0)), marks };
}
