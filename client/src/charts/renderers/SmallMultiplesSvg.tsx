/** Stateless renderer of small multiples: each panel's title and its lines plot. */
import type { SmallMultiplesLayout } from '../layout/smallMultiples';
import { INK } from '../palette';
import { LinesPlot } from './LinesSvg';
import { ChartSvg } from './primitives';
import type { InteractionProps } from './StackedColumnsSvg';

export interface SmallMultiplesSvgProps extends InteractionProps {
  idPrefix: string;
  title: string;
  description: string;
  layout: SmallMultiplesLayout;
  xLabel: string;
  yLabel: string;
}

export function SmallMultiplesSvg(props: SmallMultiplesSvgProps) {
  const { layout, activeKey, onActivate } = props;
  return (
    <ChartSvg
      idPrefix={props.idPrefix}
      width={layout.frame.width}
      height={layout.frame.height}
      title={props.title}
      description={props.description}
    >
      {layout.panels.map((p) => {
        const prefix = `${p.key}:`;
        const local = activeKey?.startsWith(prefix) ? activeKey.slice(prefix.length) : null;
        return (
          <g key={p.key}>
            <text x={p.x} y={p.y + 14} fill={INK.text} fontWeight={700} fontSize={13}>
              {p.title}
            </text>
            <LinesPlot
              layout={p.layout}
              offset={[p.x, p.y + 20]}
              xLabel={props.xLabel}
              yLabel={props.yLabel}
              activeKey={local}
              onActivate={
                onActivate ? (k) => onActivate(k === null ? null : prefix + k) : undefined
              }
            />
          </g>
        );
      })}
    </ChartSvg>
  );
}
