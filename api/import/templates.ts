/**
 * The column specifications of every import kind: one list per kind, read by validation, by the
 * template download (header + example row), by GET /api/import/templates and by the CLI's --docs.
 */
import {
  CONFIDENCE_LEVELS,
  MIN_YEAR,
  RESEARCH_KINDS,
  SERVICE_CATEGORIES,
  TRAFFICKING_TYPES,
  TRAINING_AUDIENCES,
  US_STATES,
} from '../../core/vocabulary';
import { NEED_BASES } from '../../core/vocabulary';

export const IMPORT_KINDS = [
  'grants',
  'trainings',
  'service_records',
  'research_outputs',
  'need_indicators',
  'usaspending',
] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export function isImportKind(value: unknown): value is ImportKind {
  return typeof value === 'string' && (IMPORT_KINDS as readonly string[]).includes(value);
}

export type ColumnType =
  | 'text'
  | 'integer'
  | 'decimal'
  | 'year'
  | 'share'
  | 'enum'
  | 'us_state'
  | 'country'
  | 'geography'
  | 'date';

export interface ColumnSpec {
  /** Header name, snake_case. Headers are matched case-insensitively, spaces read as _. */
  name: string;
  type: ColumnType;
  /** Unit of a number, e.g. USD. */
  unit: string | null;
  required: boolean;
  /** For enums: the accepted values (matched case-insensitively). */
  allowed: readonly string[] | null;
  example: string;
  description: string;
  /** Inclusive bounds of numbers. */
  min?: number;
  max?: number;
  /** Longest accepted text, in characters. */
  maxLength?: number;
  /** Value used when the cell is empty (documented in the description). */
  fallback?: string;
  /** Other header spellings accepted for this column. */
  aliases?: readonly string[];
}

/** One kind of file: its columns and what it holds. */
export interface TemplateSpec {
  kind: ImportKind;
  title: string;
  description: string;
  columns: readonly ColumnSpec[];
  /** Whether columns not listed are an error (templates) or ignored (third-party exports). */
  strictColumns: boolean;
}

// numeric(16,2) holds up to 10^14 - 0.01.
const MAX_MONEY = 99_999_999_999_999;
const NAME_LENGTH = 300;
const TEXT_LENGTH = 4000;
const YEAR_RANGE = `a year from ${MIN_YEAR} to next year`;

const col = (c: Omit<ColumnSpec, 'unit' | 'allowed'> & Partial<ColumnSpec>): ColumnSpec => ({
  unit: null,
  allowed: null,
  ...c,
});

const country = col({
  name: 'country',
  type: 'country',
  required: false,
  example: 'US',
  fallback: 'US',
  description: 'ISO 3166-1 two-letter country code where the work takes place; US when empty.',
});
const usState = col({
  name: 'us_state',
  type: 'us_state',
  required: false,
  allowed: US_STATES,
  example: 'CA',
  description: 'US postal code of the state, for work in the US; empty otherwise.',
});

const GRANT_COLUMNS: readonly ColumnSpec[] = [
  col({
    name: 'grant_id',
    type: 'text',
    required: false,
    example: 'FND-2023-0042',
    maxLength: 200,
    description:
      "The funder's own id for the grant. Rows with an id are updated in place when the file is imported again; rows without one are matched by their full content.",
  }),
  col({
    name: 'funder',
    type: 'text',
    required: true,
    example: 'Example Community Foundation',
    maxLength: NAME_LENGTH,
    description:
      'Name of the funding organization. Matched to an existing organization by name (upper/lower case ignored), else created as a funder.',
  }),
  col({
    name: 'recipient',
    type: 'text',
    required: false,
    example: 'Example Survivor Services',
    maxLength: NAME_LENGTH,
    description:
      'Name of the grantee. Matched by name like the funder, else created as a provider.',
  }),
  col({
    name: 'fiscal_year',
    type: 'year',
    required: true,
    example: '2023',
    description: `Fiscal year of the award, ${YEAR_RANGE}.`,
  }),
  col({
    name: 'amount_usd',
    type: 'decimal',
    unit: 'USD',
    required: true,
    example: '125000',
    min: 0,
    max: MAX_MONEY,
    description:
      'Amount awarded, in US dollars, zero or more. Cents allowed; no currency symbol needed.',
  }),
  col({
    name: 'trafficking_type',
    type: 'enum',
    required: true,
    allowed: TRAFFICKING_TYPES,
    example: 'LABOR',
    description:
      'What the grant is for: LABOR, SEX, BOTH (serves both forms) or UNSPECIFIED (not stated).',
  }),
  col({
    name: 'labor_share',
    type: 'share',
    unit: 'share (0 to 1)',
    required: false,
    example: '',
    description:
      'For BOTH or UNSPECIFIED grants: the share meant for labor trafficking, from 0 to 1 (0.3 or 30%).',
  }),
  col({
    name: 'service_category',
    type: 'enum',
    required: false,
    allowed: SERVICE_CATEGORIES,
    example: 'LEGAL',
    fallback: 'OTHER',
    description: 'What the grant pays for; OTHER when empty.',
  }),
  country,
  usState,
  col({
    name: 'description',
    type: 'text',
    required: false,
    example: 'Legal services for survivors of labor trafficking',
    maxLength: TEXT_LENGTH,
    description: 'Free text describing the grant.',
  }),
  col({
    name: 'program_number',
    type: 'text',
    required: false,
    example: '',
    maxLength: 50,
    description: 'Federal assistance listing (CFDA) number, e.g. 16.320, where there is one.',
  }),
  col({
    name: 'program_title',
    type: 'text',
    required: false,
    example: '',
    maxLength: NAME_LENGTH,
    description: 'Title of the assistance listing or funding program.',
  }),
  col({
    name: 'period_start',
    type: 'date',
    required: false,
    example: '2023-10-01',
    description: 'First day of the period of performance, YYYY-MM-DD.',
  }),
  col({
    name: 'period_end',
    type: 'date',
    required: false,
    example: '2025-09-30',
    description: 'Last day of the period of performance, YYYY-MM-DD, not before period_start.',
  }),
];

const TRAINING_COLUMNS: readonly ColumnSpec[] = [
  col({
    name: 'training_id',
    type: 'text',
    required: false,
    example: 'TTA-2023-017',
    maxLength: 200,
    description:
      'Your own id for the training event; rows with an id are updated in place on re-import.',
  }),
  col({
    name: 'provider',
    type: 'text',
    required: true,
    example: 'Example Training Institute',
    maxLength: NAME_LENGTH,
    description:
      'Organization that gave the training; matched by name, else created as a provider.',
  }),
  col({
    name: 'year',
    type: 'year',
    required: true,
    example: '2023',
    description: `${YEAR_RANGE}.`,
  }),
  col({
    name: 'type_focus',
    type: 'enum',
    required: true,
    allowed: TRAFFICKING_TYPES,
    example: 'BOTH',
    description: 'Which form of trafficking the training is about.',
  }),
  col({
    name: 'audience',
    type: 'enum',
    required: true,
    allowed: TRAINING_AUDIENCES,
    example: 'SERVICE_PROVIDERS',
    description: 'Who attended.',
  }),
  col({
    name: 'participants',
    type: 'integer',
    unit: 'persons',
    required: true,
    example: '40',
    min: 0,
    max: 10_000_000,
    description: 'Number of participants, a whole number.',
  }),
  col({
    name: 'hours',
    type: 'decimal',
    unit: 'hours per participant',
    required: true,
    example: '6',
    min: 0,
    max: 999_999,
    description: 'Length of the training in hours; participant-hours = participants x hours.',
  }),
  country,
  usState,
];

const SERVICE_COLUMNS: readonly ColumnSpec[] = [
  col({
    name: 'record_id',
    type: 'text',
    required: false,
    example: 'SVC-2023-LABOR',
    maxLength: 200,
    description: 'Your own id for the row; rows with an id are updated in place on re-import.',
  }),
  col({
    name: 'provider',
    type: 'text',
    required: true,
    example: 'Example Survivor Services',
    maxLength: NAME_LENGTH,
    description: 'Service provider; matched by name, else created as a provider.',
  }),
  col({
    name: 'year',
    type: 'year',
    required: true,
    example: '2023',
    description: `${YEAR_RANGE}.`,
  }),
  col({
    name: 'trafficking_type',
    type: 'enum',
    required: true,
    allowed: TRAFFICKING_TYPES,
    example: 'LABOR',
    description: 'Which survivors the row counts.',
  }),
  col({
    name: 'survivors_served',
    type: 'integer',
    unit: 'survivors',
    required: true,
    example: '14',
    min: 0,
    max: 10_000_000,
    description:
      'Survivors served in the year, a whole number. Counts below 11 are hidden from people outside your organization.',
  }),
  col({
    name: 'capacity',
    type: 'integer',
    unit: 'survivors',
    required: false,
    example: '20',
    min: 0,
    max: 10_000_000,
    description: 'How many survivors the program could serve in the year.',
  }),
  col({
    name: 'declined_or_waitlisted',
    type: 'integer',
    unit: 'survivors',
    required: false,
    example: '3',
    min: 0,
    max: 10_000_000,
    description: 'Survivors turned away or put on a waiting list.',
  }),
  col({
    name: 'staff_fte',
    type: 'decimal',
    unit: 'full-time equivalents',
    required: false,
    example: '2.5',
    min: 0,
    max: 999_999,
    description: 'Staff working on the program, in full-time equivalents.',
  }),
  col({
    name: 'staff_turnover_rate',
    type: 'share',
    unit: 'share per year (0 to 1)',
    required: false,
    example: '0.3',
    description: 'Share of staff who left during the year (0.3 or 30%).',
  }),
  col({
    name: 'tip_trained_share',
    type: 'share',
    unit: 'share (0 to 1)',
    required: false,
    example: '0.6',
    description: 'Share of staff trained in trauma-informed practice.',
  }),
  col({
    name: 'cost_usd',
    type: 'decimal',
    unit: 'USD',
    required: false,
    example: '180000',
    min: 0,
    max: MAX_MONEY,
    description: 'Cost of the program in the year, in US dollars.',
  }),
  country,
  usState,
];

const RESEARCH_COLUMNS: readonly ColumnSpec[] = [
  col({
    name: 'output_id',
    type: 'text',
    required: false,
    example: 'LIT-2023-LABOR',
    maxLength: 200,
    description: 'Your own id for the row; rows with an id are updated in place on re-import.',
  }),
  col({
    name: 'year',
    type: 'year',
    required: true,
    example: '2023',
    description: `${YEAR_RANGE}.`,
  }),
  col({
    name: 'type_focus',
    type: 'enum',
    required: true,
    allowed: TRAFFICKING_TYPES,
    example: 'LABOR',
    description: 'Which form of trafficking the research is about.',
  }),
  col({
    name: 'kind',
    type: 'enum',
    required: true,
    allowed: RESEARCH_KINDS,
    example: 'PUBLICATIONS',
    description: 'What is counted: publications, studies, or research grants.',
  }),
  col({
    name: 'output_count',
    type: 'integer',
    unit: 'studies or publications',
    required: false,
    example: '12',
    min: 0,
    max: 10_000_000,
    description: 'How many; give this, funding_usd, or both.',
  }),
  col({
    name: 'funding_usd',
    type: 'decimal',
    unit: 'USD',
    required: false,
    example: '',
    min: 0,
    max: MAX_MONEY,
    description: 'Research funding in US dollars; give this, output_count, or both.',
  }),
  col({
    name: 'note',
    type: 'text',
    required: false,
    example: 'Peer-reviewed articles indexed in one database',
    maxLength: TEXT_LENGTH,
    description: 'How the figure was counted.',
  }),
];

/** Need figures: exactly the columns of shared/data/reference-figures.csv. */
export const NEED_BASES_ACCEPTED = [...NEED_BASES, 'RESEARCH_OUTPUT'] as const;
export const NEED_FILE_TYPES = [...TRAFFICKING_TYPES, 'ALL'] as const;
const NEED_COLUMNS: readonly ColumnSpec[] = [
  col({
    name: 'indicator',
    type: 'text',
    required: true,
    example: 'tip-2023-victims',
    maxLength: 200,
    description: 'Identifier of the series in its source, e.g. gems-2022.',
  }),
  col({
    name: 'basis',
    type: 'enum',
    required: true,
    allowed: NEED_BASES_ACCEPTED,
    example: 'IDENTIFIED_VICTIMS',
    description:
      'What the figure measures. RESEARCH_OUTPUT rows (literature counts) are stored as research outputs.',
  }),
  col({
    name: 'geography',
    type: 'geography',
    required: true,
    example: 'WORLD',
    description: 'WORLD, a two-letter country code (US), or US-XX for a US state (US-CA).',
  }),
  col({
    name: 'year',
    type: 'year',
    required: true,
    example: '2023',
    description: `${YEAR_RANGE}.`,
  }),
  col({
    name: 'trafficking_type',
    type: 'enum',
    required: true,
    allowed: NEED_FILE_TYPES,
    example: 'LABOR',
    description:
      'LABOR, SEX, BOTH, UNSPECIFIED, or ALL for a published total: an ALL row needs the LABOR row of the same basis, geography and year, and the remainder (ALL minus LABOR) is stored as non-labor.',
  }),
  col({
    name: 'value',
    type: 'decimal',
    unit: 'see unit',
    required: true,
    example: '12000',
    min: 0,
    max: MAX_MONEY,
    description: 'The figure, zero or more.',
  }),
  col({
    name: 'unit',
    type: 'text',
    required: true,
    example: 'persons',
    maxLength: 100,
    description: 'Unit of the figure: persons, cases, prosecutions, documents, studies.',
  }),
  col({
    name: 'source_title',
    type: 'text',
    required: true,
    example: 'Trafficking in Persons Report 2024',
    maxLength: TEXT_LENGTH,
    description: 'Title of the publication the figure comes from.',
  }),
  col({
    name: 'publisher',
    type: 'text',
    required: true,
    example: 'U.S. Department of State',
    maxLength: NAME_LENGTH,
    description: 'Who published it.',
  }),
  col({
    name: 'source_url',
    type: 'text',
    required: false,
    example: 'https://www.state.gov/trafficking-in-persons-report/',
    maxLength: 2000,
    description: 'Where it is published.',
  }),
  col({
    name: 'confidence',
    type: 'enum',
    required: true,
    allowed: CONFIDENCE_LEVELS.filter((c) => c !== 'illustrative'),
    example: 'primary',
    description:
      'primary (read from the original publication), secondary (from a reprint), computed, or uncertain.',
  }),
  col({
    name: 'note',
    type: 'text',
    required: false,
    example: '',
    maxLength: TEXT_LENGTH,
    description: 'How the figure was read or computed.',
  }),
];

/**
 * The USAspending.gov award-search CSV export of assistance (grant) prime awards. Only the columns
 * Fairshare reads are listed; the export's other columns are ignored. Both the bulk-download
 * names (cfda_* or assistance_listing_*) and the search table's headers ("Award ID") are read.
 */
const USASPENDING_COLUMNS: readonly ColumnSpec[] = [
  col({
    name: 'award_id_fain',
    type: 'text',
    required: true,
    example: '2023-VT-BX-0001',
    maxLength: 200,
    aliases: ['award_id', 'fain', 'assistance_award_unique_key', 'award_id_uri', 'uri'],
    description:
      'Federal Award Identification Number (FAIN); becomes the grant id, so re-importing a newer export updates awards in place.',
  }),
  col({
    name: 'recipient_name',
    type: 'text',
    required: true,
    example: 'EXAMPLE LEGAL AID SOCIETY',
    maxLength: NAME_LENGTH,
    aliases: ['recipient_name_raw', 'recipient'],
    description: 'Recipient; matched by name, else created as a provider.',
  }),
  col({
    name: 'total_obligated_amount',
    type: 'decimal',
    unit: 'USD',
    required: true,
    example: '750000.00',
    min: 0,
    max: MAX_MONEY,
    aliases: ['award_amount', 'total_obligation', 'total_obligations', 'obligated_amount'],
    description: 'Total obligated amount of the award, in US dollars.',
  }),
  col({
    name: 'awarding_agency_name',
    type: 'text',
    required: true,
    example: 'Department of Justice',
    maxLength: NAME_LENGTH,
    aliases: ['awarding_agency'],
    description: 'Awarding agency; becomes the funder (matched by name, else created).',
  }),
  col({
    name: 'assistance_listing_number',
    type: 'text',
    required: false,
    example: '16.320',
    maxLength: 50,
    aliases: ['cfda_number'],
    description: 'Assistance listing (formerly CFDA) number.',
  }),
  col({
    name: 'assistance_listing_title',
    type: 'text',
    required: false,
    example: 'Services for Victims of Human Trafficking',
    maxLength: NAME_LENGTH,
    aliases: ['cfda_title'],
    description: 'Assistance listing (formerly CFDA) title; read by the type classifier.',
  }),
  col({
    name: 'assistance_listings_numbers_and_titles',
    type: 'text',
    required: false,
    example: '',
    maxLength: TEXT_LENGTH,
    aliases: [
      'assistance_listing_numbers_and_titles',
      'cfda_numbers_and_titles',
      'cfda_number_and_title',
    ],
    description:
      'Combined form "16.320: Services for Victims of Human Trafficking" used by prime-award summary files; the first listing is used.',
  }),
  col({
    name: 'award_base_action_date_fiscal_year',
    type: 'year',
    required: false,
    example: '2023',
    aliases: ['action_date_fiscal_year', 'fiscal_year'],
    description: `Federal fiscal year of the award; when absent it is derived from the base action date or the period of performance start (October starts the next fiscal year).`,
  }),
  col({
    name: 'award_base_action_date',
    type: 'date',
    required: false,
    example: '2023-09-25',
    aliases: ['action_date', 'base_action_date'],
    description: 'Date of the first action on the award, YYYY-MM-DD.',
  }),
  col({
    name: 'period_of_performance_start_date',
    type: 'date',
    required: false,
    example: '2023-10-01',
    aliases: ['start_date'],
    description: 'Period of performance start, YYYY-MM-DD.',
  }),
  col({
    name: 'period_of_performance_current_end_date',
    type: 'date',
    required: false,
    example: '2026-09-30',
    aliases: ['end_date', 'period_of_performance_end_date'],
    description: 'Period of performance end, YYYY-MM-DD.',
  }),
  col({
    name: 'recipient_state_code',
    type: 'us_state',
    required: false,
    allowed: US_STATES,
    example: 'TX',
    aliases: ['recipient_state'],
    description: 'Recipient state, US postal code.',
  }),
  col({
    name: 'recipient_country_code',
    type: 'country',
    required: false,
    example: 'USA',
    fallback: 'US',
    aliases: ['recipient_country'],
    description: 'Recipient country, two- or three-letter code (USA read as US); US when empty.',
  }),
  col({
    name: 'prime_award_base_transaction_description',
    type: 'text',
    required: false,
    example: 'COMPREHENSIVE LEGAL SERVICES FOR VICTIMS OF LABOR TRAFFICKING AND FORCED LABOR',
    maxLength: TEXT_LENGTH,
    aliases: ['award_description', 'description', 'transaction_description'],
    description: 'Award description; read by the type classifier.',
  }),
];

export const TEMPLATES: Readonly<Record<ImportKind, TemplateSpec>> = {
  grants: {
    kind: 'grants',
    title: 'Grants',
    description:
      'One row per grant award: who funded whom, when, how much, and for which form of trafficking.',
    columns: GRANT_COLUMNS,
    strictColumns: true,
  },
  trainings: {
    kind: 'trainings',
    title: 'Trainings',
    description: 'One row per training event or series: provider, year, focus, audience and size.',
    columns: TRAINING_COLUMNS,
    strictColumns: true,
  },
  service_records: {
    kind: 'service_records',
    title: 'Service records',
    description:
      'One row per provider, year and trafficking type: survivors served, capacity, staff. Counts only, never personal data.',
    columns: SERVICE_COLUMNS,
    strictColumns: true,
  },
  research_outputs: {
    kind: 'research_outputs',
    title: 'Research outputs',
    description: 'Counts of studies or publications, or research funding, by year and focus.',
    columns: RESEARCH_COLUMNS,
    strictColumns: true,
  },
  need_indicators: {
    kind: 'need_indicators',
    title: 'Need indicators',
    description:
      "Published need figures in the format of Fairshare's reference-figures.csv: prevalence, identified victims, hotline cases, prosecutions, convictions.",
    columns: NEED_COLUMNS,
    strictColumns: true,
  },
  usaspending: {
    kind: 'usaspending',
    title: 'USAspending.gov assistance awards',
    description:
      "The CSV export of USAspending.gov's award search for grants (prime award summaries). Trafficking type is classified from the description and program title by keyword rules; a data steward can override it.",
    columns: USASPENDING_COLUMNS,
    strictColumns: false,
  },
};

/** "Fiscal Year " -> "fiscal_year": how headers are compared to column names. */
export function normalizeHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s\-/.]+/g, '_')
    .replace(/[^a-z0-9_]/g, '')
    .replace(/_+/g, '_')
    .replace(/^_|_$/g, '');
}
