import type { NeedIndicatorResolvers } from '../generated/resolvers';
import { toConfidence } from './enums';

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

export const NeedIndicator: NeedIndicatorResolvers = {
  id: (n) => String(n.id),
  traffickingType: (n) => n.trafficking_type,
  value: (n) => Number(n.value),
  low: (n) => num(n.low),
  high: (n) => num(n.high),
  confidence: (n) => toConfidence(n.confidence),
  publishedTotal: (n) => num(n.published_total),
  dataset: async (n, _a, ctx) => {
    const d = await ctx.loaders.dataset.load(n.dataset_id);
    if (!d) throw new Error(`dataset ${n.dataset_id} of a visible need figure is not visible`);
    return d;
  },
};
