/**
 * From checked cells to the rows staged for each record table: rules that involve more than one
 * cell, organization names tidied for matching, and each row's identity hash (the external id
 * when there is one, else the whole content).
 */
import { hash } from 'node:crypto';
import type { Cells, RowError } from './validate';
import type { TraffickingType } from '../../core/vocabulary';

export type StagedValue = string | number | null | Record<string, unknown>;
export type StagedRow = Record<string, StagedValue>;

export type BuildResult =
  /** notAboutTrafficking: an award found not about trafficking, imported by a steward's override. */
  | { ok: true; row: StagedRow; notAboutTrafficking?: NotTraffickingRow }
  | { ok: false; errors: RowError[]; notAboutTrafficking?: undefined }
  /** A USAspending award not about trafficking: left out and counted apart, not an error. */
  | { ok: false; errors: []; notAboutTrafficking: NotTraffickingRow };

/** An award left out as not about trafficking, as the dry run lists it. */
export interface NotTraffickingRow {
  line: number;
  awardId: string | null;
  recipient: string | null;
  amountUsd: number | null;
  description: string | null;
  reason: string;
}

/** What a steward asked of the import that a row builder needs. */
export interface BuildOptions {
  /** Import awards the classifier finds not about trafficking with this type (a steward's override). */
  notTraffickingAs: TraffickingType | null;
  actorUserId: number | null;
}

/** Spaces collapsed, so that "Example  Foundation" and "Example Foundation" are one organization. */
export const orgName = (v: unknown): string | null =>
  typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : null;

const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

/**
 * Identity of a row in its dataset: by external id when given, else by its whole content. The
 * same digest as api/db/rowHash (seeds use it), by Node's one-shot hash: an import hashes every row.
 */
export function identityHash(
  table: string,
  externalId: string | null,
  content: () => unknown[],
): string {
  const values = externalId !== null ? [externalId] : [table, ...content()];
  return hash('sha256', JSON.stringify(values)).slice(0, 32);
}

function placeChecks(line: number, cells: Cells, errors: RowError[]): void {
  if (cells.us_state !== null && cells.country !== 'US') {
    errors.push({
      line,
      column: 'us_state',
      value: String(cells.us_state),
      message: `us_state is only for work in the US, but country is ${String(cells.country)}.`,
    });
  }
}

export function buildGrant(line: number, cells: Cells): BuildResult {
  const errors: RowError[] = [];
  placeChecks(line, cells, errors);
  const type = text(cells.trafficking_type);
  if (cells.labor_share !== null && (type === 'LABOR' || type === 'SEX')) {
    errors.push({
      line,
      column: 'labor_share',
      value: String(cells.labor_share),
      message: `labor_share is only for BOTH or UNSPECIFIED grants; a ${type} grant is all ${type === 'LABOR' ? 'labor' : 'sex'} trafficking. Leave it empty or change the type.`,
    });
  }
  const start = text(cells.period_start);
  const end = text(cells.period_end);
  if (start !== null && end !== null && end < start) {
    errors.push({
      line,
      column: 'period_end',
      value: end,
      message: `period_end (${end}) is before period_start (${start}).`,
    });
  }
  if (errors.length) return { ok: false, errors };
  const row: StagedRow = {
    external_id: text(cells.grant_id),
    funder: orgName(cells.funder),
    recipient: orgName(cells.recipient),
    fiscal_year: num(cells.fiscal_year),
    amount_usd: num(cells.amount_usd),
    trafficking_type: type,
    labor_share: num(cells.labor_share),
    service_category: text(cells.service_category),
    country: text(cells.country),
    us_state: text(cells.us_state),
    description: text(cells.description),
    program_number: text(cells.program_number),
    program_title: text(cells.program_title),
    period_start: start,
    period_end: end,
    classification: null,
  };
  row.row_hash = identityHash('grants', row.external_id as string | null, () => grantContent(row));
  return { ok: true, row };
}

/** The fields of a grant that make up its content hash (names in lower case). */
export function grantContent(row: StagedRow): unknown[] {
  return [
    (row.funder as string | null)?.toLowerCase() ?? null,
    (row.recipient as string | null)?.toLowerCase() ?? null,
    row.fiscal_year,
    row.amount_usd,
    row.trafficking_type,
    row.labor_share,
    row.service_category,
    row.country,
    row.us_state,
    row.description,
    row.program_number,
    row.program_title,
    row.period_start,
    row.period_end,
  ];
}

export function buildTraining(line: number, cells: Cells): BuildResult {
  const errors: RowError[] = [];
  placeChecks(line, cells, errors);
  if (errors.length) return { ok: false, errors };
  const row: StagedRow = {
    external_id: text(cells.training_id),
    provider: orgName(cells.provider),
    year: num(cells.year),
    type_focus: text(cells.type_focus),
    audience: text(cells.audience),
    participants: num(cells.participants),
    hours: num(cells.hours),
    country: text(cells.country),
    us_state: text(cells.us_state),
  };
  const { external_id, provider, ...rest } = row;
  row.row_hash = identityHash('trainings', external_id as string | null, () => [
    (provider as string).toLowerCase(),
    ...Object.values(rest),
  ]);
  return { ok: true, row };
}

export function buildServiceRecord(line: number, cells: Cells): BuildResult {
  const errors: RowError[] = [];
  placeChecks(line, cells, errors);
  if (errors.length) return { ok: false, errors };
  const row: StagedRow = {
    external_id: text(cells.record_id),
    provider: orgName(cells.provider),
    year: num(cells.year),
    trafficking_type: text(cells.trafficking_type),
    survivors_served: num(cells.survivors_served),
    capacity: num(cells.capacity),
    declined_or_waitlisted: num(cells.declined_or_waitlisted),
    staff_fte: num(cells.staff_fte),
    staff_turnover_rate: num(cells.staff_turnover_rate),
    tip_trained_share: num(cells.tip_trained_share),
    cost_usd: num(cells.cost_usd),
    country: text(cells.country),
    us_state: text(cells.us_state),
  };
  const { external_id, provider, ...rest } = row;
  row.row_hash = identityHash('service_records', external_id as string | null, () => [
    (provider as string).toLowerCase(),
    ...Object.values(rest),
  ]);
  return { ok: true, row };
}

export function buildResearchOutput(line: number, cells: Cells): BuildResult {
  if (cells.output_count === null && cells.funding_usd === null) {
    return {
      ok: false,
      errors: [
        {
          line,
          column: 'output_count',
          value: '',
          message: 'Give output_count, funding_usd, or both: the row has neither.',
        },
      ],
    };
  }
  const periodStart = num(cells.period_start);
  if (periodStart !== null && periodStart > (num(cells.year) ?? periodStart)) {
    return {
      ok: false,
      errors: [
        {
          line,
          column: 'period_start',
          value: String(periodStart),
          message: `period_start (${periodStart}) is after year (${String(cells.year)}): a count covering several years gives its first year in period_start and its last in year.`,
        },
      ],
    };
  }
  const row: StagedRow = {
    external_id: text(cells.output_id),
    year: num(cells.year),
    type_focus: text(cells.type_focus),
    kind: text(cells.kind),
    output_count: num(cells.output_count),
    funding_usd: num(cells.funding_usd),
    note: text(cells.note),
    // A count over several years is a period figure, never part of a yearly series.
    period_start: periodStart,
    period_end: periodStart === null ? null : num(cells.year),
  };
  const { external_id, period_start, period_end, ...rest } = row;
  // Yearly rows hash as they did before periods existed, so re-imports still match them.
  row.row_hash = identityHash('research_outputs', external_id as string | null, () =>
    period_start === null
      ? Object.values(rest)
      : [...Object.values(rest), period_start, period_end],
  );
  return { ok: true, row };
}
