/** The columns of the trainings, service records and research outputs templates. */
import { RESEARCH_KINDS, TRAINING_AUDIENCES } from '../../../core/vocabulary';
import {
  TEXT_LENGTH,
  amountColumn,
  col,
  country,
  countColumn,
  idColumn,
  organizationColumn,
  shareColumn,
  typeColumn,
  usState,
  yearColumn,
  type ColumnSpec,
} from './columns';

export const TRAINING_COLUMNS: readonly ColumnSpec[] = [
  idColumn(
    'training_id',
    'TTA-2023-017',
    'Your own id for the training event; rows with an id are updated in place on re-import.',
  ),
  organizationColumn(
    'provider',
    true,
    'Example Training Institute',
    'Organization that gave the training; matched by name, else created as a provider.',
  ),
  yearColumn(),
  typeColumn('type_focus', 'BOTH', 'Which form of trafficking the training is about.'),
  col({
    name: 'audience',
    type: 'enum',
    required: true,
    allowed: TRAINING_AUDIENCES,
    example: 'SERVICE_PROVIDERS',
    description: 'Who attended.',
  }),
  countColumn('participants', 'persons', true, '40', 'Number of participants, a whole number.'),
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

export const SERVICE_COLUMNS: readonly ColumnSpec[] = [
  idColumn('record_id', 'SVC-2023-LABOR'),
  organizationColumn(
    'provider',
    true,
    'Example Survivor Services',
    'Service provider; matched by name, else created as a provider.',
  ),
  yearColumn(),
  typeColumn('trafficking_type', 'LABOR', 'Which survivors the row counts.'),
  countColumn(
    'survivors_served',
    'survivors',
    true,
    '14',
    'Survivors served in the year, a whole number. Counts below 11 are hidden from people outside your organization.',
  ),
  countColumn(
    'capacity',
    'survivors',
    false,
    '20',
    'How many survivors the program could serve in the year.',
  ),
  countColumn(
    'declined_or_waitlisted',
    'survivors',
    false,
    '3',
    'Survivors turned away or put on a waiting list.',
  ),
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
  shareColumn(
    'staff_turnover_rate',
    'share per year (0 to 1)',
    '0.3',
    'Share of staff who left during the year (0.3 or 30%).',
  ),
  shareColumn(
    'tip_trained_share',
    'share (0 to 1)',
    '0.6',
    'Share of staff trained in trauma-informed practice.',
  ),
  amountColumn({
    name: 'cost_usd',
    required: false,
    example: '180000',
    description: 'Cost of the program in the year, in US dollars.',
  }),
  country,
  usState,
];

export const RESEARCH_COLUMNS: readonly ColumnSpec[] = [
  idColumn('output_id', 'LIT-2023-LABOR'),
  yearColumn(),
  typeColumn('type_focus', 'LABOR', 'Which form of trafficking the research is about.'),
  col({
    name: 'kind',
    type: 'enum',
    required: true,
    allowed: RESEARCH_KINDS,
    example: 'PUBLICATIONS',
    description: 'What is counted: publications, studies, or research grants.',
  }),
  countColumn(
    'output_count',
    'studies or publications',
    false,
    '12',
    'How many; give this, funding_usd, or both.',
  ),
  amountColumn({
    name: 'funding_usd',
    required: false,
    example: '',
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
  col({
    name: 'period_start',
    type: 'year',
    required: false,
    example: '',
    description:
      'For a count that covers several years (a literature review of 2000–2017): its first year, with the last in year. Such a count is shown as a period total and never added to yearly series.',
  }),
];
