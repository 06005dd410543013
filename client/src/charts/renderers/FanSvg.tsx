/** Stateless renderer of a fan chart layout: band, median with markers, dashed baseline. */
import { FAN_STYLE } from '../palette';
import { ActiveRule, HoverColumns, ReferenceLine } from './hoverColumns';
import { Marker, PlotSvg } from './primitives';
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
  return (
    <PlotSvg {...props} yAxis={{ ticks: layout.yTicks, label: props.yLabel }}>
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
        <ReferenceLine y={layout.reference.y} label={layout.reference.label} width={plot.width} />
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
      <ActiveRule marks={layout.marks} plot={plot} activeKey={activeKey} />
      <HoverColumns marks={layout.marks} plot={plot} onActivate={onActivate} />
    </PlotSvg>
  );
}
