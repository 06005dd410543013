/**
 * Sends GraphQL requests from a process of its own over keep-alive connections (as browsers do),
 * so that the client's work does not share an event loop with the server it measures.
 *
 * Usage: tsx tests/bench/loadClient.ts URL CONNECTIONS REQUESTS WARMUP QUERY [PATH]
 * Prints JSON: { times: per-request ms (each connection sends its next request when the last
 * answer arrived), seconds: wall time of the timed requests }.
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';

const [url, connections, requests, warmup, query, path = '/graphql'] = process.argv.slice(2);
const target = new URL(path, url);
const agent = new http.Agent({ keepAlive: true, maxSockets: Number(connections) });
const body = JSON.stringify({ query });

function post(): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      target,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          accept: 'application/json',
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (res.statusCode !== 200 || text.includes('"errors"')) {
            reject(new Error(`HTTP ${res.statusCode}: ${text.slice(0, 500)}`));
          } else resolve();
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Sends `total` requests over `n` connections; returns each one's duration. */
async function run(total: number, n: number): Promise<number[]> {
  const times: number[] = [];
  let sent = 0;
  const lane = async () => {
    while (sent < total) {
      sent++;
      const start = performance.now();
      await post();
      times.push(performance.now() - start);
    }
  };
  await Promise.all(Array.from({ length: n }, lane));
  return times;
}

async function main(): Promise<void> {
  const n = Number(connections);
  await run(Number(warmup), n);
  const start = performance.now();
  const times = await run(Number(requests), n);
  const seconds = (performance.now() - start) / 1000;
  agent.destroy();
  process.stdout.write(JSON.stringify({ times, seconds }));
}

main().catch((err: unknown) => {
  process.stderr.write(String(err));
  process.exit(1);
});
