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
    })),
  };
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
