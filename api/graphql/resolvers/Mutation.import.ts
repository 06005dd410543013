/** Mutations of imported data: a steward's override of a grant's trafficking type. */
import { assertMayOverride, overrideGrantType } from '../../import/override';
import type { MutationResolvers } from '../generated/resolvers';
import { parseId } from './ids';

export const importMutations: Pick<MutationResolvers, 'overrideGrantType'> = {
  overrideGrantType: (_p, args, ctx) => {
    assertMayOverride(ctx.config, ctx.viewer);
    return overrideGrantType(ctx.knex, ctx.viewer, {
      grantId: parseId('grantId', args.grantId),
      type: args.type,
      reason: args.reason,
    });
  },
};
