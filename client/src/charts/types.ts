/** Shapes shared by the three chart layers: series (pure data), layouts (placed), renderers. */
import type { SeriesStyle } from './palette';

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface Tick {
  /** Position along the axis, in pixels from the plot's origin. */
  at: number;
  label: string;
}

/** A point a reader can hover or step to with the keyboard; the tooltip anchors at (x, y). */
export interface HoverMark {
  key: string;
  x: number;
  y: number;
  title: string;
  lines: string[];
}

export interface LegendItem {
  key: string;
  label: string;
  style: SeriesStyle;
  /** How the item is drawn in the legend. */
  kind: 'fill' | 'line' | 'marker' | 'ring';
}

/** A table: the 'show as table' view of a chart and the body of its CSV download. */
export interface TableColumn {
  key: string;
  label: string;
  /** Numeric columns are right-aligned and written as plain numbers in CSV. */
  numeric?: boolean;
  /** How a numeric cell reads on screen (CSV keeps the raw number). */
  format?: (v: number) => string;
}

export type TableCell = string | number | null;

export interface TableData {
  columns: TableColumn[];
  rows: Record<string, TableCell>[];
}

/** The size a layout is drawn at. */
export interface Frame {
  width: number;
  height: number;
}
