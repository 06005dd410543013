/** GET /templates (the kinds and their columns) and GET /templates/:kind.csv. */
import { Router } from 'express';
import { toCsv } from '../csvExport';
import { IMPORT_KINDS, TEMPLATES, isImportKind, type ImportKind } from '../templates';
import { fail } from './reply';

/** The templates as documentation: what GET /templates answers. */
export function templateDocs() {
  return IMPORT_KINDS.map((kind) => {
    const t = TEMPLATES[kind];
    return {
      kind,
      title: t.title,
      description: t.description,
      extraColumns: t.strictColumns ? 'refused' : 'ignored',
      columns: t.columns.map((c) => ({
        name: c.name,
        type: c.type,
        unit: c.unit,
        required: c.required,
        allowed: c.allowed,
        example: c.example,
        description: c.description,
        ...(c.aliases?.length ? { aliases: c.aliases } : {}),
      })),
    };
  });
}

/** The CSV template of a kind: header and one example row. */
export function templateCsv(kind: ImportKind): string {
  const columns = TEMPLATES[kind].columns;
  const example = Object.fromEntries(columns.map((c) => [c.name, c.example]));
  return toCsv(
    [example],
    columns.map((c) => c.name),
  );
}

export function templateRoutes(maxUploadBytes: number): Router {
  const router = Router();
  router.get('/templates', (_req, res) => {
    res.json({ maxUploadBytes, kinds: templateDocs() });
  });
  router.get('/templates/:file', (req, res) => {
    const kind = /^(.+)\.csv$/.exec(req.params.file)?.[1];
    if (!isImportKind(kind)) {
      fail(
        res,
        404,
        'not_found',
        `There is no template "${req.params.file}". Templates: ${IMPORT_KINDS.map((k) => `${k}.csv`).join(', ')}.`,
      );
      return;
    }
    res
      .type('text/csv; charset=utf-8')
      .attachment(`fairshare-${kind}-template.csv`)
      .send(templateCsv(kind));
  });
  return router;
}
