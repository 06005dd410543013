/**
 * Research counts that cover a period (a literature review of 2000–2017), each shown as what it
 * is: one total for its period, in its own unit, never split into years or added to the yearly
 * research series.
 */
import { DataTable, type DataColumn } from '../charts/DataTable';
import type { ResearchPeriodsQuery } from '../generated/graphql';
import { useMemo } from 'react';
import { RESEARCH_PERIODS } from '../api/operations';
import { useQuery } from '../api/useQuery';
import { formatCount, formatShare } from '../format/numbers';
import type { Scope } from '../state/viewState';
import { toScopeInput } from '../state/viewState';
import { IllustrativeBadge } from './IllustrativeBadge';
import { ErrorState, Loading } from './StatusViews';

export function periodLabel(start: number | null, end: number): string {
  if (start === null) return `up to ${end}`;
  return start === end ? String(end) : `${start}–${end}`;
}

type Period = ResearchPeriodsQuery['researchPeriods'][number];

const PERIOD_COLUMNS: DataColumn<Period>[] = [
  {
    key: 'source',
    header: 'Source',
    cell: (p) => (
      <>
        {p.dataset.url ? <a href={p.dataset.url}>{p.dataset.name}</a> : p.dataset.name}
        {p.illustrative && (
          <>
            {' '}
            <IllustrativeBadge />
          </>
        )}
      </>
    ),
  },
  { key: 'period', header: 'Period', cell: (p) => periodLabel(p.periodStart, p.periodEnd) },
  { key: 'unit', header: 'Unit', cell: (p) => p.unit },
  { key: 'labor', header: 'Labor', numeric: true, cell: (p) => formatCount(p.labor) },
  { key: 'sex', header: 'Sex', numeric: true, cell: (p) => formatCount(p.sex) },
  { key: 'both', header: 'Both', numeric: true, cell: (p) => formatCount(p.both) },
  {
    key: 'unspecified',
    header: 'Other or not stated',
    numeric: true,
    cell: (p) => formatCount(p.unspecified),
  },
  { key: 'total', header: 'Total', numeric: true, cell: (p) => formatCount(p.total) },
  {
    key: 'share',
    header: 'Labor’s share of labor + sex',
    numeric: true,
    cell: (p) => formatShare(p.laborShareOfTyped),
  },
];

export function ResearchPeriods({
  scope,
  headingLevel = 2,
}: {
  scope: Scope;
  headingLevel?: 2 | 3;
}) {
  const scopeKey = JSON.stringify(scope);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const vars = useMemo(() => ({ scope: toScopeInput(scope) }), [scopeKey]);
  const q = useQuery(RESEARCH_PERIODS, vars);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  if (q.error) return <ErrorState error={q.error} what="research counts" onRetry={q.retry} />;
  if (!q.data) return <Loading what="the research counts" height={120} />;
  const periods = q.data.researchPeriods;
  return (
    <section className="research-periods" aria-labelledby="research-periods-title">
      <Heading id="research-periods-title">Research counts over a period</Heading>
      <p>
        Literature reviews count everything published over several years. Each count is shown for
        its whole period, in its own unit; it is not part of the research-by-year figures and is
        never added to them.
      </p>
      <DataTable
        caption="Research counts over a period"
        rows={periods}
        rowKey={(p) => `${p.dataset.id}-${p.periodEnd}-${p.kind}`}
        rowHeader="source"
        columns={PERIOD_COLUMNS}
        empty={<p>No research count over a period overlaps this scope.</p>}
      />
    </section>
  );
}
