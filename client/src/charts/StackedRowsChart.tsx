/** Horizontal stacked bars: layout plus the stateless renderer. */
import { useMemo } from 'react';
import { layoutStackedRows } from './layout/stackedRows';
import { PlottedChart, type ChartBaseProps } from './PlottedChart';
import { StackedRowsSvg } from './renderers/StackedRowsSvg';
import type { StackInput } from './series/stack';

export interface StackedRowsChartProps extends ChartBaseProps {
  input: StackInput;
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
    <PlottedChart
      {...props}
      layout={layout}
      render={(r) => <StackedRowsSvg {...r} layers={input.layers} xLabel={props.xLabel} />}
    />
  );
}
