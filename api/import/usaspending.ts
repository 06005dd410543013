/**
 * USAspending.gov assistance awards -> grants. The award's FAIN is the grant id, the awarding
 * agency the funder, the total obligated amount the amount; the fiscal year comes from the file,
 * else from the base action date or the period of performance (federal fiscal years start on
 * 1 October); the trafficking type is classified from the description and program title.
 * An award the classifier finds not about trafficking is not trafficking funding: it is left out
 * and counted apart from rejected rows (the dry run lists it), unless a steward sets its type in a
 * trafficking_type column, or asks for every such award to be imported as one type
 * (`notTraffickingAs`); either override is kept in the grant's classification.
 */
import { MIN_YEAR, latestRecordYear } from '../../core/vocabulary';
import { CLASSIFIER_RULE, classifyAward, type Classification } from './classify';
import type { TraffickingType } from '../../core/vocabulary';
import {
  grantContent,
  identityHash,
  orgName,
  type BuildOptions,
  type BuildResult,
  type StagedRow,
} from './rows';
import type { Cells } from './validate';

const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** Federal fiscal year of a date: October to December count toward the next year. */
export function federalFiscalYear(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  return month >= 10 ? year + 1 : year;
}

/** "16.320: Services for Victims of Human Trafficking; 16.582: ..." -> the listings. */
export function splitListings(combined: string): { number: string; title: string }[] {
  return combined
    .split(/;\s*(?=\d{2}\.\d{3})/)
    .map((part) => /^\s*(\d{2}\.\d{3}[A-Z]?)\s*[:\-–]?\s*(.*)$/.exec(part))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ number: m[1]!, title: m[2]!.trim() }));
}

export function buildUsaspendingGrant(
  line: number,
  cells: Cells,
  options: BuildOptions = { notTraffickingAs: null, actorUserId: null },
): BuildResult {
  const combined = text(cells.assistance_listings_numbers_and_titles);
  const listings = combined ? splitListings(combined) : [];
  const programNumber = text(cells.assistance_listing_number) ?? listings[0]?.number ?? null;
  const programTitle =
    text(cells.assistance_listing_title) ??
    (listings.length ? listings.map((l) => l.title).join('; ') : null);
  const start = text(cells.period_of_performance_start_date);
  const end = text(cells.period_of_performance_current_end_date);
  const actionDate = text(cells.award_base_action_date);
  const fiscalYear =
    (cells.award_base_action_date_fiscal_year as number | null) ??
    (actionDate ? federalFiscalYear(actionDate) : null) ??
    (start ? federalFiscalYear(start) : null);
  if (fiscalYear === null) {
    return {
      ok: false,
      errors: [
        {
          line,
          column: 'award_base_action_date_fiscal_year',
          value: '',
          message:
            'No fiscal year: award_base_action_date_fiscal_year, award_base_action_date and period_of_performance_start_date are all empty.',
        },
      ],
    };
  }
  const latest = latestRecordYear();
  if (fiscalYear < MIN_YEAR || fiscalYear > latest) {
    return {
      ok: false,
      errors: [
        {
          line,
          column: 'award_base_action_date_fiscal_year',
          value: String(fiscalYear),
          message: `The award's fiscal year must be from ${MIN_YEAR} to next year, ${latest} (got ${fiscalYear}).`,
        },
      ],
    };
  }
  if (start !== null && end !== null && end < start) {
    return {
      ok: false,
      errors: [
        {
          line,
          column: 'period_of_performance_current_end_date',
          value: end,
          message: `The period of performance ends (${end}) before it starts (${start}).`,
        },
      ],
    };
  }
  const description = text(cells.prime_award_base_transaction_description);
  const classification = classifyAward(description, programTitle);
  const columnType = text(cells.trafficking_type) as TraffickingType | null;
  const notTrafficking = classification.type === 'NOT_TRAFFICKING';
  const leftOut = {
    line,
    awardId: text(cells.award_id_fain),
    recipient: orgName(cells.recipient_name),
    amountUsd: (cells.total_obligated_amount as number | null) ?? null,
    description,
    reason: NOT_TRAFFICKING_REASON,
  };
  if (columnType === null && notTrafficking && options.notTraffickingAs === null) {
    return { ok: false, errors: [], notAboutTrafficking: leftOut };
  }
  const override: Override | null =
    columnType !== null
      ? {
          type: columnType,
          reason: 'Set in the trafficking_type column of the imported file.',
          by: null,
        }
      : notTrafficking
        ? {
            type: options.notTraffickingAs!,
            reason: `Imported as ${options.notTraffickingAs} by a steward's choice (notTraffickingAs) for awards the classifier found not about trafficking.`,
            by: options.actorUserId,
          }
        : null;
  const setType = override?.type ?? null;
  const country = text(cells.recipient_country_code) ?? 'US';
  const row: StagedRow = {
    external_id: text(cells.award_id_fain),
    funder: orgName(cells.awarding_agency_name),
    recipient: orgName(cells.recipient_name),
    fiscal_year: fiscalYear,
    amount_usd: cells.total_obligated_amount as number,
    trafficking_type: setType ?? classification.type,
    labor_share: null,
    service_category: 'OTHER',
    country,
    us_state: country === 'US' ? text(cells.recipient_state_code) : null,
    description,
    program_number: programNumber,
    program_title: programTitle,
    period_start: start,
    period_end: end,
    classification: stored(classification, override),
  };
  row.row_hash = identityHash('grants', row.external_id as string, () => grantContent(row));
  // Imported by the file-wide override: still reported, as what the steward chose to import.
  const byOption = columnType === null && notTrafficking;
  return byOption ? { ok: true, row, notAboutTrafficking: leftOut } : { ok: true, row };
}

interface Override {
  type: TraffickingType;
  reason: string;
  by: number | null;
}

/** The classifier's result, with the type a steward set as an override. */
function stored(c: Classification, override: Override | null): Record<string, unknown> {
  if (override === null || override.type === c.type) return { ...c };
  return { ...c, override: { ...override, previous: c.type } };
}

export const NOT_TRAFFICKING_REASON = `Not about human trafficking: neither the description nor the program title names trafficking (rules ${CLASSIFIER_RULE}), so the award is left out, not imported as trafficking funding. If it is about trafficking, put LABOR, SEX, BOTH or UNSPECIFIED in a trafficking_type column on its row, or import the file with "import awards not about trafficking as" set to a type.`;
