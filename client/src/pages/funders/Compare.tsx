/** Up to four funders side by side: key figures in a table and their equity ratio trends as small multiples. */
import { useMemo } from 'react';
import { PROFILE } from '../../api/operations';
import { useQuery, type QueryState } from '../../api/useQuery';
import { ChartFrame } from '../../charts/ChartFrame';
import { COMPARISON_STYLES, OKABE_ITO } from '../../charts/palette';
import { categoryShares, type Profile } from '../../charts/series/funders';
import { SmallMultiplesChart } from '../../charts/SmallMultiplesChart';
import type { TableData } from '../../charts/types';
import { ErrorState, Loading } from '../../components/StatusViews';
import { CATEGORY_LABEL } from '../../format/labels';
import { chartMeta } from '../../format/meta';
import { formatAmount, formatRatio, formatShare, formatTick } from '../../format/numbers';
import { useCatalog } from '../../state/catalog';
import type { MeasureVariables } from '../../state/useScopeVariables';
import type { ViewState } from '../../state/viewState';
import { profileVariables } from './focus';

const PARITY = [{ key: 'parity', value: 1, label: 'Parity' }];
const ratioTick = (v: number) => formatTick(v, 'RATIO');

function useSlot(vars: MeasureVariables, id: string | undefined): QueryState<Profile> {
  const slotVars = useMemo(
    () => profileVariables(vars, { kind: 'funder', id: id ?? '0' }),
    [vars, id],
  );
  return useQuery(PROFILE, slotVars, { skip: !id });
}

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
  const s0 = useSlot(vars, ids[0]);
  const s1 = useSlot(vars, ids[1]);
  const s2 = useSlot(vars, ids[2]);
  const s3 = useSlot(vars, ids[3]);
  const slots = [s0, s1, s2, s3].slice(0, ids.length);
  const idsKey = ids.join(',');
  const dim = view.dimension;
  const label = (id: string) => names.organizations.get(id) ?? `Funder ${id}`;
  const error = [field, ...slots].find((s) => s.error)?.error;
  const ready = field.data && slots.every((s) => s.data);

  const built = useMemo(() => {
    if (!ready) return null;
    const fieldPoints = [...field.data!.equityTrend.points].sort((a, b) => a.year - b.year);
    const panels = ids.map((id, i) => {
      const p = slots[i]!.data!;
      return {
        key: id,
        title: label(id),
        series: [
          {
            key: 'funder',
            label: label(id),
            style: COMPARISON_STYLES[i + 1]!,
            points: [...p.equityTrend.points]
              .sort((a, b) => a.year - b.year)
              .map((q) => ({ x: q.year, y: q.labor.equityRatio })),
          },
          {
            key: 'field',
            label: 'The field',
            style: { ...COMPARISON_STYLES[0]!, color: OKABE_ITO.grey, dash: '4 3' },
            points: fieldPoints.map((q) => ({ x: q.year, y: q.labor.equityRatio })),
          },
        ],
      };
    });
    const maxRatio = Math.max(
      1.2,
      ...panels.flatMap((p) => p.series.flatMap((s) => s.points.map((q) => q.y ?? 0))),
    );
    const table: TableData = {
      columns: [
        { key: 'funder', label: 'Funder' },
        { key: 'total', label: 'Total', numeric: true, format: (v) => formatAmount(v, dim) },
        { key: 'laborShare', label: 'Labor share', numeric: true, format: formatShare },
        { key: 'ratio', label: 'Labor equity ratio', numeric: true, format: formatRatio },
        { key: 'gap', label: 'Parity gap', numeric: true, format: (v) => formatAmount(v, dim) },
        { key: 'topCategory', label: 'Largest category' },
      ],
      rows: ids.map((id, i) => {
        const p = slots[i]!.data!;
        const shares = [...categoryShares(p.byCategory).entries()].sort(
          (a, b) => (b[1] ?? 0) - (a[1] ?? 0),
        );
        const top = shares[0];
        return {
          funder: label(id),
          total: (p.equity.labor.resources ?? 0) + (p.equity.sex.resources ?? 0),
          laborShare: p.equity.labor.resourceShare,
          ratio: p.equity.labor.equityRatio,
          gap: p.equity.parityGap,
          topCategory: top ? `${CATEGORY_LABEL[top[0]]} (${formatShare(top[1])})` : null,
        };
      }),
    };
    return { panels, table, domain: [0, Math.ceil(maxRatio * 5) / 5] as [number, number] };
    // The slots' data and idsKey stand for `slots` and `ids`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, field.data, s0.data, s1.data, s2.data, s3.data, idsKey, dim]);

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
        onRetry={() => [field, ...slots].forEach((s) => s.error && s.retry())}
      />
    );
  if (!built) return <Loading what="the comparison" height={320} />;

  const datasets = [field.data!, ...slots.map((s) => s.data!)].flatMap((p) => p.equity.datasets);
  const title = 'Funders side by side: labor’s equity ratio by year';
  const summary = `Each panel is one funder’s labor equity ratio by year (coloured) against the whole field (grey, dashed). ${built.table.rows.map((r) => `${String(r.funder)}: ${formatRatio(r.ratio as number | null)}`).join('; ')}.`;
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
      <div
        className="table-scroll"
        tabIndex={0}
        role="region"
        aria-label="Funders compared: key figures"
      >
        <table className="data-table compare-table">
          <thead>
            <tr>
              {built.table.columns.map((c) => (
                <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {built.table.rows.map((r, i) => (
              <tr key={ids[i]}>
                {built.table.columns.map((c, j) => {
                  const v = r[c.key] ?? null;
                  const text =
                    v === null ? '–' : typeof v === 'number' && c.format ? c.format(v) : String(v);
                  return j === 0 ? (
                    <th key={c.key} scope="row">
                      {text}
                    </th>
                  ) : (
                    <td key={c.key} className={c.numeric ? 'num' : undefined}>
                      {text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ChartFrame
        title={title}
        summary={summary}
        stale={field.stale || slots.some((s) => s.stale)}
        legend={[
          ...ids.map((id, i) => ({
            key: id,
            label: label(id),
            style: COMPARISON_STYLES[i + 1]!,
            kind: 'line' as const,
          })),
          {
            key: 'field',
            label: 'The field',
            style: { ...COMPARISON_STYLES[0]!, color: OKABE_ITO.grey, dash: '4 3' },
            kind: 'line' as const,
          },
        ]}
        table={built.table}
        meta={chartMeta({
          title,
          view,
          names,
          datasets,
          need: field.data!.equity.need,
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
