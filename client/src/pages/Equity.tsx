/**
 * Equity: share of resources against share of need for every resource (dumbbells), the
 * sensitivity grid of need basis by attribution rule as a heat table, and resources per need unit.
 */
import { useMemo } from 'react';
import { EQUITY_BY_DIMENSION, SENSITIVITY } from '../api/operations';
import { useQuery } from '../api/useQuery';
import { ChartFrame } from '../charts/ChartFrame';
import { DumbbellChart } from '../charts/DumbbellChart';
import { HeatGridChart } from '../charts/HeatGridChart';
import { RATIO_CLASSES, TYPE_STYLE } from '../charts/palette';
import {
  dimensionDumbbellRows,
  dimensionSummary,
  dimensionTable,
  perNeedSentence,
  perNeedUnitStack,
  sensitivityHeat,
  sensitivityTable,
} from '../charts/series/equity';
import { StackedRowsChart } from '../charts/StackedRowsChart';
import { CopyLink } from '../components/CopyLink';
import { IllustrativeBanner } from '../components/IllustrativeBadge';
import { MeasureControls } from '../components/MeasureControls';
import { PageIntro } from '../components/PageIntro';
import { ScopeControls } from '../components/ScopeControls';
import { ErrorState, Loading } from '../components/StatusViews';
import type { AttributionRule, NeedBasis } from '../generated/graphql';
import {
  ATTRIBUTION_LABEL,
  DIMENSION_LABEL,
  DIMENSION_UNIT_LABEL,
  NEED_BASIS_LABEL,
} from '../format/labels';
import { chartMeta } from '../format/meta';
import { formatAmount, formatRatio, formatShare, formatTick } from '../format/numbers';
import { useCatalog } from '../state/catalog';
import { useMeasureVariables } from '../state/useScopeVariables';
import { CreateBriefButton } from '../brief/CreateBriefButton';
import type { PageProps } from './types';

const SHARE_DOMAIN: [number, number] = [0, 1];
const shareTick = (v: number) => formatTick(v, 'SHARE');

export default function Equity({ api }: PageProps) {
  const { view, update } = api;
  const vars = useMeasureVariables(view);
  const byDimVars = useMemo(
    () => ({ scope: vars.scope, needBasis: vars.needBasis, attribution: vars.attribution }),
    [vars],
  );
  const sensVars = useMemo(() => ({ scope: vars.scope, dimension: vars.dimension }), [vars]);
  const byDim = useQuery(EQUITY_BY_DIMENSION, byDimVars);
  const sens = useQuery(SENSITIVITY, sensVars);
  const { names } = useCatalog();
  const dim = view.dimension;

  const results = useMemo(
    () =>
      byDim.data
        ? [byDim.data.funding, byDim.data.training, byDim.data.services, byDim.data.research]
        : null,
    [byDim.data],
  );
  const rows = useMemo(() => (results ? dimensionDumbbellRows(results) : null), [results]);
  const grid = sens.data?.equitySensitivity;
  const heat = useMemo(
    () =>
      grid
        ? sensitivityHeat(grid, { needBasis: view.needBasis, attribution: view.attribution }, dim)
        : null,
    [grid, view.needBasis, view.attribution, dim],
  );
  const current = results?.find((r) => r.dimension === dim);
  const perNeed = useMemo(() => (current ? perNeedUnitStack(current) : null), [current]);
  const illustrative =
    (results?.some((r) => r.illustrative) ?? false) || (grid?.illustrative ?? false);
  const amount = (v: number) => formatAmount(v, dim);

  return (
    <>
      <PageIntro title="Equity">
        <p>
          Labor trafficking’s share of each resource against its share of need, how the answer moves
          with the measure of need and the attribution rule, and what each survivor’s need receives.
        </p>
      </PageIntro>
      <CreateBriefButton kind="EQUITY" {...vars} />
      <div className="controls-bar">
        <MeasureControls api={api} availableBases={grid?.needBases} />
        <ScopeControls api={api} />
        <div className="field-row">
          <CopyLink />
        </div>
      </div>
      {/* Above the figures it qualifies: higher up, its late arrival pushed the controls down. */}
      {illustrative && <IllustrativeBanner importHref={api.hrefFor('import')} />}

      <section aria-labelledby="eq-shares">
        <h2 id="eq-shares">Share of resources against share of need</h2>
        {byDim.error ? (
          <ErrorState error={byDim.error} what="shares by resource" onRetry={byDim.retry} />
        ) : !results || !rows ? (
          <Loading what="shares by resource" height={380} />
        ) : (
          <ChartFrame
            title={`Shares of resources and of ${NEED_BASIS_LABEL[view.needBasis].toLowerCase()}, by resource`}
            summary={dimensionSummary(results)}
            stale={byDim.stale}
            legend={[
              { key: 'LABOR', label: 'Labor', style: TYPE_STYLE.LABOR, kind: 'marker' },
              { key: 'SEX', label: 'Sex', style: TYPE_STYLE.SEX, kind: 'marker' },
              {
                key: 'need',
                label: 'Open: share of need',
                style: { ...TYPE_STYLE.UNSPECIFIED, marker: 'circle' },
                kind: 'ring',
              },
              {
                key: 'res',
                label: 'Filled: share of resources',
                style: { ...TYPE_STYLE.UNSPECIFIED, marker: 'circle' },
                kind: 'marker',
              },
            ]}
            table={dimensionTable(results)}
            meta={chartMeta({
              title: 'Shares of resources and of need, by resource',
              view,
              names,
              datasets: results.flatMap((r) => r.datasets),
              need: results[0]!.need,
              usesNeed: true,
              illustrative,
              disclosure: results.find((r) => r.disclosure.protected)?.disclosure,
            })}
          >
            {({ width, idPrefix }) => (
              <DumbbellChart
                idPrefix={idPrefix}
                width={width}
                title="Shares of resources and of need, by resource"
                summary="Open markers: share of need; filled markers: share of resources."
                rows={rows}
                domain={SHARE_DOMAIN}
                xLabel="Share (%)"
                formatValue={formatShare}
                formatTick={shareTick}
              />
            )}
          </ChartFrame>
        )}
      </section>

      <section aria-labelledby="eq-sensitivity">
        <h2 id="eq-sensitivity">How the answer depends on the measure of need</h2>
        {sens.error ? (
          <ErrorState error={sens.error} what="sensitivity grid" onRetry={sens.retry} />
        ) : !grid || !heat ? (
          <Loading what="the sensitivity grid" height={300} />
        ) : (
          <ChartFrame
            title={`Labor’s equity ratio for every need basis and rule: ${DIMENSION_LABEL[dim].toLowerCase()}`}
            summary={`Across ${grid.needBases.length} need bases and ${new Set(grid.cells.map((c) => c.attribution)).size} attribution rules, labor’s equity ratio ranges from ${formatRatio(grid.ranges.laborEquityRatio.min)} to ${formatRatio(grid.ranges.laborEquityRatio.max)}. The outlined cell is the current choice (${NEED_BASIS_LABEL[view.needBasis]}, ${ATTRIBUTION_LABEL[view.attribution]}); choose a cell to switch to it.`}
            stale={sens.stale}
            legend={RATIO_CLASSES.map((c) => ({
              key: c.label,
              label: c.label,
              style: {
                color: c.color,
                pattern: 'solid' as const,
                dash: '',
                marker: 'square' as const,
              },
              kind: 'fill' as const,
            }))}
            table={sensitivityTable(grid, dim)}
            meta={{
              ...chartMeta({
                title: 'Sensitivity grid: labor equity ratio',
                view,
                names,
                datasets: grid.datasets,
                usesNeed: false,
                illustrative: grid.illustrative,
                disclosure: grid.disclosure,
              }),
              needBasis: `every basis with figures in scope (${grid.needBases.map((b) => NEED_BASIS_LABEL[b]).join(', ')})`,
              attribution:
                'every rule (Leave out = exclude shared; 50/50 = even split; By need = need-proportional; Declared = declared labor share)',
            }}
          >
            {({ width, idPrefix }) => (
              <HeatGridChart
                idPrefix={idPrefix}
                width={width}
                title="Sensitivity grid: labor equity ratio"
                summary="Rows are need bases, columns attribution rules."
                input={heat}
                onSelect={(row, column) =>
                  update({ needBasis: row as NeedBasis, attribution: column as AttributionRule })
                }
              />
            )}
          </ChartFrame>
        )}
      </section>

      <section aria-labelledby="eq-perneed">
        <h2 id="eq-perneed">Resources per unit of need</h2>
        {byDim.error ? null : !current || !perNeed ? (
          <Loading what="resources per need unit" height={200} />
        ) : (
          <ChartFrame
            title={`${DIMENSION_LABEL[dim]} per ${current.need.unit === 'persons' ? 'person' : (current.need.unit ?? 'unit')} of ${NEED_BASIS_LABEL[view.needBasis].toLowerCase()}`}
            summary={perNeedSentence(
              current,
              current.need.unit === 'persons' ? 'person' : (current.need.unit ?? 'unit'),
            )}
            stale={byDim.stale}
            legend={[
              { key: 'LABOR', label: 'Labor', style: TYPE_STYLE.LABOR, kind: 'fill' },
              { key: 'SEX', label: 'Sex', style: TYPE_STYLE.SEX, kind: 'fill' },
            ]}
            table={dimensionTable(results!)}
            meta={chartMeta({
              title: `${DIMENSION_LABEL[dim]} per unit of need`,
              view,
              names,
              datasets: current.datasets,
              need: current.need,
              usesNeed: true,
              illustrative: current.illustrative,
              disclosure: current.disclosure,
            })}
          >
            {({ width, idPrefix }) => (
              <StackedRowsChart
                idPrefix={idPrefix}
                width={width}
                title={`${DIMENSION_LABEL[dim]} per unit of need`}
                summary={perNeedSentence(current, 'unit')}
                input={perNeed}
                xLabel={`${DIMENSION_UNIT_LABEL[dim]} per ${current.need.unit === 'persons' ? 'person' : (current.need.unit ?? 'unit')} of need`}
                formatValue={amount}
                formatTick={(v) => formatTick(v, dim)}
              />
            )}
          </ChartFrame>
        )}
      </section>
    </>
  );
}
