/**
 * The one way the client reads from the API: `useQuery` runs a typed GraphQL query and keeps its
 * result while the view changes; `mutate` runs a change. Results of public figures are cached by
 * query and variables (the same view asked twice is answered at once), requests in flight are
 * shared, and the last good result stays on screen, marked stale, while a new one loads. What
 * changes under the user's own actions (tokens, members, the audit log) is asked for with
 * `cache: false`: never cached nor shared, so nobody else signing in on the browser sees it.
 */
import { startTransition, useCallback, useEffect, useState } from 'react';
import { graphqlRequest } from '../graphql';
import type { TypedQuery } from './typed';

interface CacheEntry {
  promise: Promise<unknown>;
  data?: unknown;
  error?: Error;
}

const MAX_ENTRIES = 120;
const cache = new Map<string, CacheEntry>();

export function cacheKey(query: string, variables: unknown): string {
  return `${query}\u0000${JSON.stringify(variables ?? {})}`;
}

export function load(query: string, variables: unknown, key: string): CacheEntry {
  const hit = cache.get(key);
  if (hit && !hit.error) {
    // Refresh its place in the LRU order.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const entry: CacheEntry = {
    promise: graphqlRequest(query, variables as Record<string, unknown>).then(
      (data) => {
        entry.data = data;
        return data;
      },
      (err: Error) => {
        entry.error = err;
        throw err;
      },
    ),
  };
  cache.set(key, entry);
  while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return entry;
}

/** A cached result or failure, if any (read during render). */
export function cachedEntry(key: string): { data?: unknown; error?: Error } | undefined {
  return cache.get(key);
}

/** Forgets a cached failure or result, so that the next load asks again. */
export function forget(key: string): void {
  cache.delete(key);
}

/** Forgets every cached result (after an import changes the data). */
export function clearQueryCache(): void {
  cache.clear();
}

export interface QueryState<TData> {
  /** The latest result, or the previous one while a new one loads (then `stale` is true). */
  data: TData | undefined;
  error: Error | undefined;
  loading: boolean;
  stale: boolean;
  retry: () => void;
}

export interface QueryOptions {
  skip?: boolean;
  /** False for the user's own changing data: always asked for afresh, never kept for others. */
  cache?: boolean;
}

export function useQuery<TData, TVariables>(
  query: TypedQuery<TData, TVariables>,
  variables: TVariables,
  options: QueryOptions = {},
): QueryState<TData> {
  const skip = options.skip ?? false;
  const cached = options.cache ?? true;
  const shared = useCachedQuery(query, variables, skip || !cached);
  const own = useUncachedQuery(query, variables, skip || cached);
  return cached ? shared : own;
}

function useCachedQuery<TData, TVariables>(
  query: TypedQuery<TData, TVariables>,
  variables: TVariables,
  skip: boolean,
): QueryState<TData> {
  const key = cacheKey(query, variables);
  const [attempt, setAttempt] = useState(0);
  const [last, setLast] = useState<{ key: string; data: TData } | null>(null);
  const [, setFailures] = useState(0);

  useEffect(() => {
    if (skip) return;
    let live = true;
    load(query, variables, key).promise.then(
      (data) => {
        // As a transition: the page re-renders with the answer in slices that leave the browser
        // free to handle input in between, rather than in one long task per answer.
        if (live) startTransition(() => setLast({ key, data: data as TData }));
      },
      () => {
        if (live) setFailures((n) => n + 1);
      },
    );
    return () => {
      live = false;
    };
    // `key` stands for query and variables.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, skip, attempt]);

  const retry = useCallback(() => {
    cache.delete(key);
    setAttempt((a) => a + 1);
  }, [key]);

  // The cache is read during render, so a result already there shows without a loading flash.
  const entry = skip ? undefined : cache.get(key);
  const fresh = (entry?.data as TData | undefined) ?? (last?.key === key ? last.data : undefined);
  const error = fresh === undefined ? entry?.error : undefined;
  const data = fresh ?? last?.data;
  return {
    data,
    error,
    loading: !skip && fresh === undefined && !error,
    stale: fresh === undefined && data !== undefined,
    retry,
  };
}

function useUncachedQuery<TData, TVariables>(
  query: TypedQuery<TData, TVariables>,
  variables: TVariables,
  skip: boolean,
): QueryState<TData> {
  const key = JSON.stringify(variables ?? {});
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ data?: TData; error?: Error; for?: string }>({});
  const current = `${key}#${attempt}`;
  useEffect(() => {
    if (skip) return;
    const controller = new AbortController();
    const run = `${key}#${attempt}`;
    graphqlRequest<TData, TVariables>(query, JSON.parse(key) as TVariables, controller.signal).then(
      (data) => setState({ data, for: run }),
      (error: Error) => {
        if (error.name !== 'AbortError') setState((s) => ({ data: s.data, error, for: run }));
      },
    );
    return () => controller.abort();
  }, [query, key, attempt, skip]);
  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  const loading = !skip && state.for !== current;
  return {
    data: state.data,
    error: loading ? undefined : state.error,
    loading,
    stale: loading && state.data !== undefined,
    retry,
  };
}

/** Runs a mutation; resolves to its data, or to the server's message for a role=alert. */
export async function mutate<TData, TVariables>(
  mutation: TypedQuery<TData, TVariables>,
  variables: TVariables,
): Promise<{ ok: true; data: TData } | { ok: false; message: string }> {
  try {
    return { ok: true, data: await graphqlRequest<TData, TVariables>(mutation, variables) };
  } catch (err) {
    return { ok: false, message: (err as Error).message };
  }
}
