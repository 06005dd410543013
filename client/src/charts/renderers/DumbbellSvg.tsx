/** Stateless renderer of a dumbbell (dot rows) layout. */
import type { DumbbellLayout } from '../layout/dumbbell';
import { INK } from '../palette';
import { Marker, PlotSvg } from './primitives';
import type { InteractionProps } from './StackedColumnsSvg';

export interface DumbbellSvgProps extends InteractionProps {
  idPrefix: string;
  title: string;
  description: string;
  layout: DumbbellLayout;
  xLabel: string;
  /** A vertical reference, e.g. parity, in x pixels of the plot. */
  reference?: { x: number; label: string };
}

export function DumbbellSvg(props: DumbbellSvgProps) {
  const { layout, activeKey, onActivate } = props;
  const { plot } = layout;
  return (
    <PlotSvg {...props} xGrid>
      {layout.groups.map((g) => (
        <text key={g.label} x={-plot.margin.left + 2} y={g.y} fill={INK.text} fontWeight={700}>
          {g.label}
        </text>
      ))}
      {layout.rows.map((r) => (
        <g key={r.key} opacity={activeKey && activeKey !== r.key ? 0.6 : 1}>
          <text x={-10} y={r.y} dy="0.32em" textAnchor="end" fill={INK.text}>
            {r.label}
          </text>
          {r.span && (
            <line
              x1={r.span[0]}
              x2={r.span[1]}
              y1={r.y}
              y2={r.y}
              stroke={INK.axis}
              strokeWidth={2.5}
            />
          )}
          {r.dots.map((d) => (
            <Marker
              key={d.key}
              shape={d.shape}
              x={d.cx}
              y={r.y}
              size={11}
              color={d.color}
              filled={d.filled}
              strokeWidth={2}
            />
          ))}
        </g>
      ))}
      {onActivate && (
        <g fill="transparent" onPointerLeave={() => onActivate(null)}>
          {layout.rows.map((r) => (
            <rect
              key={r.key}
              x={-plot.margin.left}
              y={r.y - 14}
              width={plot.width + plot.margin.left}
              height={28}
              onPointerEnter={() => onActivate(r.key)}
            />
          ))}
        </g>
      )}
    </PlotSvg>
  );
}
