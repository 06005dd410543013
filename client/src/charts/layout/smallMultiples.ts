/** A grid of small line panels sharing one y domain: 2 columns on wide screens, 1 on a phone. */
import { layoutLines, type LineSeries, type LinesLayout, type LinesOptions } from './lines';
import type { Frame, HoverMark } from '../types';

export interface PanelSpec {
  key: string;
  title: string;
  series: LineSeries[];
}

export interface PlacedPanel {
  key: string;
  title: string;
  x: number;
  y: number;
  layout: LinesLayout;
}

export interface SmallMultiplesLayout {
  frame: Frame;
  panels: PlacedPanel[];
  marks: HoverMark[];
}

const TITLE = 20;

export function layoutSmallMultiples(
  panels: PanelSpec[],
  width: number,
  options: LinesOptions & { yDomain: [number, number] },
): SmallMultiplesLayout {
  const columns = width >= 620 ? 2 : 1;
  const gap = 16;
  const panelWidth = Math.floor((width - gap * (columns - 1)) / columns);
  const panelHeight = 190;
  const placed: PlacedPanel[] = [];
  const marks: HoverMark[] = [];
  panels.forEach((p, i) => {
    const x = (i % columns) * (panelWidth + gap);
    const y = Math.floor(i / columns) * (panelHeight + TITLE + gap);
    const layout = layoutLines(p.series, { width: panelWidth, height: panelHeight }, options);
    placed.push({ key: p.key, title: p.title, x, y, layout });
    for (const m of layout.marks)
      marks.push({
        ...m,
        key: `${p.key}:${m.key}`,
        x: m.x + x,
        y: m.y + y + TITLE,
        title: `${p.title}, ${m.title}`,
      });
  });
  const rows = Math.ceil(panels.length / columns);
  return {
    frame: { width, height: rows * (panelHeight + TITLE + gap) - gap },
    panels: placed,
    marks,
  };
}
