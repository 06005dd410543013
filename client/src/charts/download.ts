/**
 * Downloads of a chart: SVG (the chart's own <svg> inside a frame with the title, legend and
 * caption), PNG (that SVG drawn on a canvas; a blob: image, so it works under the app's CSP) and
 * CSV (./csv.ts).
 */
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

/** Splits text into lines of at most `chars` characters at spaces. */
export function wrapText(text: string, chars: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
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
  /** Caption lines: need basis and rule, sources, the illustrative flag. */
  caption: string[];
}

/** A standalone SVG document: title on top, the chart, the legend and the caption below. */
export function composeSvg(
  chart: SVGSVGElement,
  frame: ExportFrame,
): { svg: string; width: number; height: number } {
  const width = Number(chart.getAttribute('width')) || chart.clientWidth || 720;
  const chartHeight = Number(chart.getAttribute('height')) || chart.clientHeight || 360;
  const chars = Math.max(30, Math.floor((width - 24) / 6.4));
  const titleLines = wrapText(frame.title, Math.floor(chars * 0.8));
  const captionLines = frame.caption.flatMap((c) => wrapText(c, chars));
  const top = 16 + titleLines.length * 22;
  const legendY = top + chartHeight + 14;
  const legendHeight = frame.legend.length ? 22 : 0;
  const captionY = legendY + legendHeight + 8;
  const height = captionY + captionLines.length * 15 + 12;

  const inner = new XMLSerializer().serializeToString(chart);
  let legendX = 12;
  const legend = frame.legend
    .map((item) => {
      const x = legendX;
      legendX += 30 + item.label.length * 6.6 + 14;
      const swatch =
        item.kind === 'line'
          ? `<line x1="${x}" x2="${x + 22}" y1="${legendY + 6}" y2="${legendY + 6}" stroke="${item.style.color}" stroke-width="2.5" stroke-dasharray="${item.style.dash}"/>`
          : `<rect x="${x}" y="${legendY}" width="22" height="12" fill="${item.style.color}" ${item.kind === 'ring' ? `fill-opacity="0" stroke="${item.style.color}" stroke-width="2"` : ''}/>` +
            (item.style.pattern === 'hatch'
              ? `<path d="M${x + 4},${legendY + 12}L${x + 10},${legendY}M${x + 12},${legendY + 12}L${x + 18},${legendY}" stroke="#fff" stroke-width="2"/>`
              : '');
      return `${swatch}<text x="${x + 28}" y="${legendY + 10}" fill="${INK.text}" font-size="12">${escapeXml(item.label)}</text>`;
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
          `<text x="12" y="${y0 + i * step}" font-size="${size}" font-weight="${weight}" fill="${color}">${escapeXml(l)}</text>`,
      )
      .join('');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT_FAMILY)}">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    text(titleLines, 26, 17, 700, 22, INK.text) +
    `<g transform="translate(0,${top})">${inner}</g>` +
    legend +
    text(captionLines, captionY + 10, 11, 400, 15, INK.muted) +
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
