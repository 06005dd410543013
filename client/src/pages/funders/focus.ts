/** The Funders page's URL parameters: the focused funder or dataset, the compared funders, the sort. */
import type { ScopeInput } from '../../generated/graphql';
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
