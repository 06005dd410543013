/** Funders, recipients and datasets the filters offer, loaded once and shared by every page. */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { SCOPE_OPTIONS } from '../api/operations';
import { useQuery } from '../api/useQuery';
import type { ScopeOptionsQuery } from '../generated/graphql';
import type { ScopeNames } from '../format/scope';

export interface Catalog {
  funders: ScopeOptionsQuery['funders']['nodes'];
  recipients: ScopeOptionsQuery['recipients']['nodes'];
  datasets: ScopeOptionsQuery['datasets']['nodes'];
  names: ScopeNames;
  countries: string[];
  /** Lists cut at the page size (more exist than the filters offer). */
  truncated: string[];
  loading: boolean;
  error: Error | undefined;
  retry: () => void;
}

const EMPTY: Catalog = {
  funders: [],
  recipients: [],
  datasets: [],
  names: { organizations: new Map(), datasets: new Map() },
  countries: [],
  truncated: [],
  loading: true,
  error: undefined,
  retry: () => undefined,
};

const CatalogContext = createContext<Catalog>(EMPTY);

export function CatalogProvider({ children }: { children: ReactNode }) {
  const q = useQuery(SCOPE_OPTIONS, {});
  const value = useMemo<Catalog>(() => {
    if (!q.data) return { ...EMPTY, loading: q.loading, error: q.error, retry: q.retry };
    const { funders, recipients, datasets } = q.data;
    const organizations = new Map<string, string>();
    for (const o of [...funders.nodes, ...recipients.nodes]) organizations.set(o.id, o.name);
    return {
      funders: funders.nodes,
      recipients: recipients.nodes,
      datasets: datasets.nodes,
      names: { organizations, datasets: new Map(datasets.nodes.map((d) => [d.id, d.name])) },
      countries: [...new Set(recipients.nodes.map((r) => r.country))].sort(),
      truncated: [
        funders.pageInfo.hasNextPage && 'funders',
        recipients.pageInfo.hasNextPage && 'recipients',
        datasets.pageInfo.hasNextPage && 'datasets',
      ].filter((x): x is string => !!x),
      loading: false,
      error: undefined,
      retry: q.retry,
    };
  }, [q.data, q.loading, q.error, q.retry]);
  return <CatalogContext.Provider value={value}>{children}</CatalogContext.Provider>;
}

export function useCatalog(): Catalog {
  return useContext(CatalogContext);
}
