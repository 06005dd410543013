/** Mutations of saved scenarios. Access rules are in api/scenarios/access.ts. */
import {
  deleteScenario,
  saveScenario,
  shareScenario,
  unshareScenario,
  updateScenario,
} from '../../scenarios/saved';
import type { MutationResolvers } from '../generated/resolvers';
import { parseId } from './ids';
import { scenarioDeps } from './Query.scenarios';

export const scenarioMutations: Pick<
  MutationResolvers,
  'saveScenario' | 'updateScenario' | 'deleteScenario' | 'shareScenario' | 'unshareScenario'
> = {
  saveScenario: (_p, args, ctx) =>
    saveScenario(scenarioDeps(ctx), {
      name: args.name,
      input: args.input,
      organizationId:
        args.organizationId == null ? null : parseId('organizationId', args.organizationId),
    }),
  updateScenario: (_p, args, ctx) =>
    updateScenario(scenarioDeps(ctx), { id: args.id, input: args.input, name: args.name ?? null }),
  deleteScenario: (_p, args, ctx) => deleteScenario(scenarioDeps(ctx), args.id),
  shareScenario: (_p, args, ctx) => shareScenario(scenarioDeps(ctx), args.id),
  unshareScenario: (_p, args, ctx) => unshareScenario(scenarioDeps(ctx), args.id),
};
