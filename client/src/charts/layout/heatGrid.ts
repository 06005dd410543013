/**
 * A heat table: rows by columns of cells coloured by value class, the value written in each cell
 * (the second encoding: the number itself), the selected cell outlined.
 */
import type { Frame, HoverMark } from '../types';
import { labelWidth, round, truncate, wrapLabel } from './common';

export interface HeatCellSpec {
  row: string;
  column: string;
  value: number | null;
  text: string;
  fill: string;
  ink: string;
  detail: string[];
}

export interface HeatGridInput {
  rows: { key: string; label: string }[];
  columns: { key: string; label: string }[];
  cells: HeatCellSpec[];
  selected?: { row: string; column: string };
}

export interface PlacedCell extends HeatCellSpec {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
  selected: boolean;
}

export interface HeatGridLayout {
  frame: Frame;
  cells: PlacedCell[];
  rowLabels: { key: string; label: string; y: number }[];
  /** Column headers, wrapped onto up to three lines so that neighbours never run together. */
  columnLabels: { key: string; lines: string[]; x: number }[];
  left: number;
  top: number;
  marks: HoverMark[];
}

export const HEAT_ROW_HEIGHT = 40;
/** The header: 13 px per line of column label, plus 21 px around them (34 px for one line). */
const HEADER_LINE = 13;
const HEADER_PAD = 21;

export function layoutHeatGrid(input: HeatGridInput, width: number): HeatGridLayout {
  const maxLabel = Math.min(
    width * 0.34,
    Math.max(...input.rows.map((r) => labelWidth(r.label)), 20),
  );
  const left = Math.round(maxLabel + 10);
  const cellWidth = (width - left - 2) / Math.max(1, input.columns.length);
  const headers = input.columns.map((c) => wrapLabel(c.label, cellWidth - 8, 11, 3, true));
  const HEADER = HEADER_PAD + HEADER_LINE * Math.max(1, ...headers.map((h) => h.length));
  const frame: Frame = { width, height: HEADER + input.rows.length * HEAT_ROW_HEIGHT + 2 };
  const cells: PlacedCell[] = [];
  const marks: HoverMark[] = [];
  input.rows.forEach((r, i) => {
    input.columns.forEach((c, j) => {
      const spec = input.cells.find((cell) => cell.row === r.key && cell.column === c.key);
      if (!spec) return;
      const x = left + j * cellWidth;
      const y = HEADER + i * HEAT_ROW_HEIGHT;
      const key = `${r.key}:${c.key}`;
      cells.push({
        ...spec,
        key,
        x: round(x),
        y: round(y),
        width: round(cellWidth - 2),
        height: HEAT_ROW_HEIGHT - 2,
        selected: input.selected?.row === r.key && input.selected.column === c.key,
      });
      marks.push({
        key,
        x: round(x + cellWidth / 2),
        y: round(y),
        title: `${r.label} × ${c.label}`,
        lines: spec.detail,
      });
    });
  });
  return {
    frame,
    cells,
    left,
    top: HEADER,
    rowLabels: input.rows.map((r, i) => ({
      key: r.key,
      label: truncate(r.label, maxLabel),
      y: round(HEADER + i * HEAT_ROW_HEIGHT + HEAT_ROW_HEIGHT / 2),
    })),
    columnLabels: input.columns.map((c, j) => ({
      key: c.key,
      lines: headers[j]!,
      x: round(left + j * cellWidth + cellWidth / 2),
    })),
    marks,
  };
}
