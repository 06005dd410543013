/**
 * Sources & methods: every dataset with its citation, URL, vintage, confidence and illustrative
 * flag; the need figures; and the formulas behind every number, in plain language.
 */
import { DataTable, chartColumns } from '../charts/DataTable';
import { SelectField } from '../components/form/Field';
import { FormError } from '../components/form/FormMessage';
import { useMemo, useState } from 'react';
import { NEED_FIGURES, SOURCES } from '../api/operations';
import { useQuery } from '../api/useQuery';
import { graphqlRequest } from '../graphql';
import type { NeedFiguresQuery } from '../generated/graphql';
import type { TableData } from '../charts/types';
import { DownloadCsvButton } from '../components/DownloadCsvButton';
import { IllustrativeBadge } from '../components/IllustrativeBadge';
import { PageIntro } from '../components/PageIntro';
import { EmptyState, ErrorState, Loading } from '../components/StatusViews';
import type { NeedBasis } from '../generated/graphql';
import {
  CONFIDENCE_DETAIL,
  CONFIDENCE_LABEL,
  NEED_BASIS_DETAIL,
  NEED_BASIS_LABEL,
} from '../format/labels';
import { formatCount } from '../format/numbers';
import { NEED_BASES } from '../../../core/vocabulary';
import { Methods } from './sources/Methods';
import { ScenarioDefaults } from './sources/ScenarioDefaults';
import { ResearchPeriods } from '../components/ResearchPeriods';
import type { PageProps } from './types';

export default function Sources({ api }: PageProps) {
  const q = useQuery(SOURCES, {});
  // The need basis the figures are filtered to lives in the URL, like every view setting.
  const basis: NeedBasis | '' = (NEED_BASES as readonly string[]).includes(
    api.view.params.figures ?? '',
  )
    ? (api.view.params.figures as NeedBasis)
    : '';
  const setBasis = (b: NeedBasis | '') => api.update({ params: { figures: b || null } });
  const figureVars = useMemo(() => ({ after: null, bases: basis ? [basis] : null }), [basis]);
  const firstPage = useQuery(NEED_FIGURES, figureVars);
  // Later pages, fetched on request, for the current basis only.
  const [more, setMore] = useState<{ basis: string; pages: NeedFiguresQuery['needIndicators'][] }>({
    basis: '',
    pages: [],
  });
  const [moreError, setMoreError] = useState<string | null>(null);
  const data = q.data;
  const pages = useMemo(() => {
    if (!firstPage.data) return [];
    return [firstPage.data.needIndicators, ...(more.basis === basis ? more.pages : [])];
  }, [firstPage.data, more, basis]);
  const figures = useMemo(() => pages.flatMap((p) => p.nodes), [pages]);
  const last = pages[pages.length - 1];
  async function loadMore() {
    if (!last?.pageInfo.endCursor) return;
    setMoreError(null);
    try {
      const next = await graphqlRequest<NeedFiguresQuery>(NEED_FIGURES, {
        after: last.pageInfo.endCursor,
        bases: basis ? [basis] : null,
      });
      setMore((m) => ({
        basis,
        pages: [...(m.basis === basis ? m.pages : []), next.needIndicators],
      }));
    } catch (err) {
      setMoreError((err as Error).message);
    }
  }
  const figureTable: TableData = useMemo(
    () => ({
      columns: [
        { key: 'indicator', label: 'Series' },
        { key: 'basis', label: 'Basis' },
        { key: 'year', label: 'Year' },
        { key: 'geography', label: 'Geography' },
        { key: 'type', label: 'Type' },
        { key: 'value', label: 'Value', numeric: true, format: formatCount },
        { key: 'unit', label: 'Unit' },
        { key: 'confidence', label: 'Confidence' },
        { key: 'dataset', label: 'Dataset' },
        { key: 'note', label: 'Note' },
      ],
      rows: figures.map((n) => ({
        indicator: n.indicator,
        basis: NEED_BASIS_LABEL[n.basis],
        year: String(n.year),
        geography: n.geography,
        type:
          n.traffickingType === 'NON_LABOR'
            ? 'Non-labor (read as sex)'
            : n.traffickingType.toLowerCase(),
        value: n.value,
        unit: n.unit,
        confidence: CONFIDENCE_LABEL[n.confidence],
        dataset: n.dataset.name,
        note: n.note,
      })),
    }),
    [figures],
  );

  return (
    <>
      <PageIntro title="Sources & methods">
        <p>
          Every dataset Fairshare holds, how far each can be trusted, and how every figure is
          computed.
        </p>
      </PageIntro>
      <nav className="page-toc" aria-label="On this page">
        <a href="#src-datasets">Datasets</a>
        <a href="#src-figures">Need figures</a>
        <a href="#methods">Methods</a>
        <a href="#scenario-defaults">Scenario defaults</a>
      </nav>
      <section aria-labelledby="src-datasets">
        <h2 id="src-datasets">Datasets</h2>
        {q.error ? (
          <ErrorState error={q.error} what="datasets" onRetry={q.retry} />
        ) : !data ? (
          <Loading what="the datasets" />
        ) : !data.datasets.nodes.length ? (
          <EmptyState title="No datasets are visible to you yet.">
            <p>
              <a href={api.hrefFor('import')}>Import data</a> to get started.
            </p>
          </EmptyState>
        ) : (
          <ul className="dataset-list">
            {data.datasets.nodes.map((d) => {
              const c = d.recordCounts;
              const counts = [
                c.grants && `${formatCount(c.grants)} grants`,
                c.trainings && `${formatCount(c.trainings)} trainings`,
                c.serviceRecords && `${formatCount(c.serviceRecords)} service records`,
                c.researchOutputs && `${formatCount(c.researchOutputs)} research records`,
                c.needIndicators && `${formatCount(c.needIndicators)} need figures`,
              ].filter(Boolean);
              return (
                <li key={d.id} className="dataset-card">
                  <h3>
                    {d.name} {d.illustrative && <IllustrativeBadge long />}
                  </h3>
                  <dl>
                    <div>
                      <dt>Source</dt>
                      <dd>{d.source}</dd>
                    </div>
                    <div>
                      <dt>Citation</dt>
                      <dd>{d.citation}</dd>
                    </div>
                    <div>
                      <dt>Address</dt>
                      <dd>
                        {d.url ? (
                          <a href={d.url} rel="noopener noreferrer">
                            {d.url}
                          </a>
                        ) : (
                          'not published online'
                        )}
                      </dd>
                    </div>
                    <div>
                      <dt>Vintage</dt>
                      <dd>
                        {d.vintage ?? 'not stated'}
                        {d.dataPeriod ? ` (covers ${d.dataPeriod})` : ''}
                      </dd>
                    </div>
                    <div>
                      <dt>Confidence</dt>
                      <dd>
                        <span className={`confidence confidence-${d.confidence.toLowerCase()}`}>
                          {CONFIDENCE_LABEL[d.confidence]}
                        </span>{' '}
                        — {CONFIDENCE_DETAIL[d.confidence]}
                      </dd>
                    </div>
                    <div>
                      <dt>Illustrative</dt>
                      <dd>
                        {d.illustrative
                          ? 'Yes: generated demo data, not real figures.'
                          : 'No: real published or imported data.'}
                      </dd>
                    </div>
                    <div>
                      <dt>Holds</dt>
                      <dd>{counts.join(', ') || 'no records'}</dd>
                    </div>
                    {d.license && (
                      <div>
                        <dt>License</dt>
                        <dd>{d.license}</dd>
                      </div>
                    )}
                    <div>
                      <dt>Visibility</dt>
                      <dd>
                        {d.visibility === 'PUBLIC'
                          ? 'Public'
                          : `Private${d.owner ? ` to ${d.owner.name}` : ''}`}
                      </dd>
                    </div>
                  </dl>
                  {d.description && <p className="small">{d.description}</p>}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <ResearchPeriods scope={api.view.scope} />

      <section aria-labelledby="src-figures">
        <h2 id="src-figures">Need figures</h2>
        <p>
          The published figures need is measured by. A published total and its labor subset (the TIP
          report’s) are stored as labor and non-labor; by a documented convention the non-labor
          remainder is read as sex trafficking.
        </p>
        {firstPage.error ? (
          <ErrorState error={firstPage.error} what="need figures" onRetry={firstPage.retry} />
        ) : !firstPage.data ? (
          <Loading what="the need figures" />
        ) : (
          <>
            <div className="chart-toolbar">
              <SelectField
                id="src-basis"
                label="Need basis"
                value={basis}
                onValue={(v) => setBasis(v as NeedBasis | '')}
                options={[
                  { value: '', label: 'All bases' },
                  ...NEED_BASES.map((b) => ({ value: b, label: NEED_BASIS_LABEL[b] })),
                ]}
              />
              <DownloadCsvButton
                table={figureTable}
                meta={{
                  title: 'Need figures',
                  scope: basis ? NEED_BASIS_LABEL[basis] : 'every need basis',
                  illustrative: figures.some((f) => f.dataset.illustrative),
                  sources: [...new Map(figures.map((f) => [f.dataset.id, f.dataset])).values()].map(
                    (d) => ({ name: d.name, illustrative: d.illustrative }),
                  ),
                }}
              />
            </div>
            <p className="small muted">
              {basis ? `${NEED_BASIS_LABEL[basis]}: ${NEED_BASIS_DETAIL[basis]}. ` : ''}
              Showing {formatCount(figures.length)} of{' '}
              {formatCount(last?.totalCount ?? figures.length)} figures.
            </p>
            <DataTable
              caption="Need figures"
              columns={chartColumns(figureTable)}
              rows={figureTable.rows}
              rowKey={(_r, i) => String(i)}
            />
            {last?.pageInfo.hasNextPage && (
              <button type="button" onClick={() => void loadMore()}>
                Show more figures
              </button>
            )}
            {moreError && (
              <FormError look="inline">More figures could not be loaded: {moreError}</FormError>
            )}
          </>
        )}
      </section>
      <Methods disclosure={q.data?.disclosureMethod ?? null} />
      <ScenarioDefaults defaults={q.data?.scenarioDefaults ?? null} />
    </>
  );
}
