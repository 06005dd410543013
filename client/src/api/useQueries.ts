/**
 * One typed query asked for a list of variables (e.g. the Profile of each compared funder), with
 * useQuery's cache, shared requests and stale-while-loading. The answer is one list in the order
 * of the requests, each with its key, or nothing until every request has answered.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { QueryState } from './useQuery';
import { cachedEntry, cacheKey, forget, load } from './useQuery';
import type { TypedQuery } from './typed';

export interface KeyedRequest<TVariables> {
  key: string;
  variables: TVariables;
}

export interface Keyed<TData> {
  key: string;
  data: TData;
}

export function useQueries<TData, TVariables>(
  query: TypedQuery<TData, TVariables>,
  requests: readonly KeyedRequest<TVariables>[],
): QueryState<Keyed<TData>[]> {
  const keys = requests.map((r) => cacheKey(query, r.variables));
  const joined = keys.join('\u0001');
  const [attempt, setAttempt] = useState(0);
  const [last, setLast] = useState<{ joined: string; data: Keyed<TData>[] } | null>(null);
  const [, setFailures] = useState(0);

  useEffect(() => {
    let live = true;
    Promise.all(requests.map((r, i) => load(query, r.variables, keys[i]!).promise)).then(
      (answers) => {
        if (live)
          setLast({
            joined,
            data: answers.map((data, i) => ({ key: requests[i]!.key, data: data as TData })),
          });
      },
      () => {
        if (live) setFailures((n) => n + 1);
      },
    );
    return () => {
      live = false;
    };
    // `joined` stands for the query, the requests' variables and their keys.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [joined, attempt]);

  const retry = useCallback(() => {
    for (const k of joined ? joined.split('\u0001') : []) if (cachedEntry(k)?.error) forget(k);
    setAttempt((a) => a + 1);
  }, [joined]);

  // Read during render, so answers already cached show without a loading flash; the list keeps
  // its identity while the same answers stand.
  const entries = keys.map((k) => cachedEntry(k));
  const allCached = entries.every((e) => e?.data !== undefined);
  const cached = useMemo(
    () =>
      allCached
        ? requests.map((r, i) => ({ key: r.key, data: cachedEntry(keys[i]!)!.data as TData }))
        : undefined,
    // `joined` stands for the requests.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [joined, allCached],
  );
  const fresh = cached ?? (last?.joined === joined ? last.data : undefined);
  const error = fresh === undefined ? entries.find((e) => e?.error)?.error : undefined;
  const data = fresh ?? last?.data;
  return {
    data,
    error,
    loading: fresh === undefined && !error,
    stale: fresh === undefined && data !== undefined,
    retry,
  };
}
