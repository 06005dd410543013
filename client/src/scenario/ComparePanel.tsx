/**
 * Saved scenarios side by side: labor survivors served year by year and the horizon totals in a
 * table. The series, table and sentences come from charts/series/scenarioCompare.
 */
import { memo, useMemo } from 'react';
import { useQuery } from '../api/useQuery';
import { ChartFrame } from '../charts/ChartFrame';
import { LinesChart } from '../charts/LinesChart';
import {
  comparedNotes,
  comparedServedSeries,
  comparedServedSummary,
  comparedSources,
  comparedTotalsTable,
  sexChangeSentence,
} from '../charts/series/scenarioCompare';
import { ErrorState, Loading } from '../components/StatusViews';
import { formatCount, formatTick } from '../format/numbers';
import { COMPARE_SCENARIOS } from './operations';

export const ComparePanel = memo(function ComparePanel({ ids }: { ids: string[] }) {
  const vars = useMemo(() => ({ ids }), [ids]);
  const q = useQuery(COMPARE_SCENARIOS, vars, { skip: ids.length < 2 });
  const data = q.data?.compareScenarios;
  const lines = useMemo(() => (data ? comparedServedSeries(data) : null), [data]);
  if (ids.length < 2) {
    return <p className="muted">Tick two or more saved scenarios to compare them side by side.</p>;
  }
  if (q.error) return <ErrorState error={q.error} what="comparison" onRetry={q.retry} />;
  if (!data || !lines) return <Loading what="the comparison" height={300} />;
  const illustrative = data.scenarios.some((s) => s.scenario.run.illustrative);
  const summary = comparedServedSummary(data);
  const title = 'Labor-trafficking survivors served, saved scenarios compared';
  return (
    <ChartFrame
      title={title}
      summary={`${summary}. ${sexChangeSentence(data)}.`}
      stale={q.stale}
      legend={lines.map((l) => ({ key: l.key, label: l.label, style: l.style, kind: 'line' }))}
      table={comparedTotalsTable(data)}
      meta={{
        title,
        scope: 'each scenario’s own saved scope and data',
        illustrative,
        sources: comparedSources(data),
        notes: comparedNotes(data),
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
