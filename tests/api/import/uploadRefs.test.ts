/**
 * An upload's reference, kept with its job in the database: found for the uploader only, and only
 * while the job runs. Over HTTP in one process: tests/api/import/http.test.ts; through another
 * process than the upload's: tests/ops/multiProcess.test.ts.
 */
import { expect, it } from 'vitest';
import { insertJob, runningJobOfUpload } from '../../../api/data/importJobs';
import { jobOfUpload, rememberUpload, forgetUpload } from '../../../api/import/uploadRefs';
import { describeEachBackend } from '../../helpers/db';
import { makeUser } from '../auth/helpers';

const job = (createdBy: number, uploadRef: string | null) => ({
  kind: 'grants' as const,
  fileName: 'ref.csv',
  dryRun: true,
  validOnly: false,
  createdBy,
  bytesTotal: null,
  uploadRef,
});

describeEachBackend('upload references kept with their jobs', (db, backend) => {
  it('finds the running job of the uploader by its reference, and nobody else’s', async () => {
    const knex = db().knex;
    const ana = await makeUser(knex, 'ana@refs.example');
    const ben = await makeUser(knex, 'ben@refs.example');
    const ref = 'refs-test-0123456789abcdef';
    const first = await insertJob(knex, job(ana, ref));
    await insertJob(knex, job(ana, null));
    await insertJob(knex, job(ben, 'refs-test-someone-else-000'));

    expect(await runningJobOfUpload(knex, ref, ana)).toBe(first);
    // Another user sending the same reference does not learn Ana's job.
    expect(await runningJobOfUpload(knex, ref, ben)).toBeNull();
    expect(await runningJobOfUpload(knex, 'refs-test-unknown-000000', ana)).toBeNull();

    // The same reference sent again while the first still runs: the newer upload.
    const second = await insertJob(knex, job(ana, ref));
    expect(await runningJobOfUpload(knex, ref, ana)).toBe(second);
    // Ended jobs (the upload is answered as its job ends) are not found.
    await knex('import_jobs').whereIn('id', [second]).update({ status: 'succeeded' });
    expect(await runningJobOfUpload(knex, ref, ana)).toBe(first);
    await knex('import_jobs').whereIn('id', [first]).update({ status: 'failed' });
    expect(await runningJobOfUpload(knex, ref, ana)).toBeNull();
  });

  it('answers this process’s own uploads from memory; others from the database on PostgreSQL only', async () => {
    const knex = db().knex;
    const cy = await makeUser(knex, 'cy@refs.example');
    const running = await insertJob(knex, job(cy, 'refs-test-elsewhere-00000'));
    // Received by another process: only the database knows it. The embedded database has one
    // process, so a reference not in its memory is no upload of this database.
    expect(await jobOfUpload(knex, backend, 'refs-test-elsewhere-00000', cy)).toBe(
      backend === 'postgres' ? running : null,
    );
    rememberUpload('refs-test-here-0000000000', 4242, cy);
    try {
      expect(await jobOfUpload(knex, backend, 'refs-test-here-0000000000', cy)).toBe(4242);
      expect(await jobOfUpload(knex, backend, 'refs-test-here-0000000000', cy + 1)).toBeNull();
    } finally {
      forgetUpload('refs-test-here-0000000000');
    }
    expect(await jobOfUpload(knex, backend, 'refs-test-here-0000000000', cy)).toBeNull();
  });
});
