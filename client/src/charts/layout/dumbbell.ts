/**
 * Dot rows on a shared axis (a dumbbell when a row has two dots): share of need against share of
 * resources per dimension, or a funder's category mix against the field's. Rows may be grouped
 * under headings.
 */
import { scaleLinear } from 'd3-scale';
import type { MarkerShape } from '../palette';
import type { Frame, HoverMark, Tick } from '../types';
import { labelWidth, linearTicks, plotArea, round, truncate, type Plot } from './common';

export interface DotSpec {
  key: string;
  /** Name of what the dot measures, e.g. "Share of need". */
  label: string;
  value: number | null;
  color: string;
  shape: MarkerShape;
  filled: boolean;
}

export interface DotRow {
  key: string;
  label: string;
  /** A heading rows are grouped under (e.g. the dimension). */
  group?: string;
  dots: DotSpec[];
}

export interface PlacedDot extends DotSpec {
  cx: number;
}

export interface PlacedDotRow {
  key: string;
  label: string;
  y: number;
  dots: PlacedDot[];
  /** The connecting segment between the smallest and largest dot. */
  span: [number, number] | null;
}

export interface DumbbellLayout {
  frame: Frame;
  plot: Plot;
  rows: PlacedDotRow[];
  groups: { label: string; y: number }[];
  xTicks: Tick[];
  marks: HoverMark[];
}

export const DOT_ROW_HEIGHT = 28;
const GROUP_HEADING = 24;

export interface DumbbellOptions {
  domain: [number, number];
  formatValue: (v: number) => string;
  formatTick: (v: number) => string;
}

export function layoutDumbbell(
  rows: DotRow[],
  width: number,
  options: DumbbellOptions,
): DumbbellLayout {
  const groupNames = [...new Set(rows.map((r) => r.group).filter((g): g is string => !!g))];
  const height = rows.length * DOT_ROW_HEIGHT + groupNames.length * GROUP_HEADING + 14 + 44;
  const frame: Frame = { width, height };
  const maxLabel = Math.min(width * 0.35, Math.max(...rows.map((r) => labelWidth(r.label)), 20));
  const margin = { top: 14, right: 18, bottom: 44, left: Math.round(maxLabel + 12) };
  const plot = plotArea(frame, margin);
  const x = scaleLinear().domain(options.domain).range([0, plot.width]);
  let cursor = 0;
  let lastGroup: string | undefined;
  const groups: { label: string; y: number }[] = [];
  const placed: PlacedDotRow[] = [];
  const marks: HoverMark[] = [];
  for (const r of rows) {
    if (r.group && r.group !== lastGroup) {
      groups.push({ label: r.group, y: round(cursor + GROUP_HEADING - 8) });
      cursor += GROUP_HEADING;
      lastGroup = r.group;
    }
    const y = cursor + DOT_ROW_HEIGHT / 2;
    const dots = r.dots
      .filter((d) => d.value !== null)
      .map((d) => ({ ...d, cx: round(x(d.value!)) }));
    const cxs = dots.map((d) => d.cx);
    placed.push({
      key: r.key,
      label: truncate(r.label, maxLabel),
      y: round(y),
      dots,
      span: cxs.length > 1 ? [Math.min(...cxs), Math.max(...cxs)] : null,
    });
    marks.push({
      key: r.key,
      x: round(margin.left + (cxs.length ? Math.max(...cxs) : 0)),
      y: round(margin.top + y),
      title: r.group ? `${r.group} — ${r.label}` : r.label,
      lines: r.dots.map(
        (d) => `${d.label}: ${d.value === null ? 'no data' : options.formatValue(d.value)}`,
      ),
    });
    cursor += DOT_ROW_HEIGHT;
  }
  return {
    frame,
    plot,
    rows: placed,
    groups,
    xTicks: linearTicks(x, plot.width, options.formatTick, 90),
    marks,
  };
}
