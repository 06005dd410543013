/**
 * Import throughput on real PostgreSQL: `npm run bench:import` (a plain script, not a vitest file).
 *
 * Generates a 1,000,000-row grants CSV (deterministic) in a temp folder, imports it into a fresh
 * database through the real pipeline (stream, validate, COPY into staging, set-based merge, one
 * transaction), then times `psql \copy` of the same file into a table of the same columns: the
 * floor no importer can beat. Prints the time of each step of the import (the same steps the code
 * names), the ratio to `\copy` in the same run and the peak memory. Target from issue 13: within
 * 5x of `\copy` and under 300 MB of memory.
 *
 * BENCH_ROWS=100000 (or `npm run bench:import -- 100000`) for a shorter run; BENCH_DATABASE_URL to use another server (an admin URL:
 * the script creates and drops its own database).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import knexFactory from 'knex';
import { createRng, lognormal } from '../../core/random';
import { SERVICE_CATEGORIES, US_STATES } from '../../core/vocabulary';
import { openPostgres } from '../../api/db/connection';
import { migrateLatest } from '../../api/db/migrate';
import { runImport, type ImportStep } from '../../api/import/commit';
import { samplePostgresBackends } from './memory';

const ROWS = Number(process.argv[2] ?? process.env.BENCH_ROWS ?? 1_000_000);
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const TARGET_RATIO = 5;
const TARGET_RSS_MB = 300;
const HEADER =
  'grant_id,funder,recipient,fiscal_year,amount_usd,trafficking_type,labor_share,service_category,country,us_state,description';

/** Writes the file with back-pressure; 200 funders, 20,000 recipients, types skewed to SEX. */
async function generate(file: string): Promise<number> {
  const rng = createRng(20261126);
  const out = fs.createWriteStream(file);
  const types = ['SEX', 'SEX', 'SEX', 'LABOR', 'BOTH', 'UNSPECIFIED'];
  let chunk = `${HEADER}\n`;
  for (let i = 1; i <= ROWS; i++) {
    const type = types[Math.floor(rng() * types.length)]!;
    const share = type === 'BOTH' && rng() < 0.4 ? (0.1 + rng() * 0.4).toFixed(2) : '';
    const amount = (Math.round(lognormal(rng, Math.log(120_000), 0.9) / 100) * 100).toFixed(2);
    const state = US_STATES[Math.floor(rng() * 51)]!;
    const category = SERVICE_CATEGORIES[Math.floor(rng() * SERVICE_CATEGORIES.length)]!;
    chunk += `BENCH-${i},Funder ${1 + Math.floor(rng() * 200)},Provider ${1 + Math.floor(rng() * 20_000)},${2015 + Math.floor(rng() * 10)},${amount},${type},${share},${category},US,${state},"Services for survivors, program ${i % 97}"\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk))
        await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      chunk = '';
    }
  }
  out.write(chunk);
  await new Promise<void>((resolve, reject) =>
    out.end((e?: Error | null) => (e ? reject(e) : resolve())),
  );
  return fs.statSync(file).size;
}

function mb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(0)} MB`;
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fairshare-bench-'));
  const file = path.join(dir, 'grants.csv');
  const dbName = `fairshare_bench_${process.pid}`;
  const admin = knexFactory({ client: 'pg', connection: ADMIN_URL, pool: { min: 0, max: 1 } });
  const target = new URL(ADMIN_URL);
  target.pathname = `/${dbName}`;
  try {
    let t = performance.now();
    const bytes = await generate(file);
    console.log(
      `generated ${ROWS.toLocaleString('en-US')} grant rows, ${mb(bytes)}, in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );

    await admin.raw(`CREATE DATABASE ${dbName}`);
    const db = openPostgres(target.toString(), { poolMax: 2 });
    await migrateLatest(db.knex);

    const backendMemory = samplePostgresBackends(admin, dbName);
    await backendMemory.ready;
    const rssBefore = process.memoryUsage().rss;
    let peakRss = rssBefore;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }, 50);
    let stagedAt = 0;
    const steps: (ImportStep & { nodeCpu: number; backendCpu: number })[] = [];
    let stepCpu = { node: 0, backend: 0 };
    t = performance.now();
    const cpuBefore = process.cpuUsage();
    const result = await runImport(db.knex, db.kind, {
      kind: 'grants',
      datasetName: 'Benchmark grants',
      fileName: 'grants.csv',
      input: fs.createReadStream(file, { highWaterMark: 256 * 1024 }),
      bytesTotal: bytes,
      onProgress: (p) => {
        if (p.phase === 'writing' && stagedAt === 0) stagedAt = performance.now();
      },
      onStep: (step) => {
        // CPU used since the previous step ended (steps run one after another).
        const node = process.cpuUsage(cpuBefore);
        const nodeNow = (node.user + node.system) / 1e6;
        const backendNow = backendMemory.cpuSecondsNow();
        steps.push({
          ...step,
          nodeCpu: nodeNow - stepCpu.node,
          backendCpu: backendNow - stepCpu.backend,
        });
        stepCpu = { node: nodeNow, backend: backendNow };
      },
    });
    const importSeconds = (performance.now() - t) / 1000;
    const cpuUsed = process.cpuUsage(cpuBefore);
    const nodeCpuSeconds = (cpuUsed.user + cpuUsed.system) / 1e6;
    const stagedSeconds = (stagedAt - t) / 1000;
    clearInterval(sampler);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    const backendLine = await backendMemory.stop();
    const backendCpuSeconds = backendMemory.cpuSeconds();
    if (result.status !== 'succeeded' || result.counts.inserted !== ROWS) {
      throw new Error(
        `the import did not insert every row: ${JSON.stringify(result.counts)} ${result.errors[0]?.message ?? ''}`,
      );
    }
    await db.close();

    // The floor: psql's \copy of the same file into a table with the same columns and types.
    execFileSync('psql', [
      target.toString(),
      '-q',
      '-c',
      'CREATE TABLE copy_floor (grant_id text, funder text, recipient text, fiscal_year integer, amount_usd numeric(16,2), trafficking_type text, labor_share numeric(5,4), service_category text, country text, us_state text, description text)',
    ]);
    t = performance.now();
    // psql prints its backend's and its own CPU time (/proc/PID/stat) after the \copy, in one session.
    const copyOutput = execFileSync('psql', [target.toString(), '-q', '-At', '-f', '-'], {
      encoding: 'utf8',
      input: [
        'SELECT pg_backend_pid() AS backend_pid \\gset',
        `\\copy copy_floor FROM '${file}' WITH (FORMAT csv, HEADER true)`,
        '\\setenv BACKEND_PID :backend_pid',
        '\\! cat /proc/$BACKEND_PID/stat /proc/$PPID/stat',
        '',
      ].join('\n'),
    });
    const copySeconds = (performance.now() - t) / 1000;
    const copyCpuSeconds = copyOutput
      .split('\n')
      .filter((line) => line.includes(')'))
      .map((line) => {
        const fields = line.slice(line.lastIndexOf(')') + 2).split(' ');
        return (Number(fields[11]) + Number(fields[12])) / 100;
      })
      .reduce((a, b) => a + b, 0);

    const peakMb = peakRss / (1024 * 1024);
    console.log(
      `import (stream, validate, COPY to staging, merge, one transaction): ${importSeconds.toFixed(1)} s, ${Math.round(ROWS / importSeconds).toLocaleString('en-US')} rows/s`,
    );
    console.log(
      `  read, checked and COPY'd to staging: ${stagedSeconds.toFixed(1)} s; set-based checks, organizations and merge into grants: ${(importSeconds - stagedSeconds).toFixed(1)} s`,
    );
    console.log(
      `    ${'step'.padEnd(36)} ${'wall'.padStart(9)} ${'CPU Node'.padStart(9)} ${'CPU PG'.padStart(9)}`,
    );
    for (const step of steps) {
      const cell = (seconds: number) => `${seconds.toFixed(2).padStart(7)} s`;
      console.log(
        `    ${step.name.padEnd(36)} ${cell(step.seconds)} ${cell(step.nodeCpu)} ${cell(step.backendCpu)}`,
      );
    }
    console.log(`  organizations created: ${result.organizationsCreated.toLocaleString('en-US')}`);
    console.log(
      `  peak RSS of this process: ${peakMb.toFixed(0)} MB (before the import: ${mb(rssBefore)})`,
    );
    console.log(`  ${backendLine}`);
    // CPU time, unlike wall time, hardly moves with the load of other work on a shared machine.
    console.log(
      `  CPU time: this process ${nodeCpuSeconds.toFixed(1)} s, PostgreSQL backends ${backendCpuSeconds.toFixed(1)} s, together ${(nodeCpuSeconds + backendCpuSeconds).toFixed(1)} s`,
    );
    console.log(`psql \\copy of the same file into a plain table: ${copySeconds.toFixed(1)} s`);
    console.log(`ratio import / \\copy: ${(importSeconds / copySeconds).toFixed(1)}x`);
    if (copyCpuSeconds > 0) {
      const importCpu = nodeCpuSeconds + backendCpuSeconds;
      console.log(
        `CPU time of \\copy (psql and its backend): ${copyCpuSeconds.toFixed(1)} s; ratio of CPU time import / \\copy: ${(importCpu / copyCpuSeconds).toFixed(1)}x`,
      );
    }
    const [load] = os.loadavg();
    console.log(`machine: ${os.cpus().length} cores, load average ${load!.toFixed(1)} at the end`);
    const scaled = ROWS === 1_000_000;
    const ratio = importSeconds / copySeconds;
    console.log(
      `target within ${TARGET_RATIO}x of \\copy and under ${TARGET_RSS_MB} MB for 1,000,000 rows: ${
        !scaled
          ? 'not measured (BENCH_ROWS differs)'
          : ratio <= TARGET_RATIO && peakMb < TARGET_RSS_MB
            ? 'met'
            : `MISSED (${ratio <= TARGET_RATIO ? 'time met' : 'time missed'}, ${peakMb < TARGET_RSS_MB ? 'memory met' : 'memory missed'})`
      }`,
    );
  } finally {
    await admin.raw(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => undefined);
    await admin.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
