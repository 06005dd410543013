/** Stateless renderer of a lines layout: reference lines, paths with dashes, shaped markers. */
import type { LinesLayout } from '../layout/lines';
import { INK } from '../palette';
import { ChartSvg, Marker, XAxis, YAxis } from './primitives';
import type { InteractionProps } from './StackedColumnsSvg';

export interface LinesSvgProps extends InteractionProps {
  idPrefix: string;
  title: string;
  description: string;
  layout: LinesLayout;
  xLabel: string;
  yLabel: string;
}

export function LinesSvg(props: LinesSvgProps) {
  const { layout } = props;
  return (
    <ChartSvg
      idPrefix={props.idPrefix}
      width={layout.frame.width}
      height={layout.frame.height}
      title={props.title}
      description={props.description}
    >
      <LinesPlot {...props} />
    </ChartSvg>
  );
}

/** The plot of a lines layout as a group, so that small multiples can place several. */
export function LinesPlot(
  props: Omit<LinesSvgProps, 'idPrefix' | 'title' | 'description'> & { offset?: [number, number] },
) {
  const { layout, activeKey, onActivate } = props;
  const { plot } = layout;
  const [ox, oy] = props.offset ?? [0, 0];
  const active = layout.marks.find((m) => m.key === activeKey);
  return (
    <g transform={`translate(${ox + plot.margin.left},${oy + plot.margin.top})`}>
      <YAxis ticks={layout.yTicks} width={plot.width} label={props.yLabel} />
      {layout.references.map((r) => (
        <g key={r.key}>
          <line
            x2={plot.width}
            y1={r.y}
            y2={r.y}
            stroke={INK.text}
            strokeWidth={1.5}
            strokeDasharray="1 3"
          />
          <text x={plot.width} y={r.y - 4} textAnchor="end" fill={INK.text} fontSize={11}>
            {r.label}
          </text>
        </g>
      ))}
      <XAxis ticks={layout.xTicks} y={plot.height} width={plot.width} label={props.xLabel} />
      {active && (
        <line
          x1={active.x - plot.margin.left}
          x2={active.x - plot.margin.left}
          y2={plot.height}
          stroke={INK.axis}
          strokeWidth={1}
        />
      )}
      {layout.lines.map((l) => (
        <g key={l.key}>
          {l.d && (
            <path
              d={l.d}
              fill="none"
              stroke={l.style.color}
              strokeWidth={2.25}
              strokeDasharray={l.style.dash || undefined}
              strokeLinejoin="round"
            />
          )}
          {l.points.map((p) => (
            <Marker
              key={p.key}
              shape={l.style.marker}
              x={p.x}
              y={p.y}
              size={7}
              color={l.style.color}
            />
          ))}
        </g>
      ))}
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
                width={half * 2}
                height={plot.height}
                onPointerEnter={() => onActivate(m.key)}
              />
            );
          })}
        </g>
      )}
    </g>
  );
}
