/** Stateless renderer of a stacked-columns layout. */
import type { ColumnsLayout } from '../layout/stackedColumns';
import { INK, type SeriesStyle } from '../palette';
import { ChartSvg, PatternDefs, XAxis, YAxis, fillOf } from './primitives';

export interface InteractionProps {
  activeKey?: string | null;
  onActivate?: (key: string | null) => void;
  onSelect?: (key: string) => void;
}

export interface StackedColumnsSvgProps extends InteractionProps {
  idPrefix: string;
  title: string;
  description: string;
  layout: ColumnsLayout;
  layers: { key: string; style: SeriesStyle }[];
  xLabel: string;
  yLabel: string;
}

export function StackedColumnsSvg(props: StackedColumnsSvgProps) {
  const { layout, idPrefix, layers, activeKey, onActivate } = props;
  const { plot } = layout;
  const styleOf = new Map(layers.map((l) => [l.key, l.style]));
  return (
    <ChartSvg
      idPrefix={idPrefix}
      width={layout.frame.width}
      height={layout.frame.height}
      title={props.title}
      description={props.description}
    >
      <PatternDefs idPrefix={idPrefix} styles={layers} />
      <g transform={`translate(${plot.margin.left},${plot.margin.top})`}>
        <YAxis ticks={layout.yTicks} width={plot.width} label={props.yLabel} />
        <g>
          {layout.rects.map((r) => {
            const style = styleOf.get(r.layer)!;
            return (
              <rect
                key={r.key}
                x={r.x}
                y={r.y}
                width={r.width}
                height={Math.max(0, r.height)}
                fill={r.suppressed ? '#ffffff' : fillOf(idPrefix, r.layer, style)}
                stroke={r.suppressed ? INK.axis : '#ffffff'}
                strokeWidth={r.suppressed ? 1 : 0.5}
                strokeDasharray={r.suppressed ? '2 2' : undefined}
                opacity={activeKey && activeKey !== r.category ? 0.55 : 1}
              />
            );
          })}
        </g>
        <line
          x2={plot.width}
          y1={layout.zeroY}
          y2={layout.zeroY}
          stroke={INK.axis}
          strokeWidth={1}
        />
        <XAxis ticks={layout.xTicks} y={plot.height} width={plot.width} label={props.xLabel} />
        {onActivate && (
          <g fill="transparent" onPointerLeave={() => onActivate(null)}>
            {layout.marks.map((m, i) => {
              const next = layout.marks[i + 1];
              const prev = layout.marks[i - 1];
              const half = next ? (next.x - m.x) / 2 : prev ? (m.x - prev.x) / 2 : plot.width / 2;
              return (
                <rect
                  key={m.key}
                  x={m.x - plot.margin.left - half}
                  y={0}
                  width={half * 2}
                  height={plot.height}
                  onPointerEnter={() => onActivate(m.key)}
                />
              );
            })}
          </g>
        )}
      </g>
    </ChartSvg>
  );
}
