/**
 * The column specifications of every import kind: one list per kind, read by validation, by the
 * template download (header + example row), by GET /api/import/templates and by the CLI's --docs.
 * Column types and the column shapes kinds share are in templates/columns.ts; each kind's own list
 * is in templates/*Columns.ts (grants, records, need figures, the USAspending export).
 */
import type { ColumnSpec } from './templates/columns';
import { GRANT_COLUMNS } from './templates/grantColumns';
import { NEED_COLUMNS } from './templates/needColumns';
import { RESEARCH_COLUMNS, SERVICE_COLUMNS, TRAINING_COLUMNS } from './templates/recordColumns';
import { USASPENDING_COLUMNS } from './templates/usaspendingColumns';

export type { ColumnSpec, ColumnType } from './templates/columns';
export { NEED_BASES_ACCEPTED, NEED_FILE_TYPES } from './templates/needColumns';

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
