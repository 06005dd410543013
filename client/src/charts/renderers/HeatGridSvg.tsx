/** Stateless renderer of a heat table: coloured cells with their values, the selection outlined. */
import type { HeatGridLayout } from '../layout/heatGrid';
import { INK } from '../palette';
import { ChartSvg } from './primitives';
import type { InteractionProps } from './StackedColumnsSvg';

export interface HeatGridSvgProps extends InteractionProps {
  idPrefix: string;
  title: string;
  description: string;
  layout: HeatGridLayout;
}

export function HeatGridSvg(props: HeatGridSvgProps) {
  const { layout, activeKey, onActivate, onSelect } = props;
  return (
    <ChartSvg
      idPrefix={props.idPrefix}
      width={layout.frame.width}
      height={layout.frame.height}
      title={props.title}
      description={props.description}
    >
      {layout.columnLabels.map((c) => (
        <text
          key={c.key}
          x={c.x}
          y={layout.top - 10 - (c.lines.length - 1) * 13}
          textAnchor="middle"
          fill={INK.text}
          fontSize={11}
          fontWeight={600}
        >
          {c.lines.map((line, i) => (
            <tspan key={i} x={c.x} dy={i === 0 ? 0 : 13}>
              {line}
            </tspan>
          ))}
        </text>
      ))}
      {layout.rowLabels.map((r) => (
        <text key={r.key} x={layout.left - 8} y={r.y} dy="0.32em" textAnchor="end" fill={INK.text}>
          {r.label}
        </text>
      ))}
      {layout.cells.map((c) => (
        <g
          key={c.key}
          onPointerEnter={onActivate ? () => onActivate(c.key) : undefined}
          onPointerLeave={onActivate ? () => onActivate(null) : undefined}
          onClick={onSelect ? () => onSelect(c.key) : undefined}
          cursor={onSelect ? 'pointer' : undefined}
        >
          <rect
            x={c.x}
            y={c.y}
            width={c.width}
            height={c.height}
            fill={c.fill}
            stroke={c.selected ? INK.text : activeKey === c.key ? INK.axis : 'none'}
            strokeWidth={c.selected ? 3 : 1.5}
          />
          <text
            x={c.x + c.width / 2}
            y={c.y + c.height / 2}
            dy="0.32em"
            textAnchor="middle"
            fill={c.ink}
            fontWeight={c.selected ? 700 : 500}
            fontSize={13}
          >
            {c.text}
          </text>
        </g>
      ))}
    </ChartSvg>
  );
}
