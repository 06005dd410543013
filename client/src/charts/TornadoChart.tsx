/** The tornado chart: its layout drawn by its renderer inside the shared plot area. */
import { useMemo } from 'react';
import type { TornadoResult } from '../../../core/scenario/types';
import { PlottedChart, type ChartBaseProps } from './PlottedChart';
import { layoutTornado } from './layout/tornado';
import { TornadoSvg } from './renderers/TornadoSvg';

export interface TornadoChartProps extends ChartBaseProps {
  tornado: TornadoResult;
  xLabel: string;
  formatValue: (v: number) => string;
  formatTick: (v: number) => string;
  formatInput: (key: string, v: number) => string;
}

export function TornadoChart(props: TornadoChartProps) {
  const { tornado, width, xLabel, formatValue, formatTick, formatInput } = props;
  const layout = useMemo(
    () => layoutTornado(tornado, width, formatValue, formatTick, formatInput),
    [tornado, width, formatValue, formatTick, formatInput],
  );
  return (
    <PlottedChart
      {...props}
      layout={layout}
      render={(r) => <TornadoSvg {...r} xLabel={xLabel} />}
    />
  );
}
