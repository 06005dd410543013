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
      summary={`${summary}.`}
      stale={q.stale}
      legend={lines.map((l) => ({ key: l.key, label: l.label, style: l.style, kind: 'line' }))}
      table={table(data)}
      meta={{
        title,
        scope: 'each scenario’s own saved scope and data',
        illustrative,
        sources: [],
        notes: ['Each scenario runs on the baseline recorded when it was saved.'],
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
