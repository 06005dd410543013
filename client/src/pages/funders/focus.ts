/** The Funders page's URL parameters: the focused funder or dataset, the compared funders, the sort. */
import type { ProfileQueryVariables, ScopeInput } from '../../generated/graphql';
import type { MeasureVariables } from '../../state/useScopeVariables';
import { RANK_SORTS, type RankSort } from '../../charts/series/funders';

export const MAX_COMPARE = 4;

export type Focus = { kind: 'funder' | 'dataset'; id: string };

export function parseFocus(raw: string | undefined): Focus | null {
  const m = /^([fd]):([A-Za-z0-9_-]{1,64})$/.exec(raw ?? '');
  if (!m) return null;
  return { kind: m[1] === 'f' ? 'funder' : 'dataset', id: m[2]! };
}

export function focusParam(f: Focus): string {
  return `${f.kind === 'funder' ? 'f' : 'd'}:${f.id}`;
}

export function parseCompare(raw: string | undefined): string[] {
  if (!raw) return [];
  return [...new Set(raw.split(',').filter((s) => /^[A-Za-z0-9_-]{1,64}$/.test(s)))].slice(
    0,
    MAX_COMPARE,
  );
}

export function parseSort(raw: string | undefined): RankSort {
  return (RANK_SORTS as readonly string[]).includes(raw ?? '') ? (raw as RankSort) : 'ratio';
}

/** The scope narrowed to one funder or one dataset. */
export function focusScope(base: ScopeInput | null, f: Focus): ScopeInput {
  return f.kind === 'funder' ? { ...base, funderIds: [f.id] } : { ...base, datasetIds: [f.id] };
}

/** Variables of the Profile query: the measure, a scope, and categories for funding only. */
export function profileVariables(vars: MeasureVariables, focus?: Focus): ProfileQueryVariables {
  return {
    ...vars,
    scope: focus ? focusScope(vars.scope, focus) : vars.scope,
    withCategories: vars.dimension === 'FUNDING',
  };
}
