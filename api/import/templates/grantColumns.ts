/** The columns of the grants template. */
import { SERVICE_CATEGORIES } from '../../../core/vocabulary';
import {
  NAME_LENGTH,
  TEXT_LENGTH,
  YEAR_RANGE,
  amountColumn,
  col,
  country,
  dateColumn,
  idColumn,
  organizationColumn,
  shareColumn,
  typeColumn,
  usState,
  yearColumn,
  type ColumnSpec,
} from './columns';

export const GRANT_COLUMNS: readonly ColumnSpec[] = [
  idColumn(
    'grant_id',
    'FND-2023-0042',
    "The funder's own id for the grant. Rows with an id are updated in place when the file is imported again; rows without one are matched by their full content.",
  ),
  organizationColumn(
    'funder',
    true,
    'Example Community Foundation',
    'Name of the funding organization. Matched to an existing organization by name (upper/lower case ignored), else created as a funder.',
  ),
  organizationColumn(
    'recipient',
    false,
    'Example Survivor Services',
    'Name of the grantee. Matched by name like the funder, else created as a provider.',
  ),
  yearColumn('fiscal_year', `Fiscal year of the award, ${YEAR_RANGE}.`),
  amountColumn({
    name: 'amount_usd',
    required: true,
    example: '125000',
    description:
      'Amount awarded, in US dollars, zero or more. Cents allowed; no currency symbol needed.',
  }),
  typeColumn(
    'trafficking_type',
    'LABOR',
    'What the grant is for: LABOR, SEX, BOTH (serves both forms) or UNSPECIFIED (not stated).',
  ),
  shareColumn(
    'labor_share',
    'share (0 to 1)',
    '',
    'For BOTH or UNSPECIFIED grants: the share meant for labor trafficking, from 0 to 1 (0.3 or 30%).',
  ),
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
  dateColumn('period_start', '2023-10-01', 'First day of the period of performance, YYYY-MM-DD.'),
  dateColumn(
    'period_end',
    '2025-09-30',
    'Last day of the period of performance, YYYY-MM-DD, not before period_start.',
  ),
];
