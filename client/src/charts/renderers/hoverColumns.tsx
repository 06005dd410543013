/**
 * The hover overlay of charts over a continuous x axis (lines, fan): a thin rule at the active
 * mark, and one invisible column per mark, reaching halfway to its neighbours, that activates it
 * when the pointer enters. Drawn inside the plot's group, so x is measured from the plot's left.
 */
import type { HoverMark, Margin } from '../types';
import { INK } from '../palette';

export interface HoverColumnsProps {
  marks: readonly HoverMark[];
  /** The plot's size and margin: mark x positions are measured from the frame's left edge. */
  plot: { width: number; height: number; margin: Margin };
  activeKey?: string | null;
}

/** The vertical rule at the active mark (nothing when none is active). */
export function ActiveRule({ marks, plot, activeKey }: HoverColumnsProps) {
  const active = marks.find((m) => m.key === activeKey);
  if (!active) return null;
  const x = active.x - plot.margin.left;
  return <line x1={x} x2={x} y2={plot.height} stroke={INK.axis} strokeWidth={1} />;
}

/** Columns around each mark's x that activate it on pointer enter; leaving clears it. */
export function HoverColumns({
  marks,
  plot,
  onActivate,
}: Omit<HoverColumnsProps, 'activeKey'> & { onActivate: (key: string | null) => void }) {
  return (
    <g fill="transparent" onPointerLeave={() => onActivate(null)}>
      {marks.map((m, i) => {
        const next = marks[i + 1];
        const prev = marks[i - 1];
        const half = next ? (next.x - m.x) / 2 : prev ? (m.x - prev.x) / 2 : plot.width / 2;
        return (
          <rect
            key={m.key}
            x={m.x - plot.margin.left - half}
            width={half * 2}
            height={plot.height}
            onPointerEnter={() => onActivate(m.key)}
          />
        );
      })}
    </g>
  );
}

/** A dotted horizontal reference (parity) with its label at the right end. */
export function ReferenceLine({ y, label, width }: { y: number; label: string; width: number }) {
  return (
    <g>
      <line x2={width} y1={y} y2={y} stroke={INK.text} strokeWidth={1.5} strokeDasharray="1 3" />
      <text x={width} y={y - 4} textAnchor="end" fill={INK.text} fontSize={11}>
        {label}
      </text>
    </g>
  );
}
