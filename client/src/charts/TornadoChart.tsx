/** The tornado chart: layout plus renderer inside the keyboard- and hover-aware plot area. */
import { useMemo } from 'react';
import type { TornadoResult } from '../../../core/scenario/types';
import { PlotArea } from './PlotArea';
import { layoutTornado } from './layout/tornado';
import { TornadoSvg } from './renderers/TornadoSvg';

export interface TornadoChartProps {
  tornado: TornadoResult;
  width: number;
  idPrefix: string;
  title: string;
  summary: string;
  xLabel: string;
  formatValue: (v: number) => string;
  formatTick: (v: number) => string;
  formatInput: (key: string, v: number) => string;
}

export function TornadoChart(props: TornadoChartProps) {
  const { tornado, width, formatValue, formatTick, formatInput } = props;
  const layout = useMemo(
    () => layoutTornado(tornado, width, formatValue, formatTick, formatInput),
    [tornado, width, formatValue, formatTick, formatInput],
  );
  return (
    <PlotArea label={props.title} marks={layout.marks} width={width}>
      {(active, setActive) => (
        <TornadoSvg
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
