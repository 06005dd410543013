/**
 * Times GraphQL requests from a process of its own, so that the client's work does not share an
 * event loop with the server it measures. Prints the durations in ms as a JSON array.
 * Usage: tsx tests/bench/httpClient.ts URL RUNS WARMUP QUERY
 */
import { performance } from 'node:perf_hooks';

const [url, runs, warmup, query] = process.argv.slice(2);

async function post(): Promise<void> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
}

async function main(): Promise<void> {
  for (let i = 0; i < Number(warmup); i++) await post();
  const times: number[] = [];
  for (let i = 0; i < Number(runs); i++) {
    const start = performance.now();
    await post();
    times.push(performance.now() - start);
  }
  process.stdout.write(JSON.stringify(times));
}

main().catch((err: unknown) => {
  process.stderr.write(String(err));
  process.exit(1);
});
