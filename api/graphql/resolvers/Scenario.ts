/** Field resolvers of a saved scenario (Scenario) and of a scenario in a comparison. */
import { DEFAULT_ATTRIBUTION, SCENARIO_SERVICE_CATEGORIES } from '../../../core/vocabulary';
import { scenarioVersions } from '../../data/scenarios/store';
import type { BaselineDataset } from '../../scenarios/baseline';
import type {
  ComparedScenarioResolvers,
  ScenarioResolvers,
  ScenarioDatasetResolvers,
} from '../generated/resolvers';
import { toBaselineMode } from './scenarioRunTypes';
import { ScenarioDataset as ScenarioDatasetBase } from './scenarioRunTypes';
import type { GraphQLContext } from '../../context';

const iso = (d: Date | string) => new Date(d).toISOString();

/** The dataset's name when the reader may read it (saved scenarios travel by share link). */
async function readableName(d: BaselineDataset, ctx: GraphQLContext): Promise<string> {
  const row = await ctx.loaders.dataset.load(d.id);
  return row ? d.name : 'A dataset you cannot read (private, or pooled with a coalition)';
}

export const ScenarioDataset: ScenarioDatasetResolvers = {
  ...ScenarioDatasetBase,
  name: (d, _a, ctx) => readableName(d, ctx),
};

export const Scenario: ScenarioResolvers = {
  id: (p) => p.row.id,
  name: (p) => p.row.name,
  version: (p) => p.version.version,
  latestVersion: (p) => p.row.latest_version,
  versions: async (p, _a, ctx) =>
    (await scenarioVersions(ctx.knex, p.row.id)).map((v) => ({
      version: v.version,
      savedAt: iso(v.created_at),
      savedBy: v.saved_by,
    })),
  organization: (p, _a, ctx) =>
    p.row.organization_id === null ? null : ctx.loaders.organization.load(p.row.organization_id),
  ownerName: (p, _a, ctx) =>
    p.row.owner_user_id === null ? null : ctx.loaders.userName.load(p.row.owner_user_id),
  createdAt: (p) => iso(p.row.created_at),
  savedAt: (p) => iso(p.version.created_at),
  settings: (p) => {
    const s = p.settings;
    const mix = s.levers.categoryMix;
    return {
      scope: {
        ...s.scope,
        countries: s.scope.countries && [...s.scope.countries],
        usStates: s.scope.usStates && [...s.scope.usStates],
        funderIds: s.scope.funderIds && [...s.scope.funderIds],
        recipientIds: s.scope.recipientIds && [...s.scope.recipientIds],
        categories: s.scope.categories && [...s.scope.categories],
        datasetIds: s.scope.datasetIds && [...s.scope.datasetIds],
        needDatasetIds: s.scope.needDatasetIds && [...s.scope.needDatasetIds],
      },
      needBasis: s.needBasis,
      attribution: s.attribution ?? DEFAULT_ATTRIBUTION,
      baselineMode: toBaselineMode(s.baselineMode),
      horizonYears: s.horizonYears,
      levers: {
        ...s.levers,
        categoryMix:
          mix === undefined
            ? null
            : SCENARIO_SERVICE_CATEGORIES.filter((c) => mix[c] !== undefined).map((category) => ({
                category,
                share: mix[category]!,
              })),
      },
      overrides: Object.entries(s.overrides).map(([key, o]) =>
        typeof o === 'number' ? { key, value: o } : { key, ...o },
      ),
      monteCarloDraws: s.monteCarlo.draws,
      monteCarloSeed: s.monteCarlo.seed,
    };
  },
  run: (p) => p.run(),
  baseline: (p) => p.baseline,
  datasets: (p) => p.baseline.datasets,
  need: (p) => p.baseline.need,
  newerDataAvailable: async (p) => (await p.freshness()).newer,
  newerDataNote: async (p) => (await p.freshness()).note,
  shared: (p) => p.row.share_token_hash !== null,
  canEdit: (p) => p.canEdit,
};

export const ComparedScenario: ComparedScenarioResolvers = {
  scenario: (p) => p.scenario,
  years: (p) => p.years,
};
