/**
 * Downloads of a chart: SVG (the chart's own <svg> inside a frame with the title, legend and
 * caption), PNG (that SVG drawn on a canvas; a blob: image, so it works under the app's CSP) and
 * CSV (./csv.ts).
 */
import { BOLD_GLYPH_EM, GLYPH_EM } from './layout/common';
import { FONT_FAMILY } from './renderers/primitives';
import { INK } from './palette';
import type { LegendItem } from './types';

export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function fileSlug(title: string): string {
  return (
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'chart'
  );
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Splits text into lines of at most `chars` characters at spaces; longer words are cut. */
export function wrapText(text: string, chars: number): string[] {
  const words = text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w) => {
      const pieces: string[] = [];
      for (let i = 0; i < w.length; i += chars) pieces.push(w.slice(i, i + chars));
      return pieces;
    });
  const lines: string[] = [];
  let current = '';
  for (const w of words) {
    if (current && current.length + 1 + w.length > chars) {
      lines.push(current);
      current = w;
    } else current = current ? `${current} ${w}` : w;
  }
  if (current) lines.push(current);
  return lines;
}

export interface ExportFrame {
  title: string;
  legend: LegendItem[];
  /**
   * The legend's swatches as drawn on screen (one small <svg> per item, in legend order), so the
   * image's markers are the chart's own; without them a plain colour box is drawn.
   */
  swatches?: string[];
  /** Caption lines: need basis and rule, sources, the illustrative flag. */
  caption: string[];
  /** The footer: the link that reproduces the view and the date, as on OWID's grapher. */
  link: string;
  date: string;
}

/** Average glyph widths (px per character) of the export's system-ui text, bold titles widest. */
const TITLE_SIZE = 17;
const TITLE_CHAR = TITLE_SIZE * BOLD_GLYPH_EM;
const SMALL_SIZE = 11;
const SMALL_CHAR = SMALL_SIZE * GLYPH_EM;
const LEGEND_CHAR = 12 * GLYPH_EM;
const MARGIN = 12;

/** Legend items placed in rows that wrap at the image's width. */
function placeLegend(items: LegendItem[], width: number) {
  const placed: { item: LegendItem; index: number; x: number; row: number; lines: string[] }[] = [];
  const maxLabelChars = Math.max(8, Math.floor((width - 2 * MARGIN - 30) / LEGEND_CHAR));
  let x = MARGIN;
  let row = 0;
  items.forEach((item, index) => {
    const lines = wrapText(item.label, maxLabelChars);
    const w = 30 + Math.max(...lines.map((l) => l.length)) * LEGEND_CHAR + 14;
    if (x > MARGIN && x + w > width - MARGIN) {
      x = MARGIN;
      row += placed.filter((p) => p.row === row).reduce((m, p) => Math.max(m, p.lines.length), 1);
    }
    placed.push({ item, index, x, row, lines });
    x += w;
  });
  const rows = placed.length
    ? placed[placed.length - 1]!.row +
      placed
        .filter((p) => p.row === placed[placed.length - 1]!.row)
        .reduce((m, p) => Math.max(m, p.lines.length), 1)
    : 0;
  return { placed, rows };
}

/**
 * A standalone SVG document: the title (wrapped) on top, the chart, the legend (wrapping onto
 * more rows), the caption with the sources, and a footer with the link and the date. Text is
 * wrapped at conservative glyph widths so that nothing runs past the image's edges.
 */
export function composeSvg(
  chart: SVGSVGElement,
  frame: ExportFrame,
): { svg: string; width: number; height: number } {
  const width = Number(chart.getAttribute('width')) || chart.clientWidth || 720;
  const chartHeight = Number(chart.getAttribute('height')) || chart.clientHeight || 360;
  const inside = width - 2 * MARGIN;
  const titleLines = wrapText(frame.title, Math.max(10, Math.floor(inside / TITLE_CHAR)));
  const smallChars = Math.max(20, Math.floor(inside / SMALL_CHAR));
  const captionLines = frame.caption.flatMap((c) => wrapText(c, smallChars));
  const footerLines = [
    ...wrapText(`Link: ${frame.link}`, smallChars),
    ...wrapText(`Made with Fairshare on ${frame.date}.`, smallChars),
  ];
  const top = 16 + titleLines.length * 22;
  const legendY = top + chartHeight + 14;
  const legend = placeLegend(frame.legend, width);
  const legendHeight = legend.rows * 18;
  const captionY = legendY + legendHeight + 8;
  const footerY = captionY + captionLines.length * 15 + 6;
  const height = footerY + footerLines.length * 15 + 12;

  const inner = new XMLSerializer().serializeToString(chart);
  const legendSvg = legend.placed
    .map(({ item, index, x, row, lines }) => {
      const y = legendY + row * 18;
      const drawn = frame.swatches?.[index];
      const swatch = drawn
        ? drawn.replace(/^<svg\b/, `<svg x="${x}" y="${y}"`)
        : `<rect x="${x}" y="${y}" width="22" height="12" fill="${item.style.color}"/>`;
      const label = lines
        .map(
          (l, i) =>
            `<text x="${x + 30}" y="${y + 11 + i * 18}" fill="${INK.text}" font-size="12">${escapeXml(l)}</text>`,
        )
        .join('');
      return swatch + label;
    })
    .join('');
  const text = (
    lines: string[],
    y0: number,
    size: number,
    weight: number,
    step: number,
    color: string,
  ) =>
    lines
      .map(
        (l, i) =>
          `<text x="${MARGIN}" y="${y0 + i * step}" font-size="${size}" font-weight="${weight}" fill="${color}">${escapeXml(l)}</text>`,
      )
      .join('');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT_FAMILY)}">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    text(titleLines, 26, TITLE_SIZE, 700, 22, INK.text) +
    `<g transform="translate(0,${top})">${inner}</g>` +
    legendSvg +
    text(captionLines, captionY + 10, SMALL_SIZE, 400, 15, INK.muted) +
    `<line x1="${MARGIN}" x2="${width - MARGIN}" y1="${footerY - 4}" y2="${footerY - 4}" stroke="${INK.grid}"/>` +
    text(footerLines, footerY + 10, SMALL_SIZE, 400, 15, INK.muted) +
    `</svg>`;
  return { svg, width, height };
}

export function downloadSvg(chart: SVGSVGElement, frame: ExportFrame, filename: string): void {
  const { svg } = composeSvg(chart, frame);
  downloadBlob(
    new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`], { type: 'image/svg+xml' }),
    filename,
  );
}

/** Draws the composed SVG on a canvas at twice its size and downloads it as PNG. */
export async function downloadPng(
  chart: SVGSVGElement,
  frame: ExportFrame,
  filename: string,
): Promise<void> {
  const blob = await renderPng(chart, frame);
  downloadBlob(blob, filename);
}

export function renderPng(chart: SVGSVGElement, frame: ExportFrame, scale = 2): Promise<Blob> {
  const { svg, width, height } = composeSvg(chart, frame);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  return new Promise<Blob>((resolve, reject) => {
    const img = new Image();
    img.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
      const ctx = canvas.getContext('2d');
      if (!ctx) {
        URL.revokeObjectURL(url);
        reject(
          new Error(
            'This browser cannot draw on a canvas, so the PNG could not be made; download the SVG instead.',
          ),
        );
        return;
      }
      ctx.scale(scale, scale);
      ctx.drawImage(img, 0, 0, width, height);
      URL.revokeObjectURL(url);
      canvas.toBlob((b) => {
        if (b) resolve(b);
        else reject(new Error('The PNG could not be made; download the SVG instead.'));
      }, 'image/png');
    };
    img.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('The chart could not be drawn as an image; download the SVG instead.'));
    };
    img.src = url;
  });
}
