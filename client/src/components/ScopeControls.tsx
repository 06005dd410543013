/**
 * Every field of the API's scope as a filter (years, countries, US states, funders, recipients,
 * service categories, resource and need datasets), plus the active filters as removable chips.
 */
import { useState } from 'react';
import { ALLOCATION_YEARS } from '../api/operations';
import { useQuery } from '../api/useQuery';
import type { ServiceCategory } from '../generated/graphql';
import { SERVICE_CATEGORIES } from '../../../core/vocabulary';
import { CATEGORY_LABEL } from '../format/labels';
import { scopeParts } from '../format/scope';
import { US_STATE_INFO } from '../format/usStates';
import { useCatalog } from '../state/catalog';
import type { ViewStateApi } from '../state/useViewState';
import { EMPTY_SCOPE, activeFilterCount, type Scope } from '../state/viewState';
import { SelectField } from './form/Field';
import { MultiSelect } from './MultiSelect';

const FALLBACK_YEARS = Array.from({ length: 12 }, (_, i) => new Date().getFullYear() - 11 + i);

export function ScopeControls({ api }: { api: ViewStateApi }) {
  const { view, update } = api;
  const { scope } = view;
  const catalog = useCatalog();
  const [open, setOpen] = useState(false);
  // The years fill the year lists, which exist only while the panel is open.
  const years = useQuery(ALLOCATION_YEARS, { dimension: view.dimension }, { skip: !open });
  const yearList = years.data
    ? [
        ...new Set(
          years.data.allocations.rows.map((r) => r.year).filter((y): y is number => y !== null),
        ),
      ].sort()
    : FALLBACK_YEARS;
  const yearOptions = yearList.map((y) => ({ value: y, label: String(y) }));
  const set = (patch: Partial<Scope>) => update({ scope: patch });
  const active = activeFilterCount(scope);
  const note = catalog.loading
    ? 'Loading the list…'
    : catalog.error
      ? `The list could not be loaded: ${catalog.error.message}`
      : undefined;
  const resourceDatasets = catalog.datasets.filter((d) => d.recordCounts.needIndicators === 0);
  const needDatasets = catalog.datasets.filter((d) => d.recordCounts.needIndicators > 0);
  const parts = scopeParts(scope, catalog.names);

  return (
    <section className="scope-controls" aria-label="Filters">
      <details open={open} onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
        <summary>Filters{active ? ` (${active} active)` : ''}</summary>
        {/* Mounted only when open: the closed panel would otherwise hold hundreds of checkboxes
            that every render of the page rebuilds (Lighthouse counted them in blocking time). */}
        {open && (
          <div className="scope-grid">
            <SelectField
              id="ctl-year-from"
              label="From year"
              value={scope.yearFrom ?? ''}
              onValue={(raw) => {
                const v = raw ? Number(raw) : null;
                set({
                  yearFrom: v,
                  yearTo:
                    v !== null && scope.yearTo !== null && scope.yearTo < v ? v : scope.yearTo,
                });
              }}
              options={[{ value: '', label: 'Earliest' }, ...yearOptions]}
            />
            <SelectField
              id="ctl-year-to"
              label="To year"
              value={scope.yearTo ?? ''}
              onValue={(raw) => {
                const v = raw ? Number(raw) : null;
                set({
                  yearTo: v,
                  yearFrom:
                    v !== null && scope.yearFrom !== null && scope.yearFrom > v
                      ? v
                      : scope.yearFrom,
                });
              }}
              options={[{ value: '', label: 'Latest' }, ...yearOptions]}
            />
            <MultiSelect
              label="Countries"
              allLabel="All countries"
              options={catalog.countries.map((c) => ({ value: c, label: c }))}
              selected={scope.countries}
              onChange={(countries) => set({ countries })}
              note={note}
            />
            <MultiSelect
              label="US states"
              allLabel="All states"
              options={US_STATE_INFO.map((s) => ({
                value: s.code,
                label: `${s.name} (${s.code})`,
              }))}
              selected={scope.usStates}
              onChange={(usStates) => set({ usStates })}
            />
            <MultiSelect
              label="Funders"
              allLabel="All funders"
              options={catalog.funders.map((f) => ({ value: f.id, label: f.name }))}
              selected={scope.funderIds}
              onChange={(funderIds) => set({ funderIds })}
              note={note}
            />
            <MultiSelect
              label="Recipients"
              allLabel="All recipients"
              options={catalog.recipients.map((r) => ({
                value: r.id,
                label: r.usState ? `${r.name} (${r.usState})` : r.name,
              }))}
              selected={scope.recipientIds}
              onChange={(recipientIds) => set({ recipientIds })}
              note={note}
            />
            <MultiSelect
              label="Service categories"
              allLabel="All categories"
              options={SERVICE_CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABEL[c] }))}
              selected={scope.categories}
              onChange={(categories) => set({ categories: categories as ServiceCategory[] })}
            />
            <MultiSelect
              label="Resource datasets"
              allLabel="All resource datasets"
              options={resourceDatasets.map((d) => ({
                value: d.id,
                label: d.illustrative ? `${d.name} (illustrative)` : d.name,
              }))}
              selected={scope.datasetIds}
              onChange={(datasetIds) => set({ datasetIds })}
              note={note}
            />
            <MultiSelect
              label="Need datasets"
              allLabel="All need datasets"
              options={needDatasets.map((d) => ({ value: d.id, label: d.name }))}
              selected={scope.needDatasetIds}
              onChange={(needDatasetIds) => set({ needDatasetIds })}
              note={note}
            />
          </div>
        )}
        <p className="muted small">
          Funders and service categories apply to grant funding only; other resources ignore them.
          {catalog.truncated.length > 0 &&
            ` The ${catalog.truncated.join(' and ')} list${catalog.truncated.length > 1 ? 's show' : ' shows'} the first entries only; a shared link may still name others.`}
        </p>
      </details>
      {parts.length > 0 && (
        <ul className="chips" aria-label="Active filters">
          {parts.map((p) => (
            <li key={p.key}>
              <span>{p.text}</span>
              <button
                type="button"
                aria-label={`Remove filter: ${p.text}`}
                onClick={() =>
                  set(p.key === 'years' ? { yearFrom: null, yearTo: null } : { [p.key]: [] })
                }
              >
                ×
              </button>
            </li>
          ))}
          <li>
            <button
              type="button"
              className="link-button"
              onClick={() => update({ scope: EMPTY_SCOPE })}
            >
              Clear all filters
            </button>
          </li>
        </ul>
      )}
    </section>
  );
}
