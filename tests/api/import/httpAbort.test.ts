/** An upload cut off in the middle (the browser tab closed) imports nothing. */
import http from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { liveJobIds } from '../../../api/import/jobs';
import { describeEachBackend } from '../../helpers/db';
import { startTestApp, type RunningApp } from '../../helpers/server';
import { makeOrganization, makeUser, signedIn } from '../auth/helpers';
import { GRANT_HEADER } from './helpers';

const until = async (done: () => boolean, ms = 20_000) => {
  const deadline = Date.now() + ms;
  while (!done() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
};

describeEachBackend('an upload cut off mid-file', (db) => {
  let app: RunningApp;
  let cookie: string;
  beforeAll(async () => {
    app = await startTestApp(db());
    const organizationId = await makeOrganization(db().knex, 'abort-importers', 'FUNDER');
    await makeUser(db().knex, 'steward@abort.example', [[organizationId, 'steward']]);
    const steward = await signedIn(app.url, 'steward@abort.example');
    cookie = `fairshare_session=${steward.cookie('fairshare_session')}`;
  });
  afterAll(() => app.close());

  it('rolls the import back and records why', async () => {
    const boundary = '----fairshare-test-boundary';
    let rows = `${GRANT_HEADER}\n`;
    for (let i = 1; i <= 6000; i++) rows += `CUT-${i},Cut Funder,,2022,${i},SEX,,,US,,\n`;
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="cut.csv"\r\nContent-Type: text/csv\r\n\r\n`;
    const url = new URL(`${app.url}/api/import?kind=grants&dataset=Cut%20upload`);
    const req = http.request(url, {
      method: 'POST',
      headers: {
        cookie,
        'content-type': `multipart/form-data; boundary=${boundary}`,
        // The declared length promises more than is sent.
        'content-length': String(head.length + rows.length * 2),
      },
    });
    req.on('error', () => undefined);
    req.write(head + rows);
    await until(() => liveJobIds().length > 0);
    const jobId = liveJobIds()[0]!;
    req.destroy();
    await until(() => !liveJobIds().includes(jobId));
    const grants = await db()
      .knex('grants')
      .where('external_id', 'like', 'CUT-%')
      .count<{ n: number }[]>({ n: '*' });
    expect(Number(grants[0]!.n)).toBe(0);
    expect(await db().knex('datasets').where({ name: 'Cut upload' })).toHaveLength(0);
    const job = await db().knex('import_jobs').where({ id: jobId }).first();
    expect(job.status).toBe('rejected');
    expect(job.message).toContain('interrupted');
  });
});
