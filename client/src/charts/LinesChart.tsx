/** Lines over years: layout plus the stateless renderer. */
import { useMemo } from 'react';
import { layoutLines, type LineSeries, type ReferenceLine } from './layout/lines';
import { PlottedChart, type ChartBaseProps } from './PlottedChart';
import { LinesSvg } from './renderers/LinesSvg';

export interface LinesChartProps extends ChartBaseProps {
  series: LineSeries[];
  height?: number;
  xLabel: string;
  yLabel: string;
  references?: ReferenceLine[];
  yDomain?: [number, number];
  /** Extra tooltip lines at an x value (see LinesOptions.notesAt). */
  notesAt?: (x: number) => string[];
  formatValue: (v: number) => string;
  formatTick: (v: number) => string;
}

export function LinesChart(props: LinesChartProps) {
  const { series, width, references, yDomain, notesAt, formatValue, formatTick } = props;
  const height = props.height ?? (width < 500 ? 260 : 320);
  const layout = useMemo(
    () =>
      layoutLines(
        series,
        { width, height },
        { references, yDomain, notesAt, formatValue, formatTick },
      ),
    [series, width, height, references, yDomain, notesAt, formatValue, formatTick],
  );
  return (
    <PlottedChart
      {...props}
      layout={layout}
      render={(r) => <LinesSvg {...r} xLabel={props.xLabel} yLabel={props.yLabel} />}
    />
  );
}
