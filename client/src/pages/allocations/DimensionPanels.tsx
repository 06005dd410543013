/** Small multiples: labor-only and sex-only records' share of each resource, year by year. */
import { useMemo } from 'react';
import { ALLOCATIONS_BY_DIMENSION } from '../../api/operations';
import { useQuery } from '../../api/useQuery';
import { ChartFrame } from '../../charts/ChartFrame';
import { TYPE_STYLE } from '../../charts/palette';
import { dimensionPanels, panelsTable } from '../../charts/series/smallMultiples';
import { SmallMultiplesChart } from '../../charts/SmallMultiplesChart';
import { EmptyState, ErrorState, Loading } from '../../components/StatusViews';
import { chartMeta } from '../../format/meta';
import { formatShare, formatTick } from '../../format/numbers';
import { useCatalog } from '../../state/catalog';
import { EMPTY_SCOPE, isScopeEmpty, toScopeInput } from '../../state/viewState';
import type { PageProps } from '../types';

const DOMAIN: [number, number] = [0, 1];
const shareTick = (v: number) => formatTick(v, 'SHARE');

export function DimensionPanels({ api }: PageProps) {
  const { view } = api;
  const scopeKey = JSON.stringify(view.scope);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const vars = useMemo(() => ({ scope: toScopeInput(view.scope) }), [scopeKey]);
  const q = useQuery(ALLOCATIONS_BY_DIMENSION, vars);
  const { names } = useCatalog();
  const panels = useMemo(() => (q.data ? dimensionPanels(q.data) : null), [q.data]);
  const title = 'Labor’s and sex trafficking’s share of each resource, by year';
  if (q.error) return <ErrorState error={q.error} what="small multiples" onRetry={q.retry} />;
  if (!q.data || !panels) return <Loading what="the small multiples" height={420} />;
  if (panels.every((p) => p.series.every((s) => s.points.every((pt) => pt.y === null))))
    return (
      <EmptyState
        title="No resource has records in this scope."
        onWiden={isScopeEmpty(view.scope) ? undefined : () => api.update({ scope: EMPTY_SCOPE })}
      />
    );
  const datasets = [q.data.funding, q.data.training, q.data.services, q.data.research].flatMap(
    (r) => r.datasets,
  );
  const illustrative = [q.data.funding, q.data.training, q.data.services, q.data.research].some(
    (r) => r.illustrative,
  );
  const withheld = panels.filter((p) => p.withheldYears.length);
  const notes = withheld.map(
    (p) =>
      `${p.title}: ${p.withheldYears.join(', ')} not shown, a cell withheld to protect survivors.`,
  );
  const summary =
    'Each panel is one resource; lines show the share of the year’s total recorded as labor-only and as sex-only (records serving both, or not saying, make up the rest).';
  return (
    <ChartFrame
      title={title}
      summary={summary}
      stale={q.stale}
      legend={[
        { key: 'LABOR', label: 'Labor-only', style: TYPE_STYLE.LABOR, kind: 'line' },
        { key: 'SEX', label: 'Sex-only', style: TYPE_STYLE.SEX, kind: 'line' },
      ]}
      table={panelsTable(panels)}
      meta={chartMeta({ title, view, names, datasets, usesNeed: false, illustrative, notes })}
    >
      {({ width, idPrefix }) => (
        <SmallMultiplesChart
          idPrefix={idPrefix}
          width={width}
          title={title}
          summary={summary}
          panels={panels.map((p) => ({ key: p.dimension, title: p.title, series: p.series }))}
          xLabel="Year"
          yLabel="Share of total (%)"
          yDomain={DOMAIN}
          formatValue={formatShare}
          formatTick={shareTick}
        />
      )}
    </ChartFrame>
  );
}
