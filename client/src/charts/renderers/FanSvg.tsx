/** Stateless renderer of a fan chart layout: band, median with markers, dashed baseline. */
import { FAN_STYLE, INK } from '../palette';
import { ChartSvg, Marker, XAxis, YAxis } from './primitives';
import type { FanLayout } from '../layout/fan';

export interface FanSvgProps {
  idPrefix: string;
  title: string;
  description: string;
  layout: FanLayout;
  xLabel: string;
  yLabel: string;
  activeKey: string | null;
  onActivate: (key: string | null) => void;
}

export function FanSvg(props: FanSvgProps) {
  const { layout, activeKey, onActivate } = props;
  const { plot } = layout;
  const active = layout.marks.find((m) => m.key === activeKey);
  return (
    <ChartSvg
      idPrefix={props.idPrefix}
      width={layout.frame.width}
      height={layout.frame.height}
      title={props.title}
      description={props.description}
    >
      <g transform={`translate(${plot.margin.left},${plot.margin.top})`}>
        <YAxis ticks={layout.yTicks} width={plot.width} label={props.yLabel} />
        <XAxis ticks={layout.xTicks} y={plot.height} width={plot.width} label={props.xLabel} />
        <path
          className="fan-band"
          d={layout.band}
          fill={FAN_STYLE.band.color}
          fillOpacity={0.28}
          stroke={FAN_STYLE.band.color}
          strokeOpacity={0.5}
          strokeWidth={1}
        />
        {layout.reference && (
          <g>
            <line
              x2={plot.width}
              y1={layout.reference.y}
              y2={layout.reference.y}
              stroke={INK.text}
              strokeWidth={1.5}
              strokeDasharray="1 3"
            />
            <text
              x={plot.width}
              y={layout.reference.y - 4}
              textAnchor="end"
              fill={INK.text}
              fontSize={11}
            >
              {layout.reference.label}
            </text>
          </g>
        )}
        <path
          className="fan-baseline"
          d={layout.baseline}
          fill="none"
          stroke={FAN_STYLE.baseline.color}
          strokeWidth={2}
          strokeDasharray={FAN_STYLE.baseline.dash}
        />
        <path
          className="fan-median"
          d={layout.median}
          fill="none"
          stroke={FAN_STYLE.median.color}
          strokeWidth={2.5}
          strokeLinejoin="round"
        />
        {layout.medianPoints.map((p) => (
          <Marker
            key={p.key}
            shape="circle"
            x={p.x}
            y={p.y}
            size={6}
            color={FAN_STYLE.median.color}
          />
        ))}
        {active && (
          <line
            x1={active.x - plot.margin.left}
            x2={active.x - plot.margin.left}
            y2={plot.height}
            stroke={INK.axis}
            strokeWidth={1}
          />
        )}
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
      </g>
    </ChartSvg>
  );
}
