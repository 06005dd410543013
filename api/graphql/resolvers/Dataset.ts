import type { DatasetResolvers } from '../generated/resolvers';
import { toConfidence, toVisibility } from './enums';

export const Dataset: DatasetResolvers = {
  id: (d) => String(d.id),
  dataPeriod: (d) => d.data_period,
  confidence: (d) => toConfidence(d.confidence),
  illustrative: (d) => d.is_illustrative,
  visibility: (d) => toVisibility(d.visibility),
  owner: (d, _args, ctx) =>
    d.owner_organization_id === null
      ? null
      : ctx.loaders.organization.load(d.owner_organization_id),
  importedAt: (d) => new Date(d.imported_at).toISOString(),
  recordCounts: (d, _args, ctx) => ctx.loaders.recordCounts.load(d.id),
};
