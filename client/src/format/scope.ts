/** A scope in words, for captions, CSV metadata and the active-filter summary. */
import type { Scope } from '../state/viewState';
import { CATEGORY_LABEL } from './labels';

/** Names of the ids a scope may hold (funders, recipients, datasets). */
export interface ScopeNames {
  organizations: Map<string, string>;
  datasets: Map<string, string>;
}

export const NO_NAMES: ScopeNames = { organizations: new Map(), datasets: new Map() };

function list(items: string[], max = 4): string {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

export function describeYears(scope: Scope): string | null {
  const { yearFrom: from, yearTo: to } = scope;
  if (from !== null && to !== null) return from === to ? `${from}` : `${from}–${to}`;
  if (from !== null) return `${from} onward`;
  if (to !== null) return `up to ${to}`;
  return null;
}

/** Each narrowing part of the scope as a short phrase, e.g. ["2018–2024", "states CA, TX"]. */
export function scopeParts(
  scope: Scope,
  names: ScopeNames = NO_NAMES,
): { key: keyof Scope | 'years'; text: string }[] {
  const parts: { key: keyof Scope | 'years'; text: string }[] = [];
  const years = describeYears(scope);
  if (years) parts.push({ key: 'years', text: years });
  const org = (id: string) => names.organizations.get(id) ?? `organization ${id}`;
  const ds = (id: string) => names.datasets.get(id) ?? `dataset ${id}`;
  if (scope.countries.length)
    parts.push({
      key: 'countries',
      text: `${scope.countries.length > 1 ? 'countries' : 'country'} ${list(scope.countries)}`,
    });
  if (scope.usStates.length)
    parts.push({
      key: 'usStates',
      text: `${scope.usStates.length > 1 ? 'states' : 'state'} ${list(scope.usStates, 6)}`,
    });
  if (scope.funderIds.length)
    parts.push({
      key: 'funderIds',
      text: `${scope.funderIds.length > 1 ? 'funders' : 'funder'} ${list(scope.funderIds.map(org), 3)}`,
    });
  if (scope.recipientIds.length)
    parts.push({
      key: 'recipientIds',
      text: `${scope.recipientIds.length > 1 ? 'recipients' : 'recipient'} ${list(scope.recipientIds.map(org), 3)}`,
    });
  if (scope.categories.length)
    parts.push({
      key: 'categories',
      text: `${scope.categories.length > 1 ? 'categories' : 'category'} ${list(scope.categories.map((c) => CATEGORY_LABEL[c]).map((c) => c.toLowerCase()))}`,
    });
  if (scope.datasetIds.length)
    parts.push({
      key: 'datasetIds',
      text: `${scope.datasetIds.length > 1 ? 'datasets' : 'dataset'} ${list(scope.datasetIds.map(ds), 3)}`,
    });
  if (scope.needDatasetIds.length)
    parts.push({
      key: 'needDatasetIds',
      text: `need from ${list(scope.needDatasetIds.map(ds), 3)}`,
    });
  return parts;
}

/** The whole scope in one phrase: "all years, all places, every funder" or its narrowing parts. */
export function describeScope(scope: Scope, names: ScopeNames = NO_NAMES): string {
  const parts = scopeParts(scope, names).map((p) => p.text);
  if (!parts.length) return 'all records visible to you (every year, place, funder and dataset)';
  return parts.join('; ');
}
