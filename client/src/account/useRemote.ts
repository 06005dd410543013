/**
 * Loads something that changes under the user's own actions (tokens, members, the audit log):
 * never cached, reloaded on demand after a change.
 */
import { useCallback, useEffect, useState } from 'react';
import { graphqlRequest } from '../graphql';
import type { TypedQuery } from '../api/typed';

export interface Remote<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  reload: () => void;
}

export function useRemote<TData, TVariables>(
  query: TypedQuery<TData, TVariables>,
  variables: TVariables,
): Remote<TData> {
  const key = JSON.stringify(variables ?? {});
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ data?: TData; error?: Error; for?: string }>({});
  const current = `${key}#${attempt}`;
  useEffect(() => {
    const controller = new AbortController();
    const run = `${key}#${attempt}`;
    graphqlRequest<TData, TVariables>(query, JSON.parse(key) as TVariables, controller.signal).then(
      (data) => setState({ data, for: run }),
      (error: Error) => {
        if (error.name !== 'AbortError') setState((s) => ({ data: s.data, error, for: run }));
      },
    );
    return () => controller.abort();
  }, [query, key, attempt]);
  const reload = useCallback(() => setAttempt((a) => a + 1), []);
  const loading = state.for !== current;
  return { data: state.data, error: loading ? undefined : state.error, loading, reload };
}

/** Runs a mutation; resolves to its data, or to an error message for a role=alert. */
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
