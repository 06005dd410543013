/** Query fields of scenarios: baseline, runs, goal seek, category mix, saved scenarios. Thin. */
import type {
  CategoryBounds,
  GoalSeekLever as CoreLever,
  ScenarioServiceCategory,
} from '../../../core/scenario/index';
import { scenarioDefaults } from '../../../core/scenario/defaultSources';
import { parseScope } from '../../data/analytics/scope';
import type { GraphQLContext } from '../../context';
import { scenarioBaseline } from '../../scenarios/baseline';
import { goalSeek, runScenario, solveCategoryMix } from '../../scenarios/run';
import {
  compareScenarios,
  listScenarios,
  loadScenario,
  type ScenarioServiceDeps,
} from '../../scenarios/saved';
import { scenarioInputError } from '../../scenarios/settings';
import type { GoalSeekLever, QueryResolvers } from '../generated/resolvers';
import { analyticsDeps } from './analyticsDeps';

/** The scenario services' dependencies from a request context. */
export function scenarioDeps(ctx: GraphQLContext): ScenarioServiceDeps {
  return {
    ...analyticsDeps(ctx),
    datasetName: async (id) => (await ctx.loaders.dataset.load(id))?.name ?? null,
  };
}

const LEVERS: Record<GoalSeekLever, CoreLever> = {
  SHIFT: 'shift',
  NEW_MONEY: 'newMoney',
  SHIFT_THEN_NEW_MONEY: 'shiftThenNewMoney',
};

const defined = <T extends object>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as {
    [K in keyof T]?: NonNullable<T[K]>;
  };

export const scenarioQueries: Pick<
  QueryResolvers,
  | 'scenarioBaseline'
  | 'runScenario'
  | 'goalSeek'
  | 'solveCategoryMix'
  | 'scenario'
  | 'scenarios'
  | 'compareScenarios'
  | 'scenarioDefaults'
> = {
  scenarioDefaults: () => scenarioDefaults(),
  scenarioBaseline: (_p, args, ctx) =>
    scenarioBaseline(analyticsDeps(ctx), parseScope(args.scope), args.needBasis, {
      mode: args.mode === 'AVERAGE' ? 'average' : 'latest',
      attribution: args.attribution ?? undefined,
    }),
  runScenario: (_p, args, ctx) => runScenario(analyticsDeps(ctx), args.input),
  goalSeek: (_p, args, ctx) => {
    const g = defined(args.goal ?? {});
    return goalSeek(analyticsDeps(ctx), args.input, {
      ...g,
      lever: g.lever === undefined ? undefined : LEVERS[g.lever],
    });
  },
  solveCategoryMix: (_p, args, ctx) => {
    const bounds: Partial<Record<ScenarioServiceCategory, CategoryBounds>> = {};
    for (const { category, ...b } of args.target.bounds ?? []) {
      if (bounds[category] !== undefined) {
        throw scenarioInputError([
          {
            field: `options.bounds.${category}`,
            message: `bounds lists ${category} twice; give each category once`,
          },
        ]);
      }
      bounds[category] = defined(b);
    }
    return solveCategoryMix(analyticsDeps(ctx), args.input, {
      targetLaborServed: args.target.targetLaborServed,
      byYear: args.target.byYear ?? undefined,
      bounds,
    });
  },
  scenario: (_p, args, ctx) =>
    loadScenario(scenarioDeps(ctx), {
      id: args.id,
      version: args.version,
      shareToken: args.shareToken,
    }),
  scenarios: (_p, args, ctx) => listScenarios(scenarioDeps(ctx), args),
  compareScenarios: (_p, args, ctx) => compareScenarios(scenarioDeps(ctx), args.ids),
};
