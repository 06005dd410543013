/** Field resolvers of the analytics result types: units, datasets and organizations by id. */
import { DIMENSION_UNITS, type ServiceCategory } from '../../../core/vocabulary';
import type { Confidence as DbConfidence } from '../../../core/vocabulary';
import type {
  AllocationResultResolvers,
  AllocationRowResolvers,
  DataSelectionResolvers,
  ResearchPeriodTotalResolvers,
  EquityBreakdownResultResolvers,
  EquityBreakdownRowResolvers,
  EquityResultResolvers,
  EquityTrendResolvers,
  NeedUsedResolvers,
  SensitivityGridResolvers,
} from '../generated/resolvers';
import { mixesIllustrative } from '../../analytics/dataSelection';
import { NotFoundError } from '../../errors';
import { CATEGORY_LABEL } from '../../../core/labels';
import { toConfidence } from './enums';
import { loadDatasets } from './analyticsDeps';

type WithDatasets = { datasetIds: number[]; dimension: keyof typeof DIMENSION_UNITS };
const unit = (p: WithDatasets) => DIMENSION_UNITS[p.dimension];

const mixes = async (p: WithDatasets, ctx: Parameters<typeof loadDatasets>[0]) =>
  mixesIllustrative(await loadDatasets(ctx, p.datasetIds));

export const AllocationResult: AllocationResultResolvers = {
  unit,
  datasets: (p, _a, ctx) => loadDatasets(ctx, p.datasetIds),
  mixesIllustrative: (p, _a, ctx) => mixes(p, ctx),
};

export const ResearchPeriodTotal: ResearchPeriodTotalResolvers = {
  dataset: async (p, _a, ctx) => {
    const [dataset] = await loadDatasets(ctx, [p.datasetId]);
    if (!dataset) throw new NotFoundError(`Dataset ${p.datasetId} is not visible to you.`);
    return dataset;
  },
  illustrative: async (p, _a, ctx) =>
    (await loadDatasets(ctx, [p.datasetId])).some((d) => d.is_illustrative),
};

export const DataSelection: DataSelectionResolvers = {
  realResourceDatasets: (p, _a, ctx) => loadDatasets(ctx, p.realResourceDatasetIds),
};

export const AllocationRow: AllocationRowResolvers = {
  type: (r) => r.type as never,
  category: (r) => r.category as never,
  funder: (r, _a, ctx) => (r.funderId === null ? null : ctx.loaders.organization.load(r.funderId)),
  recipient: (r, _a, ctx) =>
    r.recipientId === null ? null : ctx.loaders.organization.load(r.recipientId),
  dataset: (r, _a, ctx) => (r.datasetId === null ? null : ctx.loaders.dataset.load(r.datasetId)),
};

export const EquityResult: EquityResultResolvers = {
  unit,
  datasets: (p, _a, ctx) => loadDatasets(ctx, p.datasetIds),
  mixesIllustrative: (p, _a, ctx) => mixes(p, ctx),
};

export const EquityTrend: EquityTrendResolvers = {
  unit,
  datasets: (p, _a, ctx) => loadDatasets(ctx, p.datasetIds),
};

export const SensitivityGrid: SensitivityGridResolvers = {
  unit,
  datasets: (p, _a, ctx) => loadDatasets(ctx, p.datasetIds),
};

export const EquityBreakdownResult: EquityBreakdownResultResolvers = {
  unit,
  datasets: (p, _a, ctx) => loadDatasets(ctx, p.datasetIds),
};

export const EquityBreakdownRow: EquityBreakdownRowResolvers = {
  funder: (r, _a, ctx) => (r.by === 'FUNDER' ? ctx.loaders.organization.load(Number(r.key)) : null),
  label: async (r, _a, ctx) => {
    if (r.by === 'FUNDER')
      return (await ctx.loaders.organization.load(Number(r.key)))?.name ?? `Funder ${r.key}`;
    if (r.by === 'CATEGORY') return CATEGORY_LABEL[r.key as ServiceCategory] ?? r.key;
    return r.key;
  },
};

export const NeedUsed: NeedUsedResolvers = {
  datasets: (p, _a, ctx) => loadDatasets(ctx, p.datasetIds),
  confidence: (p) => (p.confidence ? toConfidence(p.confidence as DbConfidence) : null),
};
