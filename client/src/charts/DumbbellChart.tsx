/** Dot rows (dumbbells): layout plus the stateless renderer. */
import { useMemo } from 'react';
import { layoutDumbbell, type DotRow } from './layout/dumbbell';
import { PlotArea } from './PlotArea';
import { DumbbellSvg } from './renderers/DumbbellSvg';

export interface DumbbellChartProps {
  rows: DotRow[];
  width: number;
  idPrefix: string;
  title: string;
  summary: string;
  xLabel: string;
  domain: [number, number];
  formatValue: (v: number) => string;
  formatTick: (v: number) => string;
}

export function DumbbellChart(props: DumbbellChartProps) {
  const { rows, width, domain, formatValue, formatTick } = props;
  const layout = useMemo(
    () => layoutDumbbell(rows, width, { domain, formatValue, formatTick }),
    [rows, width, domain, formatValue, formatTick],
  );
  return (
    <PlotArea label={props.title} marks={layout.marks} width={width}>
      {(active, setActive) => (
        <DumbbellSvg
          idPrefix={props.idPrefix}
          title={props.title}
          description={props.summary}
          layout={layout}
          xLabel={props.xLabel}
          activeKey={active}
          onActivate={setActive}
        />
      )}
    </PlotArea>
  );
}
