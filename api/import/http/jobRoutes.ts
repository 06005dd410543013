/**
 * GET /jobs, /jobs/ref/:ref, /jobs/:id and /jobs/:id/rejected.csv. Jobs quote the files' cells: signed-in readers
 * only, each seeing their own jobs and those of their organizations' datasets. Before answering,
 * jobs left running by a stopped process are marked failed (at most every few seconds).
 */
import type { Knex } from 'knex';
import type { Request, Response } from 'express';
import { Router } from 'express';
import type { DbKind } from '../../db/connection';
import {
  getJob,
  liveJobIds,
  liveProgress,
  markInterruptedJobs,
  mayReadJob,
  recentJobs,
  type ImportProgress,
} from '../jobs';
import { rejectedCsv } from '../rejected';
import { jobOfUpload, UPLOAD_REF } from '../uploadRefs';
import { jobReader } from './access';
import { fail, jobView } from './reply';

const SWEEP_EVERY_MS = 5000;

export function jobRoutes(knex: Knex, dbKind: DbKind): Router {
  const router = Router();
  // The embedded database has one connection, held by a running import until it ends: while one
  // runs, job reads are answered from this process's memory (or "busy") instead of waiting.
  const embedded = dbKind === 'embedded';
  const busy = (res: Response) =>
    fail(
      res,
      503,
      'busy',
      'An import is running on the embedded database; try again when it has finished.',
    );
  const liveView = (id: number, progress: ImportProgress) => ({
    jobId: id,
    status: 'running',
    progress,
  });
  let lastSweep = 0;

  router.use('/jobs', (req, res, next) => {
    if (!jobReader(req)) {
      return fail(res, 401, 'unauthenticated', 'Sign in to see import jobs.');
    }
    next();
  });
  // While an import runs on the embedded database, stewards see its progress (it quotes nothing).
  const seesLiveProgress = (req: Request) => (jobReader(req)?.stewardOf.length ?? 0) > 0;

  router.use('/jobs', async (_req, _res, next) => {
    const now = Date.now();
    if (now - lastSweep >= SWEEP_EVERY_MS && !(embedded && liveJobIds().length)) {
      lastSweep = now;
      await markInterruptedJobs(knex, dbKind);
    }
    next();
  });

  router.get('/jobs', async (req, res) => {
    const running = liveJobIds();
    if (embedded && running.length) {
      const shown = seesLiveProgress(req) ? running : [];
      return res.json({ jobs: shown.map((id) => liveView(id, liveProgress(id)!)) });
    }
    const jobs = await recentJobs(knex, 20, jobReader(req)!);
    res.json({ jobs: jobs.map(jobView) });
  });

  // The job an upload of the caller's started, found by the reference the page sent with it.
  router.get('/jobs/ref/:ref', async (req, res) => {
    const jobId = UPLOAD_REF.test(req.params.ref)
      ? await jobOfUpload(knex, dbKind, req.params.ref, jobReader(req)!.userId)
      : null;
    if (jobId === null)
      return fail(res, 404, 'not_found', 'No running upload of yours has this reference.');
    res.json({ jobId });
  });

  router.get('/jobs/:id', async (req, res) => {
    const id = Number(req.params.id);
    const valid = Number.isInteger(id) && id > 0 && id < 2 ** 31;
    const live = valid ? liveProgress(id) : null;
    if (embedded && live && seesLiveProgress(req)) return res.json(liveView(id, live));
    if (embedded && liveJobIds().length) return busy(res);
    const readable = valid && (await mayReadJob(knex, id, jobReader(req)!));
    const job = readable ? await getJob(knex, id) : null;
    if (!job) return fail(res, 404, 'not_found', `There is no import job ${req.params.id}.`);
    res.json(jobView(job));
  });

  router.get('/jobs/:id/rejected.csv', async (req, res) => {
    if (embedded && liveJobIds().length) return busy(res);
    const id = Number(req.params.id);
    const valid = Number.isInteger(id) && id > 0 && id < 2 ** 31;
    const readable = valid && (await mayReadJob(knex, id, jobReader(req)!));
    const job = readable ? await getJob(knex, id) : null;
    if (!job) return fail(res, 404, 'not_found', `There is no import job ${req.params.id}.`);
    res.type('text/csv; charset=utf-8').attachment(`fairshare-import-${id}-rejected.csv`);
    for await (const chunk of rejectedCsv(knex, job)) {
      if (!res.write(chunk)) await new Promise((resolve) => res.once('drain', resolve));
    }
    res.end();
  });

  return router;
}
