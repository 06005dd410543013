/** Stateless renderer of a lines layout: reference lines, paths with dashes, shaped markers. */
import type { LinesLayout } from '../layout/lines';
import { ActiveRule, HoverColumns, ReferenceLine } from './hoverColumns';
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
  return (
    <g transform={`translate(${ox + plot.margin.left},${oy + plot.margin.top})`}>
      <YAxis ticks={layout.yTicks} width={plot.width} label={props.yLabel} />
      {layout.references.map((r) => (
        <ReferenceLine key={r.key} y={r.y} label={r.label} width={plot.width} />
      ))}
      <XAxis ticks={layout.xTicks} y={plot.height} width={plot.width} label={props.xLabel} />
      <ActiveRule marks={layout.marks} plot={plot} activeKey={activeKey} />
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
      {onActivate && <HoverColumns marks={layout.marks} plot={plot} onActivate={onActivate} />}
    </g>
  );
}
