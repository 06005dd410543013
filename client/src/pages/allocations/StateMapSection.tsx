/** Labor's equity ratio by US state as a choropleth (the map itself loads in its own chunk). */
import { lazy, Suspense, useMemo } from 'react';
import { EQUITY_BREAKDOWN } from '../../api/operations';
import { useQuery } from '../../api/useQuery';
import { ChartFrame } from '../../charts/ChartFrame';
import { NO_DATA_COLOR, RATIO_CLASSES } from '../../charts/palette';
import { stateSummary, stateTable, stateValues } from '../../charts/series/states';
import { EmptyState, ErrorState, Loading } from '../../components/StatusViews';
import { DIMENSION_LABEL } from '../../format/labels';
import { chartMeta } from '../../format/meta';
import { useCatalog } from '../../state/catalog';
import { useMeasureVariables } from '../../state/useScopeVariables';
import { EMPTY_SCOPE, isScopeEmpty } from '../../state/viewState';
import type { PageProps } from '../types';

const StateMap = lazy(() => import('../../charts/map/StateMap'));

const MAP_LEGEND = [
  ...RATIO_CLASSES.map((c) => ({
    key: c.label,
    label: c.label,
    style: { color: c.color, pattern: 'solid' as const, dash: '', marker: 'square' as const },
    kind: 'fill' as const,
  })),
  {
    key: 'nodata',
    label: 'No data',
    style: { color: NO_DATA_COLOR, pattern: 'hatch' as const, dash: '', marker: 'square' as const },
    kind: 'fill' as const,
  },
];

export function StateMapSection({ api }: PageProps) {
  const { view } = api;
  const measure = useMeasureVariables(view);
  const vars = useMemo(() => ({ ...measure, by: 'STATE' as const }), [measure]);
  const q = useQuery(EQUITY_BREAKDOWN, vars);
  const { names } = useCatalog();
  const result = q.data?.equityBreakdown;
  const values = useMemo(() => (result ? stateValues(result.rows) : null), [result]);
  const title = `Labor’s equity ratio by US state: ${DIMENSION_LABEL[view.dimension].toLowerCase()}`;

  if (q.error) return <ErrorState error={q.error} what="state map" onRetry={q.retry} />;
  if (!result || !values) return <Loading what="the state map" height={420} />;
  if (!values.size)
    return (
      <EmptyState
        title="No state in this scope has resources recorded by state."
        onWiden={isScopeEmpty(view.scope) ? undefined : () => api.update({ scope: EMPTY_SCOPE })}
      />
    );
  const summary = stateSummary(values);
  return (
    <ChartFrame
      title={title}
      summary={`${summary} Each state's resources are set against the same need figures (${result.need.geography === 'WORLD' ? 'world' : (result.need.geography ?? 'none')}), so the map compares how states split their resources, not state-level need.`}
      stale={q.stale}
      legend={MAP_LEGEND}
      table={stateTable(values, view.dimension)}
      meta={chartMeta({
        title,
        view,
        names,
        datasets: result.datasets,
        need: result.need,
        usesNeed: true,
        illustrative: result.illustrative,
      })}
    >
      {({ width, idPrefix }) => (
        <Suspense fallback={<Loading what="the map" height={Math.round(width * 0.62)} />}>
          <StateMap
            values={values}
            width={width}
            idPrefix={idPrefix}
            title={title}
            summary={summary}
            dimension={view.dimension}
          />
        </Suspense>
      )}
    </ChartFrame>
  );
}
