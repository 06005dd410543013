/** Builds the analytics services' dependencies from a request context. */
import type { AnalyticsDeps } from '../../analytics/context';
import type { GraphQLContext } from '../../context';
import type { DbDataset } from '../../db/tables';

export function analyticsDeps(ctx: GraphQLContext): AnalyticsDeps {
  return {
    knex: ctx.knex,
    viewer: ctx.viewer,
    suppressionThreshold: ctx.config.suppressionThreshold,
    memo: ctx.memo,
  };
}

/** Datasets by id through the request's loader, leaving out any the caller may not read. */
export async function loadDatasets(
  ctx: GraphQLContext,
  ids: readonly number[],
): Promise<DbDataset[]> {
  const rows = await ctx.loaders.dataset.loadMany(ids);
  return rows.filter((d): d is DbDataset => d !== null && !(d instanceof Error));
}
