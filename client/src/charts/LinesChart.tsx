/** Lines over years: layout plus the stateless renderer. */
import { useMemo } from 'react';
import { layoutLines, type LineSeries, type ReferenceLine } from './layout/lines';
import { PlotArea } from './PlotArea';
import { LinesSvg } from './renderers/LinesSvg';

export interface LinesChartProps {
  series: LineSeries[];
  width: number;
  height?: number;
  idPrefix: string;
  title: string;
  summary: string;
  xLabel: string;
  yLabel: string;
  references?: ReferenceLine[];
  yDomain?: [number, number];
  formatValue: (v: number) => string;
  formatTick: (v: number) => string;
}

export function LinesChart(props: LinesChartProps) {
  const { series, width, references, yDomain, formatValue, formatTick } = props;
  const height = props.height ?? (width < 500 ? 260 : 320);
  const layout = useMemo(
    () => layoutLines(series, { width, height }, { references, yDomain, formatValue, formatTick }),
    [series, width, height, references, yDomain, formatValue, formatTick],
  );
  return (
    <PlotArea label={props.title} marks={layout.marks} width={width}>
      {(active, setActive) => (
        <LinesSvg
          idPrefix={props.idPrefix}
          title={props.title}
          description={props.summary}
          layout={layout}
          xLabel={props.xLabel}
          yLabel={props.yLabel}
          activeKey={active}
          onActivate={setActive}
        />
      )}
    </PlotArea>
  );
}
