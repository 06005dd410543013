/**
 * Who an analytics answer must be protected from. Two protections, one mechanism (the cell key
 * method, applied by protect.ts; docs/methodology.md "Disclosure control"):
 * - survivor-safe disclosure: service counts are perturbed, and small ones hidden, for anyone who
 *   is not a steward of every dataset behind them;
 * - pooled view: a coalition member sees other members' shared datasets only in aggregate, so the
 *   pooled part of a total is perturbed, and hidden when it rests on fewer than `threshold`
 *   records — else subtracting the public part would expose a member's line items.
 * Every hidden cell is reported only as SUPPRESSED.
 */
import type { ResourceDimension } from '../../core/vocabulary';
import { datasetFacts, type DatasetFacts } from '../data/datasets';
import { mayViewUnsuppressed } from '../data/disclosure';
import { pooledOnlyDatasetIds } from '../data/visibility';
import type { AnalyticsDeps } from './context';
import { aggregateDatasetsFor } from './dataSelection';
import { memoized } from './memo';

export interface Disclosure {
  /** Counts must be perturbed and small ones hidden (service counts, caller not a steward of every owner). */
  smallCounts: boolean;
  threshold: number;
  illustrative: boolean;
}

/** Ids of the datasets the viewer sees only pooled; no query for callers without memberships. */
export async function pooledIdsFor(deps: AnalyticsDeps): Promise<number[]> {
  if (deps.viewer.memberships.length === 0) return [];
  return memoized(deps.memo, 'pooledIds', async () => {
    const rows = await deps.knex
      .select('p.id')
      .from(pooledOnlyDatasetIds(deps.knex, deps.viewer).as('p'));
    return rows.map((r: { id: number }) => Number(r.id));
  });
}

/**
 * Owners and illustrative flag of the datasets behind an answer, from the request's list of the
 * datasets the caller sees in aggregates; a dataset not on it (none expected: answers are scoped
 * to those) is read from the table, so that a decision never rests on a missing owner.
 */
async function factsOf(
  deps: AnalyticsDeps,
  resourceIds: readonly number[],
  needIds: readonly number[],
): Promise<DatasetFacts> {
  const known = new Map((await aggregateDatasetsFor(deps)).map((d) => [d.id, d]));
  const all = [...resourceIds, ...needIds];
  if (!all.every((id) => known.has(id))) return datasetFacts(deps.knex, resourceIds, needIds);
  return {
    owners: resourceIds.map((id) => known.get(id)!.ownerOrganizationId),
    illustrative: all.some((id) => known.get(id)!.illustrative),
  };
}

/** The disclosure rules for an answer built on resource datasets `resourceIds` (+ need datasets). */
export async function disclosureFor(
  deps: AnalyticsDeps,
  dimension: ResourceDimension,
  resourceIds: readonly number[],
  needIds: readonly number[] = [],
): Promise<Disclosure> {
  const facts = await memoized(
    deps.memo,
    `datasetFacts ${JSON.stringify([resourceIds, needIds])}`,
    () => factsOf(deps, resourceIds, needIds),
  );
  return disclosureOfFacts(deps, dimension, facts);
}

/**
 * The disclosure rules for an answer whose datasets' owners and illustrative flags are already
 * known (read in the statement that read its figures, as allocationRows does).
 */
export function disclosureOfFacts(
  deps: AnalyticsDeps,
  dimension: ResourceDimension,
  facts: DatasetFacts,
): Disclosure {
  return {
    smallCounts: dimension === 'SERVICES' && !mayViewUnsuppressed(deps.viewer, facts.owners),
    threshold: deps.suppressionThreshold,
    illustrative: facts.illustrative,
  };
}

/** Why a withheld figure is hidden, for the sentence that says so. */
export function sensitivityKind(d: Disclosure): 'survivors' | 'pooled' {
  return d.smallCounts ? 'survivors' : 'pooled';
}

/** How an answer's figures were protected, as the API reports it (DisclosureInfo). */
export interface DisclosureOut {
  protected: boolean;
  threshold: number;
  note: string | null;
}

/** The API's account of an answer's protection; `isProtected` when any figure was perturbed. */
export function disclosureOut(d: Disclosure, isProtected: boolean): DisclosureOut {
  if (!isProtected) return { protected: false, threshold: d.threshold, note: null };
  const note = d.smallCounts
    ? `Counts of survivors are shown with a little noise added, the same every time, and counts below ${d.threshold} are hidden, so that no one can be identified by subtracting one figure from another. Totals are protected on their own, so they may differ slightly from the sum of their parts.`
    : `Figures that include data your coalition sees only pooled are shown with a little noise added, the same every time, and figures resting on fewer than ${d.threshold} pooled records are hidden, so that no member's records can be worked out by subtracting one figure from another. Totals are protected on their own, so they may differ slightly from the sum of their parts.`;
  return { protected: true, threshold: d.threshold, note };
}
