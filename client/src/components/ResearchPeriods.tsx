/**
 * Research counts that cover a period (a literature review of 2000–2017), each shown as what it
 * is: one total for its period, in its own unit, never split into years or added to the yearly
 * research series.
 */
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
      {periods.length === 0 ? (
        <p>No research count over a period overlaps this scope.</p>
      ) : (
        <div
          className="table-scroll"
          tabIndex={0}
          role="region"
          aria-label="Research counts over a period"
        >
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Source</th>
                <th scope="col">Period</th>
                <th scope="col">Unit</th>
                <th scope="col">Labor</th>
                <th scope="col">Sex</th>
                <th scope="col">Both</th>
                <th scope="col">Other or not stated</th>
                <th scope="col">Total</th>
                <th scope="col">Labor’s share of labor + sex</th>
              </tr>
            </thead>
            <tbody>
              {periods.map((p) => (
                <tr key={`${p.dataset.id}-${p.periodEnd}-${p.kind}`}>
                  <th scope="row">
                    {p.dataset.url ? <a href={p.dataset.url}>{p.dataset.name}</a> : p.dataset.name}
                    {p.illustrative && (
                      <>
                        {' '}
                        <IllustrativeBadge />
                      </>
                    )}
                  </th>
                  <td>{periodLabel(p.periodStart, p.periodEnd)}</td>
                  <td>{p.unit}</td>
                  <td>{formatCount(p.labor)}</td>
                  <td>{formatCount(p.sex)}</td>
                  <td>{formatCount(p.both)}</td>
                  <td>{formatCount(p.unspecified)}</td>
                  <td>{formatCount(p.total)}</td>
                  <td>{formatShare(p.laborShareOfTyped)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
