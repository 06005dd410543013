/**
 * Data vintages of a saved scenario version: the baseline years, the datasets (with their vintage
 * and import time) and the need figures' years it ran on. Comparing them, and the baseline values,
 * with what the same scope gives today tells whether newer data would change the scenario.
 */
import type { ScenarioBaseline, Sourced } from '../../core/scenario/index';
import type { BaselineDataset, DatasetRole, ScenarioBaselineOut } from './baseline';

export interface DataVintages {
  format: 1;
  baseYears: { from: number; to: number };
  datasets: { id: number; vintage: number | null; importedAt: string; roles: DatasetRole[] }[];
  need: { basis: string; geography: string | null; vintages: number[]; datasetIds: number[] };
}

export function vintagesOf(b: ScenarioBaselineOut): DataVintages {
  return {
    format: 1,
    baseYears: { ...b.baseline.years },
    datasets: b.datasets.map((d) => ({
      id: d.id,
      vintage: d.vintage,
      importedAt: d.importedAt,
      roles: d.roles,
    })),
    need: {
      basis: b.need.basis,
      geography: b.need.geography,
      vintages: b.need.vintages,
      datasetIds: b.need.datasetIds,
    },
  };
}

const span = (y: { from: number; to: number }) =>
  y.from === y.to ? `${y.to}` : `${y.from}–${y.to}`;
const list = (xs: readonly (string | number)[]) => xs.join(', ');
const sameList = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** Labels of the baseline values that differ by more than rounding. */
function changedValues(saved: ScenarioBaseline, now: ScenarioBaseline): string[] {
  const differs = (a: Sourced, b: Sourced) =>
    Math.abs(a.value - b.value) > 1e-9 * Math.max(1, Math.abs(a.value), Math.abs(b.value));
  const out: string[] = [];
  const fields = [
    ['budget', 'budget'],
    ['survivorsServed', 'survivors served'],
    ['costPerSurvivor', 'cost per survivor'],
    ['turnoverRate', 'turnover'],
    ['trainedShare', 'TIP-trained share'],
    ['need', 'need'],
  ] as const;
  for (const t of ['labor', 'sex'] as const) {
    for (const [key, label] of fields) {
      if (differs(saved[t][key], now[t][key])) out.push(`${t.toUpperCase()} ${label}`);
    }
  }
  return out;
}

/**
 * What changed between the recorded vintages and baseline and today's, as one sentence (null
 * when nothing did). Dataset names come from `nameOf`, which hides those the reader cannot see.
 */
export function describeDataChanges(
  saved: { vintages: DataVintages; baseline: ScenarioBaseline },
  now: ScenarioBaselineOut,
  nameOf: (d: Pick<BaselineDataset, 'id'>) => string,
): string | null {
  const parts: string[] = [];
  const current = vintagesOf(now);
  if (span(saved.vintages.baseYears) !== span(current.baseYears)) {
    parts.push(
      `the baseline years in scope are now ${span(current.baseYears)} (were ${span(saved.vintages.baseYears)})`,
    );
  }
  const before = new Map(saved.vintages.datasets.map((d) => [d.id, d]));
  const after = new Map(current.datasets.map((d) => [d.id, d]));
  const added = current.datasets.filter((d) => !before.has(d.id)).map(nameOf);
  const removed = saved.vintages.datasets.filter((d) => !after.has(d.id)).map(nameOf);
  const reloaded = current.datasets
    .filter((d) => {
      const b = before.get(d.id);
      return b !== undefined && (b.importedAt !== d.importedAt || b.vintage !== d.vintage);
    })
    .map(nameOf);
  if (added.length > 0) parts.push(`new data in scope: ${list(added)}`);
  if (removed.length > 0) parts.push(`no longer in scope or visible: ${list(removed)}`);
  if (reloaded.length > 0) parts.push(`re-imported since: ${list(reloaded)}`);
  const n0 = saved.vintages.need;
  const n1 = current.need;
  if (n0.geography !== n1.geography) {
    parts.push(
      `need figures now come from ${n1.geography ?? 'no geography'} (were ${n0.geography ?? 'none'})`,
    );
  } else if (!sameList(n0.vintages, n1.vintages)) {
    parts.push(
      `${n1.basis} figures of ${list(n1.vintages) || 'no year'} now apply (were ${list(n0.vintages) || 'none'})`,
    );
  }
  const values = changedValues(saved.baseline, now.baseline);
  if (values.length > 0) parts.push(`baseline figures that would change: ${list(values)}`);
  if (parts.length === 0) return null;
  return `Newer data would change this scenario: ${parts.join('; ')}. Run it again on current data to use them.`;
}
