/** The hover overlay shared by the lines and fan renderers, with positions worked by hand. */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ActiveRule, HoverColumns } from '../../client/src/charts/renderers/hoverColumns';

const plot = { width: 200, height: 100, margin: { top: 10, right: 10, bottom: 20, left: 40 } };
const marks = [
  { key: '2020', x: 50, y: 0, title: '2020', lines: [] },
  { key: '2021', x: 150, y: 0, title: '2021', lines: [] },
  { key: '2022', x: 190, y: 0, title: '2022', lines: [] },
];

describe('hover overlay', () => {
  it('draws the rule at the active mark, measured from the plot: 150 − 40 = 110', () => {
    const svg = renderToStaticMarkup(
      <svg>
        <ActiveRule marks={marks} plot={plot} activeKey="2021" />
      </svg>,
    );
    expect(svg).toContain('<line x1="110" x2="110" y2="100"');
  });

  it('draws no rule when no mark is active', () => {
    const svg = renderToStaticMarkup(
      <svg>
        <ActiveRule marks={marks} plot={plot} activeKey={null} />
      </svg>,
    );
    expect(svg).not.toContain('<line');
  });

  it('gives each mark a column reaching halfway to its neighbours', () => {
    const svg = renderToStaticMarkup(
      <svg>
        <HoverColumns marks={marks} plot={plot} onActivate={() => undefined} />
      </svg>,
    );
    // 2020: half = (150 − 50)/2 = 50, x = 50 − 40 − 50 = −40, width 100.
    // 2021: half = (190 − 150)/2 = 20, x = 150 − 40 − 20 = 90, width 40.
    // 2022 (last): half = (190 − 150)/2 = 20, x = 190 − 40 − 20 = 130, width 40.
    const rects = [...svg.matchAll(/<rect x="(-?[\d.]+)" width="([\d.]+)" height="100"/g)].map(
      (m) => [Number(m[1]), Number(m[2])],
    );
    expect(rects).toEqual([
      [-40, 100],
      [90, 40],
      [130, 40],
    ]);
  });
});
