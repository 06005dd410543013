/**
 * What an analytics answer may show its caller. Two protections, one mechanism:
 * - survivor-safe disclosure: service counts below the threshold are hidden from anyone who is not
 *   a steward of every dataset behind them (domain.md);
 * - pooled view: a coalition member sees other members' shared datasets only in aggregate, so a
 *   cell may not rest on fewer than `threshold` records from such datasets — else subtracting the
 *   public part would expose a member's line items.
 * Sensitive cells are suppressed, with complementary suppression so that no hidden cell can be
 * worked out from a shown total; every hidden cell is reported only as SUPPRESSED, since telling
 * which cells are primary would narrow what they hold.
 */
import { suppressList } from '../../core/suppression';
import type { ResourceDimension } from '../../core/vocabulary';
import { datasetFacts } from '../data/datasets';
import { mayViewUnsuppressed } from '../data/disclosure';
import { pooledOnlyDatasetIds } from '../data/visibility';
import type { AnalyticsDeps } from './context';
import { memoized } from './memo';

export interface Disclosure {
  /** Small counts must be hidden (service counts, caller not a steward of every owner). */
  smallCounts: boolean;
  threshold: number;
  illustrative: boolean;
}

/** A cell as disclosure sees it: its value, and how many records from pooled-only datasets. */
export interface DisclosureCell {
  value: number;
  pooledRecords: number;
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
    () => datasetFacts(deps.knex, resourceIds, needIds),
  );
  return {
    smallCounts: dimension === 'SERVICES' && !mayViewUnsuppressed(deps.viewer, facts.owners),
    threshold: deps.suppressionThreshold,
    illustrative: facts.illustrative,
  };
}

const small = (n: number, threshold: number) => n > 0 && n < threshold;

/** True when a cell must be hidden: a small service count, or a few pooled records. */
export function isSensitive(d: Disclosure, cell: DisclosureCell): boolean {
  return (
    (d.smallCounts && small(cell.value, d.threshold)) || small(cell.pooledRecords, d.threshold)
  );
}

/** Why a sensitive cell is hidden, for the sentence that says so. */
export function sensitivityKind(
  d: Disclosure,
  cells: readonly DisclosureCell[],
): 'survivors' | 'pooled' {
  return cells.some((c) => d.smallCounts && small(c.value, d.threshold)) ? 'survivors' : 'pooled';
}

/**
 * Which cells of a list with a shown total to hide: the sensitive ones, and complementary cells
 * (smallest first) so that none can be recovered by subtraction. `totalHidden` when even the
 * total must go.
 */
export function suppressCells(
  d: Disclosure,
  cells: readonly DisclosureCell[],
): { hidden: boolean[]; totalHidden: boolean } {
  const total: DisclosureCell = {
    value: cells.reduce((s, c) => s + c.value, 0),
    pooledRecords: cells.reduce((s, c) => s + c.pooledRecords, 0),
  };
  if (!cells.some((c) => isSensitive(d, c)) && !isSensitive(d, total)) {
    return { hidden: cells.map(() => false), totalHidden: false };
  }
  // core's suppressList hides counts 1..threshold-1 and picks complements by size: sensitive
  // cells enter as 1, the others as threshold + value, so only sensitive cells are primary and
  // complements are the smallest values.
  const proxy = cells.map((c) => (isSensitive(d, c) ? 1 : d.threshold + Math.max(0, c.value)));
  const result = suppressList(proxy, { threshold: d.threshold });
  return {
    hidden: result.cells.map((c) => c.suppressed !== null),
    totalHidden: isSensitive(d, total) || result.total?.suppressed != null,
  };
}

/** Per-type totals of rows (summed over years). */
export function typeCells(
  rows: readonly { type: string; amount: number; pooledRecords: number }[],
): DisclosureCell[] {
  const byType = new Map<string, DisclosureCell>();
  for (const r of rows) {
    const t = byType.get(r.type) ?? { value: 0, pooledRecords: 0 };
    t.value += r.amount;
    t.pooledRecords += r.pooledRecords;
    byType.set(r.type, t);
  }
  return [...byType.values()];
}

/** True when per-type totals include a sensitive one: resource figures are then withheld. */
export function withholdTotals(
  d: Disclosure,
  rows: readonly { type: string; amount: number; pooledRecords: number }[],
): boolean {
  return typeCells(rows).some((c) => isSensitive(d, c));
}
