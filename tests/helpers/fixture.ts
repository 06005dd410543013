/**
 * A small hand-made dataset whose figures can be worked out by hand (see tests/api/analytics.test.ts):
 *
 * grants (dataset "Fixture grants", funder F1 unless noted):
 *   2020 LABOR        $100  CA  LEGAL
 *   2020 SEX          $300  CA  HOUSING
 *   2020 BOTH         $200  TX  CASE_MANAGEMENT  labor_share 0.25   (funder F2)
 *   2021 UNSPECIFIED  $400  TX  OTHER                               (funder F2)
 *   2021 SEX          $500  CA  HOUSING
 * need (dataset "Fixture need"):
 *   IDENTIFIED_VICTIMS WORLD 2020: LABOR 20, NON_LABOR 80;  2022: LABOR 30, NON_LABOR 70
 *   HOTLINE_CASES      US    2020: LABOR 10, SEX 30, BOTH 5, UNSPECIFIED 5
 * service records (dataset "Fixture services", provider P1, 2020): LABOR 5, SEX 40, BOTH 12
 */
import type { Knex } from 'knex';

export interface FixtureIds {
  f1: number;
  f2: number;
  p1: number;
  grants: number;
  need: number;
  services: number;
}

export async function loadFixture(knex: Knex): Promise<FixtureIds> {
  const org = async (slug: string, kind: string, state: string | null) =>
    (
      await knex('organizations')
        .insert({ slug, name: slug.toUpperCase(), kind, us_state: state })
        .returning<{ id: number }[]>('id')
    )[0]!.id;
  const f1 = await org('f1', 'FUNDER', null);
  const f2 = await org('f2', 'AGENCY', 'TX');
  const p1 = await org('p1', 'PROVIDER', 'CA');
  const dataset = async (slug: string) =>
    (
      await knex('datasets')
        .insert({
          slug,
          name: `Fixture ${slug}`,
          source: 'Tests',
          citation: `Fixture ${slug}.`,
          confidence: 'primary',
          vintage: 2022,
        })
        .returning<{ id: number }[]>('id')
    )[0]!.id;
  const grants = await dataset('grants');
  const need = await dataset('need');
  const services = await dataset('services');
  const grant = (
    n: number,
    funder: number,
    year: number,
    type: string,
    amount: number,
    state: string,
    category: string,
    share: number | null = null,
  ) => ({
    dataset_id: grants,
    funder_id: funder,
    recipient_id: p1,
    external_id: `G${n}`,
    fiscal_year: year,
    amount_usd: amount,
    trafficking_type: type,
    labor_share: share,
    service_category: category,
    us_state: state,
    row_hash: `g${n}`,
  });
  await knex('grants').insert([
    grant(1, f1, 2020, 'LABOR', 100, 'CA', 'LEGAL'),
    grant(2, f1, 2020, 'SEX', 300, 'CA', 'HOUSING'),
    grant(3, f2, 2020, 'BOTH', 200, 'TX', 'CASE_MANAGEMENT', 0.25),
    grant(4, f2, 2021, 'UNSPECIFIED', 400, 'TX', 'OTHER'),
    grant(5, f1, 2021, 'SEX', 500, 'CA', 'HOUSING'),
  ]);
  const figure = (basis: string, geography: string, year: number, type: string, value: number) => ({
    dataset_id: need,
    indicator: basis.toLowerCase(),
    basis,
    year,
    geography,
    trafficking_type: type,
    value,
    unit: basis === 'HOTLINE_CASES' ? 'cases' : 'persons',
    confidence: 'primary',
    row_hash: `${basis}${geography}${year}${type}`,
  });
  await knex('need_indicators').insert([
    figure('IDENTIFIED_VICTIMS', 'WORLD', 2020, 'LABOR', 20),
    figure('IDENTIFIED_VICTIMS', 'WORLD', 2020, 'NON_LABOR', 80),
    figure('IDENTIFIED_VICTIMS', 'WORLD', 2022, 'LABOR', 30),
    figure('IDENTIFIED_VICTIMS', 'WORLD', 2022, 'NON_LABOR', 70),
    figure('HOTLINE_CASES', 'US', 2020, 'LABOR', 10),
    figure('HOTLINE_CASES', 'US', 2020, 'SEX', 30),
    figure('HOTLINE_CASES', 'US', 2020, 'BOTH', 5),
    figure('HOTLINE_CASES', 'US', 2020, 'UNSPECIFIED', 5),
  ]);
  const service = (type: string, served: number) => ({
    dataset_id: services,
    provider_id: p1,
    year: 2020,
    trafficking_type: type,
    survivors_served: served,
    us_state: 'CA',
    row_hash: `s${type}`,
  });
  await knex('service_records').insert([
    service('LABOR', 5),
    service('SEX', 40),
    service('BOTH', 12),
  ]);
  return { f1, f2, p1, grants, need, services };
}
