/**
 * Allocations: funding, training, services and research by trafficking type over the years, by
 * funder, by service category and by US state (a choropleth of labor's equity ratio), and small
 * multiples across the four resources. Every field of the API's scope is a filter.
 */
import { BY_CATEGORY, BY_FUNDER, BY_YEAR, type StackOptions } from '../charts/series/allocations';
import { MeasureControls } from '../components/MeasureControls';
import { PageIntro } from '../components/PageIntro';
import { ScopeControls } from '../components/ScopeControls';
import { IllustrativeBanner } from '../components/IllustrativeBadge';
import { CopyLink } from '../components/CopyLink';
import { ResearchPeriods } from '../components/ResearchPeriods';
import { useCatalog } from '../state/catalog';
import { AllocationStack } from './allocations/AllocationStack';
import { DimensionPanels } from './allocations/DimensionPanels';
import { StateMapSection } from './allocations/StateMapSection';
import type { PageProps } from './types';

const BY_KEY: StackOptions = { order: 'key' };
const BY_TOTAL: StackOptions = { order: 'total' };
const TOP_FUNDERS: StackOptions = {
  order: 'total',
  limit: 15,
  otherLabel: (n) => `${n} other funders`,
};

export default function Allocations({ api }: PageProps) {
  const { view, update } = api;
  const shares = view.params.show === 'shares';
  const grantsOnly = view.dimension !== 'FUNDING';
  const catalog = useCatalog();
  const illustrative =
    view.scope.illustrativeData !== 'EXCLUDE' && catalog.datasets.some((d) => d.illustrative);
  return (
    <>
      <PageIntro title="Allocations">
        <p>
          Where the field’s resources go: by trafficking type, year, funder, service category and
          state. Records that serve both forms, or do not say, are shown as they are recorded.
        </p>
      </PageIntro>
      {illustrative && <IllustrativeBanner importHref={api.hrefFor('import')} />}
      <div className="controls-bar">
        <MeasureControls api={api} />
        <ScopeControls api={api} />
        <div className="field-row">
          <fieldset className="segmented">
            <legend>Show</legend>
            <label>
              <input
                type="radio"
                name="alloc-show"
                checked={!shares}
                onChange={() => update({ params: { show: null } })}
              />
              Amounts
            </label>
            <label>
              <input
                type="radio"
                name="alloc-show"
                checked={shares}
                onChange={() => update({ params: { show: 'shares' } })}
              />
              Shares of each total
            </label>
          </fieldset>
          <CopyLink />
        </div>
      </div>
      <section aria-labelledby="alloc-time">
        <h2 id="alloc-time">Over the years</h2>
        <AllocationStack
          api={api}
          groupBy="YEAR"
          accessor={BY_YEAR}
          titleSuffix="by trafficking type and year"
          categoryLabel="Year"
          orientation="columns"
          options={BY_KEY}
          shares={shares}
        />
        {view.dimension === 'RESEARCH' && <ResearchPeriods scope={view.scope} headingLevel={3} />}
      </section>
      <section aria-labelledby="alloc-who">
        <h2 id="alloc-who">Who funds what</h2>
        {grantsOnly ? (
          <p className="notice">
            Funders and service categories are recorded for grants only.{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => update({ dimension: 'FUNDING' })}
            >
              Switch to funding
            </button>{' '}
            to see them.
          </p>
        ) : (
          <div className="chart-grid">
            <AllocationStack
              api={api}
              groupBy="FUNDER"
              accessor={BY_FUNDER}
              titleSuffix="by funder (largest 15)"
              categoryLabel="Funder"
              orientation="rows"
              options={TOP_FUNDERS}
              shares={shares}
            />
            <AllocationStack
              api={api}
              groupBy="CATEGORY"
              accessor={BY_CATEGORY}
              titleSuffix="by service category"
              categoryLabel="Service category"
              orientation="rows"
              options={BY_TOTAL}
              shares={shares}
            />
          </div>
        )}
      </section>
      <section aria-labelledby="alloc-where">
        <h2 id="alloc-where">Where</h2>
        <StateMapSection api={api} />
      </section>
      <section aria-labelledby="alloc-multiples">
        <h2 id="alloc-multiples">Across resources</h2>
        <DimensionPanels api={api} />
      </section>
    </>
  );
}
