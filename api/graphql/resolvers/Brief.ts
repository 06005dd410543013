/** Brief: queries, mutations and fields. Thin: api/briefs does the work. */
import { chartSvg } from '../../briefs/charts';
import {
  createBrief,
  listBriefs,
  loadBrief,
  updateBriefRecommendations,
} from '../../briefs/service';
import { APP_VERSION } from '../../version';
import { NotFoundError } from '../../errors';
import type { BriefResolvers, MutationResolvers, QueryResolvers } from '../generated/resolvers';
import { parseId } from './ids';
import { scenarioDeps } from './Query.scenarios';

export const briefQueries: Pick<QueryResolvers, 'brief' | 'briefs'> = {
  brief: async (_p, args, ctx) => {
    try {
      return await loadBrief(scenarioDeps(ctx), args.id);
    } catch (e) {
      if (e instanceof NotFoundError) return null;
      throw e;
    }
  },
  briefs: (_p, args, ctx) =>
    listBriefs(scenarioDeps(ctx), parseId('organizationId', args.organizationId)),
};

export const briefMutations: Pick<MutationResolvers, 'createBrief' | 'updateBriefRecommendations'> =
  {
    createBrief: (_p, { input }, ctx) =>
      createBrief(scenarioDeps(ctx), {
        organizationId: parseId('organizationId', input.organizationId),
        appVersion: APP_VERSION,
        view: {
          kind: input.kind,
          scope: input.scope ?? {},
          dimension: input.dimension,
          needBasis: input.needBasis,
          attribution: input.attribution,
          scenarioIds: [...(input.scenarioIds ?? [])],
          funderIds: [...(input.funderIds ?? [])],
          permalink: input.permalink,
        },
      }),
    updateBriefRecommendations: (_p, args, ctx) =>
      updateBriefRecommendations(scenarioDeps(ctx), args.id, args.recommendations),
  };

export const Brief: BriefResolvers = {
  id: (b) => b.row.id,
  kind: (b) => b.row.kind,
  title: (b) => b.content.title,
  organization: async (b, _a, ctx) => (await ctx.loaders.organization.load(b.row.organization_id))!,
  createdAt: (b) => b.row.created_at.toISOString(),
  updatedAt: (b) => b.row.updated_at.toISOString(),
  appVersion: (b) => b.row.app_version,
  scenarioVersion: (b) => b.row.scenario_version,
  permalink: (b) => b.view.permalink,
  illustrative: (b) => b.content.illustrative,
  finding: (b) => b.content.finding,
  figures: (b) => b.content.figures,
  charts: (b) => b.content.charts.map((c) => ({ ...c, svg: chartSvg(c) })),
  assumptions: (b) => b.content.assumptions,
  uncertainty: (b) => b.content.uncertainty,
  vintages: (b) => b.content.vintages,
  citations: (b) => b.content.citations,
  notes: (b) => b.content.notes,
  recommendations: (b) => b.recommendations,
  suggestedRecommendations: (b) => b.content.suggestedRecommendations,
  newerData: (b) => b.newerData(),
  pdfPath: (b) => `/api/briefs/${b.row.id}.pdf`,
  bundlePath: (b) => `/api/briefs/${b.row.id}/bundle.zip`,
};
