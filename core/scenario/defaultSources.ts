/**
 * The scenario model's shared defaults, each with what it rests on: a published source (cited, with
 * the vintage and the arithmetic from the published figures), or an assumption with its reasoning.
 * One list, read by the model (defaults.ts, api/scenarios/assemble.ts), served by the API
 * (Query.scenarioDefaults) and shown on Sources & methods; docs/methodology.md, "Shared defaults",
 * says the same.
 */
import type { ScenarioServiceCategory, SharedParameterName } from './types';

/** Whether a default is computed from published figures or is a stated assumption. */
export type DefaultBasis = 'PUBLISHED' | 'ASSUMPTION';

export interface ScenarioDefault {
  /** A parameter key (`costPerFte`), `categoryCostFactor.<CATEGORY>`, or `fallback.<name>`. */
  key: string;
  label: string;
  value: number;
  unit: string;
  basis: DefaultBasis;
  /** The published source (title, publisher, table, vintage); null for an assumption. */
  source: string | null;
  url: string | null;
  /** Why this value: for a published default, how it follows from the source. */
  reasoning: string;
}

type Entry = Omit<ScenarioDefault, 'key'>;

const assumption = (label: string, value: number, unit: string, reasoning: string): Entry => ({
  label,
  value,
  unit,
  basis: 'ASSUMPTION',
  source: null,
  url: null,
  reasoning,
});

/** BLS OEWS May 2020, 21-1021 (checked on bls.gov): mean annual wage USD 52,370, median 48,430. */
const OEWS_MEAN_WAGE_2020 = 52_370;
/** BLS ECEC, June 2015: wages and salaries were 69.5% of private-industry compensation costs. */
const ECEC_WAGE_SHARE_2015 = 0.695;

export const SHARED_DEFAULTS: Record<SharedParameterName, Entry> = {
  staffCostShare: assumption(
    'staff share of budget',
    0.7,
    'share of budget (0–1)',
    'Direct-service organizations spend most of a program budget on the people who deliver it; ' +
      '70% is a middle value for case-management-heavy services. No published figure for ' +
      'anti-trafficking providers was found; set your own from your budget.',
  ),
  costPerFte: {
    label: 'cost per FTE',
    value: 75_000,
    unit: 'USD per FTE-year',
    basis: 'PUBLISHED',
    source:
      'US Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2020, ' +
      '21-1021 Child, Family, and School Social Workers: mean annual wage USD 52,370 (median ' +
      '48,430); BLS Employer Costs for Employee Compensation, June 2015 (USDL-15-1756): wages ' +
      'and salaries 69.5% of private-industry compensation costs, benefits 30.5%.',
    url: 'https://www.bls.gov/oes/2020/may/oes211021.htm',
    reasoning:
      `Wage plus benefits of one full-time worker: ${OEWS_MEAN_WAGE_2020.toLocaleString('en-US')} ÷ ` +
      `${ECEC_WAGE_SHARE_2015} = ${Math.round(OEWS_MEAN_WAGE_2020 / ECEC_WAGE_SHARE_2015).toLocaleString('en-US')}, ` +
      'rounded to 75,000. These are May 2020 wages; later years pay more, so for a recent ' +
      'baseline this is low: set your own figure when you know it.',
  },
  initialExperience: assumption(
    'experience factor of a new hire',
    0.5,
    'factor (1 = fully experienced)',
    'A new hire carries about half of an experienced worker’s caseload in the first year, while ' +
      'learning the work alongside others.',
  ),
  yearsToFullExperience: assumption(
    'years to full experience without training',
    3,
    'years',
    'Trauma-informed practice needs on-the-ground experience (the study’s finding); three years ' +
      'to full experience is an assumption, varied from 2 to 5 in the uncertainty bands.',
  ),
  trainingRampEffect: assumption(
    'ramp shortening of a fully TIP-trained workforce',
    0.5,
    'share of the ramp removed (0–0.9)',
    'A fully TIP-trained workforce reaches full experience in half the time; varied from 0.25 to ' +
      '0.75 in the uncertainty bands.',
  ),
  trainingCostPerStaff: assumption(
    'TIP training cost per staff member',
    5_000,
    'USD per staff member per year',
    'A multi-day trauma-informed-practice training with follow-up coaching, per staff member ' +
      'per year.',
  ),
};

/**
 * Relative cost per survivor of each labor service category, against labor's overall cost per
 * survivor: no dataset records survivors served per category.
 */
export const CATEGORY_COST_FACTORS: Record<ScenarioServiceCategory, Entry> = {
  CASE_MANAGEMENT: assumption(
    'relative cost of case management',
    0.6,
    '× labor cost per survivor',
    'Case management reaches many survivors per worker and buys little besides staff time, so it ' +
      'costs less per person than the average service.',
  ),
  LEGAL: assumption(
    'relative cost of legal services',
    1.4,
    '× labor cost per survivor',
    'Legal representation (immigration relief, wage claims) takes many attorney hours per person.',
  ),
  HOUSING: assumption(
    'relative cost of housing',
    2,
    '× labor cost per survivor',
    'Housing pays for beds and rent on top of staff, the costliest service per person.',
  ),
  HEALTH: assumption(
    'relative cost of health care',
    1.2,
    '× labor cost per survivor',
    'Medical and mental-health care adds clinical costs to case work.',
  ),
  EMPLOYMENT: assumption(
    'relative cost of employment services',
    0.7,
    '× labor cost per survivor',
    'Job placement and training are delivered in groups and cost less per person than average.',
  ),
  TTA: assumption(
    'relative cost of training and technical assistance',
    1.5,
    '× labor cost per survivor',
    'Training and technical assistance reaches survivors only through the providers it trains, ' +
      'so each survivor reached costs more.',
  ),
};

/** Used only when the scope has no record that gives the figure (api/scenarios/assemble.ts). */
export const FALLBACKS = {
  costPerSurvivor: assumption(
    'cost per survivor when no service record gives one',
    10_000,
    'USD per survivor',
    'A round middle figure, used only when no service record in scope gives a cost: import ' +
      'service records with costs, or set the parameter, to replace it.',
  ),
  turnoverRate: assumption(
    'staff turnover when no service record gives it',
    0.3,
    'share of staff leaving per year (0–1)',
    'Turnover near 30% a year is often reported for victim-services and child-welfare staff; no ' +
      'single published rate for anti-trafficking providers was found.',
  ),
  trainedShare: assumption(
    'TIP-trained share when no service record gives it',
    0.5,
    'share of staff (0–1)',
    'Half trained, half not: the middle of the range, claiming nothing either way.',
  ),
  needGrowth: assumption(
    'need growth',
    0,
    'change per year',
    'Need is held at the baseline level: no source projects trafficking need by type.',
  ),
  evenSplit: assumption(
    'labor’s share of shared need and grants when the basis has no labor or sex figure',
    0.5,
    'share (0–1)',
    'With no explicit labor or sex figure there is no evidence either way, and an even split ' +
      'claims nothing; every result that uses it says so in its fallbacks.',
  ),
} as const satisfies Record<string, Entry>;

/** Every shared default, in display order: parameters, category factors, fallbacks. */
export function scenarioDefaults(): ScenarioDefault[] {
  return [
    ...Object.entries(SHARED_DEFAULTS).map(([key, e]) => ({ key, ...e })),
    ...Object.entries(CATEGORY_COST_FACTORS).map(([c, e]) => ({
      key: `categoryCostFactor.${c}`,
      ...e,
    })),
    ...Object.entries(FALLBACKS).map(([name, e]) => ({ key: `fallback.${name}`, ...e })),
  ];
}

/** The source text a parameter carries: the citation, or "assumption (editable): reasoning". */
export function defaultSourceText(e: Entry): string {
  return e.basis === 'PUBLISHED'
    ? `${e.source} ${e.reasoning} (editable)`
    : `assumption (editable): ${e.reasoning}`;
}
