/**
 * A private dataset with one record of every kind, in the same years, states, funders and
 * providers as the public fixture (tests/helpers/fixture.ts), so that leaking any of it would move
 * a public figure. Ids are fixed so that callers can ask for them before they exist.
 *
 *   grants    2020 LABOR $7,000 CA LEGAL (F1 -> P1); 2021 SEX $9,000 TX HOUSING (F2 -> P1)
 *   trainings 2020 LABOR 30 participants x 4 h CA; 2021 SEX 12 x 2 h TX
 *   services  2020 P1 CA: LABOR 3, SEX 40, BOTH 12   (3 is a small cell)
 *   research  2020 LABOR 2 studies; 2021 SEX 5 studies
 *   need      IDENTIFIED_VICTIMS WORLD 2020: LABOR 500, NON_LABOR 100;
 *             HOTLINE_CASES US 2020: LABOR 70, SEX 20; CUSTOM US 2020: LABOR 9, SEX 1
 */
import type { Knex } from 'knex';
import type { FixtureIds } from '../../helpers/fixture';

export const PRIVATE_ID = 900001;
export const POOLED_ID = 900002;
export const VICTIM_SCENARIO_ID = '00000000-0000-4000-8000-00000000f00d';

export async function insertPrivateDataset(
  knex: Knex,
  options: { id: number; owner: number; ids: FixtureIds; name: string },
): Promise<void> {
  const { id, owner, ids } = options;
  await knex('datasets').insert({
    id,
    slug: `private-${id}`,
    name: options.name,
    source: 'A provider',
    citation: `${options.name}, confidential.`,
    confidence: 'primary',
    vintage: 2021,
    visibility: 'private',
    owner_organization_id: owner,
  });
  const h = (s: string) => `${id}-${s}`;
  await knex('grants').insert([
    {
      dataset_id: id,
      funder_id: ids.f1,
      recipient_id: ids.p1,
      fiscal_year: 2020,
      amount_usd: 7000,
      trafficking_type: 'LABOR',
      service_category: 'LEGAL',
      us_state: 'CA',
      external_id: h('g1'),
      row_hash: h('g1'),
    },
    {
      dataset_id: id,
      funder_id: ids.f2,
      recipient_id: ids.p1,
      fiscal_year: 2021,
      amount_usd: 9000,
      trafficking_type: 'SEX',
      service_category: 'HOUSING',
      us_state: 'TX',
      external_id: h('g2'),
      row_hash: h('g2'),
    },
  ]);
  await knex('trainings').insert([
    {
      dataset_id: id,
      provider_id: ids.p1,
      year: 2020,
      type_focus: 'LABOR',
      audience: 'SERVICE_PROVIDERS',
      participants: 30,
      hours: 4,
      us_state: 'CA',
      row_hash: h('t1'),
    },
    {
      dataset_id: id,
      provider_id: ids.p1,
      year: 2021,
      type_focus: 'SEX',
      audience: 'LAW_ENFORCEMENT',
      participants: 12,
      hours: 2,
      us_state: 'TX',
      row_hash: h('t2'),
    },
  ]);
  await knex('service_records').insert(
    (
      [
        ['LABOR', 3],
        ['SEX', 40],
        ['BOTH', 12],
      ] as const
    ).map(([type, served]) => ({
      dataset_id: id,
      provider_id: ids.p1,
      year: 2020,
      trafficking_type: type,
      survivors_served: served,
      us_state: 'CA',
      row_hash: h(`s${type}`),
    })),
  );
  await knex('research_outputs').insert([
    {
      dataset_id: id,
      year: 2020,
      type_focus: 'LABOR',
      kind: 'STUDIES',
      output_count: 2,
      row_hash: h('r1'),
    },
    {
      dataset_id: id,
      year: 2021,
      type_focus: 'SEX',
      kind: 'STUDIES',
      output_count: 5,
      row_hash: h('r2'),
    },
  ]);
  const need = (basis: string, geography: string, type: string, value: number) => ({
    dataset_id: id,
    indicator: `${basis.toLowerCase()}-private`,
    basis,
    year: 2020,
    geography,
    trafficking_type: type,
    value,
    unit: 'persons',
    confidence: 'primary',
    row_hash: h(`${basis}${geography}${type}`),
  });
  await knex('need_indicators').insert([
    need('IDENTIFIED_VICTIMS', 'WORLD', 'LABOR', 500),
    need('IDENTIFIED_VICTIMS', 'WORLD', 'NON_LABOR', 100),
    need('HOTLINE_CASES', 'US', 'LABOR', 70),
    need('HOTLINE_CASES', 'US', 'SEX', 20),
    need('CUSTOM', 'US', 'LABOR', 9),
    need('CUSTOM', 'US', 'SEX', 1),
  ]);
}

/** A saved scenario of the victim organization (version 1 with empty parameters). */
export async function insertPrivateScenario(
  knex: Knex,
  owner: number,
  organizationId: number,
): Promise<void> {
  await knex('scenarios').insert({
    id: VICTIM_SCENARIO_ID,
    owner_user_id: owner,
    organization_id: organizationId,
    name: 'Victim plan (confidential)',
  });
  await knex('scenario_versions').insert({
    scenario_id: VICTIM_SCENARIO_ID,
    version: 1,
    params: JSON.stringify({ needBasis: 'IDENTIFIED_VICTIMS' }),
    data_vintages: JSON.stringify([]),
    created_by: owner,
  });
}
