/** Small multiples of line panels: layout plus the stateless renderer. */
import { useMemo } from 'react';
import { layoutSmallMultiples, type PanelSpec } from './layout/smallMultiples';
import type { ReferenceLine } from './layout/lines';
import { PlottedChart, type ChartBaseProps } from './PlottedChart';
import { SmallMultiplesSvg } from './renderers/SmallMultiplesSvg';

export interface SmallMultiplesChartProps extends ChartBaseProps {
  panels: PanelSpec[];
  xLabel: string;
  yLabel: string;
  yDomain: [number, number];
  references?: ReferenceLine[];
  formatValue: (v: number) => string;
  formatTick: (v: number) => string;
}

export function SmallMultiplesChart(props: SmallMultiplesChartProps) {
  const { panels, width, yDomain, references, formatValue, formatTick } = props;
  const layout = useMemo(
    () => layoutSmallMultiples(panels, width, { yDomain, references, formatValue, formatTick }),
    [panels, width, yDomain, references, formatValue, formatTick],
  );
  return (
    <PlottedChart
      {...props}
      layout={layout}
      render={(r) => <SmallMultiplesSvg {...r} xLabel={props.xLabel} yLabel={props.yLabel} />}
    />
  );
}
