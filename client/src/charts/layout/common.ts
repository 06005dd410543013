/** Helpers every layout shares: plot size, linear ticks, label truncation. */
import type { ScaleLinear } from 'd3-scale';
import type { Frame, Margin, Tick } from '../types';

export interface Plot {
  /** Inner width and height: the area inside the margins. */
  width: number;
  height: number;
  margin: Margin;
}

export function plotArea(frame: Frame, margin: Margin): Plot {
  return {
    width: Math.max(10, frame.width - margin.left - margin.right),
    height: Math.max(10, frame.height - margin.top - margin.bottom),
    margin,
  };
}

/** Ticks of a linear scale, about one per `spacing` pixels of its range. */
export function linearTicks(
  scale: ScaleLinear<number, number>,
  length: number,
  format: (v: number) => string,
  spacing = 60,
): Tick[] {
  const count = Math.max(2, Math.floor(length / spacing));
  return scale.ticks(count).map((v) => ({ at: round(scale(v)), label: format(v) }));
}

/** Pixel positions to a tenth: stable snapshots, no visible difference. */
export function round(v: number): number {
  return Math.round(v * 10) / 10;
}

/**
 * Width of a label at 12px system-ui, erring wide (average glyph 0.66 em, as DejaVu Sans, the
 * widest common fallback, draws): labels measured narrower than they draw ran past the chart's
 * left edge in exports.
 */
export const GLYPH_EM = 0.66;
/** The same for bold text. */
export const BOLD_GLYPH_EM = 0.72;
export function labelWidth(text: string, fontSize = 12): number {
  return text.length * fontSize * GLYPH_EM;
}

/** Shortens a label to fit `maxWidth` pixels, with an ellipsis. */
export function truncate(text: string, maxWidth: number, fontSize = 12): string {
  const maxChars = Math.floor(maxWidth / (fontSize * GLYPH_EM));
  if (text.length <= maxChars) return text;
  return `${text.slice(0, Math.max(1, maxChars - 1)).trimEnd()}…`;
}

/**
 * Breaks a label into at most `maxLines` lines of at most `maxWidth` pixels at spaces (bold text
 * measured wider); the last line is truncated only when the words do not fit in them.
 */
export function wrapLabel(
  text: string,
  maxWidth: number,
  fontSize = 12,
  maxLines = 2,
  bold = false,
): string[] {
  const charPx = fontSize * (bold ? BOLD_GLYPH_EM : GLYPH_EM);
  const maxChars = Math.max(1, Math.floor(maxWidth / charPx));
  const lines: string[] = [];
  let current = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (current && current.length + 1 + w.length > maxChars) {
      if (lines.length === maxLines - 1) {
        current = `${current} ${words.slice(i).join(' ')}`;
        break;
      }
      lines.push(current);
      current = w;
    } else current = current ? `${current} ${w}` : w;
  }
  if (current) lines.push(current);
  return lines.map((l) =>
    l.length <= maxChars ? l : `${l.slice(0, Math.max(1, maxChars - 1)).trimEnd()}…`,
  );
}

/** Every nth label of a band axis, so labels never overlap. */
export function thinLabels<T>(items: T[], bandWidth: number, labelPx: number): T[] {
  const step = Math.max(1, Math.ceil((labelPx + 8) / Math.max(1, bandWidth)));
  return items.filter((_, i) => i % step === 0);
}
