/**
 * Who is signed in, shared by the header and every page: `me` (null when anonymous), refreshed
 * after signing in or out. Signing in or out changes what data is visible, so both clear the
 * query cache.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { clearQueryCache } from '../api/useQuery';
import type { MeQuery } from '../generated/graphql';
import { graphqlRequest } from '../graphql';
import { ME, SIGN_OUT } from './operations';

export type CurrentUser = NonNullable<MeQuery['me']>;

export interface Session {
  /** Undefined while the first answer is awaited; null when nobody is signed in. */
  me: CurrentUser | null | undefined;
  /** Why the session could not be read (the server did not answer), if so. */
  error: Error | undefined;
  /** Sets the signed-in user (after signIn) and forgets cached data. */
  setMe: (me: CurrentUser | null) => void;
  /** Reads `me` again (after a role or membership changed). */
  refresh: () => Promise<void>;
  signOut: () => Promise<void>;
  /** Counts sign-ins and sign-outs: what depends on who is signed in is keyed on it. */
  generation: number;
}

const SessionContext = createContext<Session>({
  me: undefined,
  error: undefined,
  setMe: () => undefined,
  refresh: () => Promise.resolve(),
  signOut: () => Promise.resolve(),
  generation: 0,
});

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMeState] = useState<CurrentUser | null | undefined>(undefined);
  const [error, setError] = useState<Error | undefined>(undefined);
  const [generation, setGeneration] = useState(0);

  const refresh = useCallback(async () => {
    try {
      const data = await graphqlRequest<MeQuery>(ME);
      setMeState(data.me ?? null);
      setError(undefined);
    } catch (err) {
      setError(err as Error);
      setMeState((m) => (m === undefined ? null : m));
    }
  }, []);

  useEffect(() => {
    let live = true;
    graphqlRequest<MeQuery>(ME).then(
      (data) => {
        if (live) setMeState(data.me ?? null);
      },
      (err: Error) => {
        if (!live) return;
        setError(err);
        setMeState(null);
      },
    );
    return () => {
      live = false;
    };
  }, []);

  const setMe = useCallback((next: CurrentUser | null) => {
    clearQueryCache();
    setMeState(next);
    setGeneration((g) => g + 1);
  }, []);

  const signOut = useCallback(async () => {
    await graphqlRequest(SIGN_OUT);
    clearQueryCache();
    setMeState(null);
    setGeneration((g) => g + 1);
  }, []);

  const value = useMemo<Session>(
    () => ({ me, error, setMe, refresh, signOut, generation }),
    [me, error, setMe, refresh, signOut, generation],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  return useContext(SessionContext);
}
