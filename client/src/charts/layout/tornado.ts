/**
 * Tornado layout: one row per uncertain input, largest swing first; a bar from the headline
 * output at the input's low end to the output at its high end, split at the output with every
 * input at its value. Pure.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import type { TornadoResult } from '../../../../core/scenario/types';
import {
  labelWidth,
  linearTicks,
  plotArea,
  round,
  wrapLabel,
  type Plot,
} from '../../charts/layout/common';
import type { Frame, HoverMark, Margin, Tick } from '../types';
import { parameterLabel } from '../../scenario/parameterLabel';

export interface PlacedTornadoBar {
  key: string;
  label: string;
  /** The label on up to two lines, each fitting the space left of the bars. */
  lines: string[];
  y: number;
  height: number;
  /** Segment from the base output to the output at the input's low end (x0 <= x1). */
  low: { x0: number; x1: number } | null;
  high: { x0: number; x1: number } | null;
}

export interface TornadoLayout {
  frame: Frame;
  plot: Plot;
  bars: PlacedTornadoBar[];
  baseX: number | null;
  xTicks: Tick[];
  marks: HoverMark[];
}

export const MAX_TORNADO_BARS = 8;

export function layoutTornado(
  t: TornadoResult,
  width: number,
  formatValue: (v: number) => string,
  formatTick: (v: number) => string,
  formatInput: (key: string, v: number) => string,
): TornadoLayout {
  const bars = t.bars
    .slice(0, MAX_TORNADO_BARS)
    .map((b) => ({ ...b, label: parameterLabel(b.key, b.label) }));
  const rowHeight = 34;
  const labelPx = Math.min(
    width * 0.42,
    Math.max(...bars.map((b) => labelWidth(b.label)), 60) + 12,
  );
  const margin: Margin = { top: 8, right: 18, bottom: 40, left: labelPx };
  const frame = {
    width,
    height: margin.top + margin.bottom + Math.max(1, bars.length) * rowHeight,
  };
  const plot = plotArea(frame, margin);
  const values = bars
    .flatMap((b) => [b.outputAtLow, b.outputAtHigh])
    .concat([t.baseOutput])
    .filter((v): v is number => v !== null && Number.isFinite(v));
  const lo = Math.min(...values, Infinity);
  const hi = Math.max(...values, -Infinity);
  const pad = values.length ? (hi - lo) * 0.05 || Math.abs(hi) * 0.05 || 1 : 1;
  const x = scaleLinear()
    .domain(values.length ? [lo - pad, hi + pad] : [0, 1])
    .range([0, plot.width])
    .nice();
  const y = scaleBand<string>()
    .domain(bars.map((b) => b.key))
    .range([0, plot.height])
    .padding(0.25);
  const base = t.baseOutput;
  const segment = (v: number | null) =>
    v === null || base === null
      ? null
      : { x0: round(x(Math.min(v, base))), x1: round(x(Math.max(v, base))) };
  return {
    frame,
    plot,
    bars: bars.map((b) => ({
      key: b.key,
      label: b.label,
      lines: wrapLabel(b.label, labelPx - 14, 12, 2),
      y: round(y(b.key) ?? 0),
      height: round(y.bandwidth()),
      low: segment(b.outputAtLow),
      high: segment(b.outputAtHigh),
    })),
    baseX: base === null ? null : round(x(base)),
    xTicks: linearTicks(x, plot.width, formatTick, 90),
    marks: bars.map((b) => ({
      key: b.key,
      x: round(margin.left + x(base ?? lo)),
      y: round(margin.top + (y(b.key) ?? 0)),
      title: b.label,
      lines: [
        `At ${formatInput(b.key, b.low)}: ${b.outputAtLow === null ? 'undefined' : formatValue(b.outputAtLow)}`,
        `At ${formatInput(b.key, b.high)}: ${b.outputAtHigh === null ? 'undefined' : formatValue(b.outputAtHigh)}`,
      ],
    })),
  };
}
