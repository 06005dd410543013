/** Stacked columns: scales and placed geometry (layout) drawn by the stateless renderer. */
import { useMemo } from 'react';
import { layoutStackedColumns } from './layout/stackedColumns';
import { PlottedChart, type ChartBaseProps } from './PlottedChart';
import { StackedColumnsSvg } from './renderers/StackedColumnsSvg';
import type { StackInput } from './series/stack';

export interface StackedColumnsChartProps extends ChartBaseProps {
  input: StackInput;
  height?: number;
  xLabel: string;
  yLabel: string;
  normalize?: boolean;
  formatValue: (v: number) => string;
  formatTick: (v: number) => string;
}

export function StackedColumnsChart(props: StackedColumnsChartProps) {
  const { input, width, normalize, formatValue, formatTick } = props;
  const height = props.height ?? (width < 500 ? 280 : 340);
  const layout = useMemo(
    () => layoutStackedColumns(input, { width, height }, { normalize, formatValue, formatTick }),
    [input, width, height, normalize, formatValue, formatTick],
  );
  return (
    <PlottedChart
      {...props}
      layout={layout}
      render={(r) => (
        <StackedColumnsSvg
          {...r}
          layers={input.layers}
          xLabel={props.xLabel}
          yLabel={props.yLabel}
        />
      )}
    />
  );
}
