/**
 * HTTP endpoints of the import pipeline, mounted at /api/import:
 *
 * - GET  /templates                 kinds and their columns (name, type, unit, required, allowed, example, description)
 * - GET  /templates/:kind.csv       the CSV template: header and one example row
 * - POST /?kind=&dataset=&organization=&dryRun=&validOnly=&ref=   multipart/form-data: `file`, and optional
 *        source, citation, license, url. Answers the job's result (see importResponse).
 * - GET  /jobs                      the latest jobs (newest first)
 * - GET  /jobs/ref/:ref             the job of the caller's running upload sent with `ref=` (its id)
 * - GET  /jobs/:id                  one job: status, counts, progress while it runs
 * - GET  /jobs/:id/rejected.csv     the rejected rows with an `error` column
 *
 * Importing needs a signed-in steward of the organization the data belongs to (http/access.ts);
 * jobs are readable by who ran them and by stewards of their dataset's organization.
 *
 * Errors are JSON `{ error, message }`: 400 bad request, 401 not signed in, 403 import disabled,
 * cross-site or not a steward, 404 unknown job or kind, 413 file too large, 500 server problem.
 */
import { Router } from 'express';
import type { AppDeps } from '../deps';
import { jobRoutes } from './http/jobRoutes';
import { templateRoutes } from './http/templateRoutes';
import { uploadRoute } from './http/uploadRoute';

export function importRouter(deps: AppDeps): Router {
  const router = Router();
  router.use(templateRoutes(deps.config.maxUploadBytes));
  router.use(
    uploadRoute({
      knex: deps.db.knex,
      dbKind: deps.db.kind,
      logger: deps.logger,
      importEnabled: deps.config.importEnabled,
      maxUploadBytes: deps.config.maxUploadBytes,
    }),
  );
  router.use(jobRoutes(deps.db.knex, deps.db.kind));
  return router;
}
