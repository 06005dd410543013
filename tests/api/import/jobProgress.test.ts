/**
 * A running import's progress kept with its job: stored whole (any fields), read while the job
 * runs and not after, written by a running import on PostgreSQL only (the embedded database has
 * one process: memory). Through another process than the import's: tests/ops/multiProcess.test.ts.
 */
import { isDeepStrictEqual } from 'node:util';
import { expect, it } from 'vitest';
import { getJob, insertJob, storeJobProgress } from '../../../api/data/importJobs';
import { runningProgress, setLiveProgress, type ImportProgress } from '../../../api/import/jobs';
import { describeEachBackend } from '../../helpers/db';
import { makeUser } from '../auth/helpers';

const job = (createdBy: number) => ({
  kind: 'grants' as const,
  fileName: 'progress.csv',
  dryRun: true,
  validOnly: false,
  createdBy,
  bytesTotal: 1000,
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describeEachBackend('import progress kept with its job', (db, backend) => {
  it('round-trips the whole progress object, shown while the job runs only', async () => {
    const knex = db().knex;
    const ana = await makeUser(knex, 'ana@progress.example');
    const id = await insertJob(knex, job(ana));
    expect((await getJob(knex, id))!.progress).toBeNull();
    expect(runningProgress((await getJob(knex, id))!)).toBeNull();

    // A field this code does not know (another version's counter) is kept as it came.
    const progress = {
      phase: 'writing',
      rowsDone: 1234,
      rowsTotal: 5678,
      bytesDone: 900,
      bytesTotal: 1000,
      rowsWritten: 7,
    } as ImportProgress;
    await storeJobProgress(knex, id, progress);
    const stored = (await getJob(knex, id))!;
    expect(stored.progress).toEqual({
      phase: 'writing',
      rowsDone: 1234,
      rowsTotal: 5678,
      bytesDone: 900,
      bytesTotal: 1000,
      rowsWritten: 7,
    });
    expect(stored.progress_at).not.toBeNull();
    expect(runningProgress(stored)).toEqual(stored.progress);

    // Ended: its counts tell the rest; the last progress stored is not shown.
    await knex('import_jobs').where({ id }).update({ status: 'succeeded' });
    expect(runningProgress((await getJob(knex, id))!)).toBeNull();
  });

  it('stores a running import’s progress on PostgreSQL (latest one, phase changes at once), memory only on the embedded database', async () => {
    const knex = db().knex;
    const ben = await makeUser(knex, 'ben@progress.example');
    const id = await insertJob(knex, job(ben));
    const at = (rowsDone: number, phase: ImportProgress['phase'] = 'reading'): ImportProgress => ({
      phase,
      rowsDone,
      rowsTotal: null,
      rowsWritten: null,
      rowsToWrite: null,
      bytesDone: rowsDone,
      bytesTotal: 1000,
    });
    const storedRows = async () => (await getJob(knex, id))!.progress;
    const waitFor = async (expected: ImportProgress | null) => {
      for (const end = Date.now() + 3000; Date.now() < end; await sleep(50)) {
        const now = await storedRows();
        if (isDeepStrictEqual(now, expected)) return now;
      }
      return storedRows();
    };
    try {
      setLiveProgress(id, at(0), { knex, dbKind: backend });
      // This process's own progress is read from memory, whatever is stored.
      expect(runningProgress((await getJob(knex, id))!)).toEqual(at(0));
      if (backend === 'embedded') {
        await sleep(1500);
        expect(await storedRows()).toBeNull();
        return;
      }
      expect(await waitFor(at(0))).toEqual(at(0));
      // Two reports within the second: the later one is stored (after the second has passed).
      setLiveProgress(id, at(500), { knex, dbKind: backend });
      setLiveProgress(id, at(800), { knex, dbKind: backend });
      expect(await waitFor(at(800))).toEqual(at(800));
      // A new phase is stored at once, not a second after the last write.
      const started = Date.now();
      setLiveProgress(id, at(1000, 'writing'), { knex, dbKind: backend });
      expect(await waitFor(at(1000, 'writing'))).toEqual(at(1000, 'writing'));
      expect(Date.now() - started).toBeLessThan(700);
    } finally {
      setLiveProgress(id, null);
    }
    // Ended here: nothing more is written.
    await knex('import_jobs').where({ id }).update({ progress: null });
    await sleep(1200);
    expect(await storedRows()).toBeNull();
  });

  if (backend === 'postgres') {
    it('does not wait for a job row that the import’s transaction has locked', async () => {
      const knex = db().knex;
      const cy = await makeUser(knex, 'cy@progress.example');
      const id = await insertJob(knex, job(cy));
      const trx = await knex.transaction();
      try {
        await trx('import_jobs').where({ id }).update({ message: 'finishing' });
        const started = Date.now();
        await storeJobProgress(knex, id, {
          phase: 'writing',
          rowsDone: 1,
          rowsTotal: 1,
          rowsWritten: null,
          rowsToWrite: null,
          bytesDone: 1,
          bytesTotal: 1,
        });
        expect(Date.now() - started).toBeLessThan(1000);
      } finally {
        await trx.rollback();
      }
      // Skipped, not queued: the row is as it was.
      expect((await getJob(knex, id))!.progress).toBeNull();
    });
  }
});
