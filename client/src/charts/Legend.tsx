/** The legend: each series' swatch drawn with the same colour and second encoding as the chart. */
import { useId } from 'react';
import { Marker } from './renderers/primitives';
import type { LegendItem } from './types';

export function Legend({ items }: { items: LegendItem[] }) {
  const prefix = `legend${useId().replace(/[^A-Za-z0-9]/g, '')}`;
  if (!items.length) return null;
  return (
    <ul className="legend" aria-label="Legend">
      {items.map((item) => (
        <li key={item.key}>
          <svg width={26} height={14} aria-hidden="true" focusable="false">
            <Swatch item={item} id={`${prefix}-${item.key}`} />
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}

function Swatch({ item, id }: { item: LegendItem; id: string }) {
  const { style } = item;
  switch (item.kind) {
    case 'line':
      return (
        <>
          <line
            x1={1}
            x2={25}
            y1={7}
            y2={7}
            stroke={style.color}
            strokeWidth={2.5}
            strokeDasharray={style.dash || undefined}
          />
          <Marker shape={style.marker} x={13} y={7} size={7} color={style.color} />
        </>
      );
    case 'marker':
    case 'ring':
      return (
        <Marker
          shape={style.marker}
          x={13}
          y={7}
          size={10}
          color={style.color}
          filled={item.kind === 'marker'}
          strokeWidth={2}
        />
      );
    case 'fill':
      return (
        <>
          <defs>
            <pattern
              id={id}
              width={6}
              height={6}
              patternUnits="userSpaceOnUse"
              patternTransform={style.pattern === 'hatch' ? 'rotate(45)' : undefined}
            >
              <rect width={6} height={6} fill={style.color} />
              {style.pattern === 'hatch' && (
                <rect width={2} height={6} fill="#ffffff" opacity={0.75} />
              )}
              {style.pattern === 'dots' && (
                <circle cx={3} cy={3} r={1.3} fill="#ffffff" opacity={0.85} />
              )}
              {style.pattern === 'cross' && (
                <path d="M0 3H6M3 0V6" stroke="#ffffff" strokeWidth={1.2} opacity={0.75} />
              )}
            </pattern>
          </defs>
          <rect
            x={1}
            y={1}
            width={24}
            height={12}
            fill={style.pattern === 'solid' ? style.color : `url(#${id})`}
          />
        </>
      );
  }
}
