/** The heat table: layout plus the stateless renderer; Enter on a cell selects it. */
import { useMemo } from 'react';
import { layoutHeatGrid, type HeatGridInput } from './layout/heatGrid';
import { PlottedChart, type ChartBaseProps } from './PlottedChart';
import { HeatGridSvg } from './renderers/HeatGridSvg';

export interface HeatGridChartProps extends ChartBaseProps {
  input: HeatGridInput;
  onSelect?: (row: string, column: string) => void;
}

export function HeatGridChart(props: HeatGridChartProps) {
  const { input, width, onSelect } = props;
  const layout = useMemo(() => layoutHeatGrid(input, width), [input, width]);
  const select = onSelect
    ? (key: string) => {
        const [row, column] = key.split(':');
        if (row && column) onSelect(row, column);
      }
    : undefined;
  return (
    <PlottedChart
      {...props}
      layout={layout}
      onEnter={select}
      render={(r) => <HeatGridSvg {...r} onSelect={select} />}
    />
  );
}
