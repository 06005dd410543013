/** The columns of need figures: exactly those of shared/data/reference-figures.csv. */
import { CONFIDENCE_LEVELS, NEED_BASES, TRAFFICKING_TYPES } from '../../../core/vocabulary';
import {
  NAME_LENGTH,
  TEXT_LENGTH,
  amountColumn,
  col,
  typeColumn,
  yearColumn,
  type ColumnSpec,
} from './columns';

export const NEED_BASES_ACCEPTED = [...NEED_BASES, 'RESEARCH_OUTPUT'] as const;
export const NEED_FILE_TYPES = [...TRAFFICKING_TYPES, 'ALL'] as const;
export const NEED_COLUMNS: readonly ColumnSpec[] = [
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
  yearColumn(),
  typeColumn(
    'trafficking_type',
    'LABOR',
    'LABOR, SEX, BOTH, UNSPECIFIED, or ALL for a published total: an ALL row needs the LABOR row of the same basis, geography and year, and the remainder (ALL minus LABOR) is stored as non-labor.',
    NEED_FILE_TYPES,
  ),
  amountColumn({
    name: 'value',
    unit: 'see unit',
    required: true,
    example: '12000',
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
