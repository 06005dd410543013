/**
 * The fan chart: layout plus the stateless renderer inside the keyboard- and hover-aware plot
 * area. After each redraw caused by an input, it reports how long the update took (onRedraw).
 */
import { useLayoutEffect, useMemo } from 'react';
import { PlotArea } from './PlotArea';
import { formatTick } from '../format/numbers';
import { layoutFan } from './layout/fan';
import type { FanSeries } from './series/fan';
import { FanSvg } from './renderers/FanSvg';

export interface FanChartProps {
  series: FanSeries;
  width: number;
  idPrefix: string;
  title: string;
  summary: string;
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
      <PlotArea label={props.title} marks={layout.marks} width={width}>
        {(active, setActive) => (
          <FanSvg
            idPrefix={props.idPrefix}
            title={props.title}
            description={props.summary}
            layout={layout}
            xLabel="Year"
            yLabel={series.unit}
            activeKey={active}
            onActivate={setActive}
          />
        )}
      </PlotArea>
    </div>
  );
}
