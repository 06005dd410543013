/** Stacked columns: scales and placed geometry (layout) drawn by the stateless renderer. */
import { useMemo } from 'react';
import { layoutStackedColumns } from './layout/stackedColumns';
import { PlotArea } from './PlotArea';
import { StackedColumnsSvg } from './renderers/StackedColumnsSvg';
import type { StackInput } from './series/stack';

export interface StackedColumnsChartProps {
  input: StackInput;
  width: number;
  height?: number;
  idPrefix: string;
  title: string;
  summary: string;
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
    <PlotArea label={props.title} marks={layout.marks} width={width}>
      {(active, setActive) => (
        <StackedColumnsSvg
          idPrefix={props.idPrefix}
          title={props.title}
          description={props.summary}
          layout={layout}
          layers={input.layers}
          xLabel={props.xLabel}
          yLabel={props.yLabel}
          activeKey={active}
          onActivate={setActive}
        />
      )}
    </PlotArea>
  );
}
