/**
 * What every plotted chart shares: its size, ids and words, and the keyboard- and hover-aware
 * plot area around its stateless renderer. A chart keeps only its own layout and renderer.
 */
import type { ReactNode } from 'react';
import { PlotArea } from './PlotArea';
import type { HoverMark } from './types';

/** The props every chart component takes besides its data. */
export interface ChartBaseProps {
  width: number;
  idPrefix: string;
  title: string;
  /** One or two sentences saying what the chart shows: the image's description. */
  summary: string;
}

/** What a chart hands its renderer: ids and words, the placed layout and the hover state. */
export interface RendererProps<L> {
  idPrefix: string;
  title: string;
  description: string;
  layout: L;
  activeKey: string | null;
  onActivate: (key: string | null) => void;
}

export interface PlottedChartProps<L extends { marks: HoverMark[] }> extends ChartBaseProps {
  layout: L;
  render: (props: RendererProps<L>) => ReactNode;
  /** Enter or Space on the active value (e.g. to select a heat-table cell). */
  onEnter?: (key: string) => void;
}

export function PlottedChart<L extends { marks: HoverMark[] }>(props: PlottedChartProps<L>) {
  const { layout, width, idPrefix, title, summary, render, onEnter } = props;
  return (
    <PlotArea label={title} marks={layout.marks} width={width} onEnter={onEnter}>
      {(activeKey, onActivate) =>
        render({ idPrefix, title, description: summary, layout, activeKey, onActivate })
      }
    </PlotArea>
  );
}
