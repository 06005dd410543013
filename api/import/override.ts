/**
 * A data steward's override of a grant's trafficking type (mostly: correcting the keyword
 * classifier of federal awards). The grant keeps its original classification beside the
 * override, the audit log records before and after, and re-imports keep the override.
 */
import type { Knex } from 'knex';
import { TRAFFICKING_TYPES, type TraffickingType } from '../../core/vocabulary';
import type { AwardClass } from './classify';
import { recordAudit } from '../auth/audit';
import { requireStewardOfDataset } from '../auth/dataAccess';
import type { Config } from '../config';
import { lockVisibleGrant, updateGrantType } from '../data/grantOverrides';
import { BadUserInputError, ForbiddenError, NotFoundError, UnauthenticatedError } from '../errors';
import type { Viewer } from '../viewer';
import { IMPORT_DISABLED_MESSAGE } from './errors';

export interface DbGrantRow {
  id: number;
  dataset_id: number;
  funder_id: number;
  recipient_id: number | null;
  external_id: string | null;
  fiscal_year: number;
  amount_usd: number | string;
  trafficking_type: TraffickingType;
  labor_share: number | string | null;
  service_category: string;
  country: string;
  us_state: string | null;
  description: string | null;
  program_number: string | null;
  program_title: string | null;
  classification: StoredClassification | string | null;
}

export interface StoredClassification {
  rule?: string;
  /** The classifier's answer; NOT_TRAFFICKING only on a grant whose type a steward set. */
  type?: AwardClass;
  confidence?: number;
  matched?: Record<string, string[]>;
  override?: {
    type: TraffickingType;
    previous: AwardClass;
    reason: string;
    by: number | null;
    /** Absent when the type came from the file's trafficking_type column (the import is audited). */
    at?: string;
  };
}

export const MAX_REASON = 1000;

/**
 * Same gate as imports: the IMPORT_ENABLED flag here, and a signed-in steward of the grant's
 * dataset's organization in overrideGrantType, once the grant is found.
 */
export function assertMayOverride(config: Config, viewer: Viewer): void {
  if (!config.importEnabled) throw new ForbiddenError(IMPORT_DISABLED_MESSAGE);
  if (viewer.userId === null) {
    throw new UnauthenticatedError(
      "Sign in as a data steward of the dataset's organization to correct its grants.",
    );
  }
}

export function parseClassification(
  value: DbGrantRow['classification'],
): StoredClassification | null {
  if (value === null) return null;
  return typeof value === 'string' ? (JSON.parse(value) as StoredClassification) : value;
}

export async function overrideGrantType(
  knex: Knex,
  viewer: Viewer,
  input: { grantId: number; type: TraffickingType; reason: string },
): Promise<DbGrantRow> {
  const reason = input.reason.replace(/\s+/g, ' ').trim();
  if (!reason)
    throw new BadUserInputError(
      'reason',
      'Give a reason for the override: it is kept in the audit log.',
    );
  if (reason.length > MAX_REASON) {
    throw new BadUserInputError(
      'reason',
      `The reason is ${reason.length} characters long; at most ${MAX_REASON} are accepted.`,
    );
  }
  if (!(TRAFFICKING_TYPES as readonly string[]).includes(input.type)) {
    throw new BadUserInputError('type', `type must be one of ${TRAFFICKING_TYPES.join(', ')}.`);
  }
  return knex.transaction(async (trx) => {
    const grant = await lockVisibleGrant(trx, viewer, input.grantId);
    if (!grant) throw new NotFoundError(`There is no grant ${input.grantId} that you can see.`);
    const organizationId = await requireStewardOfDataset(trx, viewer, grant.dataset_id);
    const original = parseClassification(grant.classification);
    const classification: StoredClassification = {
      ...(original ?? {}),
      override: {
        type: input.type,
        previous: grant.trafficking_type,
        reason,
        by: viewer.userId,
        at: new Date().toISOString(),
      },
    };
    const updated = await updateGrantType(trx, grant.id, input.type, classification);
    await recordAudit(trx, {
      action: 'correction',
      actorUserId: viewer.userId,
      organizationId,
      entity: 'grants',
      entityId: grant.id,
      details: {
        field: 'trafficking_type',
        before: grant.trafficking_type,
        after: input.type,
        reason,
        dataset_id: grant.dataset_id,
        original_classification: original,
      },
    });
    return updated;
  });
}
