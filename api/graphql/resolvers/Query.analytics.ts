/** Query fields over the analytics: allocations and the equity family. Thin: services do the work. */
import { allocations } from '../../analytics/allocations';
import { dataSelection } from '../../analytics/dataSelection';
import { researchPeriods } from '../../analytics/researchPeriods';
import { equityBreakdown } from '../../analytics/breakdown';
import { cellKeyParameters } from '../../../core/cellKey';
import { equity, equitySensitivity, equityTrend } from '../../analytics/equity';
import { parseScope } from '../../data/analytics/scope';
import type { QueryResolvers } from '../generated/resolvers';
import { analyticsDeps } from './analyticsDeps';

export const analyticsQueries: Pick<
  QueryResolvers,
  | 'allocations'
  | 'equity'
  | 'equityTrend'
  | 'equitySensitivity'
  | 'equityBreakdown'
  | 'researchPeriods'
  | 'dataSelection'
  | 'disclosureMethod'
> = {
  researchPeriods: (_p, args, ctx) => researchPeriods(analyticsDeps(ctx), parseScope(args.scope)),
  dataSelection: (_p, args, ctx) => dataSelection(analyticsDeps(ctx), parseScope(args.scope)),
  disclosureMethod: (_p, _a, ctx) => cellKeyParameters(ctx.config.suppressionThreshold),
  allocations: (_p, args, ctx) =>
    allocations(analyticsDeps(ctx), {
      scope: parseScope(args.scope),
      dimension: args.dimension,
      groupBy: args.groupBy,
    }),
  equity: (_p, args, ctx) =>
    equity(analyticsDeps(ctx), {
      scope: parseScope(args.scope),
      dimension: args.dimension,
      needBasis: args.needBasis,
      attribution: args.attribution,
    }),
  equityTrend: (_p, args, ctx) =>
    equityTrend(analyticsDeps(ctx), {
      scope: parseScope(args.scope),
      dimension: args.dimension,
      needBasis: args.needBasis,
      attribution: args.attribution,
    }),
  equitySensitivity: (_p, args, ctx) =>
    equitySensitivity(analyticsDeps(ctx), {
      scope: parseScope(args.scope),
      dimension: args.dimension,
    }),
  equityBreakdown: (_p, args, ctx) =>
    equityBreakdown(analyticsDeps(ctx), {
      scope: parseScope(args.scope),
      dimension: args.dimension,
      needBasis: args.needBasis,
      attribution: args.attribution,
      by: args.by,
    }),
};
