/** The heat table: layout plus the stateless renderer; Enter on a cell selects it. */
import { useMemo } from 'react';
import { layoutHeatGrid, type HeatGridInput } from './layout/heatGrid';
import { PlotArea } from './PlotArea';
import { HeatGridSvg } from './renderers/HeatGridSvg';

export interface HeatGridChartProps {
  input: HeatGridInput;
  width: number;
  idPrefix: string;
  title: string;
  summary: string;
  onSelect?: (row: string, column: string) => void;
}

export function HeatGridChart(props: HeatGridChartProps) {
  const { input, width, onSelect } = props;
  const layout = useMemo(() => layoutHeatGrid(input, width), [input, width]);
  const select = onSelect
    ? (key: string) => {
        const [row, column] = key.split(':');
        if (row && column) onSelect(row, column);
      }
    : undefined;
  return (
    <PlotArea label={props.title} marks={layout.marks} width={width} onEnter={select}>
      {(active, setActive) => (
        <HeatGridSvg
          idPrefix={props.idPrefix}
          title={props.title}
          description={props.summary}
          layout={layout}
          activeKey={active}
          onActivate={setActive}
          onSelect={select}
        />
      )}
    </PlotArea>
  );
}
