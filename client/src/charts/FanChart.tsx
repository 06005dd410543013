/**
 * The fan chart: layout plus the stateless renderer inside the keyboard- and hover-aware plot
 * area. After each redraw caused by an input, it reports how long the update took (onRedraw).
 */
import { useLayoutEffect, useMemo } from 'react';
import { PlottedChart, type ChartBaseProps } from './PlottedChart';
import { formatTick } from '../format/numbers';
import { layoutFan } from './layout/fan';
import type { FanSeries } from './series/fan';
import { FanSvg } from './renderers/FanSvg';

export interface FanChartProps extends ChartBaseProps {
  series: FanSeries;
  /** Identifies the run shown, and when the input that caused it happened. */
  runId: number;
  inputAt: number | null;
  onRedraw?: (ms: number) => void;
}

export function FanChart(props: FanChartProps) {
  const { series, width, runId, inputAt, onRedraw } = props;
  const height = width < 500 ? 280 : 340;
  const ratio = series.reference !== null;
  const layout = useMemo(
    () => layoutFan(series, { width, height }, (v) => formatTick(v, ratio ? 'RATIO' : undefined)),
    [series, width, height, ratio],
  );
  // Runs once the new paths are in the DOM, before the browser paints that frame.
  useLayoutEffect(() => {
    if (inputAt === null) return;
    const ms = performance.now() - inputAt;
    onRedraw?.(ms);
  }, [runId, inputAt, onRedraw]);
  return (
    <div data-run-id={runId}>
      <PlottedChart
        {...props}
        layout={layout}
        render={(r) => <FanSvg {...r} xLabel="Year" yLabel={series.unit} />}
      />
    </div>
  );
}
