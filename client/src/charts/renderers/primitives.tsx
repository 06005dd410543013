/**
 * Building blocks of the stateless SVG renderers: the root <svg> (role="img" with a title and a
 * description), fill patterns, marker shapes and axes. Everything is styled with presentation
 * attributes, not CSS classes, so a downloaded SVG or PNG looks the same as the page.
 */
import type { ReactNode } from 'react';
import { INK, type MarkerShape, type SeriesStyle } from '../palette';
import type { Plot } from '../layout/common';
import type { Frame, Tick } from '../types';

export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

export interface ChartSvgProps {
  idPrefix: string;
  width: number;
  height: number;
  title: string;
  description: string;
  children: ReactNode;
}

export function ChartSvg({ idPrefix, width, height, title, description, children }: ChartSvgProps) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      className="chart-svg"
      role="img"
      aria-labelledby={`${idPrefix}-title ${idPrefix}-desc`}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      fontFamily={FONT_FAMILY}
      fontSize={12}
    >
      <title id={`${idPrefix}-title`}>{title}</title>
      <desc id={`${idPrefix}-desc`}>{description}</desc>
      {children}
    </svg>
  );
}

export interface PlotSvgProps {
  idPrefix: string;
  title: string;
  description: string;
  layout: { frame: Frame; plot: Plot; xTicks: Tick[] };
  xLabel: string;
  /** Vertical gridlines up the plot (value axes); off for years and other categories. */
  xGrid?: boolean;
  /** A value axis on the left, drawn before the x axis. */
  yAxis?: { ticks: Tick[]; label: string };
  /** Definitions (fill patterns) placed before the plot. */
  defs?: ReactNode;
  children: ReactNode;
}

/**
 * The frame of a plotted chart: the <svg> sized to the layout's frame, then the plot group moved
 * to the margins with its axes; the chart's own marks come after the axes. A renderer may pass
 * all its props: only the ones named here are read.
 */
export function PlotSvg(props: PlotSvgProps) {
  const { layout, xGrid, yAxis } = props;
  const { frame, plot } = layout;
  return (
    <ChartSvg
      idPrefix={props.idPrefix}
      width={frame.width}
      height={frame.height}
      title={props.title}
      description={props.description}
    >
      {props.defs}
      <g transform={`translate(${plot.margin.left},${plot.margin.top})`}>
        {yAxis && <YAxis ticks={yAxis.ticks} width={plot.width} label={yAxis.label} />}
        <XAxis
          ticks={layout.xTicks}
          y={plot.height}
          width={plot.width}
          gridHeight={xGrid ? plot.height : undefined}
          label={props.xLabel}
        />
        {props.children}
      </g>
    </ChartSvg>
  );
}

export function patternId(idPrefix: string, key: string): string {
  return `${idPrefix}-pattern-${key}`;
}

/** The fill of an area in a style: solid colour, or a pattern over a lighter tint. */
export function fillOf(idPrefix: string, key: string, style: SeriesStyle): string {
  return style.pattern === 'solid' ? style.color : `url(#${patternId(idPrefix, key)})`;
}

/** <pattern> definitions for the styles that need one. */
export function PatternDefs({
  idPrefix,
  styles,
}: {
  idPrefix: string;
  styles: { key: string; style: SeriesStyle }[];
}) {
  const patterned = styles.filter((s) => s.style.pattern !== 'solid');
  if (!patterned.length) return null;
  return (
    <defs>
      {patterned.map(({ key, style }) => (
        <pattern
          key={key}
          id={patternId(idPrefix, key)}
          width={6}
          height={6}
          patternUnits="userSpaceOnUse"
          patternTransform={style.pattern === 'hatch' ? 'rotate(45)' : undefined}
        >
          <rect width={6} height={6} fill={style.color} />
          {style.pattern === 'hatch' && <rect width={2} height={6} fill="#ffffff" opacity={0.75} />}
          {style.pattern === 'dots' && (
            <circle cx={3} cy={3} r={1.3} fill="#ffffff" opacity={0.85} />
          )}
          {style.pattern === 'cross' && (
            <path d="M0 3H6M3 0V6" stroke="#ffffff" strokeWidth={1.2} opacity={0.75} />
          )}
        </pattern>
      ))}
    </defs>
  );
}

/** A marker of a given shape centred on (x, y); `size` is about its diameter. */
export function Marker({
  shape,
  x,
  y,
  size = 8,
  color,
  filled = true,
  strokeWidth = 1.5,
}: {
  shape: MarkerShape;
  x: number;
  y: number;
  size?: number;
  color: string;
  filled?: boolean;
  strokeWidth?: number;
}) {
  const r = size / 2;
  const paint = {
    fill: filled ? color : '#ffffff',
    stroke: color,
    strokeWidth,
  };
  switch (shape) {
    case 'circle':
      return <circle cx={x} cy={y} r={r} {...paint} />;
    case 'square':
      return <rect x={x - r * 0.9} y={y - r * 0.9} width={r * 1.8} height={r * 1.8} {...paint} />;
    case 'triangle':
      return (
        <path
          d={`M${x},${y - r * 1.1}L${x + r},${y + r * 0.8}L${x - r},${y + r * 0.8}Z`}
          {...paint}
        />
      );
    case 'diamond':
      return (
        <path
          d={`M${x},${y - r * 1.2}L${x + r},${y}L${x},${y + r * 1.2}L${x - r},${y}Z`}
          {...paint}
        />
      );
  }
}

/** y-axis labels with horizontal gridlines across the plot. */
export function YAxis({ ticks, width, label }: { ticks: Tick[]; width: number; label?: string }) {
  return (
    <g>
      {ticks.map((t) => (
        <g key={`${t.at}:${t.label}`} transform={`translate(0,${t.at})`}>
          <line x2={width} stroke={INK.grid} strokeWidth={1} />
          <text x={-6} dy="0.32em" textAnchor="end" fill={INK.muted}>
            {t.label}
          </text>
        </g>
      ))}
      {label && (
        <text x={-6} y={-18} textAnchor="start" fill={INK.muted} fontSize={11}>
          {label}
        </text>
      )}
    </g>
  );
}

/** x-axis labels below the plot, with a baseline. */
export function XAxis({
  ticks,
  y,
  width,
  gridHeight,
  label,
}: {
  ticks: Tick[];
  y: number;
  width: number;
  /** The axis title with its unit, under the tick labels. */
  label?: string;
  /** Draw vertical gridlines this tall (value axes); 0 for category axes. */
  gridHeight?: number;
}) {
  return (
    <g transform={`translate(0,${y})`}>
      <line x2={width} stroke={INK.axis} strokeWidth={1} />
      {ticks.map((t) => (
        <g key={`${t.at}:${t.label}`} transform={`translate(${t.at},0)`}>
          {gridHeight ? <line y1={-gridHeight} y2={0} stroke={INK.grid} strokeWidth={1} /> : null}
          <line y2={4} stroke={INK.axis} strokeWidth={1} />
          <text y={16} textAnchor="middle" fill={INK.muted} fontSize={11}>
            {t.label}
          </text>
        </g>
      ))}
      {label && (
        // Right-aligned at the axis end, so a long title runs into the label margin rather
        // than off the chart's right edge.
        <text x={width} y={34} textAnchor="end" fill={INK.muted} fontSize={11}>
          {label}
        </text>
      )}
    </g>
  );
}
