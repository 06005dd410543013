/** Horizontal stacked bars: layout plus the stateless renderer. */
import { useMemo } from 'react';
import { layoutStackedRows } from './layout/stackedRows';
import { PlotArea } from './PlotArea';
import { StackedRowsSvg } from './renderers/StackedRowsSvg';
import type { StackInput } from './series/stack';

export interface StackedRowsChartProps {
  input: StackInput;
  width: number;
  idPrefix: string;
  title: string;
  summary: string;
  xLabel: string;
  normalize?: boolean;
  formatValue: (v: number) => string;
  formatTick: (v: number) => string;
}

export function StackedRowsChart(props: StackedRowsChartProps) {
  const { input, width, normalize, formatValue, formatTick } = props;
  const layout = useMemo(
    () => layoutStackedRows(input, width, { normalize, formatValue, formatTick }),
    [input, width, normalize, formatValue, formatTick],
  );
  return (
    <PlotArea label={props.title} marks={layout.marks} width={width}>
      {(active, setActive) => (
        <StackedRowsSvg
          idPrefix={props.idPrefix}
          title={props.title}
          description={props.summary}
          layout={layout}
          layers={input.layers}
          xLabel={props.xLabel}
          activeKey={active}
          onActivate={setActive}
        />
      )}
    </PlotArea>
  );
}
