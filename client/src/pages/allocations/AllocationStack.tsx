/** One allocation chart: resources grouped by something and by trafficking type, stacked. */
import { useMemo } from 'react';
import { ALLOCATIONS } from '../../api/operations';
import { useQuery } from '../../api/useQuery';
import { ChartFrame } from '../../charts/ChartFrame';
import { TYPE_STYLE } from '../../charts/palette';
import {
  stackByType,
  stackTable,
  type CategoryAccessor,
  type StackOptions,
} from '../../charts/series/allocations';
import { StackedColumnsChart } from '../../charts/StackedColumnsChart';
import { StackedRowsChart } from '../../charts/StackedRowsChart';
import { EmptyState, ErrorState, Loading } from '../../components/StatusViews';
import type { AllocationGroup, TraffickingType } from '../../generated/graphql';
import { DIMENSION_LABEL, DIMENSION_UNIT_LABEL, TYPE_LABEL } from '../../format/labels';
import { chartMeta } from '../../format/meta';
import { formatAmount, formatShare, formatTick } from '../../format/numbers';
import { useCatalog } from '../../state/catalog';
import { EMPTY_SCOPE, isScopeEmpty, toScopeInput } from '../../state/viewState';
import type { PageProps } from '../types';

export interface AllocationStackProps extends PageProps {
  groupBy: AllocationGroup;
  accessor: CategoryAccessor;
  /** e.g. "by funder". */
  titleSuffix: string;
  categoryLabel: string;
  orientation: 'columns' | 'rows';
  options: StackOptions;
  /** Show shares of each category's total instead of amounts. */
  shares: boolean;
}

export function AllocationStack(props: AllocationStackProps) {
  const { api, groupBy, accessor, options, shares } = props;
  const { view } = api;
  const dim = view.dimension;
  const { names } = useCatalog();
  const scopeKey = JSON.stringify(view.scope);
  const vars = useMemo(
    () => ({
      scope: toScopeInput(view.scope),
      dimension: dim,
      groupBy: [groupBy, 'TYPE' as const],
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [scopeKey, dim, groupBy],
  );
  const q = useQuery(ALLOCATIONS, vars);
  const result = q.data?.allocations;
  const stack = useMemo(
    () => (result ? stackByType(result.rows, accessor, options) : null),
    [result, accessor, options],
  );
  const title = `${DIMENSION_LABEL[dim]} ${props.titleSuffix}`;

  if (q.error) return <ErrorState error={q.error} what={title.toLowerCase()} onRetry={q.retry} />;
  if (!result || !stack) return <Loading what={title.toLowerCase()} height={320} />;
  if (!stack.categories.length)
    return (
      <EmptyState
        title={`${title}: no records match this scope.`}
        onWiden={isScopeEmpty(view.scope) ? undefined : () => api.update({ scope: EMPTY_SCOPE })}
      >
        <p>Widen the scope (fewer filters, more years) or choose another resource.</p>
      </EmptyState>
    );

  const amount = (v: number) => formatAmount(v, dim);
  const fmtValue = shares ? formatShare : amount;
  const fmtTick = shares
    ? (v: number) => formatTick(v, 'SHARE')
    : (v: number) => formatTick(v, dim);
  const axisLabel = shares
    ? 'Share of the total (%)'
    : `${DIMENSION_LABEL[dim]} (${DIMENSION_UNIT_LABEL[dim]})`;
  const notes = [
    ...(stack.suppressedCells
      ? [
          `${stack.suppressedCells} cell${stack.suppressedCells > 1 ? 's' : ''} withheld (under ${result.disclosure.threshold} after protection); each marked by a small dashed box whose size means nothing.`,
        ]
      : []),
    ...(result.mixesIllustrative
      ? [
          'These figures add real and illustrative (demo) records together, as asked; turn on “Real data only” to leave the demo out.',
        ]
      : []),
  ];
  const laborTotal =
    stack.layers.find((l) => l.key === 'LABOR')?.values.reduce<number>((s, v) => s + (v ?? 0), 0) ??
    0;
  const allTotal = stack.layers.reduce(
    (s, l) => s + l.values.reduce<number>((a, v) => a + (v ?? 0), 0),
    0,
  );
  const summary = `${title}, ${stack.categories.length} ${props.categoryLabel.toLowerCase()} group${stack.categories.length > 1 ? 's' : ''}. Records for labor trafficking alone hold ${formatShare(allTotal ? laborTotal / allTotal : null)} of the ${amount(allTotal)} total shown.`;
  const chartProps = {
    input: stack,
    title,
    summary,
    normalize: shares,
    formatValue: fmtValue,
    formatTick: fmtTick,
  };
  return (
    <ChartFrame
      title={title}
      summary={summary}
      stale={q.stale}
      legend={stack.layers.map((l) => ({
        key: l.key,
        label: TYPE_LABEL[l.key as TraffickingType],
        style: TYPE_STYLE[l.key as TraffickingType],
        kind: 'fill' as const,
      }))}
      table={stackTable(stack, props.categoryLabel, dim)}
      meta={chartMeta({
        title,
        view,
        names,
        datasets: result.datasets,
        usesNeed: false,
        illustrative: result.illustrative,
        notes,
        disclosure: result.disclosure,
      })}
    >
      {({ width, idPrefix }) =>
        props.orientation === 'columns' ? (
          <StackedColumnsChart
            {...chartProps}
            width={width}
            idPrefix={idPrefix}
            xLabel={props.categoryLabel}
            yLabel={axisLabel}
          />
        ) : (
          <StackedRowsChart {...chartProps} width={width} idPrefix={idPrefix} xLabel={axisLabel} />
        )
      }
    </ChartFrame>
  );
}
