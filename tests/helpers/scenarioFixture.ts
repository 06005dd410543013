/**
 * The scenario tests' additions to the hand fixture (loadFixture stays as it is): a grants
 * dataset and a services dataset with cost, staff and training figures, round numbers so that a
 * baseline can be worked out by hand (tests/api/scenarios/baseline.test.ts), plus users and an
 * organization for the access tests.
 *
 * grants ("Fixture scenario-grants", vintage 2021, funder F1, recipient P1):
 *   2020 LABOR  400,000  CA LEGAL
 *   2020 SEX  1,800,000  CA HOUSING
 *   2021 LABOR  600,000  CA LEGAL
 *   2021 SEX  2,000,000  CA HOUSING
 *   2021 BOTH    400,000  CA CASE_MANAGEMENT  labor_share 0.5
 * service records ("Fixture scenario-services", vintage 2021):
 *   year type  provider served  cost_usd   staff_fte turnover tip_trained
 *   2020 LABOR P1       10      150,000    2         0.50     0.25
 *   2020 SEX   P1       80      800,000    8         0.25     0.50
 *   2021 LABOR P1       20      300,000    4         0.50     0.25
 *   2021 LABOR P2       30      450,000    6         0.25     0.50
 *   2021 SEX   P1      100    1,000,000   10         0.20     0.60
 *   2021 SEX   P2       60      (none)     5         0.40     (none)
 *   2021 BOTH  P1       20      200,000    2         0.30     0.30
 * accounts: organization "Org A" (PROVIDER) with alice (analyst) and vera (viewer); bob, a user
 * with no membership. Both datasets are public and owned by "Data owner", whose stewards see their
 * survivor counts exact (`stewardOfData`); everyone else sees them perturbed (docs/methodology.md).
 */
import type { Knex } from 'knex';
import type { Viewer } from '../../api/viewer';
import { loadFixture, type FixtureIds } from './fixture';

export interface ScenarioFixtureIds extends FixtureIds {
  p2: number;
  scenarioGrants: number;
  scenarioServices: number;
  orgA: number;
  /** Owner of the scenario datasets. */
  dataOwner: number;
  alice: number;
  bob: number;
  vera: number;
}

async function insertId(knex: Knex, table: string, row: Record<string, unknown>): Promise<number> {
  return (await knex(table).insert(row).returning<{ id: number }[]>('id'))[0]!.id;
}

export async function loadScenarioFixture(knex: Knex): Promise<ScenarioFixtureIds> {
  const base = await loadFixture(knex);
  const p2 = await insertId(knex, 'organizations', {
    slug: 'p2',
    name: 'P2',
    kind: 'PROVIDER',
    us_state: 'CA',
  });
  const dataOwner = await insertId(knex, 'organizations', {
    slug: 'data-owner',
    name: 'Data owner',
    kind: 'PROVIDER',
  });
  const dataset = (slug: string) =>
    insertId(knex, 'datasets', {
      slug,
      name: `Fixture ${slug}`,
      source: 'Tests',
      citation: `Fixture ${slug}.`,
      confidence: 'primary',
      vintage: 2021,
      visibility: 'public',
      owner_organization_id: dataOwner,
    });
  const scenarioGrants = await dataset('scenario-grants');
  const scenarioServices = await dataset('scenario-services');
  const grant = (
    n: number,
    year: number,
    type: string,
    amount: number,
    category: string,
    share: number | null = null,
  ) => ({
    dataset_id: scenarioGrants,
    funder_id: base.f1,
    recipient_id: base.p1,
    external_id: `SG${n}`,
    fiscal_year: year,
    amount_usd: amount,
    trafficking_type: type,
    labor_share: share,
    service_category: category,
    us_state: 'CA',
    row_hash: `sg${n}`,
  });
  await knex('grants').insert([
    grant(1, 2020, 'LABOR', 400_000, 'LEGAL'),
    grant(2, 2020, 'SEX', 1_800_000, 'HOUSING'),
    grant(3, 2021, 'LABOR', 600_000, 'LEGAL'),
    grant(4, 2021, 'SEX', 2_000_000, 'HOUSING'),
    grant(5, 2021, 'BOTH', 400_000, 'CASE_MANAGEMENT', 0.5),
  ]);
  const service = (
    n: number,
    year: number,
    type: string,
    provider: number,
    served: number,
    cost: number | null,
    fte: number,
    turnover: number,
    tip: number | null,
  ) => ({
    dataset_id: scenarioServices,
    provider_id: provider,
    external_id: `SS${n}`,
    year,
    trafficking_type: type,
    survivors_served: served,
    cost_usd: cost,
    staff_fte: fte,
    staff_turnover_rate: turnover,
    tip_trained_share: tip,
    us_state: 'CA',
    row_hash: `ss${n}`,
  });
  await knex('service_records').insert([
    service(1, 2020, 'LABOR', base.p1, 10, 150_000, 2, 0.5, 0.25),
    service(2, 2020, 'SEX', base.p1, 80, 800_000, 8, 0.25, 0.5),
    service(3, 2021, 'LABOR', base.p1, 20, 300_000, 4, 0.5, 0.25),
    service(4, 2021, 'LABOR', p2, 30, 450_000, 6, 0.25, 0.5),
    service(5, 2021, 'SEX', base.p1, 100, 1_000_000, 10, 0.2, 0.6),
    service(6, 2021, 'SEX', p2, 60, null, 5, 0.4, null),
    service(7, 2021, 'BOTH', base.p1, 20, 200_000, 2, 0.3, 0.3),
  ]);
  const orgA = await insertId(knex, 'organizations', {
    slug: 'org-a',
    name: 'Org A',
    kind: 'PROVIDER',
  });
  const user = (name: string) =>
    insertId(knex, 'users', {
      email: `${name}@example.org`,
      display_name: name,
      password_hash: 'not-a-real-hash',
    });
  const alice = await user('alice');
  const bob = await user('bob');
  const vera = await user('vera');
  await knex('memberships').insert([
    { user_id: alice, organization_id: orgA, role: 'analyst' },
    { user_id: vera, organization_id: orgA, role: 'viewer' },
  ]);
  return { ...base, p2, scenarioGrants, scenarioServices, orgA, dataOwner, alice, bob, vera };
}

/** A viewer who stewards the scenario datasets' organization: sees their counts exact. */
export function stewardOfData(ids: ScenarioFixtureIds): Viewer {
  return {
    userId: ids.bob,
    memberships: [{ organizationId: ids.dataOwner, role: 'steward' }],
    via: 'session',
    tokenScope: null,
  };
}
