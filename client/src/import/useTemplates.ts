/** The import templates' documentation, fetched once, with a retry. */
import { useEffect, useState } from 'react';
import { fetchTemplates, type TemplateDocs } from './api';

export function useTemplates() {
  const [docs, setDocs] = useState<TemplateDocs | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const c = new AbortController();
    fetchTemplates(c.signal).then(setDocs, (e: Error) => {
      if (e.name !== 'AbortError') setError(e);
    });
    return () => c.abort();
  }, [attempt]);
  return {
    docs,
    error,
    retry: () => {
      setError(null);
      setAttempt((a) => a + 1);
    },
  };
}
