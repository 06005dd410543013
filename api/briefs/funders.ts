/**
 * The Funders page's profile and comparison panels in a brief: for one funder, labor's shares
 * against the field's, its equity ratio by year and its category mix; for two to four, their
 * ratios by year and key figures side by side. The figures come from the services the page
 * queries (equity, equityTrend, allocations by category) through core/funders, the functions
 * the page's series use.
 */
import {
  alignRatiosByYear,
  categoryMix,
  funderFigures,
  type CategoryAmount,
} from '../../core/funders';
import { CATEGORY_LABEL, DIMENSION_NOUN, NEED_BASIS_NOUN } from '../../core/labels';
import type { ServiceCategory } from '../../core/vocabulary';
import { allocations } from '../analytics/allocations';
import type { AnalyticsDeps } from '../analytics/context';
import { equity, equityTrend } from '../analytics/equity';
import { parseScope } from '../data/analytics/scope';
import { organizationsByIds } from '../data/organizations';
import { formatValue, pct, ratio, UNIT_FORMAT } from './format';
import type { BriefChart, BriefFigure, BriefView } from './types';

/** The most funders a brief compares, as on the page. */
export const MAX_BRIEF_FUNDERS = 4;

const PARITY = { value: 1, label: 'proportional' };

interface Profiled {
  id: string;
  name: string;
  eq: Awaited<ReturnType<typeof equity>>;
  trend: Awaited<ReturnType<typeof equityTrend>>;
  byCategory: CategoryAmount[] | null;
}

async function profile(
  deps: AnalyticsDeps,
  view: BriefView,
  funderId: string | null,
): Promise<Omit<Profiled, 'id' | 'name'>> {
  const scope = parseScope(funderId ? { ...view.scope, funderIds: [funderId] } : view.scope);
  const args = {
    scope,
    dimension: view.dimension,
    needBasis: view.needBasis,
    attribution: view.attribution,
  };
  const [eq, trend, byCategory] = await Promise.all([
    equity(deps, args),
    equityTrend(deps, args),
    // Service categories are recorded for grants only, as on the page.
    view.dimension === 'FUNDING'
      ? allocations(deps, { scope, dimension: view.dimension, groupBy: ['CATEGORY'] })
      : null,
  ]);
  // Grouped by CATEGORY, every row's category is a service category's code.
  const rows = byCategory?.rows.map((r) => ({
    ...r,
    category: r.category as ServiceCategory | null,
  }));
  return { eq, trend, byCategory: rows ?? null };
}

export interface FunderPanels {
  charts: BriefChart[];
  figures: BriefFigure[];
  datasetIds: number[];
  illustrative: boolean;
}

/** The panels of the funders named in the view (none when it names none). */
export async function funderPanels(deps: AnalyticsDeps, view: BriefView): Promise<FunderPanels> {
  const ids = view.funderIds ?? [];
  if (!ids.length) return { charts: [], figures: [], datasetIds: [], illustrative: false };
  const orgs = await organizationsByIds(deps.knex, ids.map(Number));
  const [field, ...funders] = await Promise.all([
    profile(deps, view, null),
    ...ids.map((id) => profile(deps, view, id)),
  ]);
  const profiled: Profiled[] = funders.map((p, i) => ({
    ...p,
    id: ids[i]!,
    name: orgs[i]?.name ?? `Funder ${ids[i]}`,
  }));
  const unit = UNIT_FORMAT[view.dimension];
  const dimNoun = DIMENSION_NOUN[view.dimension];
  const figures = profiled.flatMap((f) => funderFigureLines(f, unit, dimNoun));
  const charts =
    profiled.length === 1
      ? focusCharts(field, profiled[0]!, view)
      : comparisonCharts(field, profiled, dimNoun);
  return {
    charts,
    figures,
    datasetIds: [field, ...profiled].flatMap((p) => [...p.eq.datasetIds, ...p.eq.need.datasetIds]),
    illustrative: [field, ...profiled].some((p) => p.eq.illustrative),
  };
}

function funderFigureLines(f: Profiled, unit: 'usd' | 'count', dimNoun: string): BriefFigure[] {
  const fig = funderFigures(f.eq, f.byCategory);
  const key = (k: string) => `funder.${f.id}.${k}`;
  const out: BriefFigure[] = [
    {
      key: key('total'),
      label: `${f.name}: ${dimNoun}, labor and sex trafficking`,
      value: fig.total,
      text: formatValue(fig.total, unit),
    },
    {
      key: key('laborResourceShare'),
      label: `${f.name}: labor’s share of its ${dimNoun}`,
      value: fig.laborShare,
      text: pct(fig.laborShare),
    },
    {
      key: key('laborEquityRatio'),
      label: `${f.name}: labor trafficking’s equity ratio`,
      value: fig.equityRatio,
      text: ratio(fig.equityRatio),
    },
    {
      key: key('parityGap'),
      label: `${f.name}: parity gap`,
      value: fig.parityGap,
      text: formatValue(fig.parityGap, unit),
    },
  ];
  if (fig.largest)
    out.push({
      key: key('largestCategoryShare'),
      label: `${f.name}: largest service category`,
      value: fig.largest.share,
      text: `${CATEGORY_LABEL[fig.largest.category]} (${pct(fig.largest.share)})`,
    });
  return out;
}

/** One funder against the field, as the page's profile shows it. */
function focusCharts(
  field: Omit<Profiled, 'id' | 'name'>,
  f: Profiled,
  view: BriefView,
): BriefChart[] {
  const basisNoun = NEED_BASIS_NOUN[view.needBasis];
  const dimNoun = DIMENSION_NOUN[view.dimension];
  const aligned = alignRatiosByYear([field.trend.points, f.trend.points]);
  const charts: BriefChart[] = [
    {
      key: 'funderShares',
      title: `Labor’s share of need and of ${dimNoun}: the field and ${f.name}`,
      kind: 'bars',
      unit: 'share of the labor + sex total',
      format: 'share',
      categories: ['The field', f.name],
      series: [
        {
          name: `Labor’s share of ${basisNoun}`,
          values: [field.eq.labor.needShare, f.eq.labor.needShare],
        },
        {
          name: `Labor’s share of ${dimNoun}`,
          values: [field.eq.labor.resourceShare, f.eq.labor.resourceShare],
        },
      ],
    },
    {
      key: 'funderTrend',
      title: `Labor trafficking’s equity ratio by year: the field and ${f.name}`,
      kind: 'lines',
      unit: 'equity ratio (1 is proportional)',
      format: 'ratio',
      categories: aligned.years.map(String),
      series: [
        { name: 'The field', values: aligned.values[0]! },
        { name: f.name, values: aligned.values[1]! },
      ],
      reference: PARITY,
    },
  ];
  if (field.byCategory && f.byCategory) {
    const mix = categoryMix(field.byCategory, f.byCategory);
    charts.push({
      key: 'funderCategories',
      title: `Funding by service category: the field and ${f.name}`,
      kind: 'bars',
      unit: 'share of the funding with a category',
      format: 'share',
      categories: mix.map((m) => CATEGORY_LABEL[m.category]),
      series: [
        { name: 'The field', values: mix.map((m) => m.field) },
        { name: f.name, values: mix.map((m) => m.focus) },
      ],
    });
  }
  return charts;
}

/** Two to four funders side by side, as the page's comparison shows them. */
function comparisonCharts(
  field: Omit<Profiled, 'id' | 'name'>,
  funders: Profiled[],
  dimNoun: string,
): BriefChart[] {
  const aligned = alignRatiosByYear([...funders.map((f) => f.trend.points), field.trend.points]);
  const figs = funders.map((f) => funderFigures(f.eq, f.byCategory));
  return [
    {
      key: 'fundersTrend',
      title: 'Funders side by side: labor’s equity ratio by year',
      kind: 'lines',
      unit: 'equity ratio (1 is proportional)',
      format: 'ratio',
      categories: aligned.years.map(String),
      series: [
        ...funders.map((f, i) => ({ name: f.name, values: aligned.values[i]! })),
        { name: 'The field', values: aligned.values[funders.length]! },
      ],
      reference: PARITY,
    },
    {
      key: 'fundersRatio',
      title: 'Funders side by side: labor’s equity ratio',
      kind: 'bars',
      unit: 'equity ratio (1 is proportional)',
      format: 'ratio',
      categories: [...funders.map((f) => f.name), 'The field'],
      series: [
        {
          name: 'Labor equity ratio',
          values: [...figs.map((f) => f.equityRatio), field.eq.labor.equityRatio],
        },
      ],
      reference: PARITY,
    },
    {
      key: 'fundersShare',
      title: `Funders side by side: labor’s share of ${dimNoun}`,
      kind: 'bars',
      unit: 'share of the labor + sex total',
      format: 'share',
      categories: [...funders.map((f) => f.name), 'The field'],
      series: [
        {
          name: `Labor’s share of ${dimNoun}`,
          values: [...figs.map((f) => f.laborShare), field.eq.labor.resourceShare],
        },
      ],
    },
  ];
}
