/**
 * The vocabulary of docs/methodology.md as TypeScript constants and types.
 * Database CHECK constraints, GraphQL enums and import validation all derive from these lists.
 */

/** What a resource record or need figure is about. */
export const TRAFFICKING_TYPES = ['LABOR', 'SEX', 'BOTH', 'UNSPECIFIED'] as const;
export type TraffickingType = (typeof TRAFFICKING_TYPES)[number];

/**
 * Need figures may also be NON_LABOR: the remainder of a published total (`ALL`) after its labor
 * subset. It is always read as SEX (docs/methodology.md, "Need figures").
 */
export const NEED_TYPES = [...TRAFFICKING_TYPES, 'NON_LABOR'] as const;
export type NeedType = (typeof NEED_TYPES)[number];

/** The two groups every equity metric compares. */
export const COMPARED_TYPES = ['LABOR', 'SEX'] as const;
export type ComparedType = (typeof COMPARED_TYPES)[number];

/** What is being allocated, with its unit. */
export const RESOURCE_DIMENSIONS = ['FUNDING', 'TRAINING', 'SERVICES', 'RESEARCH'] as const;
export type ResourceDimension = (typeof RESOURCE_DIMENSIONS)[number];
export const DIMENSION_UNITS: Record<ResourceDimension, string> = {
  FUNDING: 'USD',
  TRAINING: 'participant-hours',
  SERVICES: 'survivors served',
  RESEARCH: 'studies',
};

/** What "need" is measured by. */
export const NEED_BASES = [
  'PREVALENCE',
  'IDENTIFIED_VICTIMS',
  'HOTLINE_CASES',
  'PROSECUTIONS',
  'CONVICTIONS',
  'CUSTOM',
] as const;
export type NeedBasis = (typeof NEED_BASES)[number];

/** How BOTH/UNSPECIFIED resources (and need) are attributed to labor and sex. */
export const ATTRIBUTION_RULES = [
  'EXCLUDE',
  'EVEN_SPLIT',
  'NEED_PROPORTIONAL',
  'DECLARED_SHARE',
] as const;
export type AttributionRule = (typeof ATTRIBUTION_RULES)[number];
/** The rule every view uses unless the user picks another (Overview, Equity, scenario studio). */
export const DEFAULT_ATTRIBUTION: AttributionRule = 'DECLARED_SHARE';

/** Kinds of organization in the field. */
export const ORGANIZATION_KINDS = [
  'FUNDER',
  'PROVIDER',
  'TTA_PROVIDER',
  'COALITION',
  'AGENCY',
  'RESEARCH',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** Service categories of grants; the first six are the labor-services mix of the scenario model. */
export const SERVICE_CATEGORIES = [
  'CASE_MANAGEMENT',
  'LEGAL',
  'HOUSING',
  'HEALTH',
  'EMPLOYMENT',
  'TTA',
  'PREVENTION',
  'LAW_ENFORCEMENT',
  'RESEARCH',
  'OTHER',
] as const;
export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number];
export const SCENARIO_SERVICE_CATEGORIES = [
  'CASE_MANAGEMENT',
  'LEGAL',
  'HOUSING',
  'HEALTH',
  'EMPLOYMENT',
  'TTA',
] as const satisfies readonly ServiceCategory[];

/** Audiences of training events. */
export const TRAINING_AUDIENCES = [
  'SERVICE_PROVIDERS',
  'LAW_ENFORCEMENT',
  'HEALTHCARE',
  'LEGAL',
  'COMMUNITY',
  'MIXED',
] as const;
export type TrainingAudience = (typeof TRAINING_AUDIENCES)[number];

/** Kinds of research output. */
export const RESEARCH_KINDS = ['PUBLICATIONS', 'STUDIES', 'GRANTS'] as const;
export type ResearchKind = (typeof RESEARCH_KINDS)[number];

/** Confidence flags of reference figures (docs/methodology.md, "Provenance and confidence"), plus the demo's label. */
export const CONFIDENCE_LEVELS = [
  'primary',
  'secondary',
  'computed',
  'uncertain',
  'illustrative',
] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

export const VISIBILITIES = ['public', 'private'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** Roles in an organization, weakest first. */
export const ROLES = ['viewer', 'analyst', 'steward', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Plausible years for any record: the field's data starts in the 1990s. */
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

/**
 * The latest year a record may describe: next year, since US federal fiscal year Y + 1 starts on
 * 1 October of Y. Later years (2099) are typing errors, not data. MAX_YEAR stays the database's
 * fixed bound; this one moves with the clock.
 */
export function latestRecordYear(today: Date = new Date()): number {
  return today.getUTCFullYear() + 1;
}

/** Default small-cell suppression threshold (docs/methodology.md, "Disclosure control"; as in CDC/CMS rules). */
export const DEFAULT_SUPPRESSION_THRESHOLD = 11;

/** US state and territory postal codes accepted as `us_state`. */
export const US_STATES = [
  'AL',
  'AK',
  'AZ',
  'AR',
  'CA',
  'CO',
  'CT',
  'DE',
  'DC',
  'FL',
  'GA',
  'HI',
  'ID',
  'IL',
  'IN',
  'IA',
  'KS',
  'KY',
  'LA',
  'ME',
  'MD',
  'MA',
  'MI',
  'MN',
  'MS',
  'MO',
  'MT',
  'NE',
  'NV',
  'NH',
  'NJ',
  'NM',
  'NY',
  'NC',
  'ND',
  'OH',
  'OK',
  'OR',
  'PA',
  'RI',
  'SC',
  'SD',
  'TN',
  'TX',
  'UT',
  'VT',
  'VA',
  'WA',
  'WV',
  'WI',
  'WY',
  'PR',
  'GU',
  'VI',
  'AS',
  'MP',
] as const;
export type UsState = (typeof US_STATES)[number];

/** Geography of a need figure: WORLD, an ISO 3166-1 alpha-2 country, or US-XX for a state. */
export function isGeography(code: string): boolean {
  if (code === 'WORLD') return true;
  if (/^[A-Z]{2}$/.test(code)) return true;
  const m = /^US-([A-Z]{2})$/.exec(code);
  return m !== null && (US_STATES as readonly string[]).includes(m[1] ?? '');
}
