/**
 * The URL as the app's one source of view state. `useViewState` re-renders on every address
 * change (links, back/forward, control changes); `updateView` writes a change back to the URL.
 */
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import {
  PAGE_PATHS,
  parseView,
  serializeQuery,
  serializeView,
  type Page,
  type ParsedView,
  type Scope,
  type ViewState,
} from './viewState';

const CHANGE_EVENT = 'fairshare:locationchange';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

const currentAddress = () => window.location.pathname + window.location.search;

/** Changes the address without a page load; push adds a history entry (page changes). */
export function goTo(address: string, mode: 'push' | 'replace' = 'push'): void {
  if (address === currentAddress()) return;
  if (mode === 'push') window.history.pushState(null, '', address);
  else window.history.replaceState(null, '', address);
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

export interface ViewPatch {
  dimension?: ViewState['dimension'];
  needBasis?: ViewState['needBasis'];
  attribution?: ViewState['attribution'];
  scope?: Partial<Scope>;
  /** Page-specific parameters to set; an empty string or null removes one. */
  params?: Record<string, string | null>;
}

export function applyPatch(view: ViewState, patch: ViewPatch): ViewState {
  const params = { ...view.params };
  for (const [k, v] of Object.entries(patch.params ?? {})) {
    if (v === null || v === '') delete params[k];
    else params[k] = v;
  }
  return {
    ...view,
    dimension: patch.dimension ?? view.dimension,
    needBasis: patch.needBasis ?? view.needBasis,
    attribution: patch.attribution ?? view.attribution,
    scope: { ...view.scope, ...patch.scope },
    params,
  };
}

export interface ViewStateApi extends ParsedView {
  /** Changes part of the view in place (the address is replaced, not pushed). */
  update: (patch: ViewPatch) => void;
  /** The address of another page with the same shared state (scope, dimension, basis, rule). */
  hrefFor: (page: Exclude<Page, 'not-found'>) => string;
}

export function useViewState(): ViewStateApi {
  const address = useSyncExternalStore(subscribe, currentAddress, () => '/');
  const parsed = useMemo(() => {
    const q = address.indexOf('?');
    return q < 0 ? parseView(address, '') : parseView(address.slice(0, q), address.slice(q));
  }, [address]);
  const update = useCallback(
    (patch: ViewPatch) => goTo(serializeView(applyPatch(parsed.view, patch)), 'replace'),
    [parsed],
  );
  const hrefFor = useCallback(
    (page: Exclude<Page, 'not-found'>) =>
      PAGE_PATHS[page] + serializeQuery({ ...parsed.view, params: {} }),
    [parsed],
  );
  return { ...parsed, update, hrefFor };
}
