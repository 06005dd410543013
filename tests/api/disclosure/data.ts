/**
 * A dataset with known small cells for the attacker: 6 providers (2 in each of CA, TX, OK),
 * 2019-2021, one service record per provider, year and type (72 records), about half of them
 * small (1..10), generated from a seeded stream; and 36 pooled grants. Record keys are set from
 * the row hash so that every run perturbs the same way (production keys are random).
 */
import type { Knex } from 'knex';
import { createRng } from '../../../core/random';
import type { TrueRecord } from './attack';

export const STATES = ['CA', 'OK', 'TX'] as const;
export const YEARS = [2019, 2020, 2021] as const;
export const TYPES = ['BOTH', 'LABOR', 'SEX', 'UNSPECIFIED'] as const;
const CATEGORIES = ['LEGAL', 'HOUSING'] as const;

export async function makeProviders(knex: Knex): Promise<Map<number, string>> {
  const stateOf = new Map<number, string>();
  for (const state of STATES) {
    for (const n of [1, 2]) {
      const [row] = await knex('organizations')
        .insert({
          slug: `p-${state}-${n}`.toLowerCase(),
          name: `Provider ${state} ${n}`,
          kind: 'PROVIDER',
          us_state: state,
        })
        .returning<{ id: number }[]>('id');
      stateOf.set(row!.id, state);
    }
  }
  return stateOf;
}

export async function makeDataset(knex: Knex, slug: string, owner: number | null): Promise<number> {
  const [row] = await knex('datasets')
    .insert({
      slug,
      name: `Attack ${slug}`,
      source: 'Tests',
      citation: `Attack ${slug}.`,
      confidence: 'primary',
      vintage: 2021,
      visibility: owner === null ? 'public' : 'private',
      owner_organization_id: owner,
    })
    .returning<{ id: number }[]>('id');
  return row!.id;
}

/** Service records of every provider, year and type; values from the seed. */
export async function insertServices(
  knex: Knex,
  datasetId: number,
  providers: Map<number, string>,
  seed: number,
): Promise<TrueRecord[]> {
  const rng = createRng(seed);
  const records: TrueRecord[] = [];
  const rows = [];
  for (const [provider, state] of providers) {
    for (const year of YEARS) {
      for (const type of TYPES) {
        const value = rng() < 0.5 ? 1 + Math.floor(rng() * 10) : 11 + Math.floor(rng() * 70);
        records.push({ provider, state, year, type, category: null, value });
        rows.push({
          dataset_id: datasetId,
          provider_id: provider,
          year,
          trafficking_type: type,
          survivors_served: value,
          us_state: state,
          row_hash: `${datasetId}-${provider}-${year}-${type}`,
        });
      }
    }
  }
  await knex('service_records').insert(rows);
  return records;
}

/** Grants of a funder to every provider in two of the years, by type and category. */
export async function insertGrants(
  knex: Knex,
  datasetId: number,
  funder: number,
  providers: Map<number, string>,
  seed: number,
): Promise<TrueRecord[]> {
  const rng = createRng(seed);
  const records: TrueRecord[] = [];
  const rows = [];
  let n = 0;
  for (const [provider, state] of providers) {
    for (const year of YEARS) {
      for (const type of ['LABOR', 'SEX'] as const) {
        const value = 1000 * (5 + Math.floor(rng() * 195));
        const category = CATEGORIES[Math.floor(rng() * 2)]!;
        records.push({ provider, state, year, type, category, value });
        rows.push({
          dataset_id: datasetId,
          funder_id: funder,
          recipient_id: provider,
          external_id: `A${++n}`,
          fiscal_year: year,
          amount_usd: value,
          trafficking_type: type,
          service_category: category,
          us_state: state,
          row_hash: `${datasetId}-g${n}`,
        });
      }
    }
  }
  await knex('grants').insert(rows);
  return records;
}

/** Record keys from the row hash: fixed for the test, as random as production's. */
export async function fixRecordKeys(knex: Knex, seed: string): Promise<void> {
  for (const table of ['grants', 'service_records']) {
    await knex.raw(
      `UPDATE ${table} SET record_key = ('x' || substr(md5(row_hash || ?), 1, 8))::bit(32)::bigint`,
      [seed],
    );
  }
}
