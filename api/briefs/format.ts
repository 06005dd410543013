/** How a brief writes numbers: the same rounding in the page, the PDF and the bundle's README. */

export const num = (n: number, digits = 0): string =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });

export const pct = (share: number | null): string =>
  share === null ? 'not available' : `${(100 * share).toFixed(1)}%`;

export const ratio = (r: number | null): string => (r === null ? 'not available' : r.toFixed(2));

export function formatValue(v: number | null, format: 'ratio' | 'share' | 'count' | 'usd'): string {
  if (v === null || !Number.isFinite(v)) return 'not available';
  switch (format) {
    case 'ratio':
      return ratio(v);
    case 'share':
      return pct(v);
    case 'count':
      return num(v);
    case 'usd':
      return `USD ${num(Math.round(v))}`;
  }
}

/** A short axis label: 1.2M, 340k, 0.45. */
export function shortValue(v: number, format: 'ratio' | 'share' | 'count' | 'usd'): string {
  if (format === 'share') return `${Math.round(v * 100)}%`;
  if (format === 'ratio') return v.toFixed(v >= 10 ? 0 : 1);
  const a = Math.abs(v);
  const prefix = format === 'usd' ? '$' : '';
  if (a >= 1e9) return `${prefix}${num(v / 1e9, 1)}B`;
  if (a >= 1e6) return `${prefix}${num(v / 1e6, 1)}M`;
  if (a >= 1e3) return `${prefix}${num(v / 1e3, 1)}k`;
  return `${prefix}${num(v, 1)}`;
}

/** How a resource dimension's amounts read. */
export const UNIT_FORMAT = {
  FUNDING: 'usd',
  TRAINING: 'count',
  SERVICES: 'count',
  RESEARCH: 'count',
} as const;
