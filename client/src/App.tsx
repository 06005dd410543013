import { useEffect, useState } from 'react';
import { graphqlRequest } from './graphql';

interface DatasetSummary {
  id: string;
  name: string;
  source: string;
  vintage: number | null;
  confidence: string;
  illustrative: boolean;
  url: string | null;
}

const DATASETS_QUERY = /* GraphQL */ `
  query AppDatasets {
    datasets(first: 100) {
      nodes {
        id
        name
        source
        vintage
        confidence
        illustrative
        url
      }
    }
  }
`;

export function App() {
  const [datasets, setDatasets] = useState<DatasetSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    graphqlRequest<{ datasets: { nodes: DatasetSummary[] } }>(DATASETS_QUERY, {}, controller.signal)
      .then((d) => setDatasets(d.datasets.nodes))
      .catch((err: Error) => {
        if (err.name !== 'AbortError') setError(err.message);
      });
    return () => controller.abort();
  }, []);
  return (
    <main className="page">
      <h1>Fairshare</h1>
      <p className="lede">
        Is each form of human trafficking getting a share of the field’s resources that matches its
        share of the need?
      </p>
      <h2>Sources</h2>
      {error && <p role="alert">{error}</p>}
      {!datasets && !error && <p aria-live="polite">Loading sources…</p>}
      {datasets && (
        <ul>
          {datasets.map((d) => (
            <li key={d.id}>
              {d.name} — {d.source}
              {d.vintage ? `, ${d.vintage}` : ''} ({d.confidence.toLowerCase()})
              {d.illustrative && <strong> Illustrative demo data</strong>}
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
