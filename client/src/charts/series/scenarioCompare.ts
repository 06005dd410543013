/**
 * Saved scenarios side by side: labor survivors served year by year (years aligned across
 * scenarios with different baselines or horizons), the horizon totals as a table, the datasets
 * they rest on, each one's levers and what each does to sex-trafficking survivors served. Pure.
 */
import { leverSentence } from '../../../../core/scenario/leverWords';
import { formatCount, formatRatio, formatUsd } from '../../format/numbers';
import type { StudioCompareQuery } from '../../generated/graphql';
import type { DatasetCitation } from '../csv';
import type { LineSeries } from '../layout/lines';
import { COMPARISON_STYLES } from '../palette';
import { leversOfSaved } from '../../scenario/baseline';
import type { TableData } from '../types';

export type ComparedScenarios = StudioCompareQuery['compareScenarios'];

/** One line per scenario: labor survivors served in every year any scenario covers. */
export function comparedServedSeries(c: ComparedScenarios): LineSeries[] {
  return c.scenarios.map((s, i) => ({
    key: s.scenario.id,
    label: s.scenario.name,
    style: COMPARISON_STYLES[i % COMPARISON_STYLES.length]!,
    points: c.years.map((year, j) => ({ x: year, y: s.years[j]?.labor.survivorsServed ?? null })),
  }));
}

const formatSignedCount = (v: number) => (v > 0 ? `+${formatCount(v)}` : formatCount(v));

/** Every dataset the compared scenarios rest on, once, with its vintage. */
export function comparedSources(c: ComparedScenarios): DatasetCitation[] {
  const byId = new Map<string, DatasetCitation>();
  for (const s of c.scenarios)
    for (const d of s.scenario.run.baseline.datasets)
      byId.set(d.id, {
        name: d.vintage ? `${d.name}, ${d.vintage}` : d.name,
        illustrative: d.illustrative,
      });
  return [...byId.values()];
}

/** What each scenario does to sex-trafficking survivors served, against no change. */
export function sexChangeSentence(c: ComparedScenarios): string {
  return c.scenarios
    .map((s) => {
      const d = s.scenario.run.differenceTotals.sex.survivorsServed;
      const what =
        Math.round(d) === 0
          ? 'serves as many sex-trafficking survivors as no change'
          : d < 0
            ? `serves ${formatCount(-d)} fewer sex-trafficking survivors than no change`
            : `serves ${formatCount(d)} more sex-trafficking survivors than no change`;
      return `${s.scenario.name} ${what} over its horizon`;
    })
    .join('; ');
}

/** "A: 1,200 labor survivors served over its horizon; B: …" */
export function comparedServedSummary(c: ComparedScenarios): string {
  return c.scenarios
    .map(
      (s) =>
        `${s.scenario.name}: ${formatCount(s.scenario.run.totals.labor.survivorsServed)} labor survivors served over its horizon`,
    )
    .join('; ');
}

/** Each scenario's totals over its horizon, one row per scenario. */
export function comparedTotalsTable(c: ComparedScenarios): TableData {
  return {
    columns: [
      { key: 'name', label: 'Scenario' },
      {
        key: 'laborServed',
        label: 'Labor survivors served, total',
        numeric: true,
        format: formatCount,
      },
      { key: 'laborUnmet', label: 'Unmet labor need, total', numeric: true, format: formatCount },
      { key: 'laborBudget', label: 'Labor funding, total', numeric: true, format: formatUsd },
      {
        key: 'sexServed',
        label: 'Sex survivors served, total',
        numeric: true,
        format: formatCount,
      },
      {
        key: 'sexChange',
        label: 'Change in sex survivors served against no change, total',
        numeric: true,
        format: formatSignedCount,
      },
      {
        key: 'equity',
        label: 'Labor equity ratio over the horizon',
        numeric: true,
        format: formatRatio,
      },
    ],
    rows: c.scenarios.map((s) => {
      const t = s.scenario.run.totals;
      return {
        name: `${s.scenario.name} (v${s.scenario.version})`,
        laborServed: t.labor.survivorsServed,
        laborUnmet: t.labor.unmetNeed,
        laborBudget: t.labor.budget,
        sexServed: t.sex.survivorsServed,
        sexChange: s.scenario.run.differenceTotals.sex.survivorsServed,
        equity: t.laborEquityRatio,
      };
    }),
  };
}

/**
 * Each scenario's levers in words, as saved (core/scenario/leverWords: the same words as a single
 * scenario's exports and the brief).
 */
export function comparedLeverNotes(c: ComparedScenarios): string[] {
  return c.scenarios.map(
    ({ scenario: s }) =>
      `Levers of ${s.name} (v${s.version}): ${leverSentence(leversOfSaved(s.settings.levers), s.settings.attribution)}.`,
  );
}

/**
 * The notes of the comparison's exports (caption, SVG, PNG and CSV): baselines as saved, each
 * scenario's levers, and the sex-served sources.
 */
export function comparedNotes(c: ComparedScenarios): string[] {
  return [
    'Each scenario runs on the baseline recorded when it was saved.',
    ...comparedLeverNotes(c),
    ...new Set(
      c.scenarios.map(
        (s) =>
          `Sex-trafficking survivors served (${s.scenario.name}): ${s.scenario.run.baseline.sex.survivorsServed.source}.`,
      ),
    ),
  ];
}
