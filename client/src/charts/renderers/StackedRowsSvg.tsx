/** Stateless renderer of a horizontal stacked-rows layout. */
import type { RowsLayout } from '../layout/stackedRows';
import { INK, type SeriesStyle } from '../palette';
import { PatternDefs, PlotSvg, fillOf } from './primitives';
import type { InteractionProps } from './StackedColumnsSvg';

export interface StackedRowsSvgProps extends InteractionProps {
  idPrefix: string;
  title: string;
  description: string;
  layout: RowsLayout;
  layers: { key: string; style: SeriesStyle }[];
  xLabel: string;
}

export function StackedRowsSvg(props: StackedRowsSvgProps) {
  const { layout, idPrefix, layers, activeKey, onActivate } = props;
  const { plot } = layout;
  const styleOf = new Map(layers.map((l) => [l.key, l.style]));
  return (
    <PlotSvg {...props} xGrid defs={<PatternDefs idPrefix={idPrefix} styles={layers} />}>
      {layout.rowLabels.map((l) => (
        <text
          key={`${l.at}:${l.label}`}
          x={-8}
          y={l.at}
          dy="0.32em"
          textAnchor="end"
          fill={INK.text}
        >
          {l.label}
        </text>
      ))}
      {layout.rects.map((r) => {
        const style = styleOf.get(r.layer)!;
        return (
          <rect
            key={r.key}
            x={r.x}
            y={r.y}
            width={Math.max(0, r.width)}
            height={r.height}
            fill={r.suppressed ? '#ffffff' : fillOf(idPrefix, r.layer, style)}
            stroke={r.suppressed ? INK.axis : '#ffffff'}
            strokeWidth={r.suppressed ? 1 : 0.5}
            strokeDasharray={r.suppressed ? '2 2' : undefined}
            opacity={activeKey && activeKey !== r.category ? 0.55 : 1}
          />
        );
      })}
      <line
        x1={layout.zeroX}
        x2={layout.zeroX}
        y2={plot.height}
        stroke={INK.axis}
        strokeWidth={1}
      />
      {onActivate && (
        <g fill="transparent" onPointerLeave={() => onActivate(null)}>
          {layout.marks.map((m) => (
            <rect
              key={m.key}
              x={-plot.margin.left}
              y={m.y - plot.margin.top - layout.plot.height / layout.marks.length / 2}
              width={plot.width + plot.margin.left}
              height={layout.plot.height / layout.marks.length}
              onPointerEnter={() => onActivate(m.key)}
            />
          ))}
        </g>
      )}
    </PlotSvg>
  );
}
