/** Stateless renderer of the state choropleth: states with no data get a hatch, not a colour. */
import { INK, NO_DATA_COLOR } from '../palette';
import { ChartSvg } from '../renderers/primitives';
import type { InteractionProps } from '../renderers/StackedColumnsSvg';
import type { MapLayout } from './layoutMap';

export interface StateMapSvgProps extends InteractionProps {
  idPrefix: string;
  title: string;
  description: string;
  layout: MapLayout;
}

export function StateMapSvg({
  idPrefix,
  title,
  description,
  layout,
  activeKey,
  onActivate,
}: StateMapSvgProps) {
  const noData = `${idPrefix}-nodata`;
  return (
    <ChartSvg
      idPrefix={idPrefix}
      width={layout.frame.width}
      height={layout.frame.height}
      title={title}
      description={description}
    >
      <defs>
        <pattern
          id={noData}
          width={5}
          height={5}
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width={5} height={5} fill={NO_DATA_COLOR} />
          <rect width={1} height={5} fill="#9aa0a6" />
        </pattern>
      </defs>
      <g>
        {layout.states.map((s) => (
          <path
            key={s.code}
            d={s.d}
            fill={s.fill ?? `url(#${noData})`}
            stroke={activeKey === s.code ? INK.text : '#ffffff'}
            strokeWidth={activeKey === s.code ? 2 : 0.75}
            strokeLinejoin="round"
            onPointerEnter={onActivate ? () => onActivate(s.code) : undefined}
            onPointerLeave={onActivate ? () => onActivate(null) : undefined}
          />
        ))}
      </g>
    </ChartSvg>
  );
}
