/** Funders against the field: ranking, share comparison, category mix, side-by-side panels. */
import type {
  EquityBreakdownQuery,
  ProfileQuery,
  ResourceDimension,
  ServiceCategory,
} from '../../generated/graphql';
import {
  categoryMix,
  categoryShares as coreCategoryShares,
  ratioByYear,
} from '../../../../core/funders';
import { CATEGORY_LABEL } from '../../format/labels';
import { formatAmount, formatRatio, formatShare } from '../../format/numbers';
import type { DotRow } from '../layout/dumbbell';
import type { LineSeries } from '../layout/lines';
import { COMPARISON_STYLES, OKABE_ITO, type SeriesStyle } from '../palette';
import type { TableData } from '../types';

export type FunderRow = EquityBreakdownQuery['equityBreakdown']['rows'][number];
export type Profile = ProfileQuery;

export const RANK_SORTS = ['ratio', 'total', 'share', 'gap', 'name'] as const;
export type RankSort = (typeof RANK_SORTS)[number];

/**
 * Funders ranked: by labor equity ratio (lowest first) by default; funders whose ratio is not
 * computable always come last, in name order.
 */
export function rankFunders(rows: readonly FunderRow[], sort: RankSort = 'ratio'): FunderRow[] {
  const value = (r: FunderRow): number | null => {
    switch (sort) {
      case 'ratio':
        return r.labor.equityRatio;
      case 'total':
        return r.total === null ? null : -r.total;
      case 'share':
        return r.labor.resourceShare;
      case 'gap':
        return r.parityGap === null ? null : -r.parityGap;
      case 'name':
        return 0;
    }
  };
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null && vb === null) return a.label.localeCompare(b.label);
    if (va === null) return 1;
    if (vb === null) return -1;
    return va - vb || a.label.localeCompare(b.label);
  });
}

export function rankingTable(rows: readonly FunderRow[], dimension: ResourceDimension): TableData {
  const amount = (v: number) => formatAmount(v, dimension);
  return {
    columns: [
      { key: 'rank', label: 'Rank' },
      { key: 'funder', label: 'Funder' },
      { key: 'total', label: 'Total', numeric: true, format: amount },
      { key: 'laborShare', label: 'Labor share of resources', numeric: true, format: formatShare },
      { key: 'ratio', label: 'Labor equity ratio', numeric: true, format: formatRatio },
      { key: 'gap', label: 'Parity gap', numeric: true, format: amount },
    ],
    rows: rows.map((r, i) => ({
      rank: String(i + 1),
      funder: r.label,
      total: r.total,
      laborShare: r.labor.resourceShare,
      ratio: r.labor.equityRatio,
      gap: r.parityGap,
    })),
  };
}

/** Labor's share of need and of resources, for the field and the focus (a dumbbell each). */
export function shareComparisonRows(
  field: Profile['equity'],
  focus: Profile['equity'],
  focusLabel: string,
): DotRow[] {
  const row = (key: string, label: string, e: Profile['equity'], style: SeriesStyle): DotRow => ({
    key,
    label,
    dots: [
      {
        key: 'need',
        label: 'Labor’s share of need',
        value: e.labor.needShare,
        color: OKABE_ITO.grey,
        shape: 'diamond',
        filled: false,
      },
      {
        key: 'resources',
        label: 'Labor’s share of resources',
        value: e.labor.resourceShare,
        color: style.color,
        shape: style.marker,
        filled: true,
      },
    ],
  });
  return [
    row('field', 'The field', field, COMPARISON_STYLES[0]!),
    row('focus', focusLabel, focus, COMPARISON_STYLES[1]!),
  ];
}

/** Shares of the total by service category, from a CATEGORY allocation (core/funders). */
export function categoryShares(
  byCategory: Profile['byCategory'],
): Map<ServiceCategory, number | null> {
  // Not asked for: categories are recorded for grants only.
  return byCategory
    ? coreCategoryShares(byCategory.rows)
    : new Map<ServiceCategory, number | null>();
}

/** The focus' category mix against the field's, largest field categories first. */
export function categoryMixRows(
  field: Profile['byCategory'],
  focus: Profile['byCategory'],
  focusLabel: string,
): DotRow[] {
  const mix = categoryMix(field?.rows ?? [], focus?.rows ?? []);
  return mix.map((m) => ({
    key: m.category,
    label: CATEGORY_LABEL[m.category],
    dots: [
      {
        key: 'field',
        label: 'The field',
        value: m.field,
        color: COMPARISON_STYLES[0]!.color,
        shape: COMPARISON_STYLES[0]!.marker,
        filled: true,
      },
      {
        key: 'focus',
        label: focusLabel,
        value: m.focus,
        color: COMPARISON_STYLES[1]!.color,
        shape: COMPARISON_STYLES[1]!.marker,
        filled: true,
      },
    ],
  }));
}

export function dotRowsTable(rows: DotRow[], rowLabel: string): TableData {
  const dotKeys = rows[0]?.dots ?? [];
  return {
    columns: [
      { key: 'row', label: rowLabel },
      ...dotKeys.map((d) => ({ key: d.key, label: d.label, numeric: true, format: formatShare })),
    ],
    rows: rows.map((r) => ({
      row: r.label,
      ...Object.fromEntries(r.dots.map((d) => [d.key, d.value])),
    })),
  };
}

/** Labor's equity ratio by year for the field and one focus. */
export function focusTrendSeries(
  field: Profile['equityTrend'],
  focus: Profile['equityTrend'],
  focusLabel: string,
): LineSeries[] {
  const pts = (t: Profile['equityTrend']) =>
    ratioByYear(t.points).map((p) => ({ x: p.year, y: p.ratio }));
  return [
    { key: 'field', label: 'The field', style: COMPARISON_STYLES[0]!, points: pts(field) },
    { key: 'focus', label: focusLabel, style: COMPARISON_STYLES[1]!, points: pts(focus) },
  ];
}
