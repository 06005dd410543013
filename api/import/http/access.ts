/**
 * Who may import and who may read jobs, for the HTTP routes: the IMPORT_ENABLED flag, a signed-in
 * steward of the organization (api/auth/dataAccess.ts), and a form sent by Fairshare itself.
 */
import type { Request } from 'express';
import { requireImportOrganization } from '../../auth/dataAccess';
import { organizationsWithRole } from '../../auth/roles';
import { viewerOf } from '../../auth/viewerFromRequest';
import { IMPORT_DISABLED_MESSAGE, ImportRequestError } from '../errors';
import type { JobReader } from '../jobs';

export class ImportForbiddenError extends Error {
  override name = 'ImportForbiddenError';
}

/**
 * Whether this request may import (commit or dry-run) data, and into which organization's
 * datasets: the IMPORT_ENABLED flag, then a signed-in steward (or admin) of the organization, with
 * a browser session or a write API token. `organization=<id>` names it; without it, the one
 * organization where the caller is a steward. The dataset is then matched by name among that
 * organization's datasets, or created private to it (dataset.ts).
 */
export function assertMayImport(req: Request, importEnabled: boolean): { organizationId: number } {
  if (!importEnabled) throw new ImportForbiddenError(IMPORT_DISABLED_MESSAGE);
  const raw = req.query.organization;
  let requested: number | null = null;
  if (raw !== undefined && raw !== '') {
    if (typeof raw !== 'string' || !/^\d{1,9}$/.test(raw)) {
      throw new ImportRequestError(
        `organization must be the id of your organization (got ${JSON.stringify(raw)}).`,
      );
    }
    requested = Number(raw);
  }
  return { organizationId: requireImportOrganization(viewerOf(req), requested) };
}

/** The signed-in reader of import jobs, or null (anonymous). */
export function jobReader(req: Request): JobReader | null {
  const viewer = viewerOf(req);
  if (viewer.userId === null) return null;
  return { userId: viewer.userId, stewardOf: organizationsWithRole(viewer, 'steward') };
}

/** A multipart form posted by a page of another site (CSRF); browsers send these headers. */
export function crossSite(req: Request): boolean {
  if (req.get('sec-fetch-site') === 'cross-site') return true;
  const origin = req.get('origin');
  if (!origin || origin === 'null') return origin === 'null';
  try {
    return new URL(origin).host !== req.get('host');
  } catch {
    return true;
  }
}
