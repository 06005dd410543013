/**
 * A brief's charts as standalone SVG (vector in the PDF, images on the brief's page): grouped
 * bars or lines over categories, a reference line at parity, a legend that wraps, and no text
 * past the edges (labels wrap or shorten to the space they have). Pure: data in, markup out.
 */
import { formatValue, shortValue } from './format';
import type { BriefChart } from './types';

/** Okabe–Ito colours, distinguishable with colour-blindness; lines also differ by dash. */
const COLORS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'];
const DASHES = ['', '6 3', '2 3', '8 3 2 3'];
const INK = '#1b1f24';
const MUTED = '#4a5058';
const GRID = '#d9dce0';
const FONT = 'Helvetica, Arial, sans-serif';
const CHAR = 0.6; // average glyph width in em, erring wide

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Words onto lines of at most `chars` characters; a longer word is cut with an ellipsis. */
export function wrap(text: string, chars: number, maxLines = 3): string[] {
  const lines: string[] = [];
  let cur = '';
  for (const w of text.split(/\s+/).filter(Boolean)) {
    if (cur && cur.length + 1 + w.length > chars) {
      lines.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) lines.push(cur);
  const out = lines.slice(0, maxLines);
  if (lines.length > maxLines) out[maxLines - 1] = `${out[maxLines - 1]!.slice(0, chars - 1)}…`;
  return out.map((l) => (l.length > chars ? `${l.slice(0, chars - 1)}…` : l));
}

function text(x: number, y: number, s: string, size: number, attrs = ''): string {
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="${size}" ${attrs}>${esc(s)}</text>`;
}

export function chartSvg(chart: BriefChart, width = 640): string {
  const pad = 10;
  const legendSize = 10;
  const legendChars = Math.floor((width - 2 * pad - 24) / (legendSize * CHAR));
  const legendRows: { x: number; lines: string[]; i: number; row: number }[] = [];
  let lx = pad;
  let row = 0;
  chart.series.forEach((s, i) => {
    const lines = wrap(s.name, legendChars, 2);
    const w = 24 + Math.max(...lines.map((l) => l.length)) * legendSize * CHAR + 14;
    if (lx > pad && lx + w > width - pad) {
      lx = pad;
      row += 1;
    }
    legendRows.push({ x: lx, lines, i, row });
    lx += w;
  });
  const legendHeight = chart.series.length > 1 ? (row + 1) * 28 : 0;
  const values = chart.series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const max = Math.max(...values, chart.reference?.value ?? 0, 0) * 1.1 || 1;
  const min = Math.min(0, ...values);
  const plotTop = pad + legendHeight + 6;
  const left = pad + 44;
  const right = width - pad - 6;
  const band = (right - left) / Math.max(1, chart.categories.length);
  // Lines thin their (year) labels; bars wrap theirs to the width of their band.
  const step = chart.kind === 'lines' ? Math.max(1, Math.ceil(40 / band)) : 1;
  const catChars = Math.max(4, Math.floor((band * step - 4) / (9 * CHAR)));
  const catLabels = chart.categories.map((c) => wrap(c, catChars, 3));
  const catLines = Math.max(1, ...catLabels.map((l) => l.length));
  const plotHeight = 190;
  const bottom = plotTop + plotHeight;
  const height = bottom + 10 + catLines * 12 + 16 + 12;
  const y = (v: number) => bottom - ((v - min) / (max - min)) * plotHeight;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}" fill="${INK}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
  );
  // legend
  if (chart.series.length > 1)
    for (const l of legendRows) {
      const ly = pad + l.row * 28;
      const color = COLORS[l.i % COLORS.length]!;
      parts.push(
        chart.kind === 'bars'
          ? `<rect x="${l.x}" y="${ly}" width="18" height="10" fill="${color}"/>`
          : `<line x1="${l.x}" x2="${l.x + 18}" y1="${ly + 5}" y2="${ly + 5}" stroke="${color}" stroke-width="2.5" stroke-dasharray="${DASHES[l.i % DASHES.length]}"/>`,
      );
      l.lines.forEach((line, j) => parts.push(text(l.x + 24, ly + 9 + j * 11, line, legendSize)));
    }
  // grid and value axis
  const ticks = 4;
  for (let t = 0; t <= ticks; t++) {
    const v = min + ((max - min) * t) / ticks;
    const ty = y(v);
    parts.push(
      `<line x1="${left}" x2="${right}" y1="${ty.toFixed(1)}" y2="${ty.toFixed(1)}" stroke="${GRID}"/>`,
      text(left - 4, ty + 3, shortValue(v, chart.format), 9, `text-anchor="end" fill="${MUTED}"`),
    );
  }
  if (chart.reference) {
    const ry = y(chart.reference.value);
    parts.push(
      `<line x1="${left}" x2="${right}" y1="${ry.toFixed(1)}" y2="${ry.toFixed(1)}" stroke="${INK}" stroke-dasharray="4 3"/>`,
      text(right, ry - 3, chart.reference.label, 9, `text-anchor="end" fill="${MUTED}"`),
    );
  }
  // marks
  const n = chart.series.length;
  chart.series.forEach((s, i) => {
    const color = COLORS[i % COLORS.length]!;
    if (chart.kind === 'bars') {
      const bw = (band * 0.7) / n;
      s.values.forEach((v, j) => {
        if (v === null) return;
        const x = left + j * band + band * 0.15 + i * bw;
        const top = y(Math.max(v, 0));
        parts.push(
          `<rect x="${x.toFixed(1)}" y="${top.toFixed(1)}" width="${Math.max(1, bw - 1).toFixed(1)}" height="${Math.max(0.5, y(Math.min(v, 0)) - top).toFixed(1)}" fill="${color}"><title>${esc(`${s.name}, ${chart.categories[j]}: ${formatValue(v, chart.format)}`)}</title></rect>`,
        );
      });
    } else {
      let d = '';
      s.values.forEach((v, j) => {
        if (v === null) return;
        const x = left + j * band + band / 2;
        d += `${d && s.values[j - 1] !== null ? 'L' : 'M'}${x.toFixed(1)},${y(v).toFixed(1)}`;
        parts.push(
          `<circle cx="${x.toFixed(1)}" cy="${y(v).toFixed(1)}" r="2.5" fill="${color}"/>`,
        );
      });
      if (d)
        parts.push(
          `<path d="${d}" fill="none" stroke="${color}" stroke-width="2.2" stroke-dasharray="${DASHES[i % DASHES.length]}"/>`,
        );
    }
  });
  // category axis: every label, thinned only when lines would collide
  catLabels.forEach((lines, j) => {
    if (j % step !== 0) return;
    const x = left + j * band + band / 2;
    lines.forEach((line, k) =>
      parts.push(text(x, bottom + 14 + k * 12, line, 9, `text-anchor="middle" fill="${MUTED}"`)),
    );
  });
  parts.push(
    `<line x1="${left}" x2="${right}" y1="${bottom}" y2="${bottom}" stroke="${MUTED}"/>`,
    text(
      pad,
      height - 8,
      wrap(chart.unit, Math.floor((width - 2 * pad) / (9 * CHAR)), 1)[0]!,
      9,
      `fill="${MUTED}"`,
    ),
    '</svg>',
  );
  return parts.join('');
}
