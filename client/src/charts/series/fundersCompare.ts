/**
 * Up to four funders side by side: one panel per funder with its labor equity ratio by year
 * against the field's, and a table of key figures. The figures come from core/funders, the same
 * functions a Funders brief uses. Pure.
 */
import { funderFigures, ratioByYear } from '../../../../core/funders';
import { CATEGORY_LABEL } from '../../format/labels';
import { formatAmount, formatRatio, formatShare } from '../../format/numbers';
import type { ResourceDimension } from '../../generated/graphql';
import type { PanelSpec } from '../layout/smallMultiples';
import { COMPARISON_STYLES, OKABE_ITO, type SeriesStyle } from '../palette';
import type { LegendItem, TableData } from '../types';
import type { Profile } from './funders';

export interface ComparedFunder {
  id: string;
  label: string;
  profile: Profile;
}

/** The field's line in every panel: grey and dashed, behind the funder's. */
export const FIELD_STYLE: SeriesStyle = {
  ...COMPARISON_STYLES[0]!,
  color: OKABE_ITO.grey,
  dash: '4 3',
};

/** The i-th compared funder's style (the field takes the first comparison style's shape). */
export function funderStyle(i: number): SeriesStyle {
  return COMPARISON_STYLES[(i % (COMPARISON_STYLES.length - 1)) + 1]!;
}

const ratioPoints = (p: Profile) =>
  ratioByYear(p.equityTrend.points).map((q) => ({ x: q.year, y: q.ratio }));

/** One panel per funder, each with the field's line, and a ratio axis from 0 that shows parity. */
export function comparePanels(
  field: Profile,
  funders: readonly ComparedFunder[],
): { panels: PanelSpec[]; domain: [number, number] } {
  const fieldPoints = ratioPoints(field);
  const panels = funders.map((f, i) => ({
    key: f.id,
    title: f.label,
    series: [
      { key: 'funder', label: f.label, style: funderStyle(i), points: ratioPoints(f.profile) },
      { key: 'field', label: 'The field', style: FIELD_STYLE, points: fieldPoints },
    ],
  }));
  // At least 1.2, so parity (1) is always in view; rounded up to the next 0.2.
  const maxRatio = Math.max(
    1.2,
    ...panels.flatMap((p) => p.series.flatMap((s) => s.points.map((q) => q.y ?? 0))),
  );
  return { panels, domain: [0, Math.ceil(maxRatio * 5) / 5] };
}

/** Key figures, one row per funder. */
export function compareTable(
  funders: readonly ComparedFunder[],
  dimension: ResourceDimension,
): TableData {
  const amount = (v: number) => formatAmount(v, dimension);
  return {
    columns: [
      { key: 'funder', label: 'Funder' },
      { key: 'total', label: 'Total', numeric: true, format: amount },
      { key: 'laborShare', label: 'Labor share', numeric: true, format: formatShare },
      { key: 'ratio', label: 'Labor equity ratio', numeric: true, format: formatRatio },
      { key: 'gap', label: 'Parity gap', numeric: true, format: amount },
      { key: 'topCategory', label: 'Largest category' },
    ],
    rows: funders.map((f) => {
      const fig = funderFigures(f.profile.equity, f.profile.byCategory?.rows ?? null);
      return {
        funder: f.label,
        total: fig.total,
        laborShare: fig.laborShare,
        ratio: fig.equityRatio,
        gap: fig.parityGap,
        topCategory: fig.largest
          ? `${CATEGORY_LABEL[fig.largest.category]} (${formatShare(fig.largest.share)})`
          : null,
      };
    }),
  };
}

export function compareLegend(funders: readonly ComparedFunder[]): LegendItem[] {
  return [
    ...funders.map((f, i) => ({
      key: f.id,
      label: f.label,
      style: funderStyle(i),
      kind: 'line' as const,
    })),
    { key: 'field', label: 'The field', style: FIELD_STYLE, kind: 'line' as const },
  ];
}

/** What the panels show, and each funder's ratio, for the chart's text alternative. */
export function compareSummary(funders: readonly ComparedFunder[]): string {
  const ratios = funders
    .map((f) => `${f.label}: ${formatRatio(f.profile.equity.labor.equityRatio)}`)
    .join('; ');
  return `Each panel is one funder’s labor equity ratio by year (coloured) against the whole field (grey, dashed). ${ratios}.`;
}
