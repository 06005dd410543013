/**
 * Survivors served in a scenario baseline, protected like every other service count (protect.ts):
 * for anyone who is not a steward of every service dataset's organization (and for saved
 * scenarios, whoever asks), each type's survivors served, and the part of it that gives a cost,
 * are perturbed by the cell key method; a count whose perturbed value is below the threshold is
 * withheld (0, and listed in `withheld`), and a cost whose count is withheld is dropped with it.
 */
import { publishCount } from '../../core/cellKey';
import type { TraffickingType } from '../../core/vocabulary';
import { datasetOwners } from '../data/datasets';
import { mayViewUnsuppressed } from '../data/disclosure';
import type { ServiceSums, ServiceTotals } from '../data/scenarios/baselineTotals';
import type { AnalyticsDeps } from './context';

export interface ProtectedServiceTotals {
  totals: ServiceTotals;
  /** Types whose survivors served are withheld. */
  withheld: Set<TraffickingType>;
}

function protectSums(sums: ServiceSums, threshold: number): { sums: ServiceSums; hidden: boolean } {
  if (!sums.keys) throw new Error('Service totals were computed without their cell keys.');
  const served = publishCount(sums.keys.served, sums.served, threshold).value;
  const withCost = publishCount(sums.keys.servedWithCost, sums.servedWithCost, threshold).value;
  return {
    sums: {
      ...sums,
      served: served ?? 0,
      servedWithCost: withCost ?? 0,
      cost: withCost === null ? 0 : sums.cost,
    },
    hidden: served === null,
  };
}

/** The service totals a caller may see; exact for stewards of every service dataset's owner. */
export async function protectServiceTotals(
  deps: AnalyticsDeps,
  services: ServiceTotals,
  disclosureSafe: boolean,
): Promise<ProtectedServiceTotals> {
  const withheld = new Set<TraffickingType>();
  if (services.datasetIds.length === 0) return { totals: services, withheld };
  if (!disclosureSafe) {
    const owners = await datasetOwners(deps.knex, services.datasetIds);
    if (mayViewUnsuppressed(deps.viewer, owners)) return { totals: services, withheld };
  }
  const byType: ServiceTotals['byType'] = {};
  for (const [type, sums] of Object.entries(services.byType) as [TraffickingType, ServiceSums][]) {
    const p = protectSums(sums, deps.suppressionThreshold);
    byType[type] = p.sums;
    if (p.hidden) withheld.add(type);
  }
  const all = protectSums(services.all, deps.suppressionThreshold).sums;
  return { totals: { ...services, byType, all }, withheld };
}
