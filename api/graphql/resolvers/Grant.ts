import type { ServiceCategory } from '../../../core/vocabulary';
import { NotFoundError } from '../../errors';
import { isTraffickingType } from '../../import/classify';
import { parseClassification } from '../../import/override';
import type { GrantResolvers } from '../generated/resolvers';

const num = (v: number | string | null) => (v === null ? null : Number(v));

export const Grant: GrantResolvers = {
  id: (g) => String(g.id),
  externalId: (g) => g.external_id,
  funder: async (g, _args, ctx) => {
    const funder = await ctx.loaders.organization.load(g.funder_id);
    if (!funder) throw new NotFoundError(`The funder of grant ${g.id} is missing.`);
    return funder;
  },
  recipient: (g, _args, ctx) =>
    g.recipient_id === null ? null : ctx.loaders.organization.load(g.recipient_id),
  fiscalYear: (g) => g.fiscal_year,
  amountUsd: (g) => Number(g.amount_usd),
  traffickingType: (g) => g.trafficking_type,
  laborShare: (g) => num(g.labor_share),
  serviceCategory: (g) => g.service_category as ServiceCategory,
  usState: (g) => g.us_state,
  programNumber: (g) => g.program_number,
  programTitle: (g) => g.program_title,
  classification: (g) => {
    const c = parseClassification(g.classification);
    if (!c) return null;
    return {
      rule: c.rule ?? null,
      classifiedType: c.type && isTraffickingType(c.type) ? c.type : null,
      classifiedNotTrafficking: c.type === 'NOT_TRAFFICKING',
      confidence: c.confidence ?? null,
      matchedTerms: Object.values(c.matched ?? {}).flat(),
      overridden: c.override !== undefined,
      overriddenFrom:
        c.override && isTraffickingType(c.override.previous) ? c.override.previous : null,
      overrideReason: c.override?.reason ?? null,
      overriddenAt: c.override?.at ?? null,
    };
  },
  dataset: async (g, _args, ctx) => {
    const dataset = await ctx.loaders.dataset.load(g.dataset_id);
    if (!dataset) throw new NotFoundError(`The dataset of grant ${g.id} is not visible to you.`);
    return dataset;
  },
};
