/** Stateless renderer of a tornado layout. */
import { INK, TORNADO_STYLE } from '../palette';
import { fillOf, PatternDefs, PlotSvg } from './primitives';
import type { TornadoLayout } from '../layout/tornado';

export interface TornadoSvgProps {
  idPrefix: string;
  title: string;
  description: string;
  layout: TornadoLayout;
  xLabel: string;
  activeKey: string | null;
  onActivate: (key: string | null) => void;
}

export function TornadoSvg(props: TornadoSvgProps) {
  const { layout, idPrefix, activeKey, onActivate } = props;
  const { plot } = layout;
  return (
    <PlotSvg
      {...props}
      xGrid
      defs={
        <PatternDefs
          idPrefix={idPrefix}
          styles={[
            { key: 'low', style: TORNADO_STYLE.low },
            { key: 'high', style: TORNADO_STYLE.high },
          ]}
        />
      }
    >
      {layout.bars.map((b) => (
        <g
          key={b.key}
          onPointerEnter={() => onActivate(b.key)}
          onPointerLeave={() => onActivate(null)}
        >
          <text
            x={-8}
            y={b.y + b.height / 2 - ((b.lines.length - 1) * 13) / 2}
            textAnchor="end"
            fill={INK.text}
          >
            {b.lines.map((line, i) => (
              <tspan key={i} x={-8} dy={i === 0 ? '0.32em' : 13}>
                {line}
              </tspan>
            ))}
          </text>
          {b.low && (
            <rect
              x={b.low.x0}
              y={b.y}
              width={Math.max(1, b.low.x1 - b.low.x0)}
              height={b.height}
              fill={fillOf(idPrefix, 'low', TORNADO_STYLE.low)}
            />
          )}
          {b.high && (
            <rect
              x={b.high.x0}
              y={b.y}
              width={Math.max(1, b.high.x1 - b.high.x0)}
              height={b.height}
              fill={fillOf(idPrefix, 'high', TORNADO_STYLE.high)}
            />
          )}
          {activeKey === b.key && (
            <rect
              x={-4}
              y={b.y - 2}
              width={plot.width + 8}
              height={b.height + 4}
              fill="none"
              stroke={INK.axis}
            />
          )}
        </g>
      ))}
      {layout.baseX !== null && (
        <line
          x1={layout.baseX}
          x2={layout.baseX}
          y2={plot.height}
          stroke={INK.text}
          strokeWidth={1.5}
        />
      )}
    </PlotSvg>
  );
}
