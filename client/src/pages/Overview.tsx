/**
 * Overview: the headline (labor's equity ratio with its range over need bases and rules, in a
 * sentence a person can quote), the trend by year, the parity gap and what the figures rest on.
 */
import { useEffect, useMemo } from 'react';
import { EQUITY_TREND, OVERVIEW } from '../api/operations';
import { useQuery } from '../api/useQuery';
import { ChartFrame } from '../charts/ChartFrame';
import { LinesChart } from '../charts/LinesChart';
import { TYPE_STYLE, NEUTRAL_STYLE } from '../charts/palette';
import { headlineSentence, parityGapSentence, sentenceCitation } from '../charts/series/headline';
import {
  equityRatioSeries,
  parityGapStack,
  trendFallbackNotes,
  trendSummary,
  trendTable,
  yearFallbackLines,
} from '../charts/series/trend';
import { StackedColumnsChart } from '../charts/StackedColumnsChart';
import { DataBasis } from '../components/DataBasis';
import { ResearchPeriods } from '../components/ResearchPeriods';
import { IllustrativeBanner } from '../components/IllustrativeBadge';
import { MeasureControls } from '../components/MeasureControls';
import { PageIntro } from '../components/PageIntro';
import { ScopeControls } from '../components/ScopeControls';
import { EmptyState, ErrorState, Loading } from '../components/StatusViews';
import { IgnoredFields } from '../components/IgnoredFields';
import { CopyButton, CopyLink } from '../components/CopyLink';
import { DIMENSION_LABEL, DIMENSION_UNIT_LABEL, NEED_BASIS_NOUN } from '../format/labels';
import { chartMeta } from '../format/meta';
import { formatAmount, formatRatio, formatShare, formatTick, unitSuffix } from '../format/numbers';
import { useCatalog } from '../state/catalog';
import { useMeasureVariables } from '../state/useScopeVariables';
import { CreateBriefButton } from '../brief/CreateBriefButton';
import { EMPTY_SCOPE, isScopeEmpty } from '../state/viewState';
import type { PageProps } from './types';

const PARITY = [{ key: 'parity', value: 1, label: 'Parity (1)' }];

export default function Overview({ api }: PageProps) {
  const { view } = api;
  const vars = useMeasureVariables(view);
  const overview = useQuery(OVERVIEW, vars);
  const trend = useQuery(EQUITY_TREND, vars);
  const { names } = useCatalog();
  const dim = view.dimension;
  const widen = isScopeEmpty(view.scope) ? undefined : () => api.update({ scope: EMPTY_SCOPE });

  const equity = overview.data?.equity;
  const grid = overview.data?.equitySensitivity;
  const headline = useMemo(() => {
    if (!equity || !grid) return null;
    const bases = new Set(grid.cells.map((c) => c.needBasis)).size;
    const rules = new Set(grid.cells.map((c) => c.attribution)).size;
    return headlineSentence({
      equity,
      dimension: dim,
      needBasis: view.needBasis,
      basesInRange: bases,
      rulesInRange: rules,
    });
  }, [equity, grid, dim, view.needBasis]);

  useEffect(() => {
    if (headline && !performance.getEntriesByName('fairshare:overview-ready').length)
      performance.mark('fairshare:overview-ready');
  }, [headline]);

  const amount = (v: number) => formatAmount(v, dim);
  const tick = (v: number) => formatTick(v, dim);
  const points = trend.data?.equityTrend.points;
  const ratioSeries = useMemo(() => (points ? equityRatioSeries(points) : []), [points]);
  const gapStack = useMemo(() => (points ? parityGapStack(points) : null), [points]);
  const table = useMemo(() => (points ? trendTable(points, dim) : null), [points, dim]);
  const fallbacksAt = useMemo(() => {
    const byYear = new Map((points ?? []).map((p) => [p.year, yearFallbackLines(p)]));
    return (year: number) => byYear.get(year) ?? [];
  }, [points]);
  const noResources = equity !== undefined && equity.years.length === 0;

  return (
    <>
      <PageIntro title="Fairshare overview">
        <p>
          Is labor trafficking getting a share of the field’s resources that matches its share of
          the need?
        </p>
      </PageIntro>
      <CreateBriefButton kind="OVERVIEW" {...vars} />
      <div className="controls-bar">
        <MeasureControls api={api} availableBases={grid?.needBases} />
        <ScopeControls api={api} />
      </div>
      {/* Above the figures it qualifies: higher up, its late arrival pushed the controls down. */}
      {equity?.illustrative && <IllustrativeBanner importHref={api.hrefFor('import')} />}

      {overview.error ? (
        <ErrorState error={overview.error} what="headline figures" onRetry={overview.retry} />
      ) : !equity || !headline ? (
        <Loading what="the headline figures" height={160} />
      ) : noResources ? (
        <EmptyState
          title={`No ${DIMENSION_LABEL[dim].toLowerCase()} records match this scope.`}
          onWiden={widen}
        >
          <p>
            Widen it: take out a filter or two, choose more years, or pick another resource above.
          </p>
        </EmptyState>
      ) : (
        <section
          className={`headline${overview.stale ? ' is-stale' : ''}`}
          aria-labelledby="headline-title"
          aria-busy={overview.stale || undefined}
        >
          <h2 id="headline-title" className="visually-hidden">
            Headline
          </h2>
          <p className="headline-sentence" data-testid="headline">
            {headline}
          </p>
          <IgnoredFields fields={equity.ignoredScopeFields} />
          <div className="headline-actions">
            <CopyButton
              label="Copy this sentence with its source"
              text={() => `${headline} ${sentenceCitation(equity, window.location.href)}`}
              fallback="Select the sentence and copy it; the address bar holds the link to this view."
            />
            <CopyLink />
          </div>
          <dl className="stat-cards">
            <div className="stat">
              <dt>Labor’s equity ratio</dt>
              <dd>
                <span className="stat-value">{formatRatio(equity.labor.equityRatio)}</span>
                <span className="stat-note">
                  range {formatRatio(equity.range.min)} to {formatRatio(equity.range.max)} over
                  every need basis and rule
                </span>
              </dd>
            </div>
            <div className="stat">
              <dt>Parity gap</dt>
              <dd>
                <span className="stat-value">
                  {formatAmount(equity.parityGap, dim)}
                  {dim !== 'FUNDING' && equity.parityGap !== null ? (
                    <small>{unitSuffix(dim, equity.parityGap)}</small>
                  ) : null}
                </span>
                <span className="stat-note">{parityGapSentence(equity, dim)}</span>
              </dd>
            </div>
            <div className="stat">
              <dt>Shares</dt>
              <dd>
                <span className="stat-value">
                  {formatShare(equity.labor.resourceShare)} <small>of resources</small>
                </span>
                <span className="stat-note">
                  against {formatShare(equity.labor.needShare)} of {NEED_BASIS_NOUN[view.needBasis]}
                </span>
              </dd>
            </div>
            <div className="stat">
              <dt>Per need unit</dt>
              <dd>
                <span className="stat-value">
                  {formatAmount(equity.labor.perNeedUnit, dim)} <small>labor</small>
                </span>
                <span className="stat-note">
                  against {formatAmount(equity.sex.perNeedUnit, dim)} for sex trafficking
                  {equity.disparityMultiple !== null &&
                    ` (${formatRatio(equity.disparityMultiple)} times as much)`}
                  , per {equity.need.unit === 'persons' ? 'person' : (equity.need.unit ?? 'unit')}{' '}
                  of need
                </span>
              </dd>
            </div>
          </dl>
        </section>
      )}

      {!noResources && (
        <section aria-label="Trend">
          {trend.error ? (
            <ErrorState error={trend.error} what="trend" onRetry={trend.retry} />
          ) : !trend.data || !table || !gapStack ? (
            <Loading what="the trend by year" height={360} />
          ) : trend.data.equityTrend.points.every((p) => p.labor.equityRatio === null) ? (
            <EmptyState title="No year in scope has both resources and need figures for this basis.">
              <p>
                Choose another measure of need above; the Equity page shows which bases have figures
                in this scope.
              </p>
            </EmptyState>
          ) : (
            <div className="chart-grid">
              <ChartFrame
                title={`Equity ratio by year: ${DIMENSION_LABEL[dim].toLowerCase()}`}
                summary={trendSummary(trend.data.equityTrend.points)}
                stale={trend.stale}
                legend={[
                  { key: 'LABOR', label: 'Labor', style: TYPE_STYLE.LABOR, kind: 'line' },
                  { key: 'SEX', label: 'Sex', style: TYPE_STYLE.SEX, kind: 'line' },
                ]}
                table={table}
                meta={chartMeta({
                  title: 'Equity ratio by year',
                  view,
                  names,
                  datasets: trend.data.equityTrend.datasets,
                  need: trend.data.equityTrend.need,
                  usesNeed: true,
                  notes: trendFallbackNotes(trend.data.equityTrend.points),
                  illustrative: trend.data.equityTrend.illustrative,
                  disclosure: trend.data.equityTrend.disclosure,
                })}
              >
                {({ width, idPrefix }) => (
                  <LinesChart
                    idPrefix={idPrefix}
                    width={width}
                    title="Equity ratio by year"
                    summary={trendSummary(trend.data!.equityTrend.points)}
                    series={ratioSeries}
                    references={PARITY}
                    notesAt={fallbacksAt}
                    xLabel="Year"
                    yLabel="Equity ratio (share of resources ÷ share of need)"
                    formatValue={formatRatio}
                    formatTick={(v) => formatTick(v, 'RATIO')}
                  />
                )}
              </ChartFrame>
              <ChartFrame
                title={`Parity gap by year: ${DIMENSION_LABEL[dim].toLowerCase()}`}
                summary="How much would have to move to labor trafficking each year, the total unchanged, for labor’s share of resources to equal its share of need. Bars below zero mean labor received more than its share."
                stale={trend.stale}
                legend={[
                  {
                    key: 'gap',
                    label: `Parity gap (${DIMENSION_UNIT_LABEL[dim]})`,
                    style: NEUTRAL_STYLE,
                    kind: 'fill',
                  },
                ]}
                table={table}
                meta={chartMeta({
                  title: 'Parity gap by year',
                  view,
                  names,
                  datasets: trend.data.equityTrend.datasets,
                  need: trend.data.equityTrend.need,
                  usesNeed: true,
                  notes: trendFallbackNotes(trend.data.equityTrend.points),
                  illustrative: trend.data.equityTrend.illustrative,
                  disclosure: trend.data.equityTrend.disclosure,
                })}
              >
                {({ width, idPrefix }) => (
                  <StackedColumnsChart
                    idPrefix={idPrefix}
                    width={width}
                    title="Parity gap by year"
                    summary="Resources to move to labor trafficking each year for a proportional share."
                    input={gapStack}
                    xLabel="Year"
                    yLabel={`Parity gap (${DIMENSION_UNIT_LABEL[dim]})`}
                    formatValue={amount}
                    formatTick={tick}
                  />
                )}
              </ChartFrame>
            </div>
          )}
        </section>
      )}

      {view.dimension === 'RESEARCH' && <ResearchPeriods scope={view.scope} />}

      {equity && (
        <DataBasis
          resources={equity.datasets}
          need={equity.need}
          sourcesHref={api.hrefFor('sources')}
        />
      )}
    </>
  );
}
