/**
 * A process killed in the middle of an import leaves nothing behind: the CLI is started on a
 * large file, killed with SIGKILL once it reports progress, and the database is checked. On the
 * embedded database a dry run killed while it writes (in batches, hidden) leaves rows that the
 * next start of the app deletes.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEmbedded, openPostgres, type Db } from '../../../api/db/connection';
import { migrateLatest } from '../../../api/db/migrate';
import { runImport } from '../../../api/import/commit';
import { createJob, holdJob, markInterruptedJobs } from '../../../api/import/jobs';
import { createTestDb, testBackends } from '../../helpers/db';
import { startApp } from '../../ops/processes';
import { GRANT_HEADER } from './helpers';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const ROWS = 300_000;

function writeBigFile(file: string): void {
  const lines = [GRANT_HEADER];
  for (let i = 1; i <= ROWS; i++)
    lines.push(`K-${i},Killed Funder,Grantee ${i % 500},2020,${i},SEX,,,US,,`);
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
}

/**
 * Runs the import CLI and kills it with SIGKILL once it has read some rows (or, with
 * `whenWritten`, written some).
 */
function importAndKill(
  file: string,
  env: Record<string, string>,
  { whenWritten = false, dataset = 'Killed import', extra = [] as string[] } = {},
): Promise<{ killed: boolean; output: string }> {
  return new Promise((resolve, reject) => {
    // `node --import tsx` runs the script in this very process (the tsx command would fork a
    // child that a kill of its parent leaves running).
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'api/cli/import.ts',
        '--kind',
        'grants',
        '--dataset',
        dataset,
        '--file',
        file,
        ...extra,
      ],
      {
        cwd: ROOT,
        env: { ...process.env, ...env, LOG_LEVEL: 'silent' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    let killed = false;
    const onData = (data: Buffer) => {
      output += data.toString();
      const m = whenWritten ? /written=(\d+)/g : /phase=reading rows=(\d+)/g;
      let hit: RegExpExecArray | null;
      while ((hit = m.exec(output))) {
        if (!killed && Number(hit[1]) > 0) {
          killed = true;
          child.kill('SIGKILL');
        }
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('exit', () => resolve({ killed, output }));
  });
}

async function leftovers(db: Db) {
  const datasets = await db.knex('datasets').where({ name: 'Killed import' });
  const grants = await db
    .knex('grants')
    .where('external_id', 'like', 'K-%')
    .count<{ n: number }[]>({ n: '*' });
  const funders = await db.knex('organizations').where({ name: 'Killed Funder' });
  const jobs = await db
    .knex('import_jobs')
    .where({ file_name: 'killed.csv' })
    .orderBy('id')
    .select('status');
  return {
    datasets: datasets.length,
    grants: Number(grants[0]!.n),
    funders: funders.length,
    jobs: jobs.map((j) => j.status as string),
  };
}

describe('an import killed mid-file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fairshare-kill-'));
  const file = path.join(dir, 'killed.csv');
  beforeAll(() => writeBigFile(file));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const backend of testBackends()) {
    it(`leaves no partial rows [${backend}]`, async () => {
      let env: Record<string, string>;
      let reopen: () => Promise<Db>;
      let cleanup: () => Promise<void> = () => Promise.resolve();
      if (backend === 'postgres') {
        const db = await createTestDb('postgres');
        env = { DATABASE_URL: db.location };
        reopen = () => Promise.resolve(openPostgres(db.location, { poolMax: 2 }));
        cleanup = () => db.close();
      } else {
        const dataDir = path.join(dir, 'data');
        env = { DATA_DIR: dataDir, DATABASE_URL: '' };
        reopen = () => openEmbedded(dataDir);
      }
      const run = await importAndKill(file, env);
      expect(run.killed, run.output).toBe(true);
      const db = await reopen();
      try {
        const after = await leftovers(db);
        expect(after).toEqual({ datasets: 0, grants: 0, funders: 0, jobs: ['running'] });
        // Any process that looks marks the job that never finished: on PostgreSQL its lock died
        // with the killed process's connection; the embedded folder has one process.
        expect(await markInterruptedJobs(db.knex, db.kind, 0)).toBe(1);
        expect((await leftovers(db)).jobs).toEqual(['failed']);
        // Importing the file again completes (the first 2,000 rows, to keep the test short).
        const again = await runImport(db.knex, db.kind, {
          kind: 'grants',
          datasetName: 'Killed import',
          fileName: 'killed.csv',
          input: Readable.from(
            fs.readFileSync(file, 'utf8').split('\n').slice(0, 2001).join('\n') + '\n',
          ),
        });
        expect(again.status).toBe('succeeded');
        expect(await leftovers(db)).toMatchObject({
          datasets: 1,
          grants: 2000,
          funders: 1,
          jobs: ['failed', 'succeeded'],
        });
      } finally {
        await db.close();
        await cleanup();
      }
    }, 120_000);
  }

  if (testBackends().includes('postgres')) {
    it('leaves alone a job that another connection is running [postgres]', async () => {
      const db = await createTestDb('postgres');
      try {
        const jobId = await createJob(db.knex, {
          kind: 'grants',
          fileName: 'alive.csv',
          dryRun: false,
          validOnly: false,
          createdBy: null,
          bytesTotal: null,
        });
        // Another process's import: its transaction holds the job's lock (a separate pool).
        const other = openPostgres(db.location, { poolMax: 1 });
        const trx = await other.knex.transaction();
        await holdJob(trx, 'postgres', jobId);
        // Not this process's job, yet alive: the sweep leaves it running.
        expect(await markInterruptedJobs(db.knex, 'postgres', 0)).toBe(0);
        await trx.rollback();
        await other.close();
        // Its connection gone, the job is dead.
        expect(await markInterruptedJobs(db.knex, 'postgres', 0)).toBe(1);
        const job = await db.knex('import_jobs').where({ id: jobId }).first();
        expect(job.status).toBe('failed');
      } finally {
        await db.close();
      }
    }, 60_000);
  }

  if (testBackends().includes('embedded')) {
    it('deletes at the next start what a dry run killed while writing left [embedded]', async () => {
      const dataDir = path.join(dir, 'dry-run-data');
      const dataset = 'Dry run killed';
      // The dataset as it stands: 20,000 grants of amount 1.
      const rows = (amount: number) =>
        [
          GRANT_HEADER,
          ...Array.from(
            { length: 20_000 },
            (_, i) => `D-${i},Dry Funder,Dry Grantee ${i % 50},2021,${amount},SEX,,,US,,`,
          ),
        ].join('\n') + '\n';
      let db = await openEmbedded(dataDir);
      try {
        await migrateLatest(db.knex);
        await runImport(db.knex, db.kind, {
          kind: 'grants',
          datasetName: dataset,
          fileName: 'dry.csv',
          input: Readable.from(rows(1)),
        });
      } finally {
        await db.close();
      }
      // A dry run of a version where every amount is 2: every row is a change, written in batches.
      const changed = path.join(dir, 'changed.csv');
      fs.writeFileSync(changed, rows(2));
      const env = { DATA_DIR: dataDir, DATABASE_URL: '' };
      const run = await importAndKill(changed, env, {
        whenWritten: true,
        dataset,
        extra: ['--dry-run'],
      });
      expect(run.killed, run.output).toBe(true);

      const state = async () => {
        const amounts = await db
          .knex('grants as g')
          .join('datasets as d', 'd.id', 'g.dataset_id')
          .where('d.name', 'like', `${dataset}%`)
          .groupBy('d.name', 'd.pending_import_job', 'g.amount_usd')
          .orderBy('d.name')
          .select('d.name', 'g.amount_usd')
          .select(db.knex.raw('d.pending_import_job IS NOT NULL AS pending'))
          .count<{ name: string; amount_usd: string; pending: boolean; count: number }[]>({
            count: '*',
          });
        const jobs = await db.knex('import_jobs').where({ dry_run: true }).select('status');
        return { amounts: amounts.map((a) => ({ ...a, count: Number(a.count) })), jobs };
      };
      db = await openEmbedded(dataDir);
      let left;
      try {
        left = await state();
      } finally {
        await db.close();
      }
      // The killed dry run left some changed rows, hidden in its pending shadow.
      const shadow = left.amounts.find((a) => a.pending);
      expect(shadow, JSON.stringify(left)).toMatchObject({ amount_usd: '2.00' });
      expect(shadow!.count).toBeGreaterThan(0);
      expect(left.jobs).toEqual([{ status: 'running' }]);

      // The app's next start deletes them and marks the job failed.
      const app = await startApp(env, { serverOnly: true });
      try {
        expect(app.output()).toContain('marked 1 import(s) stopped by the last run as failed');
      } finally {
        app.child.kill('SIGTERM');
        await app.exited;
      }
      db = await openEmbedded(dataDir);
      try {
        expect(await state()).toEqual({
          amounts: [{ name: dataset, amount_usd: '1.00', pending: false, count: 20_000 }],
          jobs: [{ status: 'failed' }],
        });
      } finally {
        await db.close();
      }
    }, 180_000);
  }
});
