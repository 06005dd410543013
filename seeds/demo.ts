/**
 * The illustrative demo set. NOT REAL DATA: no public source splits anti-trafficking funding,
 * training or services by type, so these rows are generated to show what Fairshare does until an
 * organization imports its own. Every dataset and organization created here is flagged
 * is_illustrative, and the product labels it so wherever it appears.
 *
 * Deterministic: a seeded PRNG (mulberry32, seed DEMO_SEED) and a fixed generation order give the
 * same rows every time. Assumptions, chosen to resemble the field the study describes:
 * - 40 funders (8 public agencies, 32 foundations); each has a labor orientation drawn from
 *   0.02–0.08 (four labor-focused funders 0.25–0.35). Agencies give larger grants (x3).
 * - 157 providers (as in the study's survey) in US states weighted roughly by population, plus
 *   10 TTA (training and technical assistance) providers and 3 state coalitions.
 * - 5,000 grants, fiscal years 2015–2024, uniform over years. A grant is LABOR with probability
 *   p = funder orientation x (1 + 4% per year after 2015), BOTH with 0.22, UNSPECIFIED with 0.10,
 *   else SEX: a skew toward sex trafficking that narrows slowly, as the study's providers report.
 *   40% of BOTH grants declare a labor_share, uniform in 0.10–0.50.
 *   Amounts are log-normal, median $120,000, sigma 0.9, rounded to $100.
 *   Service categories follow fixed weights; labor grants lean to legal and employment services.
 * - 1,200 training events by the TTA providers: focus SEX 55%, BOTH 28%, LABOR 12%,
 *   UNSPECIFIED 5%; 8–150 participants; 1–16 hours.
 * - Service records: each provider and year 2015–2024, one row per type it serves (SEX, LABOR,
 *   BOTH). Labor counts are small (often under 11, so suppression shows); staff turnover
 *   0.10–0.50 a year, TIP-trained share 0.20–0.90, caseload about 12 survivors per FTE.
 *   Cost = FTE x the provider's pay per FTE / (1 - its non-staff share), both drawn per provider
 *   from the demo's own ranges (DEMO_PAY_PER_FTE, DEMO_NON_STAFF_SHARE; see their comments), from
 *   a stream of their own so the other figures do not move. These are NOT the scenario model's
 *   defaults (core/scenario/defaultSources.ts) and must never be read from them: a model checked
 *   against data generated from its own constants would only agree with itself
 *   (tests/seeds/demoIndependence.test.ts). Expected cost per FTE: 60,000 x E[1 / U(0.55, 0.85)]
 *   = 60,000 x ln(0.85 / 0.55) / 0.30 = about 87,060, against the model's default 75,000 / 0.7 =
 *   107,143.
 * - Research outputs: publications per year by focus, sex > labor, both growing.
 */
import type { Knex } from 'knex';
import type { ServiceCategory, TraffickingType, TrainingAudience } from '../core/vocabulary';
import { rowHash } from '../api/db/rowHash';
import {
  T,
  type DbInsertGrant,
  type DbInsertOrganization,
  type DbInsertResearchOutput,
  type DbInsertServiceRecord,
  type DbInsertTraining,
} from '../api/db/tables';
import { createRng, type Rng } from '../core/random';

export const DEMO_SEED = 20261126;
export const DEMO_YEARS = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] as const;
export const DEMO_GRANT_COUNT = 5000;
export const DEMO_PROVIDER_COUNT = 157;
export const DEMO_TRAINING_COUNT = 1200;
/**
 * Salary plus benefits of one full-time worker, uniform per provider: the demo's own range for
 * small nonprofits that pay case workers anywhere from a modest to a good wage. Picked for the demo
 * alone, not taken from any source the scenario model cites.
 */
export const DEMO_PAY_PER_FTE = { min: 48_000, max: 72_000 } as const;
/** Share of a provider's service cost that is not staff (rent, client assistance, travel). */
export const DEMO_NON_STAFF_SHARE = { min: 0.15, max: 0.45 } as const;
const ILLUSTRATIVE = '(illustrative)';

// Rough population weights: the states with most providers come first.
const STATE_WEIGHTS: ReadonlyArray<readonly [string, number]> = [
  ['CA', 12],
  ['TX', 9],
  ['FL', 7],
  ['NY', 6],
  ['PA', 4],
  ['IL', 4],
  ['OH', 3.5],
  ['GA', 3.3],
  ['NC', 3.2],
  ['MI', 3],
  ['NJ', 2.8],
  ['VA', 2.6],
  ['WA', 2.3],
  ['AZ', 2.2],
  ['MA', 2.1],
  ['TN', 2.1],
  ['IN', 2],
  ['MD', 1.9],
  ['MO', 1.8],
  ['WI', 1.8],
  ['CO', 1.8],
  ['MN', 1.7],
  ['SC', 1.6],
  ['AL', 1.5],
  ['LA', 1.4],
  ['KY', 1.3],
  ['OR', 1.3],
  ['OK', 1.2],
  ['CT', 1.1],
  ['UT', 1],
  ['IA', 1],
  ['NV', 1],
  ['AR', 0.9],
  ['MS', 0.9],
  ['KS', 0.9],
  ['NM', 0.6],
  ['NE', 0.6],
  ['ID', 0.6],
  ['WV', 0.5],
  ['HI', 0.4],
  ['NH', 0.4],
  ['ME', 0.4],
  ['MT', 0.3],
  ['RI', 0.3],
  ['DE', 0.3],
  ['SD', 0.3],
  ['ND', 0.2],
  ['AK', 0.2],
  ['DC', 0.2],
  ['VT', 0.2],
  ['WY', 0.2],
];

const CATEGORY_WEIGHTS: Record<
  'LABOR' | 'OTHER',
  ReadonlyArray<readonly [ServiceCategory, number]>
> = {
  LABOR: [
    ['CASE_MANAGEMENT', 22],
    ['LEGAL', 22],
    ['HOUSING', 10],
    ['HEALTH', 8],
    ['EMPLOYMENT', 16],
    ['TTA', 8],
    ['PREVENTION', 6],
    ['LAW_ENFORCEMENT', 4],
    ['RESEARCH', 2],
    ['OTHER', 2],
  ],
  OTHER: [
    ['CASE_MANAGEMENT', 25],
    ['LEGAL', 9],
    ['HOUSING', 16],
    ['HEALTH', 13],
    ['EMPLOYMENT', 4],
    ['TTA', 8],
    ['PREVENTION', 10],
    ['LAW_ENFORCEMENT', 9],
    ['RESEARCH', 3],
    ['OTHER', 3],
  ],
};

const AUDIENCE_WEIGHTS: ReadonlyArray<readonly [TrainingAudience, number]> = [
  ['SERVICE_PROVIDERS', 35],
  ['LAW_ENFORCEMENT', 20],
  ['HEALTHCARE', 15],
  ['LEGAL', 10],
  ['COMMUNITY', 12],
  ['MIXED', 8],
];

const PLACES = [
  'Harbor',
  'Prairie',
  'Summit',
  'Riverbend',
  'Cedar',
  'Lakeshore',
  'Granite',
  'Meadow',
  'Aspen',
  'Coastal',
  'Redwood',
  'Bluestem',
  'Ironwood',
  'Willow',
  'Juniper',
  'Sandstone',
  'Hawthorn',
  'Beacon',
  'Northfield',
  'Southgate',
  'Evergreen',
  'Canyon',
  'Marigold',
  'Larkspur',
  'Oakridge',
  'Silverline',
  'Tidewater',
  'Foxglove',
  'Highland',
  'Brookside',
  'Clearwater',
  'Pinecrest',
];

function weighted<T>(rng: Rng, items: ReadonlyArray<readonly [T, number]>): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let u = rng() * total;
  for (const [item, w] of items) {
    u -= w;
    if (u < 0) return item;
  }
  return items[items.length - 1]![0];
}

const between = (rng: Rng, lo: number, hi: number) => lo + (hi - lo) * rng();
const intBetween = (rng: Rng, lo: number, hi: number) => Math.floor(between(rng, lo, hi + 1));

/** Standard normal by Box–Muller (one draw per call, deterministic given the stream). */
function normal(rng: Rng): number {
  const u = 1 - rng();
  const v = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

export interface DemoOrganization extends DbInsertOrganization {
  laborOrientation: number;
}

export interface DemoSet {
  funders: DemoOrganization[];
  providers: DemoOrganization[];
  ttaProviders: DemoOrganization[];
  coalitions: DemoOrganization[];
  /** Rows reference organizations by slug; the loader maps slugs to ids. */
  grants: Array<
    Omit<DbInsertGrant, 'dataset_id' | 'funder_id' | 'recipient_id'> & {
      funder: string;
      recipient: string;
    }
  >;
  trainings: Array<Omit<DbInsertTraining, 'dataset_id' | 'provider_id'> & { provider: string }>;
  services: Array<Omit<DbInsertServiceRecord, 'dataset_id' | 'provider_id'> & { provider: string }>;
  research: Array<Omit<DbInsertResearchOutput, 'dataset_id'>>;
}

function org(
  slug: string,
  name: string,
  kind: DbInsertOrganization['kind'],
  usState: string | null,
  laborOrientation = 0,
): DemoOrganization {
  return {
    slug,
    name,
    kind,
    country: 'US',
    us_state: usState,
    is_illustrative: true,
    laborOrientation,
  };
}

/** Generates the whole demo set in memory, deterministically. */
export function generateDemo(seed = DEMO_SEED): DemoSet {
  const rng = createRng(seed);
  const funders: DemoOrganization[] = [];
  for (let i = 0; i < 40; i++) {
    const agency = i < 8;
    const place = PLACES[i % PLACES.length]!;
    const name = agency
      ? `${place} State Office for Victim Services ${ILLUSTRATIVE}`
      : `${place} ${i % 3 === 0 ? 'Community Foundation' : i % 3 === 1 ? 'Fund' : 'Trust'} ${ILLUSTRATIVE}`;
    const labor = i % 10 === 7 ? between(rng, 0.25, 0.35) : between(rng, 0.02, 0.08);
    funders.push(
      org(
        `demo-funder-${String(i + 1).padStart(2, '0')}`,
        name,
        agency ? 'AGENCY' : 'FUNDER',
        agency ? weighted(rng, STATE_WEIGHTS) : null,
        labor,
      ),
    );
  }
  const providers: DemoOrganization[] = [];
  for (let i = 0; i < DEMO_PROVIDER_COUNT; i++) {
    const state = weighted(rng, STATE_WEIGHTS);
    const n = String(i + 1).padStart(3, '0');
    providers.push(
      org(
        `demo-provider-${n}`,
        `Demo Provider ${n}, ${state} ${ILLUSTRATIVE}`,
        'PROVIDER',
        state,
        between(rng, 0, 1),
      ),
    );
  }
  const ttaProviders: DemoOrganization[] = [];
  for (let i = 0; i < 10; i++) {
    const n = String(i + 1).padStart(2, '0');
    ttaProviders.push(
      org(
        `demo-tta-${n}`,
        `Demo Training Center ${n} ${ILLUSTRATIVE}`,
        'TTA_PROVIDER',
        weighted(rng, STATE_WEIGHTS),
      ),
    );
  }
  const coalitions = ['CA', 'TX', 'NY'].map((s) =>
    org(
      `demo-coalition-${s.toLowerCase()}`,
      `Demo ${s} Anti-Trafficking Coalition ${ILLUSTRATIVE}`,
      'COALITION',
      s,
    ),
  );

  const funderWeights = funders.map((f, i) => [f, i < 8 ? 3 : 1 + (i % 5)] as const);
  const grants: DemoSet['grants'] = [];
  for (let i = 0; i < DEMO_GRANT_COUNT; i++) {
    const year = DEMO_YEARS[intBetween(rng, 0, DEMO_YEARS.length - 1)]!;
    const funder = weighted(rng, funderWeights);
    const pLabor = funder.laborOrientation * (1 + 0.04 * (year - 2015));
    const u = rng();
    const type: TraffickingType =
      u < pLabor ? 'LABOR' : u < pLabor + 0.22 ? 'BOTH' : u < pLabor + 0.32 ? 'UNSPECIFIED' : 'SEX';
    const category = weighted(rng, CATEGORY_WEIGHTS[type === 'LABOR' ? 'LABOR' : 'OTHER']);
    const recipient =
      category === 'TTA'
        ? ttaProviders[intBetween(rng, 0, 9)]!
        : providers[intBetween(rng, 0, DEMO_PROVIDER_COUNT - 1)]!;
    const declares = type === 'BOTH' && rng() < 0.4;
    const laborShare = declares ? Math.round(between(rng, 0.1, 0.5) * 100) / 100 : null;
    const scale = funder.kind === 'AGENCY' ? 3 : 1;
    const amount = Math.round((120_000 * scale * Math.exp(0.9 * normal(rng))) / 100) * 100;
    const externalId = `DEMO-G-${String(i + 1).padStart(5, '0')}`;
    grants.push({
      funder: funder.slug,
      recipient: recipient.slug,
      external_id: externalId,
      fiscal_year: year,
      amount_usd: amount,
      trafficking_type: type,
      labor_share: laborShare,
      service_category: category,
      country: 'US',
      us_state: recipient.us_state,
      description: `Illustrative ${category.toLowerCase().replace('_', ' ')} grant`,
      row_hash: rowHash([externalId]),
    });
  }

  const trainings: DemoSet['trainings'] = [];
  for (let i = 0; i < DEMO_TRAINING_COUNT; i++) {
    const provider = ttaProviders[intBetween(rng, 0, 9)]!;
    const u = rng();
    const focus: TraffickingType =
      u < 0.55 ? 'SEX' : u < 0.83 ? 'BOTH' : u < 0.95 ? 'LABOR' : 'UNSPECIFIED';
    const externalId = `DEMO-T-${String(i + 1).padStart(5, '0')}`;
    trainings.push({
      provider: provider.slug,
      external_id: externalId,
      year: DEMO_YEARS[intBetween(rng, 0, DEMO_YEARS.length - 1)]!,
      type_focus: focus,
      audience: weighted(rng, AUDIENCE_WEIGHTS),
      participants: intBetween(rng, 8, 150),
      hours: [1, 2, 3, 4, 6, 8, 16][intBetween(rng, 0, 6)]!,
      country: 'US',
      us_state: provider.us_state,
      row_hash: rowHash([externalId]),
    });
  }

  // A stream of its own, so that drawing costs leaves every other demo figure where it was.
  const costRng = createRng(seed + 1);
  const costPerFte = new Map(
    providers.map((p) => {
      const pay = between(costRng, DEMO_PAY_PER_FTE.min, DEMO_PAY_PER_FTE.max);
      const nonStaff = between(costRng, DEMO_NON_STAFF_SHARE.min, DEMO_NON_STAFF_SHARE.max);
      return [p.slug, pay / (1 - nonStaff)] as const;
    }),
  );
  const services: DemoSet['services'] = [];
  for (const p of providers) {
    // laborOrientation doubles as the provider's labor focus here (0..1).
    const servesLabor = p.laborOrientation > 0.35;
    const sexBase = intBetween(rng, 15, 140);
    const laborBase = servesLabor ? intBetween(rng, 2, 40) : 0;
    for (const year of DEMO_YEARS) {
      const turnover = Math.round(between(rng, 0.1, 0.5) * 100) / 100;
      const tip = Math.round(between(rng, 0.2, 0.9) * 100) / 100;
      const rows: Array<[TraffickingType, number]> = [
        ['SEX', Math.max(0, Math.round(sexBase * between(rng, 0.8, 1.25)))],
        ['LABOR', Math.max(0, Math.round(laborBase * between(rng, 0.7, 1.5)))],
        ['BOTH', intBetween(rng, 0, 12)],
      ];
      for (const [type, served] of rows) {
        if (served === 0) continue;
        const fte = Math.max(0.5, Math.round((served / between(rng, 9, 15)) * 10) / 10);
        const externalId = `DEMO-S-${p.slug.slice(-3)}-${year}-${type}`;
        services.push({
          provider: p.slug,
          external_id: externalId,
          year,
          trafficking_type: type,
          survivors_served: served,
          capacity: served + intBetween(rng, 0, Math.ceil(served / 4)),
          declined_or_waitlisted: intBetween(
            rng,
            0,
            Math.ceil(served / (type === 'LABOR' ? 2 : 5)),
          ),
          staff_fte: fte,
          staff_turnover_rate: turnover,
          tip_trained_share: tip,
          cost_usd: Math.round(fte * costPerFte.get(p.slug)!),
          country: 'US',
          us_state: p.us_state,
          row_hash: rowHash([externalId]),
        });
      }
    }
  }

  const research: DemoSet['research'] = [];
  for (const year of DEMO_YEARS) {
    const t = year - 2015;
    const counts: Array<[TraffickingType, number]> = [
      ['SEX', Math.round(70 + 4 * t + 10 * rng())],
      ['LABOR', Math.round(22 + 3 * t + 8 * rng())],
      ['UNSPECIFIED', Math.round(40 + 2 * t + 8 * rng())],
    ];
    for (const [type, count] of counts) {
      const externalId = `DEMO-R-${year}-${type}`;
      research.push({
        external_id: externalId,
        year,
        type_focus: type,
        kind: 'PUBLICATIONS',
        output_count: count,
        funding_usd: null,
        note: 'illustrative count',
        row_hash: rowHash([externalId]),
      });
    }
  }
  return { funders, providers, ttaProviders, coalitions, grants, trainings, services, research };
}

export const DEMO_DATASETS = {
  grants: 'demo-grants',
  trainings: 'demo-trainings',
  services: 'demo-service-records',
  research: 'demo-research-outputs',
} as const;

const DEMO_CITATION =
  'Fairshare illustrative demo data, generated deterministically (seeds/demo.ts). Not real figures: replace with your own data.';

async function insertBatched(
  trx: Knex.Transaction,
  table: string,
  rows: object[],
  size = 500,
): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await trx(table).insert(rows.slice(i, i + size));
}

/** Loads the demo set unless it is there already. Returns false when it was already present. */
export async function seedDemo(trx: Knex.Transaction): Promise<boolean> {
  if (await trx(T.datasets).where({ slug: DEMO_DATASETS.grants }).first()) return false;
  const demo = generateDemo();
  const orgs = [...demo.funders, ...demo.providers, ...demo.ttaProviders, ...demo.coalitions];
  const inserted = await trx(T.organizations)
    .insert(orgs.map(({ laborOrientation: _l, ...o }) => o))
    .returning<{ id: number; slug: string }[]>(['id', 'slug']);
  const orgId = new Map(inserted.map((o) => [o.slug, o.id]));
  const id = (slug: string) => {
    const v = orgId.get(slug);
    if (v === undefined) throw new Error(`demo organization ${slug} missing`);
    return v;
  };
  const dataset = async (slug: string, name: string, period: string, description: string) => {
    const [row] = await trx(T.datasets)
      .insert({
        slug,
        name,
        source: 'Fairshare demo generator',
        citation: DEMO_CITATION,
        url: null,
        license: 'CC0-1.0',
        vintage: 2024,
        data_period: period,
        confidence: 'illustrative',
        is_illustrative: true,
        owner_organization_id: null,
        visibility: 'public',
        description,
      })
      .returning<{ id: number }[]>('id');
    return row!.id;
  };
  const period = '2015–2024';
  const grantsId = await dataset(
    DEMO_DATASETS.grants,
    'Illustrative demo: grants',
    period,
    '5,000 generated grants from 40 fictional funders.',
  );
  const trainingsId = await dataset(
    DEMO_DATASETS.trainings,
    'Illustrative demo: trainings',
    period,
    '1,200 generated training events by 10 fictional TTA providers.',
  );
  const servicesId = await dataset(
    DEMO_DATASETS.services,
    'Illustrative demo: service records',
    period,
    'Generated service records of 157 fictional providers, as many as the study surveyed.',
  );
  const researchId = await dataset(
    DEMO_DATASETS.research,
    'Illustrative demo: research outputs',
    period,
    'Generated publication counts by trafficking type.',
  );

  await insertBatched(
    trx,
    T.grants,
    demo.grants.map(({ funder, recipient, ...g }) => ({
      ...g,
      dataset_id: grantsId,
      funder_id: id(funder),
      recipient_id: id(recipient),
    })),
  );
  await insertBatched(
    trx,
    T.trainings,
    demo.trainings.map(({ provider, ...t }) => ({
      ...t,
      dataset_id: trainingsId,
      provider_id: id(provider),
    })),
  );
  await insertBatched(
    trx,
    T.serviceRecords,
    demo.services.map(({ provider, ...s }) => ({
      ...s,
      dataset_id: servicesId,
      provider_id: id(provider),
    })),
  );
  await insertBatched(
    trx,
    T.researchOutputs,
    demo.research.map((r) => ({ ...r, dataset_id: researchId })),
  );
  return true;
}
