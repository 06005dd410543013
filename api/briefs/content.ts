/**
 * A brief's content, built from the same services the pages query (equity, equityTrend,
 * equitySensitivity, equityBreakdown, saved scenarios), so a figure in a brief is the figure on the
 * page: this module only selects, words and formats. It never queries data itself.
 *
 * Briefs are for publication, so they are built as a member who is not a data steward sees the
 * data (publicationViewer): disclosure control applies to everything in a brief and its bundle,
 * whoever makes it.
 */
import { runMonteCarlo } from '../../core/scenario/index';
import { leverLines as leverWords } from '../../core/scenario/leverWords';
import {
  ATTRIBUTION_LABEL,
  CATEGORY_LABEL,
  DIMENSION_LABEL,
  DIMENSION_NOUN,
  DIMENSION_UNIT_LABEL,
  NEED_BASIS_LABEL,
  NEED_BASIS_NOUN,
} from '../../core/labels';
import { ATTRIBUTION_RULES, type NeedBasis, type Role } from '../../core/vocabulary';
import type { AnalyticsDeps } from '../analytics/context';
import { equityBreakdown } from '../analytics/breakdown';
import { equity, equitySensitivity, equityTrend } from '../analytics/equity';
import { parseScope } from '../data/analytics/scope';
import { datasetsByIds } from '../data/datasets';
import { organizationsByIds } from '../data/organizations';
import { compareScenarios, loadScenario, type ScenarioServiceDeps } from '../scenarios/saved';
import type { SavedScenarioOut } from '../scenarios/saved';
import type { Viewer } from '../viewer';
import { formatValue, num, pct, ratio, UNIT_FORMAT } from './format';
import { funderPanels } from './funders';
import { suggestRecommendations } from './recommendations';
import type {
  BriefChart,
  BriefCitation,
  BriefContent,
  BriefDataVintage,
  BriefFigure,
  BriefLine,
  BriefView,
} from './types';

const PUBLICATION_ROLES: ReadonlySet<Role> = new Set(['viewer', 'analyst']);

/** The viewer with steward and admin roles lowered to analyst: it sees what members see. */
export function publicationViewer(viewer: Viewer): Viewer {
  return {
    ...viewer,
    memberships: viewer.memberships.map((m) =>
      PUBLICATION_ROLES.has(m.role) ? m : { ...m, role: 'analyst' },
    ),
  };
}

export interface BuiltBrief {
  content: BriefContent;
  dataVintages: BriefDataVintage[];
  scenarioVersion: number | null;
}

/** Builds a brief for a view; `version` pins a single scenario's version (reopening). */
export async function buildBrief(
  deps: ScenarioServiceDeps,
  view: BriefView,
  version: number | null = null,
): Promise<BuiltBrief> {
  const d: ScenarioServiceDeps = { ...deps, viewer: publicationViewer(deps.viewer) };
  if (view.kind === 'SCENARIO') return scenarioBrief(d, view, version);
  return equityBrief(d, view);
}

async function scopeLines(deps: AnalyticsDeps, view: BriefView): Promise<BriefLine[]> {
  const scope = parseScope(view.scope);
  const years =
    scope.yearFrom === null && scope.yearTo === null
      ? 'all years with data'
      : `${scope.yearFrom ?? '…'}–${scope.yearTo ?? '…'}`;
  const parts = [years];
  if (scope.countries) parts.push(`countries ${scope.countries.join(', ')}`);
  if (scope.usStates) parts.push(`US states ${scope.usStates.join(', ')}`);
  if (scope.funderIds) {
    const orgs = await organizationsByIds(deps.knex, scope.funderIds);
    parts.push(`funders ${orgs.map((o) => o?.name ?? 'unknown').join(', ')}`);
  }
  if (scope.categories)
    parts.push(`categories ${scope.categories.map((c) => CATEGORY_LABEL[c]).join(', ')}`);
  if (scope.datasetIds) parts.push(`${scope.datasetIds.length} chosen dataset(s)`);
  return [{ label: 'Scope', value: parts.join('; ') }];
}

/** Full citations of the datasets used, as the reader may see them (pooled ones unnamed). */
async function citations(
  deps: AnalyticsDeps,
  ids: readonly number[],
): Promise<{ citations: BriefCitation[]; vintages: BriefDataVintage[] }> {
  const unique = [...new Set(ids)].sort((a, b) => a - b);
  const rows = await datasetsByIds(deps.knex, deps.viewer, unique);
  const out: BriefCitation[] = [];
  const vintages: BriefDataVintage[] = [];
  let pooled = 0;
  rows.forEach((r, i) => {
    if (!r) {
      pooled++;
      vintages.push({ id: unique[i]!, vintage: null, importedAt: '' });
      return;
    }
    out.push({
      name: r.name,
      citation: r.citation,
      url: r.url,
      confidence: r.confidence,
      vintage: r.vintage,
      illustrative: r.is_illustrative,
    });
    vintages.push({ id: r.id, vintage: r.vintage, importedAt: r.imported_at.toISOString() });
  });
  if (pooled > 0)
    out.push({
      name: `${pooled} dataset(s) pooled with your coalition`,
      citation: 'Counted inside totals; not named or itemised, by the pooling agreement.',
      url: null,
      confidence: null,
      vintage: null,
      illustrative: false,
    });
  return { citations: out, vintages };
}

async function equityBrief(deps: ScenarioServiceDeps, view: BriefView): Promise<BuiltBrief> {
  const scope = parseScope(view.scope);
  const args = {
    scope,
    dimension: view.dimension,
    needBasis: view.needBasis,
    attribution: view.attribution,
  };
  const [eq, trend, grid, byFunder, panels] = await Promise.all([
    equity(deps, args),
    equityTrend(deps, args),
    equitySensitivity(deps, { scope, dimension: view.dimension }),
    view.kind === 'FUNDERS' ? equityBreakdown(deps, { ...args, by: 'FUNDER' }) : null,
    // The funder profiled or the funders compared on the page, as the page shows them.
    funderPanels(deps, view),
  ]);
  const unit = UNIT_FORMAT[view.dimension];
  const dimNoun = DIMENSION_NOUN[view.dimension];
  const basisNoun = NEED_BASIS_NOUN[view.needBasis];
  const e = eq.labor.equityRatio;
  const figures: BriefFigure[] = [
    {
      key: 'laborEquityRatio',
      label: 'Labor trafficking’s equity ratio (1 is proportional)',
      value: e,
      text: ratio(e),
    },
    {
      key: 'laborEquityRatioMin',
      label: 'Lowest over every measure of need and rule',
      value: eq.range.min,
      text: ratio(eq.range.min),
    },
    {
      key: 'laborEquityRatioMax',
      label: 'Highest over every measure of need and rule',
      value: eq.range.max,
      text: ratio(eq.range.max),
    },
    {
      key: 'laborResourceShare',
      label: `Labor’s share of ${dimNoun}`,
      value: eq.labor.resourceShare,
      text: pct(eq.labor.resourceShare),
    },
    {
      key: 'laborNeedShare',
      label: `Labor’s share of ${basisNoun}`,
      value: eq.labor.needShare,
      text: pct(eq.labor.needShare),
    },
    {
      key: 'parityGap',
      label: `Parity gap: ${dimNoun} to move to labor, total fixed`,
      value: eq.parityGap,
      text: formatValue(eq.parityGap, unit),
    },
    {
      key: 'disparityMultiple',
      label: 'Sex trafficking’s resources per unit of need, over labor’s',
      value: eq.disparityMultiple,
      text: eq.disparityMultiple === null ? 'not available' : `${num(eq.disparityMultiple, 1)}×`,
    },
    ...panels.figures,
  ];
  const finding =
    e === null
      ? `Labor trafficking’s equity ratio cannot be computed in this scope: ${eq.nullReasons.map((r) => r.reason).join(' ')}`
      : `Labor trafficking receives ${pct(eq.labor.resourceShare)} of ${dimNoun} in scope but accounts for ` +
        `${pct(eq.labor.needShare)} of ${basisNoun}: an equity ratio of ${ratio(e)}, where 1 is ` +
        `proportional` +
        (eq.range.min !== null && eq.range.max !== null
          ? `, and between ${ratio(eq.range.min)} and ${ratio(eq.range.max)} whichever measure of need and rule is used.`
          : '.') +
        (eq.parityGap !== null && eq.parityGap > 0
          ? ` Moving ${formatValue(eq.parityGap, unit)} of ${dimNoun} to labor, the total unchanged, would make the shares proportional.`
          : '');

  const charts: BriefChart[] = panels.charts.length
    ? [...panels.charts]
    : [
        {
          key: 'shares',
          title: `Share of ${dimNoun} against share of need`,
          kind: 'bars',
          unit: 'share of the labor + sex total',
          format: 'share',
          categories: ['Labor trafficking', 'Sex trafficking'],
          series: [
            { name: `Share of ${dimNoun}`, values: [eq.labor.resourceShare, eq.sex.resourceShare] },
            { name: `Share of ${basisNoun}`, values: [eq.labor.needShare, eq.sex.needShare] },
          ],
        },
        {
          key: 'trend',
          title: 'Labor trafficking’s equity ratio by year',
          kind: 'lines',
          unit: 'equity ratio (1 is proportional)',
          format: 'ratio',
          categories: trend.points.map((p) => String(p.year)),
          series: [
            { name: 'Labor equity ratio', values: trend.points.map((p) => p.labor.equityRatio) },
          ],
          reference: { value: 1, label: 'proportional' },
        },
      ];
  if (byFunder) {
    const rows = byFunder.rows.slice(0, 12);
    const names = await organizationsByIds(
      deps.knex,
      rows.map((r) => Number(r.key)),
    );
    charts.push({
      key: 'funders',
      title: 'Labor trafficking’s equity ratio by funder',
      kind: 'bars',
      unit: 'equity ratio (1 is proportional)',
      format: 'ratio',
      categories: rows.map((r, i) => names[i]?.name ?? `Funder ${r.key}`),
      series: [{ name: 'Labor equity ratio', values: rows.map((r) => r.labor.equityRatio) }],
      reference: { value: 1, label: 'proportional' },
    });
  } else {
    const cells = grid.cells.filter((c) =>
      (ATTRIBUTION_RULES as readonly string[]).includes(c.attribution),
    );
    const bases = [...new Set(cells.map((c) => c.needBasis))] as NeedBasis[];
    charts.push({
      key: 'sensitivity',
      title: 'Labor trafficking’s equity ratio under each measure of need and rule',
      kind: 'bars',
      unit: 'equity ratio (1 is proportional)',
      format: 'ratio',
      categories: bases.map((b) => NEED_BASIS_LABEL[b]),
      series: ATTRIBUTION_RULES.map((rule) => ({
        name: ATTRIBUTION_LABEL[rule],
        values: bases.map(
          (b) =>
            cells.find((c) => c.needBasis === b && c.attribution === rule)?.labor.equityRatio ??
            null,
        ),
      })),
      reference: { value: 1, label: 'proportional' },
    });
  }

  const cited = await citations(deps, [
    ...eq.datasetIds,
    ...eq.need.datasetIds,
    ...panels.datasetIds,
  ]);
  const assumptions: BriefLine[] = [
    ...(await scopeLines(deps, view)),
    {
      label: 'Resource',
      value: `${DIMENSION_LABEL[view.dimension]} (${DIMENSION_UNIT_LABEL[view.dimension]})`,
    },
    { label: 'Need basis', value: NEED_BASIS_LABEL[view.needBasis] },
    { label: 'Attribution rule', value: ATTRIBUTION_LABEL[view.attribution] },
  ];
  const uncertainty: BriefLine[] = [
    {
      label: 'Equity ratio over need bases and rules',
      value:
        eq.range.min === null || eq.range.max === null
          ? 'not available'
          : `${ratio(eq.range.min)} to ${ratio(eq.range.max)} (${grid.needBases.length} need bases × ${ATTRIBUTION_RULES.length} rules)`,
    },
    {
      label: 'Need figures',
      value: `confidence: ${eq.need.confidence?.toLowerCase() ?? 'not stated'}`,
    },
  ];
  const vintages: BriefLine[] = [
    {
      label: `Need (${NEED_BASIS_LABEL[view.needBasis]})`,
      value: `figures of ${eq.need.vintages.join(', ') || 'no year'}, ${eq.need.geography ?? 'no geography'}`,
    },
    { label: 'Resources', value: `years ${eq.years.join(', ') || 'none'}` },
  ];
  const content: BriefContent = {
    format: 1,
    title: briefTitle(view),
    finding,
    illustrative: eq.illustrative || panels.illustrative,
    figures,
    charts,
    assumptions,
    uncertainty,
    vintages,
    citations: cited.citations,
    notes: eq.nullReasons.map((r) => r.reason),
    parameters: null,
    suggestedRecommendations: [],
  };
  content.suggestedRecommendations = suggestRecommendations(content, view);
  return { content, dataVintages: cited.vintages, scenarioVersion: null };
}

function briefTitle(view: BriefView): string {
  const dim = DIMENSION_NOUN[view.dimension];
  switch (view.kind) {
    case 'OVERVIEW':
      return `Is labor trafficking getting its share of ${dim}?`;
    case 'EQUITY':
      return `Labor trafficking’s share of ${dim} against its share of need`;
    case 'FUNDERS':
      return `How funders share ${dim} between labor and sex trafficking`;
    case 'SCENARIO':
      return 'What a reallocation would do for survivors of labor trafficking';
  }
}

function leverLines(s: SavedScenarioOut): BriefLine[] {
  const l = s.settings.levers;
  const lines: BriefLine[] = [
    { label: 'Scenario', value: `${s.row.name}, version ${s.version.version}` },
    { label: 'Need basis', value: NEED_BASIS_LABEL[s.settings.needBasis] },
    {
      label: 'Baseline',
      value: s.settings.baselineMode === 'average' ? 'mean of the years in scope' : 'latest year',
    },
    { label: 'Horizon', value: `${s.settings.horizonYears} years` },
    ...leverWords(l),
  ];
  const params = s.run().result.parameters;
  for (const [key, o] of Object.entries(s.settings.overrides)) {
    const p = params[key as keyof typeof params];
    lines.push({
      label: `Overridden default: ${p?.label ?? key}`,
      value: typeof o === 'number' ? num(o, 4) : JSON.stringify(o),
    });
  }
  return lines;
}

async function scenarioBrief(
  deps: ScenarioServiceDeps,
  view: BriefView,
  version: number | null,
): Promise<BuiltBrief> {
  const scenarios =
    view.scenarioIds.length === 1
      ? [await loadScenario(deps, { id: view.scenarioIds[0]!, version })]
      : (await compareScenarios(deps, view.scenarioIds)).scenarios.map((c) => c.scenario);
  const one = scenarios.length === 1;
  const figures: BriefFigure[] = [];
  const uncertainty: BriefLine[] = [];
  const findings: string[] = [];
  for (const s of scenarios) {
    const r = s.run().result;
    const prefix = one ? '' : `${s.row.name}: `;
    const k = one ? '' : `.${s.row.id}`;
    const labor = r.totals.labor.survivorsServed;
    const laborNoChange = r.baselineTotals.labor.survivorsServed;
    const sexChange = r.differenceTotals.sex.survivorsServed;
    const lastYear = r.years[r.years.length - 1]!;
    const lastNoChange = r.baselineYears[r.baselineYears.length - 1]!;
    figures.push(
      {
        key: `laborServed${k}`,
        label: `${prefix}Labor-trafficking survivors served over ${r.horizonYears} years, scenario`,
        value: labor,
        text: num(labor),
      },
      {
        key: `laborServedNoChange${k}`,
        label: `${prefix}… with no change`,
        value: laborNoChange,
        text: num(laborNoChange),
      },
      {
        key: `sexServedChange${k}`,
        label: `${prefix}Change in sex-trafficking survivors served, against no change`,
        value: sexChange,
        text:
          sexChange < -0.5
            ? `${num(-sexChange)} fewer`
            : sexChange > 0.5
              ? `${num(sexChange)} more`
              : 'none',
      },
      {
        key: `laborEquityRatioEnd${k}`,
        label: `${prefix}Labor’s equity ratio in ${lastYear.year}, scenario (no change: ${ratio(lastNoChange.labor.equityRatio)})`,
        value: lastYear.labor.equityRatio,
        text: ratio(lastYear.labor.equityRatio),
      },
    );
    findings.push(
      `${one ? 'The scenario' : s.row.name} would serve ${num(labor)} labor-trafficking survivors over ` +
        `${r.horizonYears} years against ${num(laborNoChange)} with no change` +
        (sexChange < -0.5
          ? `, and ${num(-sexChange)} fewer sex-trafficking survivors`
          : ', without serving fewer sex-trafficking survivors') +
        `; labor’s equity ratio would be ${ratio(lastYear.labor.equityRatio)} in ${lastYear.year} ` +
        `(${ratio(lastNoChange.labor.equityRatio)} with no change).`,
    );
    const mc = runMonteCarlo(s.run().input, s.settings.monteCarlo);
    const band = (q: { p10: number | null; p90: number | null }) =>
      q.p10 === null || q.p90 === null ? 'not available' : `${num(q.p10)} to ${num(q.p90)}`;
    uncertainty.push(
      {
        label: `${prefix}Labor survivors served over the horizon, p10–p90`,
        value: `${band(mc.totals.laborServed)} (${mc.draws} draws, seed ${mc.seed})`,
      },
      {
        label: `${prefix}Change in sex survivors served, p10–p90`,
        value: band(mc.totals.sexServedChange),
      },
    );
  }
  const runs = scenarios.map((s) => s.run().result);
  const years = [...new Set(runs.flatMap((r) => r.years.map((y) => y.year)))].sort((a, b) => a - b);
  const byYear = (
    r: (typeof runs)[number],
    rows: 'years' | 'baselineYears',
    pick: (y: (typeof r.years)[number]) => number | null,
  ) =>
    years.map((y) => {
      const row = r[rows].find((x) => x.year === y);
      return row ? pick(row) : null;
    });
  const seriesOf = (pick: (y: (typeof runs)[number]['years'][number]) => number | null) =>
    one
      ? [
          { name: 'Scenario', values: byYear(runs[0]!, 'years', pick) },
          { name: 'No change', values: byYear(runs[0]!, 'baselineYears', pick) },
        ]
      : scenarios.map((s, i) => ({ name: s.row.name, values: byYear(runs[i]!, 'years', pick) }));
  const charts: BriefChart[] = [
    {
      key: 'laborServed',
      title: 'Labor-trafficking survivors served per year',
      kind: 'lines',
      unit: 'people per year',
      format: 'count',
      categories: years.map(String),
      series: seriesOf((y) => y.labor.survivorsServed),
    },
    {
      key: 'sexServed',
      title: 'Sex-trafficking survivors served per year',
      kind: 'lines',
      unit: 'people per year',
      format: 'count',
      categories: years.map(String),
      series: seriesOf((y) => y.sex.survivorsServed),
    },
    {
      key: 'equity',
      title: 'Labor trafficking’s equity ratio per year',
      kind: 'lines',
      unit: 'equity ratio (1 is proportional)',
      format: 'ratio',
      categories: years.map(String),
      series: seriesOf((y) => y.labor.equityRatio),
      reference: { value: 1, label: 'proportional' },
    },
  ];
  const datasetIds = scenarios.flatMap((s) => s.baseline.datasets.map((d) => d.id));
  const cited = await citations(deps, datasetIds);
  const first = scenarios[0]!;
  const assumptions: BriefLine[] = [
    ...(await scopeLines(deps, { ...view, scope: first.settings.scope })),
    ...scenarios.flatMap(leverLines),
  ];
  const vintages: BriefLine[] = scenarios.map((s) => ({
    label: `${s.row.name}: need`,
    value: `${NEED_BASIS_LABEL[s.baseline.need.basis]}, figures of ${s.baseline.need.vintages.join(', ') || 'no year'}, ${s.baseline.need.geography ?? 'no geography'}; baseline ${s.baseline.baseline.years.from === s.baseline.baseline.years.to ? s.baseline.baseline.years.to : `${s.baseline.baseline.years.from}–${s.baseline.baseline.years.to}`}`,
  }));
  const content: BriefContent = {
    format: 1,
    title: one
      ? `${briefTitle(view)}: ${first.row.name}`
      : `${briefTitle(view)}: ${scenarios.length} scenarios compared`,
    finding: findings.join(' '),
    illustrative: runs.some((r) => r.illustrative),
    figures,
    charts,
    assumptions,
    uncertainty,
    vintages,
    citations: cited.citations,
    notes: [...new Set(scenarios.flatMap((s) => s.baseline.notes))],
    parameters: scenarios.map((s) => ({
      id: s.row.id,
      name: s.row.name,
      version: s.version.version,
      settings: s.settings,
    })),
    suggestedRecommendations: [],
  };
  content.suggestedRecommendations = suggestRecommendations(content, view);
  return {
    content,
    dataVintages: cited.vintages,
    scenarioVersion: one ? first.version.version : null,
  };
}
