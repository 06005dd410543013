/**
 * Up to four funders side by side: key figures in a table and their equity ratio trends as small
 * multiples. Fetches each funder's profile (one query per funder, asked together) and renders;
 * the panels, table, legend and summary come from charts/series/fundersCompare.
 */
import { useMemo } from 'react';
import { PROFILE } from '../../api/operations';
import { useQueries } from '../../api/useQueries';
import { useQuery } from '../../api/useQuery';
import { ChartFrame } from '../../charts/ChartFrame';
import { ChartTable } from '../../charts/DataTable';
import {
  compareLegend,
  comparePanels,
  compareSummary,
  compareTable,
  type ComparedFunder,
} from '../../charts/series/fundersCompare';
import { SmallMultiplesChart } from '../../charts/SmallMultiplesChart';
import { ErrorState, Loading } from '../../components/StatusViews';
import { chartMeta } from '../../format/meta';
import { formatRatio, formatTick } from '../../format/numbers';
import { useCatalog } from '../../state/catalog';
import type { MeasureVariables } from '../../state/useScopeVariables';
import type { ViewState } from '../../state/viewState';
import { profileVariables } from './focus';

const PARITY = [{ key: 'parity', value: 1, label: 'Parity' }];
const ratioTick = (v: number) => formatTick(v, 'RATIO');

export function Compare({
  view,
  vars,
  ids,
  onRemove,
}: {
  view: ViewState;
  vars: MeasureVariables;
  ids: string[];
  onRemove: (id: string) => void;
}) {
  const { names } = useCatalog();
  const fieldVars = useMemo(() => profileVariables(vars), [vars]);
  const field = useQuery(PROFILE, fieldVars);
  const idsKey = ids.join(',');
  const requests = useMemo(
    () => ids.map((id) => ({ key: id, variables: profileVariables(vars, { kind: 'funder', id }) })),
    // `idsKey` stands for `ids`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [vars, idsKey],
  );
  const profiles = useQueries(PROFILE, requests);
  const label = (id: string) => names.organizations.get(id) ?? `Funder ${id}`;
  const error = field.error ?? profiles.error;
  const funders: ComparedFunder[] | null = profiles.data
    ? profiles.data.map((p) => ({ id: p.key, label: label(p.key), profile: p.data }))
    : null;
  const built = useMemo(
    () =>
      field.data && funders
        ? {
            ...comparePanels(field.data, funders),
            table: compareTable(funders, view.dimension),
            legend: compareLegend(funders),
            summary: compareSummary(funders),
          }
        : null,
    // The answers' identities and the names stand for `funders`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [field.data, profiles.data, names, view.dimension],
  );

  if (!ids.length)
    return (
      <p className="muted">
        Tick “Compare” for up to four funders in the ranking above to see them side by side.
      </p>
    );
  if (error)
    return (
      <ErrorState
        error={error}
        what="comparison"
        onRetry={() => [field, profiles].forEach((s) => s.error && s.retry())}
      />
    );
  if (!built || !field.data || !funders) return <Loading what="the comparison" height={320} />;

  const datasets = [field.data, ...funders.map((f) => f.profile)].flatMap((p) => p.equity.datasets);
  const title = 'Funders side by side: labor’s equity ratio by year';
  const summary = built.summary;
  return (
    <>
      <ul className="chips" aria-label="Funders compared">
        {ids.map((id) => (
          <li key={id}>
            <span>{label(id)}</span>
            <button
              type="button"
              aria-label={`Stop comparing ${label(id)}`}
              onClick={() => onRemove(id)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <ChartTable table={built.table} caption="Funders compared: key figures" />
      <ChartFrame
        title={title}
        summary={summary}
        stale={field.stale || profiles.stale}
        legend={built.legend}
        table={built.table}
        meta={chartMeta({
          title,
          view,
          names,
          datasets,
          need: field.data.equity.need,
          usesNeed: true,
          illustrative: datasets.some((d) => d.illustrative),
        })}
      >
        {({ width, idPrefix }) => (
          <SmallMultiplesChart
            idPrefix={idPrefix}
            width={width}
            title={title}
            summary={summary}
            panels={built.panels}
            xLabel="Year"
            yLabel="Equity ratio"
            yDomain={built.domain}
            references={PARITY}
            formatValue={formatRatio}
            formatTick={ratioTick}
          />
        )}
      </ChartFrame>
    </>
  );
}
