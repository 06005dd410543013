/** The columns Fairshare reads from a USAspending.gov export. */
import { TRAFFICKING_TYPES, US_STATES } from '../../../core/vocabulary';
import {
  NAME_LENGTH,
  TEXT_LENGTH,
  amountColumn,
  col,
  dateColumn,
  type ColumnSpec,
} from './columns';

/**
 * The USAspending.gov award-search CSV export of assistance (grant) prime awards. Only the columns
 * Fairshare reads are listed; the export's other columns are ignored. Both the bulk-download
 * names (cfda_* or assistance_listing_*) and the search table's headers ("Award ID") are read.
 */
export const USASPENDING_COLUMNS: readonly ColumnSpec[] = [
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
  amountColumn({
    name: 'total_obligated_amount',
    required: true,
    example: '750000.00',
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
  dateColumn(
    'award_base_action_date',
    '2023-09-25',
    'Date of the first action on the award, YYYY-MM-DD.',
    ['action_date', 'base_action_date'],
  ),
  dateColumn(
    'period_of_performance_start_date',
    '2023-10-01',
    'Period of performance start, YYYY-MM-DD.',
    ['start_date'],
  ),
  dateColumn(
    'period_of_performance_current_end_date',
    '2026-09-30',
    'Period of performance end, YYYY-MM-DD.',
    ['end_date', 'period_of_performance_end_date'],
  ),
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
