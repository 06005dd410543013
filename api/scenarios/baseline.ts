/**
 * scenarioBaseline: the observed starting point of a scenario for one scope and need basis,
 * computed in SQL (funding by resourceRows, services by serviceTotals, need by needFigures and
 * core needForScope) and assembled by assemble.ts, whose module comment states every rule.
 *
 * Baseline years: LATEST is the last fiscal year with grants in scope; AVERAGE is the mean over
 * the fiscal years with grants in scope (first to last). Service records and need are read for
 * the same years.
 *
 * Disclosure: the budget comes from protected funding totals (protect.ts: pooled parts perturbed,
 * and refused when they rest on a few pooled grants). Survivors served are perturbed by the cell
 * key method for anyone who is not a steward of every service dataset's organization; a count
 * whose perturbed value is below the suppression threshold is withheld and replaced by budget ÷
 * cost per survivor. `disclosureSafe` applies the rule whoever asks: saved scenarios use it,
 * because members and share-link holders read them.
 */
import {
  needFallbacks,
  needForScope,
  proportionalSplit,
  type NeedFallback,
  type NeedForScope,
} from '../../core/equity/index';
import type { ScenarioBaseline } from '../../core/scenario/index';
import { DEFAULT_ATTRIBUTION, type AttributionRule, type NeedBasis } from '../../core/vocabulary';
import type { AnalyticsDeps } from '../analytics/context';
import { protectServiceTotals } from '../analytics/protectServices';
import { protectedResources } from '../analytics/protect';
import { needFigures } from '../data/analytics/need';
import { resourceRows, toResourceTotals } from '../data/analytics/resources';
import type { Scope } from '../data/analytics/scope';
import {
  datasetVintages,
  serviceTotals,
  type DatasetVintageRow,
} from '../data/scenarios/baselineTotals';
import { visibleDatasetIds } from '../data/visibility';
import { BadUserInputError } from '../errors';
import { assembleBaseline } from './assemble';

export type BaselineMode = 'latest' | 'average';

export type DatasetRole = 'FUNDING' | 'SERVICES' | 'NEED';

/** A dataset a baseline drew on, with the vintage a saved scenario records. */
export interface BaselineDataset {
  id: number;
  name: string;
  vintage: number | null;
  /** ISO 8601. */
  importedAt: string;
  illustrative: boolean;
  /** False for datasets pooled with the viewer's coalition: counted, never named. */
  visible: boolean;
  roles: DatasetRole[];
}

/** The need figures a baseline used. */
export interface BaselineNeed {
  basis: NeedBasis;
  geography: string | null;
  /** Years of the need figures used. */
  vintages: number[];
  datasetIds: number[];
  unit: string | null;
  confidence: string | null;
  /**
   * Fallbacks used because the basis lacks a type's figure (core needFallbacks); absent from
   * versions saved before they were recorded.
   */
  fallbacks?: NeedFallback[];
}

export interface ScenarioBaselineOut {
  baseline: ScenarioBaseline;
  mode: BaselineMode;
  datasets: BaselineDataset[];
  need: BaselineNeed;
  /** Sentences about withheld figures and scope fields that do not apply. */
  notes: string[];
}

export interface BaselineOptions {
  mode: BaselineMode;
  /** How shared grants, services and need are attributed; default DECLARED_SHARE (every view's). */
  attribution?: AttributionRule;
  /** Withhold small service counts whoever asks (saved scenarios). */
  disclosureSafe?: boolean;
}

/** The baseline of a scenario for the scope, need basis and mode; see the module comment. */
export async function scenarioBaseline(
  deps: AnalyticsDeps,
  scope: Scope,
  needBasis: NeedBasis,
  options: BaselineOptions,
): Promise<ScenarioBaselineOut> {
  const { knex, viewer } = deps;
  const [funding, figures] = await Promise.all([
    protectedResources(deps, 'FUNDING', scope),
    needFigures(knex, viewer, { bases: [needBasis], datasetIds: scope.needDatasetIds }),
  ]);
  const allYears = [...new Set(funding.byYearType.map((r) => r.year))].sort((a, b) => a - b);
  if (allYears.length === 0) {
    throw new BadUserInputError(
      'scope',
      'There are no grants in this scope, so a scenario has no budget to start from. ' +
        'Widen the scope (years, geography, datasets) or import funding data.',
    );
  }
  const to = allYears[allYears.length - 1]!;
  const years = { from: options.mode === 'latest' ? to : allYears[0]!, to };
  const grantYears = allYears.filter((y) => y >= years.from);
  const inWindow = funding.byYearType.filter((r) => r.year >= years.from);
  // A budget over a few grants the caller sees only pooled would give a member's grants away.
  if (inWindow.some((c) => c.suppressed)) {
    throw new BadUserInputError(
      'scope',
      `This scope's funding rests on fewer than ${deps.suppressionThreshold} grants from datasets your coalition sees only pooled, ` +
        'so a baseline would reveal them. Widen the scope (years, geography) or leave those datasets out.',
    );
  }
  const [fundingDatasetIds, services] = await Promise.all([
    years.from === allYears[0] ? funding.datasetIds : fundingDatasetsInWindow(deps, scope, years),
    serviceTotals(knex, viewer, scope, years),
  ]);
  const shownServices = await protectServiceTotals(deps, services, options.disclosureSafe ?? false);
  const need = needForScope(figures, grantYears, scope);

  const attribution = options.attribution ?? DEFAULT_ATTRIBUTION;
  const withheld = withheldTypes(shownServices, need, attribution);
  const roles = new Map<number, DatasetRole[]>();
  const addRole = (ids: readonly number[], role: DatasetRole) => {
    for (const id of ids) roles.set(id, [...(roles.get(id) ?? []), role]);
  };
  addRole(fundingDatasetIds, 'FUNDING');
  addRole(services.datasetIds, 'SERVICES');
  addRole(need.datasetIds, 'NEED');
  const rows = await datasetVintages(knex, visibleDatasetIds(knex, viewer), [...roles.keys()]);

  const baseline = assembleBaseline({
    needBasis,
    attribution,
    years,
    grantYears: grantYears.length,
    funding: toResourceTotals(inWindow),
    fundingDatasetIds,
    services: shownServices.totals,
    need,
    datasets: rows,
    withheld,
    suppressionThreshold: deps.suppressionThreshold,
  });
  return {
    baseline,
    mode: options.mode,
    datasets: rows.map((d) => toBaselineDataset(d, roles.get(d.id) ?? [])),
    need: {
      basis: needBasis,
      geography: need.geography,
      vintages: need.vintages,
      datasetIds: need.datasetIds,
      unit: need.unit,
      confidence: need.confidence,
      fallbacks: needFallbacks(need, needBasis, attribution),
    },
    notes: [...baselineNotes(scope, withheld, deps.suppressionThreshold, needBasis), ...need.notes],
  };
}

/** Funding datasets with grants in the baseline years (resourceRows lists every year's). */
async function fundingDatasetsInWindow(
  deps: AnalyticsDeps,
  scope: Scope,
  years: { from: number; to: number },
): Promise<number[]> {
  const narrowed: Scope = { ...scope, yearFrom: years.from, yearTo: years.to };
  return (await resourceRows(deps.knex, deps.viewer, 'FUNDING', narrowed)).datasetIds;
}

/** Types whose survivors served were withheld (a perturbed count below the threshold). */
function withheldTypes(
  services: Awaited<ReturnType<typeof protectServiceTotals>>,
  need: NeedForScope,
  attribution: AttributionRule,
): { labor: boolean; sex: boolean } {
  const laborShare =
    attribution === 'EXCLUDE'
      ? 0
      : attribution === 'EVEN_SPLIT'
        ? 0.5
        : proportionalSplit(need.totals).laborShare;
  const hidden = services.withheld;
  return {
    labor:
      hidden.has('LABOR') || (laborShare > 0 && (hidden.has('BOTH') || hidden.has('UNSPECIFIED'))),
    sex: hidden.has('SEX'),
  };
}

function toBaselineDataset(d: DatasetVintageRow, roles: DatasetRole[]): BaselineDataset {
  return {
    id: d.id,
    name: d.visible ? d.name : 'A dataset pooled with your coalition',
    vintage: d.vintage,
    importedAt: new Date(d.imported_at).toISOString(),
    illustrative: d.is_illustrative,
    visible: d.visible,
    roles,
  };
}

function baselineNotes(
  scope: Scope,
  withheld: { labor: boolean; sex: boolean },
  threshold: number,
  needBasis: NeedBasis,
): string[] {
  const notes: string[] = [];
  if (scope.funderIds || scope.categories) {
    notes.push(
      'Funders and service categories narrow the funding only; service records carry neither, ' +
        'so survivors served, costs, turnover and training cover every provider in scope.',
    );
  }
  for (const t of ['labor', 'sex'] as const) {
    if (withheld[t]) {
      notes.push(
        `${t.toUpperCase()} survivors served are withheld: some count in scope is below ` +
          `${threshold}, and small counts describe real people. The baseline uses budget ÷ ` +
          `cost per survivor instead; widen the scope to use the observed figure.`,
      );
    }
  }
  if (needBasis === 'PREVALENCE') {
    notes.push(
      'Prevalence estimates count people in a situation of trafficking at a point in time; the ' +
        'model reads them as people in need per year, an upper bound on who services could reach.',
    );
  }
  return notes;
}
