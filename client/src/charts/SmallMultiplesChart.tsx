/** Small multiples of line panels: layout plus the stateless renderer. */
import { useMemo } from 'react';
import { layoutSmallMultiples, type PanelSpec } from './layout/smallMultiples';
import type { ReferenceLine } from './layout/lines';
import { PlotArea } from './PlotArea';
import { SmallMultiplesSvg } from './renderers/SmallMultiplesSvg';

export interface SmallMultiplesChartProps {
  panels: PanelSpec[];
  width: number;
  idPrefix: string;
  title: string;
  summary: string;
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
    <PlotArea label={props.title} marks={layout.marks} width={width}>
      {(active, setActive) => (
        <SmallMultiplesSvg
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
