/**
 * The dataset an import creates or extends (matched by name, case and surrounding spaces
 * ignored), with its provenance: source, citation, license and URL as given, else defaults that
 * say where the file came from.
 */
import type { Knex } from 'knex';
import type { Confidence } from '../../core/vocabulary';
import type { DbDataset } from '../db/tables';
import {
  datasetByName,
  insertDataset,
  slugsStartingWith,
  updateDataset,
} from '../data/importDatasets';
import { slugify } from './referenceRows';
import { ImportRequestError } from './errors';

export interface ProvenanceInput {
  source?: string | null;
  citation?: string | null;
  license?: string | null;
  url?: string | null;
}

export interface ProvenanceDefaults {
  source: string;
  citation: string;
  license: string | null;
  url: string | null;
  confidence: Confidence;
  description: string;
}

export const MAX_DATASET_NAME = 200;

export function cleanDatasetName(name: string | null | undefined): string {
  const clean = (name ?? '').replace(/\s+/g, ' ').trim();
  if (!clean) {
    throw new ImportRequestError(
      'Give the dataset a name: the rows are added to the dataset of that name, which is created if it does not exist.',
    );
  }
  if (clean.length > MAX_DATASET_NAME) {
    throw new ImportRequestError(
      `The dataset name is ${clean.length} characters long; at most ${MAX_DATASET_NAME} are accepted.`,
    );
  }
  return clean;
}

/**
 * The dataset of that name among `organizationId`'s datasets, or among the public datasets without
 * an owner when null (imports from the server's shell).
 */
export function findDataset(
  db: Knex | Knex.Transaction,
  name: string,
  organizationId: number | null = null,
): Promise<DbDataset | null> {
  return datasetByName(db, name, organizationId);
}

/** Refuses to mix real rows into a demo dataset. */
export function assertImportable(dataset: DbDataset | null): void {
  if (dataset?.is_illustrative) {
    throw new ImportRequestError(
      `The dataset "${dataset.name}" holds illustrative demo data. Import real data into a dataset of its own: choose another name.`,
    );
  }
}

const given = (v: string | null | undefined) => {
  const t = v?.trim();
  return t ? t : null;
};

export interface DatasetOutcome {
  id: number;
  name: string;
  created: boolean;
  /** Provenance fields changed on an existing dataset: before and after. */
  changed: Record<string, { before: unknown; after: unknown }>;
}

export interface DatasetUpsert {
  name: string;
  input: ProvenanceInput;
  defaults: ProvenanceDefaults;
  actorUserId: number | null;
  /** The owning organization; null for a public dataset without an owner. */
  organizationId?: number | null;
}

/**
 * Finds the dataset by name or creates it; an existing one gets the provenance fields given. With
 * an organization, the dataset is that organization's, created private to it (only its members
 * see it); without one, a public dataset without an owner.
 */
export async function upsertDataset(
  trx: Knex,
  { name, input, defaults, actorUserId, organizationId = null }: DatasetUpsert,
): Promise<DatasetOutcome> {
  const existing = await findDataset(trx, name, organizationId);
  assertImportable(existing);
  if (existing) {
    const changed: DatasetOutcome['changed'] = {};
    const update: Partial<DbDataset> = {};
    for (const field of ['source', 'citation', 'license', 'url'] as const) {
      const value = given(input[field]);
      if (value !== null && value !== existing[field]) {
        changed[field] = { before: existing[field], after: value };
        update[field] = value;
      }
    }
    if (Object.keys(update).length) await updateDataset(trx, existing.id, update);
    return { id: existing.id, name: existing.name, created: false, changed };
  }
  const base = `import-${slugify(name) || 'dataset'}`;
  const taken = await slugsStartingWith(trx, base);
  let slug = base;
  for (let n = 2; taken.includes(slug); n++) slug = `${base}-${n}`;
  const id = await insertDataset(trx, {
    slug,
    name,
    source: given(input.source) ?? defaults.source,
    citation: given(input.citation) ?? defaults.citation,
    url: given(input.url) ?? defaults.url,
    license: given(input.license) ?? defaults.license,
    confidence: defaults.confidence,
    is_illustrative: false,
    owner_organization_id: organizationId,
    visibility: organizationId === null ? 'public' : 'private',
    description: defaults.description,
    imported_by: actorUserId,
  });
  return { id, name, created: true, changed: {} };
}
