/**
 * Saved scenarios side by side: labor survivors served year by year (years aligned across
 * scenarios with different baselines or horizons) and the horizon totals in a table.
 */
import { memo, useMemo } from 'react';
import { useQuery } from '../api/useQuery';
import { ChartFrame } from '../charts/ChartFrame';
import type { LineSeries } from '../charts/layout/lines';
import { LinesChart } from '../charts/LinesChart';
import { COMPARISON_STYLES } from '../charts/palette';
import type { DatasetCitation } from '../charts/csv';
import type { TableData } from '../charts/types';
import { ErrorState, Loading } from '../components/StatusViews';
import { formatCount, formatRatio, formatTick, formatUsd } from '../format/numbers';
import type { StudioCompareQuery } from '../generated/graphql';
import { COMPARE_SCENARIOS } from './operations';

type Compared = StudioCompareQuery['compareScenarios'];

function series(c: Compared): LineSeries[] {
  return c.scenarios.map((s, i) => ({
    key: s.scenario.id,
    label: s.scenario.name,
    style: COMPARISON_STYLES[i % COMPARISON_STYLES.length]!,
    points: c.years.map((year, j) => ({ x: year, y: s.years[j]?.labor.survivorsServed ?? null })),
  }));
}

const formatSignedCount = (v: number) => (v > 0 ? `+${formatCount(v)}` : formatCount(v));

/** Every dataset the compared scenarios rest on, once, with its vintage. */
export function comparedSources(c: Compared): DatasetCitation[] {
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
export function sexChangeSentence(c: Compared): string {
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

function table(c: Compared): TableData {
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

export const ComparePanel = memo(function ComparePanel({ ids }: { ids: string[] }) {
  const vars = useMemo(() => ({ ids }), [ids]);
  const q = useQuery(COMPARE_SCENARIOS, vars, { skip: ids.length < 2 });
  const data = q.data?.compareScenarios;
  const lines = useMemo(() => (data ? series(data) : null), [data]);
  if (ids.length < 2) {
    return <p className="muted">Tick two or more saved scenarios to compare them side by side.</p>;
  }
  if (q.error) return <ErrorState error={q.error} what="comparison" onRetry={q.retry} />;
  if (!data || !lines) return <Loading what="the comparison" height={300} />;
  const illustrative = data.scenarios.some((s) => s.scenario.run.illustrative);
  const summary = data.scenarios
    .map(
      (s) =>
        `${s.scenario.name}: ${formatCount(s.scenario.run.totals.labor.survivorsServed)} labor survivors served over its horizon`,
    )
    .join('; ');
  const title = 'Labor-trafficking survivors served, saved scenarios compared';
  return (
    <ChartFrame
      title={title}
      summary={`${summary}. ${sexChangeSentence(data)}.`}
      stale={q.stale}
      legend={lines.map((l) => ({ key: l.key, label: l.label, style: l.style, kind: 'line' }))}
      table={table(data)}
      meta={{
        title,
        scope: 'each scenario’s own saved scope and data',
        illustrative,
        sources: comparedSources(data),
        notes: [
          'Each scenario runs on the baseline recorded when it was saved.',
          ...new Set(
            data.scenarios.map(
              (s) =>
                `Sex-trafficking survivors served (${s.scenario.name}): ${s.scenario.run.baseline.sex.survivorsServed.source}.`,
            ),
          ),
        ],
      }}
    >
      {({ width, idPrefix }) => (
        <LinesChart
          series={lines}
          width={width}
          idPrefix={idPrefix}
          title={title}
          summary={summary}
          xLabel="Year"
          yLabel="people per year"
          formatValue={formatCount}
          formatTick={(v) => formatTick(v)}
        />
      )}
    </ChartFrame>
  );
});
