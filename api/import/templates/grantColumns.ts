/** The columns of the grants template. */
import { SERVICE_CATEGORIES, TRAFFICKING_TYPES } from '../../../core/vocabulary';
import {
  MAX_MONEY,
  NAME_LENGTH,
  TEXT_LENGTH,
  YEAR_RANGE,
  col,
  country,
  usState,
  type ColumnSpec,
} from './columns';

export const GRANT_COLUMNS: readonly ColumnSpec[] = [
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
