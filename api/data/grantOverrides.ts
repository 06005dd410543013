/** The grant rows a steward's type override reads and writes (the rules are api/import/override.ts). */
import type { Knex } from 'knex';
import type { TraffickingType } from '../../core/vocabulary';
import { T } from '../db/tables';
import type { DbGrantRow } from '../import/override';
import type { Viewer } from '../viewer';
import { visibleDatasetIds } from './visibility';

/** The grant if the viewer may see it, locked for the rest of `trx`; undefined otherwise. */
export function lockVisibleGrant(
  trx: Knex.Transaction,
  viewer: Viewer,
  grantId: number,
): Promise<DbGrantRow | undefined> {
  return trx(T.grants)
    .where({ id: grantId })
    .whereIn('dataset_id', visibleDatasetIds(trx, viewer))
    .forUpdate()
    .first<DbGrantRow | undefined>();
}

/** Sets a grant's type and classification; answers the updated row. */
export async function updateGrantType(
  trx: Knex.Transaction,
  grantId: number,
  type: TraffickingType,
  classification: unknown,
): Promise<DbGrantRow> {
  const [updated] = await trx(T.grants)
    .where({ id: grantId })
    .update({ trafficking_type: type, classification: JSON.stringify(classification) })
    .returning<DbGrantRow[]>('*');
  return updated!;
}
