/** Number formats for people: money in $k/$M, shares in %, ratios to two significant digits. */
import { format } from 'd3-format';
import type { ResourceDimension } from '../generated/graphql';

const grouped = format(',.0f');
const compact = format('.3~s');
const twoSig = format('.2~r');
const pct1 = format('.1f');

/** A missing value reads as an en dash in text and tables. */
export const MISSING = '–';

function si(v: number): string {
  // d3's SI "G" is a billion in US English.
  return compact(v).replace('G', 'B');
}

/** Dollars: $850, $12.3k, $4.56M. */
export function formatUsd(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return MISSING;
  const sign = v < 0 ? '−' : '';
  const a = Math.abs(v);
  return `${sign}$${a < 1000 ? grouped(a) : si(a)}`;
}

/** A count: 1,274 (grouped) below a million, 14.2M above. */
export function formatCount(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return MISSING;
  const sign = v < 0 ? '−' : '';
  const a = Math.abs(v);
  return sign + (a < 1e6 ? grouped(a) : si(a));
}

/** A value in a dimension's unit, compact: $4.56M, 12,400 h, 310 survivors. */
export function formatAmount(v: number | null | undefined, dimension: ResourceDimension): string {
  if (dimension === 'FUNDING') return formatUsd(v);
  return formatCount(v);
}

/** The unit word after a formatted amount (none for dollars). */
export function unitSuffix(dimension: ResourceDimension, amount?: number | null): string {
  switch (dimension) {
    case 'FUNDING':
      return '';
    case 'TRAINING':
      return ' participant-hours';
    case 'SERVICES':
      return ' survivors served';
    case 'RESEARCH':
      return amount === 1 ? ' study' : ' studies';
  }
}

/** A share 0..1 as a percentage with one decimal: 9.1%. */
export function formatShare(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return MISSING;
  return `${pct1(v * 100)}%`;
}

/** An equity ratio or multiple, two significant digits: 0.24, 1.3, 12. */
export function formatRatio(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return MISSING;
  if (v === 0) return '0';
  return twoSig(v);
}

/** An axis tick: compact SI for large numbers, dollars when money. */
export function formatTick(v: number, dimension?: ResourceDimension | 'SHARE' | 'RATIO'): string {
  if (dimension === 'SHARE') return `${Math.round(v * 100)}%`;
  if (dimension === 'RATIO') return twoSig(v);
  if (dimension === 'FUNDING') return v === 0 ? '$0' : `$${si(v)}`;
  return Math.abs(v) >= 1000 ? si(v) : grouped(v);
}

/**
 * A ratio in words, for the headline sentence: "about a quarter of". The words describe the ratio
 * as the sentence shows it (two significant digits), picking the nearest of fractions spaced at
 * most 0.1 apart, so the words never contradict the number beside them (0.8 is four fifths).
 */
export function ratioInWords(ratio: number): string {
  if (ratio > 1.1) return `${twoSig(ratio)} times`;
  const shown = Number(twoSig(ratio));
  if (shown < 0.075) return 'less than a tenth of';
  const words: [number, string][] = [
    [0.1, 'about a tenth of'],
    [1 / 6, 'about a sixth of'],
    [0.2, 'about a fifth of'],
    [0.25, 'about a quarter of'],
    [0.3, 'about three tenths of'],
    [1 / 3, 'about a third of'],
    [0.4, 'about two fifths of'],
    [0.5, 'about half of'],
    [0.6, 'about three fifths of'],
    [2 / 3, 'about two thirds of'],
    [0.7, 'about seven tenths of'],
    [0.75, 'about three quarters of'],
    [0.8, 'about four fifths of'],
    [0.9, 'about nine tenths of'],
    [1, 'about'],
  ];
  let best = words[0]!;
  for (const w of words) if (Math.abs(w[0] - shown) < Math.abs(best[0] - shown)) best = w;
  return best[1];
}
