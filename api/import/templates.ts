/**
 * The column specifications of every import kind: one list per kind, read by validation, by the
 * template download (header + example row), by GET /api/import/templates and by the CLI's --docs.
 * Column types and shared columns are in templates/columns.ts; the templates' own lists in
 * templates/*Columns.ts; need figures and the USAspending export below.
 */
import { CONFIDENCE_LEVELS, NEED_BASES, TRAFFICKING_TYPES, US_STATES } from '../../core/vocabulary';
import {
  MAX_MONEY,
  NAME_LENGTH,
  TEXT_LENGTH,
  YEAR_RANGE,
  col,
  type ColumnSpec,
} from './templates/columns';
import { GRANT_COLUMNS } from './templates/grantColumns';
import { RESEARCH_COLUMNS, SERVICE_COLUMNS, TRAINING_COLUMNS } from './templates/recordColumns';

export type { ColumnSpec, ColumnType } from './templates/columns';

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

/** One kind of file: its columns and what it holds. */
export interface TemplateSpec {
  kind: ImportKind;
  title: string;
  description: string;
  columns: readonly ColumnSpec[];
  /** Whether columns not listed are an error (templates) or ignored (third-party exports). */
  strictColumns: boolean;
}

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
  col({
    name: 'trafficking_type',
    type: 'enum',
    required: false,
    allowed: TRAFFICKING_TYPES,
    example: '',
    aliases: ['fairshare_trafficking_type', 'type_override'],
    description:
      "Not in USAspending's export: a data steward adds it to set a row's type by hand (LABOR, SEX, BOTH or UNSPECIFIED), overriding the classifier, for instance to import an award the classifier found not to be about trafficking. Kept as an override in the grant's classification.",
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
      "The CSV export of USAspending.gov's award search for grants (prime award summaries). Trafficking type is classified from the description and program title by keyword rules; awards that are not about trafficking are rejected (not imported as funding) unless a data steward sets their type in a trafficking_type column.",
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
