/**
 * Funders: every funder ranked by labor's equity ratio with its totals; one funder (or one
 * dataset, e.g. an organization's own) profiled against the field and need; up to four compared.
 */
import { SelectField } from '../components/form/Field';
import { useMemo } from 'react';
import { EQUITY_BREAKDOWN } from '../api/operations';
import { useQuery } from '../api/useQuery';
import { rankFunders } from '../charts/series/funders';
import { CopyLink } from '../components/CopyLink';
import { IllustrativeBanner } from '../components/IllustrativeBadge';
import { MeasureControls } from '../components/MeasureControls';
import { PageIntro } from '../components/PageIntro';
import { ScopeControls } from '../components/ScopeControls';
import { EmptyState, ErrorState, Loading } from '../components/StatusViews';
import { chartMeta } from '../format/meta';
import { useCatalog } from '../state/catalog';
import { useMeasureVariables } from '../state/useScopeVariables';
import { CreateBriefButton } from '../brief/CreateBriefButton';
import { EMPTY_SCOPE, isScopeEmpty } from '../state/viewState';
import { Compare } from './funders/Compare';
import { FocusProfile } from './funders/FocusProfile';
import { focusParam, parseCompare, parseFocus, parseSort, type Focus } from './funders/focus';
import { Ranking } from './funders/Ranking';
import type { PageProps } from './types';

export default function Funders({ api }: PageProps) {
  const { view, update } = api;
  const vars = useMeasureVariables(view);
  const breakdownVars = useMemo(() => ({ ...vars, by: 'FUNDER' as const }), [vars]);
  const fundingOnly = view.dimension === 'FUNDING';
  const q = useQuery(EQUITY_BREAKDOWN, breakdownVars, { skip: !fundingOnly });
  const catalog = useCatalog();
  const sort = parseSort(view.params.sort);
  const compare = parseCompare(view.params.compare);
  const result = q.data?.equityBreakdown;

  const explicitFocus = parseFocus(view.params.focus);
  const focus: Focus | null = useMemo(() => {
    if (explicitFocus) return explicitFocus;
    if (!fundingOnly) {
      // The first dataset holding records of the chosen resource.
      const count = (d: (typeof catalog.datasets)[number]) =>
        view.dimension === 'TRAINING'
          ? d.recordCounts.trainings
          : view.dimension === 'SERVICES'
            ? d.recordCounts.serviceRecords
            : d.recordCounts.researchOutputs;
      const own = catalog.datasets.find((d) => count(d) > 0);
      return own ? { kind: 'dataset', id: own.id } : null;
    }
    // By default, the largest funder in scope.
    const largest = result ? rankFunders(result.rows, 'total')[0] : undefined;
    return largest ? { kind: 'funder', id: largest.key } : null;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view.params.focus, view.dimension, fundingOnly, result, catalog.datasets]);
  const focusLabel = focus
    ? focus.kind === 'funder'
      ? (catalog.names.organizations.get(focus.id) ??
        result?.rows.find((r) => r.key === focus.id)?.label ??
        `Funder ${focus.id}`)
      : (catalog.names.datasets.get(focus.id) ?? `Dataset ${focus.id}`)
    : '';
  const widen = isScopeEmpty(view.scope) ? undefined : () => update({ scope: EMPTY_SCOPE });
  const resourceDatasets = catalog.datasets.filter((d) => d.recordCounts.needIndicators === 0);

  return (
    <>
      <PageIntro title="Funders">
        <p>
          How each funder’s portfolio splits between labor and sex trafficking, against the field
          and against need. Pick a funder, or a dataset such as your organization’s own, to profile
          it.
        </p>
      </PageIntro>
      <CreateBriefButton
        kind="FUNDERS"
        {...vars}
        funderIds={
          fundingOnly && compare.length ? compare : focus?.kind === 'funder' ? [focus.id] : []
        }
      />
      {(result?.illustrative ?? catalog.datasets.some((d) => d.illustrative)) && (
        <IllustrativeBanner importHref={api.hrefFor('import')} />
      )}
      <div className="controls-bar">
        <MeasureControls api={api} />
        <ScopeControls api={api} />
        <div className="field-row">
          <SelectField
            id="ctl-focus"
            label="Profile"
            value={focus ? focusParam(focus) : ''}
            onValue={(v) => update({ params: { focus: v || null } })}
          >
            {!focus && <option value="">Choose a funder or dataset</option>}
            <optgroup label="Funders">
              {catalog.funders.map((f) => (
                <option key={f.id} value={`f:${f.id}`}>
                  {f.name}
                </option>
              ))}
            </optgroup>
            <optgroup label="Datasets (e.g. your organization’s)">
              {resourceDatasets.map((d) => (
                <option key={d.id} value={`d:${d.id}`}>
                  {d.name}
                </option>
              ))}
            </optgroup>
          </SelectField>
          <CopyLink />
        </div>
      </div>

      <section aria-labelledby="focus-title">
        <h2 id="focus-title">{focus ? `${focusLabel} against the field` : 'Profile'}</h2>
        {focus ? (
          <FocusProfile view={view} vars={vars} focus={focus} label={focusLabel} />
        ) : (
          <p className="muted">Choose a funder or a dataset above to profile it.</p>
        )}
      </section>

      {!fundingOnly ? (
        <p className="notice">
          Funders are recorded for grants only, so the ranking and comparison need the funding
          resource.{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => update({ dimension: 'FUNDING' })}
          >
            Switch to funding
          </button>
        </p>
      ) : q.error ? (
        <ErrorState error={q.error} what="funder ranking" onRetry={q.retry} />
      ) : !result ? (
        <Loading what="the funder ranking" height={400} />
      ) : !result.rows.length ? (
        <EmptyState title="No funder has grants in this scope." onWiden={widen}>
          <p>Widen the scope: fewer filters or more years.</p>
        </EmptyState>
      ) : (
        <>
          <Ranking
            rows={result.rows}
            dimension={view.dimension}
            sort={sort}
            onSort={(s) => update({ params: { sort: s === 'ratio' ? null : s } })}
            focusId={focus?.kind === 'funder' ? focus.id : null}
            onFocus={(id) => {
              update({ params: { focus: `f:${id}` } });
              document
                .getElementById('focus-title')
                ?.scrollIntoView({ behavior: 'smooth', block: 'start' });
            }}
            compare={compare}
            onCompare={(ids) => update({ params: { compare: ids.join(',') || null } })}
            meta={chartMeta({
              title: 'Funders ranked by labor equity ratio',
              view,
              names: catalog.names,
              datasets: result.datasets,
              need: result.need,
              usesNeed: true,
              illustrative: result.illustrative,
            })}
          />
          <section aria-labelledby="compare-title">
            <h2 id="compare-title">Compare funders</h2>
            <Compare
              view={view}
              vars={vars}
              ids={compare}
              onRemove={(id) =>
                update({ params: { compare: compare.filter((c) => c !== id).join(',') || null } })
              }
            />
          </section>
        </>
      )}
    </>
  );
}
