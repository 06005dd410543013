/** Dot rows (dumbbells): their layout drawn by their renderer inside the shared plot area. */
import { useMemo } from 'react';
import { layoutDumbbell, type DotRow } from './layout/dumbbell';
import { PlottedChart, type ChartBaseProps } from './PlottedChart';
import { DumbbellSvg } from './renderers/DumbbellSvg';

export interface DumbbellChartProps extends ChartBaseProps {
  rows: DotRow[];
  xLabel: string;
  domain: [number, number];
  formatValue: (v: number) => string;
  formatTick: (v: number) => string;
}

export function DumbbellChart(props: DumbbellChartProps) {
  const { rows, width, xLabel, domain, formatValue, formatTick } = props;
  const layout = useMemo(
    () => layoutDumbbell(rows, width, { domain, formatValue, formatTick }),
    [rows, width, domain, formatValue, formatTick],
  );
  return (
    <PlottedChart
      {...props}
      layout={layout}
      render={(r) => <DumbbellSvg {...r} xLabel={xLabel} />}
    />
  );
}
