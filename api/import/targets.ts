/**
 * Where validated rows go: for each record table, the columns of its staging table (typed like
 * the real table, so that values are rounded the same way and compare equal on re-import), the
 * organizations it references by name, and the columns that identify a row within a dataset.
 */

export interface StageColumn {
  name: string;
  /** SQL type, the same as the real table's column. */
  sql: string;
}

export interface OrgRef {
  /** Staging column holding the organization's name. */
  name: string;
  /** Column of the real table holding its id. */
  id: string;
  /** Kind given to an organization created for this column. */
  kind: 'FUNDER' | 'PROVIDER';
}

export interface Target {
  table: 'grants' | 'trainings' | 'service_records' | 'research_outputs' | 'need_indicators';
  columns: readonly StageColumn[];
  orgRefs: readonly OrgRef[];
  /** Columns that identify a row in a dataset: an existing row with the same values is updated. */
  identity: readonly string[];
  /**
   * How a repeated identity is explained, for rows with and without an external id; `{first}`
   * stands for the line where it first appeared.
   */
  duplicateMessage: { withId: string; withoutId: string };
  /**
   * SQL for the new value of a column on update, given the aliases of the existing row (t) and
   * the staged row (s); columns not listed take the staged value.
   */
  updateExpr?: Readonly<Record<string, (t: string, s: string) => string>>;
}

const text = (name: string): StageColumn => ({ name, sql: 'text' });
const int = (name: string): StageColumn => ({ name, sql: 'integer' });
const num = (name: string, precision: number, scale: number): StageColumn => ({
  name,
  sql: `numeric(${precision},${scale})`,
});

const repeated = (what: string) => ({
  withId: `This ${what} id was already used on line {first}; each id may appear only once in a file.`,
  withoutId:
    'This row is identical to the row on line {first}. If both are real, give each its own id.',
});

/** A steward's override of a grant's type survives re-imports: the classifier does not undo it. */
const keepsOverride = (t: string) => `(${t}.classification -> 'override') IS NOT NULL`;

export const GRANTS: Target = {
  table: 'grants',
  columns: [
    text('external_id'),
    text('funder'),
    text('recipient'),
    int('fiscal_year'),
    num('amount_usd', 16, 2),
    text('trafficking_type'),
    num('labor_share', 5, 4),
    text('service_category'),
    text('country'),
    text('us_state'),
    text('description'),
    text('program_number'),
    text('program_title'),
    { name: 'period_start', sql: 'date' },
    { name: 'period_end', sql: 'date' },
    { name: 'classification', sql: 'jsonb' },
    text('row_hash'),
  ],
  orgRefs: [
    { name: 'funder', id: 'funder_id', kind: 'FUNDER' },
    { name: 'recipient', id: 'recipient_id', kind: 'PROVIDER' },
  ],
  identity: ['row_hash'],
  duplicateMessage: repeated('grant'),
  updateExpr: {
    trafficking_type: (t, s) =>
      `CASE WHEN ${keepsOverride(t)} THEN ${t}.trafficking_type ELSE ${s}.trafficking_type END`,
    classification: (t, s) =>
      `CASE WHEN ${keepsOverride(t)} THEN coalesce(${s}.classification, '{}'::jsonb) || jsonb_build_object('override', ${t}.classification -> 'override') ELSE ${s}.classification END`,
  },
};

export const TRAININGS: Target = {
  table: 'trainings',
  columns: [
    text('external_id'),
    text('provider'),
    int('year'),
    text('type_focus'),
    text('audience'),
    int('participants'),
    num('hours', 8, 2),
    text('country'),
    text('us_state'),
    text('row_hash'),
  ],
  orgRefs: [{ name: 'provider', id: 'provider_id', kind: 'PROVIDER' }],
  identity: ['row_hash'],
  duplicateMessage: repeated('training'),
};

export const SERVICE_RECORDS: Target = {
  table: 'service_records',
  columns: [
    text('external_id'),
    text('provider'),
    int('year'),
    text('trafficking_type'),
    int('survivors_served'),
    int('capacity'),
    int('declined_or_waitlisted'),
    num('staff_fte', 8, 2),
    num('staff_turnover_rate', 5, 4),
    num('tip_trained_share', 5, 4),
    num('cost_usd', 16, 2),
    text('country'),
    text('us_state'),
    text('row_hash'),
  ],
  orgRefs: [{ name: 'provider', id: 'provider_id', kind: 'PROVIDER' }],
  identity: ['row_hash'],
  duplicateMessage: repeated('record'),
};

export const RESEARCH_OUTPUTS: Target = {
  table: 'research_outputs',
  columns: [
    text('external_id'),
    int('year'),
    text('type_focus'),
    text('kind'),
    int('output_count'),
    num('funding_usd', 16, 2),
    text('note'),
    int('period_start'),
    int('period_end'),
    text('row_hash'),
  ],
  orgRefs: [],
  identity: ['row_hash'],
  duplicateMessage: repeated('output'),
};

export const NEED_INDICATORS: Target = {
  table: 'need_indicators',
  columns: [
    text('indicator'),
    text('basis'),
    int('year'),
    text('geography'),
    text('trafficking_type'),
    num('value', 16, 2),
    num('low', 16, 2),
    num('high', 16, 2),
    text('unit'),
    text('confidence'),
    text('note'),
    num('published_total', 16, 2),
    text('row_hash'),
  ],
  orgRefs: [],
  identity: ['basis', 'year', 'geography', 'trafficking_type'],
  duplicateMessage: {
    withId:
      'The row on line {first} already gives a figure for the same basis, geography, year and trafficking type.',
    withoutId:
      'The row on line {first} already gives a figure for the same basis, geography, year and trafficking type.',
  },
};
