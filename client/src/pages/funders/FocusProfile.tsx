/**
 * One funder (or one dataset, e.g. an organization's own) against the field: labor's share of
 * resources beside its share of need, the equity ratio over the years, and the category mix.
 */
import { useMemo } from 'react';
import { PROFILE } from '../../api/operations';
import { useQuery } from '../../api/useQuery';
import { ChartFrame } from '../../charts/ChartFrame';
import { DumbbellChart } from '../../charts/DumbbellChart';
import { LinesChart } from '../../charts/LinesChart';
import { COMPARISON_STYLES, OKABE_ITO } from '../../charts/palette';
import {
  categoryMixRows,
  dotRowsTable,
  focusTrendSeries,
  shareComparisonRows,
} from '../../charts/series/funders';
import type { LegendItem, TableData } from '../../charts/types';
import { ErrorState, Loading } from '../../components/StatusViews';
import { DIMENSION_LABEL } from '../../format/labels';
import { chartMeta } from '../../format/meta';
import { formatAmount, formatRatio, formatShare, formatTick } from '../../format/numbers';
import { useCatalog } from '../../state/catalog';
import type { MeasureVariables } from '../../state/useScopeVariables';
import type { ViewState } from '../../state/viewState';
import { profileVariables, type Focus } from './focus';

const SHARE_DOMAIN: [number, number] = [0, 1];
const PARITY = [{ key: 'parity', value: 1, label: 'Parity (1)' }];
const shareTick = (v: number) => formatTick(v, 'SHARE');
const ratioTick = (v: number) => formatTick(v, 'RATIO');

export function FocusProfile({
  view,
  vars,
  focus,
  label,
}: {
  view: ViewState;
  vars: MeasureVariables;
  focus: Focus;
  label: string;
}) {
  const { names } = useCatalog();
  const fieldVars = useMemo(() => profileVariables(vars), [vars]);
  const focusVars = useMemo(() => profileVariables(vars, focus), [vars, focus]);
  const field = useQuery(PROFILE, fieldVars);
  const mine = useQuery(PROFILE, focusVars);
  const dim = view.dimension;

  const charts = useMemo(() => {
    if (!field.data || !mine.data) return null;
    const shares = shareComparisonRows(field.data.equity, mine.data.equity, label);
    const mix = categoryMixRows(field.data.byCategory, mine.data.byCategory, label);
    const trend = focusTrendSeries(field.data.equityTrend, mine.data.equityTrend, label);
    const trendTable: TableData = {
      columns: [
        { key: 'year', label: 'Year' },
        {
          key: 'field',
          label: 'The field: labor equity ratio',
          numeric: true,
          format: formatRatio,
        },
        { key: 'focus', label: `${label}: labor equity ratio`, numeric: true, format: formatRatio },
      ],
      rows: trend[0]!.points.map((p) => ({
        year: String(p.x),
        field: p.y,
        focus: trend[1]!.points.find((q) => q.x === p.x)?.y ?? null,
      })),
    };
    return { shares, mix, trend, trendTable };
  }, [field.data, mine.data, label]);

  const error = field.error ?? mine.error;
  if (error)
    return (
      <ErrorState
        error={error}
        what="profile"
        onRetry={() => (field.error ? field.retry() : mine.retry())}
      />
    );
  if (!field.data || !mine.data || !charts)
    return <Loading what={`the profile of ${label}`} height={420} />;

  const f = field.data.equity;
  const m = mine.data.equity;
  const datasets = [...f.datasets, ...m.datasets];
  const illustrative = f.illustrative || m.illustrative;
  const meta = (title: string, usesNeed = true) =>
    chartMeta({ title, view, names, datasets, need: f.need, usesNeed, illustrative });
  const stale = field.stale || mine.stale;
  const focusStyle = COMPARISON_STYLES[1]!;
  const dotLegend: LegendItem[] = [
    {
      key: 'need',
      label: 'Labor’s share of need',
      style: { ...COMPARISON_STYLES[0]!, color: OKABE_ITO.grey, marker: 'diamond' },
      kind: 'ring',
    },
    {
      key: 'field',
      label: 'The field: labor’s share of resources',
      style: COMPARISON_STYLES[0]!,
      kind: 'marker',
    },
    {
      key: 'focus',
      label: `${label}: labor’s share of resources`,
      style: focusStyle,
      kind: 'marker',
    },
  ];
  const sharesSummary = `${label}: labor trafficking gets ${formatShare(m.labor.resourceShare)} of its ${DIMENSION_LABEL[dim].toLowerCase()} (equity ratio ${formatRatio(m.labor.equityRatio)}); the field: ${formatShare(f.labor.resourceShare)} (ratio ${formatRatio(f.labor.equityRatio)}); labor’s share of need: ${formatShare(f.labor.needShare)}.`;
  const noFocusData = m.years.length === 0;

  return (
    <div className="focus-profile">
      <dl className="stat-cards compact">
        <div className="stat">
          <dt>{label}: total</dt>
          <dd>
            <span className="stat-value">
              {formatAmount((m.labor.resources ?? 0) + (m.sex.resources ?? 0), dim)}
            </span>
            <span className="stat-note">attributed to labor or sex trafficking</span>
          </dd>
        </div>
        <div className="stat">
          <dt>Labor’s equity ratio</dt>
          <dd>
            <span className="stat-value">{formatRatio(m.labor.equityRatio)}</span>
            <span className="stat-note">the field: {formatRatio(f.labor.equityRatio)}</span>
          </dd>
        </div>
        <div className="stat">
          <dt>Parity gap</dt>
          <dd>
            <span className="stat-value">{formatAmount(m.parityGap, dim)}</span>
            <span className="stat-note">to move to labor for a proportional share</span>
          </dd>
        </div>
      </dl>
      {noFocusData ? (
        <p className="notice">
          {label} has no {DIMENSION_LABEL[dim].toLowerCase()} records in this scope. Widen the scope
          or choose another resource.
        </p>
      ) : (
        <div className="chart-grid">
          <ChartFrame
            title={`Labor’s share: ${label} against the field and need`}
            summary={sharesSummary}
            stale={stale}
            legend={dotLegend}
            table={dotRowsTable(charts.shares, 'Who')}
            meta={meta(`Labor's share: ${label} against the field and need`)}
          >
            {({ width, idPrefix }) => (
              <DumbbellChart
                idPrefix={idPrefix}
                width={width}
                title={`Labor’s share: ${label} against the field`}
                summary={sharesSummary}
                rows={charts.shares}
                domain={SHARE_DOMAIN}
                xLabel="Labor’s share (%)"
                formatValue={formatShare}
                formatTick={shareTick}
              />
            )}
          </ChartFrame>
          <ChartFrame
            title={`Labor’s equity ratio by year: ${label} and the field`}
            summary={`Labor’s equity ratio year by year for ${label} (purple dashed line, squares) and the whole field in scope (black solid line, circles).`}
            stale={stale}
            legend={[
              { key: 'field', label: 'The field', style: COMPARISON_STYLES[0]!, kind: 'line' },
              { key: 'focus', label, style: focusStyle, kind: 'line' },
            ]}
            table={charts.trendTable}
            meta={meta(`Labor's equity ratio by year: ${label} and the field`)}
          >
            {({ width, idPrefix }) => (
              <LinesChart
                idPrefix={idPrefix}
                width={width}
                title={`Labor’s equity ratio by year: ${label} and the field`}
                summary="Equity ratio by year"
                series={charts.trend}
                references={PARITY}
                xLabel="Year"
                yLabel="Labor’s equity ratio"
                formatValue={formatRatio}
                formatTick={ratioTick}
              />
            )}
          </ChartFrame>
          {charts.mix.length > 0 && (
            <ChartFrame
              title={`Category mix: ${label} against the field`}
              summary={`Share of ${DIMENSION_LABEL[dim].toLowerCase()} going to each service category: ${label} (purple squares) against the field (black circles).`}
              stale={stale}
              legend={[
                { key: 'field', label: 'The field', style: COMPARISON_STYLES[0]!, kind: 'marker' },
                { key: 'focus', label, style: focusStyle, kind: 'marker' },
              ]}
              table={dotRowsTable(charts.mix, 'Service category')}
              meta={meta(`Category mix: ${label} against the field`, false)}
            >
              {({ width, idPrefix }) => (
                <DumbbellChart
                  idPrefix={idPrefix}
                  width={width}
                  title={`Category mix: ${label} against the field`}
                  summary="Category mix"
                  rows={charts.mix}
                  domain={[
                    0,
                    Math.max(0.1, ...charts.mix.flatMap((r) => r.dots.map((d) => d.value ?? 0))) *
                      1.05,
                  ]}
                  xLabel="Share of the total (%)"
                  formatValue={formatShare}
                  formatTick={shareTick}
                />
              )}
            </ChartFrame>
          )}
        </div>
      )}
    </div>
  );
}
