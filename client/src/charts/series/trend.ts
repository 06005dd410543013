/** Equity year by year as line and bar series, and as a table. */
import type { EquityTrendQuery, ResourceDimension } from '../../generated/graphql';
import { formatAmount, formatRatio, formatShare } from '../../format/numbers';
import type { LineSeries } from '../layout/lines';
import { NEUTRAL_STYLE, TYPE_STYLE } from '../palette';
import type { TableData } from '../types';
import type { StackInput } from './stack';

export type TrendPoint = EquityTrendQuery['equityTrend']['points'][number];

const byYear = (points: readonly TrendPoint[]) => [...points].sort((a, b) => a.year - b.year);

/** Labor's and sex trafficking's equity ratios by year (1 is a proportional share). */
export function equityRatioSeries(points: readonly TrendPoint[]): LineSeries[] {
  const sorted = byYear(points);
  return [
    {
      key: 'LABOR',
      label: 'Labor',
      style: TYPE_STYLE.LABOR,
      points: sorted.map((p) => ({ x: p.year, y: p.labor.equityRatio })),
    },
    {
      key: 'SEX',
      label: 'Sex',
      style: TYPE_STYLE.SEX,
      points: sorted.map((p) => ({ x: p.year, y: p.sex.equityRatio })),
    },
  ];
}

/** The parity gap by year as a one-layer stack (negative years draw below zero). */
export function parityGapStack(points: readonly TrendPoint[]): StackInput {
  const sorted = byYear(points);
  return {
    categories: sorted.map((p) => ({ key: String(p.year), label: String(p.year) })),
    layers: [
      {
        key: 'gap',
        label: 'Parity gap',
        style: NEUTRAL_STYLE,
        values: sorted.map((p) => p.parityGap),
      },
    ],
  };
}

export function trendTable(points: readonly TrendPoint[], dimension: ResourceDimension): TableData {
  const amount = (v: number) => formatAmount(v, dimension);
  return {
    columns: [
      { key: 'year', label: 'Year' },
      { key: 'laborResources', label: 'Labor resources', numeric: true, format: amount },
      { key: 'sexResources', label: 'Sex resources', numeric: true, format: amount },
      {
        key: 'laborResourceShare',
        label: 'Labor share of resources',
        numeric: true,
        format: formatShare,
      },
      { key: 'laborNeedShare', label: 'Labor share of need', numeric: true, format: formatShare },
      { key: 'laborEquityRatio', label: 'Labor equity ratio', numeric: true, format: formatRatio },
      { key: 'sexEquityRatio', label: 'Sex equity ratio', numeric: true, format: formatRatio },
      { key: 'parityGap', label: 'Parity gap', numeric: true, format: amount },
      { key: 'needVintage', label: 'Need figures of' },
      { key: 'needFallbacks', label: 'Need fallbacks' },
    ],
    rows: byYear(points).map((p) => ({
      year: String(p.year),
      laborResources: p.labor.resources,
      sexResources: p.sex.resources,
      laborResourceShare: p.labor.resourceShare,
      laborNeedShare: p.labor.needShare,
      laborEquityRatio: p.labor.equityRatio,
      sexEquityRatio: p.sex.equityRatio,
      parityGap: p.parityGap,
      needVintage: p.needVintage === null ? null : String(p.needVintage),
      needFallbacks: yearFallbackLines(p).join('; ') || null,
    })),
  };
}

type Fallback = TrendPoint['needFallbacks'][number];

/** The distinct years NEAREST_YEAR fallbacks take their figures from, ascending. */
const fromYears = (fs: readonly Fallback[]) =>
  [...new Set(fs.map((f) => f.fromYear))].sort((a, b) => (a ?? 0) - (b ?? 0));

const typeWords = (fs: readonly Fallback[]) => fs.map((f) => f.type.toLowerCase()).join(' and ');

/**
 * A year's need fallbacks in short words, for the tooltip and the table (and so the CSV): the
 * even split once, each type taken as 0, and the types whose figure is of another year, by year.
 */
export function yearFallbackLines(p: Pick<TrendPoint, 'needFallbacks'>): string[] {
  const lines: string[] = [];
  if (p.needFallbacks.some((f) => f.kind === 'EVEN_SPLIT'))
    lines.push('No labor or sex need figure: shared split 50/50');
  for (const f of p.needFallbacks.filter((f) => f.kind === 'NO_FIGURE'))
    lines.push(`No ${f.type.toLowerCase()} need figure: taken as 0`);
  const nearest = p.needFallbacks.filter((f) => f.kind === 'NEAREST_YEAR');
  for (const from of fromYears(nearest)) {
    const fs = nearest.filter((f) => f.fromYear === from);
    lines.push(`Need figure${fs.length > 1 ? 's' : ''} of ${from} (${typeWords(fs)})`);
  }
  return lines;
}

/**
 * The chart's note on years whose need figure is of another year (the trend's own fallbacks are
 * noted already): one sentence, e.g. "2021 uses 2020's (labor and sex)". Empty when none.
 */
export function trendFallbackNotes(points: readonly TrendPoint[]): string[] {
  const uses = byYear(points).flatMap((p) => {
    const nearest = p.needFallbacks.filter((f) => f.kind === 'NEAREST_YEAR');
    return fromYears(nearest).map((from) => {
      const fs = nearest.filter((f) => f.fromYear === from);
      return `${p.year} uses ${from}’s (${typeWords(fs)})`;
    });
  });
  if (!uses.length) return [];
  return [
    `Fallback: some years have no need figure of their own, so each uses the nearest year’s (ties go to the earlier): ${uses.join('; ')}.`,
  ];
}

/** One sentence on how labor's equity ratio moved over the years. */
export function trendSummary(points: readonly TrendPoint[]): string {
  const known = byYear(points).filter((p) => p.labor.equityRatio !== null);
  if (!known.length)
    return 'No year in scope has both resources and need figures, so there is no trend to show.';
  const first = known[0]!;
  const last = known[known.length - 1]!;
  if (first === last)
    return `Only ${first.year} has figures: labor’s equity ratio is ${formatRatio(first.labor.equityRatio)}.`;
  const a = first.labor.equityRatio!;
  const b = last.labor.equityRatio!;
  const direction = Math.abs(b - a) < 0.02 ? 'stayed at about' : b > a ? 'rose to' : 'fell to';
  return `Labor’s equity ratio was ${formatRatio(a)} in ${first.year} and ${direction} ${formatRatio(b)} in ${last.year}; 1 would be a share of resources equal to its share of need.`;
}
