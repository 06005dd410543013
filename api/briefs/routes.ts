/**
 * Downloads of a brief, mounted at /api/briefs (same access as the brief: members of its
 * organization; anyone else gets 404, as for a brief that does not exist):
 *
 * - GET /:id.pdf?size=LETTER|A4   the PDF, made from the stored content
 * - GET /:id/bundle.zip           charts as CSV, README with sources and definitions, parameters
 */
import { Router, type Request, type Response } from 'express';
import { viewerOf } from '../auth/viewerFromRequest';
import { datasetsByIds } from '../data/datasets';
import { NotFoundError } from '../errors';
import type { ScenarioServiceDeps } from '../scenarios/saved';
import type { AppDeps } from '../deps';
import { briefBundle } from './bundle';
import { briefPdf, type BriefDocument, type PaperSize } from './pdf';
import { loadBrief, type BriefOut } from './service';

function depsFor(app: AppDeps, req: Request): ScenarioServiceDeps {
  const viewer = viewerOf(req);
  const knex = app.db.knex;
  return {
    knex,
    viewer,
    suppressionThreshold: app.config.suppressionThreshold,
    datasetName: async (id) => (await datasetsByIds(knex, viewer, [id]))[0]?.name ?? null,
  };
}

/** The brief's printable whole: stored content, recommendations, full permalink, freshness. */
export async function briefDocument(b: BriefOut, origin: string): Promise<BriefDocument> {
  return {
    content: b.content,
    recommendations: b.recommendations,
    permalink: `${origin}${b.view.permalink}`,
    createdAt: b.row.created_at,
    appVersion: b.row.app_version,
    newerData: await b.newerData(),
  };
}

const fileName = (b: BriefOut) =>
  `fairshare-brief-${b.row.created_at.toISOString().slice(0, 10)}-${b.row.id.slice(0, 8)}`;

export function briefRouter(app: AppDeps): Router {
  const router = Router();
  const load = async (req: Request, res: Response): Promise<BriefOut | null> => {
    try {
      return await loadBrief(depsFor(app, req), String(req.params.id));
    } catch (e) {
      if (!(e instanceof NotFoundError)) throw e;
      res.status(404).json({ error: 'not_found', message: e.message });
      return null;
    }
  };
  const origin = (req: Request) => `${req.protocol}://${req.get('host') ?? 'localhost'}`;

  router.get('/:id.pdf', async (req, res) => {
    const asked = typeof req.query.size === 'string' ? req.query.size.toUpperCase() : 'LETTER';
    const size: PaperSize | null = asked === 'LETTER' || asked === 'A4' ? asked : null;
    if (!size) {
      res.status(400).json({ error: 'bad_request', message: 'size must be LETTER or A4.' });
      return;
    }
    const b = await load(req, res);
    if (!b) return;
    const pdf = await briefPdf(await briefDocument(b, origin(req)), size);
    res
      .type('application/pdf')
      .set('Content-Disposition', `inline; filename="${fileName(b)}.pdf"`)
      .set('Cache-Control', 'private, no-store')
      .send(pdf);
  });

  router.get('/:id/bundle.zip', async (req, res) => {
    const b = await load(req, res);
    if (!b) return;
    const zip = briefBundle(await briefDocument(b, origin(req)), b.view, b.content.parameters);
    res
      .type('application/zip')
      .set('Content-Disposition', `attachment; filename="${fileName(b)}.zip"`)
      .set('Cache-Control', 'private, no-store')
      .send(Buffer.from(zip));
  });
  return router;
}
