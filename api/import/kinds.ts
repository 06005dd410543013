/** What each kind of file becomes: its target tables, its row builder and its default provenance. */
import type { Confidence } from '../../core/vocabulary';
import type { ProvenanceDefaults } from './dataset';
import type { NeedInput } from './needs';
import { singleSource } from './needs';
import {
  buildGrant,
  buildResearchOutput,
  buildServiceRecord,
  buildTraining,
  type BuildOptions,
  type BuildResult,
} from './rows';
import {
  GRANTS,
  NEED_INDICATORS,
  RESEARCH_OUTPUTS,
  SERVICE_RECORDS,
  TRAININGS,
  type Target,
} from './targets';
import { TEMPLATES, type ImportKind } from './templates';
import { buildUsaspendingGrant } from './usaspending';
import type { Cells } from './validate';

export interface KindPlan {
  /** The tables written, the first one staging every row of the file. */
  targets: readonly Target[];
  /** Row by row (streamed); absent for need indicators, converted as a whole file. */
  build?: (line: number, cells: Cells, options: BuildOptions) => BuildResult;
  /** File column -> staging column, to show a row rejected in SQL in the file's terms. */
  rawColumns: Readonly<Record<string, string>>;
  defaults: (context: {
    datasetName: string;
    fileName: string;
    date: string;
    needs: NeedInput[];
  }) => ProvenanceDefaults;
}

/** Template columns that are staged under the same name, plus the id column renamed. */
function sameNames(
  kind: ImportKind,
  target: Target,
  idColumn: string | null,
): Record<string, string> {
  const staged = new Set(target.columns.map((c) => c.name));
  const out: Record<string, string> = {};
  for (const c of TEMPLATES[kind].columns) {
    if (c.name === idColumn) out[c.name] = 'external_id';
    else if (staged.has(c.name)) out[c.name] = c.name;
  }
  return out;
}

const uploaded =
  (confidence: Confidence = 'primary') =>
  ({
    datasetName,
    fileName,
    date,
  }: {
    datasetName: string;
    fileName: string;
    date: string;
  }): ProvenanceDefaults => ({
    source: 'Uploaded to Fairshare',
    citation: `${datasetName}. Imported from the file ${fileName} on ${date}.`,
    license: null,
    url: null,
    confidence,
    description: `Imported from ${fileName}.`,
  });

export const KIND_PLANS: Readonly<Record<ImportKind, KindPlan>> = {
  grants: {
    targets: [GRANTS],
    build: buildGrant,
    rawColumns: sameNames('grants', GRANTS, 'grant_id'),
    defaults: uploaded(),
  },
  trainings: {
    targets: [TRAININGS],
    build: buildTraining,
    rawColumns: sameNames('trainings', TRAININGS, 'training_id'),
    defaults: uploaded(),
  },
  service_records: {
    targets: [SERVICE_RECORDS],
    build: buildServiceRecord,
    rawColumns: sameNames('service_records', SERVICE_RECORDS, 'record_id'),
    defaults: uploaded(),
  },
  research_outputs: {
    targets: [RESEARCH_OUTPUTS],
    build: buildResearchOutput,
    rawColumns: sameNames('research_outputs', RESEARCH_OUTPUTS, 'output_id'),
    defaults: uploaded(),
  },
  need_indicators: {
    targets: [NEED_INDICATORS, RESEARCH_OUTPUTS],
    rawColumns: sameNames('need_indicators', NEED_INDICATORS, null),
    defaults: (context) => {
      const source = singleSource(context.needs);
      const confidence = weakest(context.needs.map((n) => n.ref.confidence));
      if (!source)
        return {
          ...uploaded(confidence)(context),
          description: `Need figures imported from ${context.fileName}.`,
        };
      return {
        source: source.publisher,
        citation: `${source.publisher}. ${source.title}.`,
        license: null,
        url: source.url,
        confidence,
        description: `Published need figures (${[...new Set(context.needs.map((n) => n.ref.indicator))].join(', ')}).`,
      };
    },
  },
  usaspending: {
    targets: [GRANTS],
    build: buildUsaspendingGrant,
    rawColumns: {
      award_id_fain: 'external_id',
      recipient_name: 'recipient',
      total_obligated_amount: 'amount_usd',
      awarding_agency_name: 'funder',
      assistance_listing_number: 'program_number',
      assistance_listing_title: 'program_title',
      award_base_action_date_fiscal_year: 'fiscal_year',
      period_of_performance_start_date: 'period_start',
      period_of_performance_current_end_date: 'period_end',
      recipient_state_code: 'us_state',
      recipient_country_code: 'country',
      prime_award_base_transaction_description: 'description',
      trafficking_type: 'trafficking_type',
    },
    defaults: ({ fileName, date }) => ({
      source: 'USAspending.gov',
      citation: `USAspending.gov, assistance award data (file ${fileName}, imported ${date}).`,
      license: 'Public domain (U.S. Government work)',
      url: 'https://www.usaspending.gov/search',
      // Amounts are published figures; the types are not: they are classified by keyword rules.
      confidence: 'computed',
      description:
        "Federal assistance awards from USAspending.gov. Amounts are as published; trafficking types are classified from the award description and program title by keyword rules (not stated by the source): see each grant's classification for the terms that matched.",
    }),
  },
};

const ORDER: Confidence[] = ['primary', 'secondary', 'computed', 'uncertain', 'illustrative'];

/** The weakest confidence among the rows: a dataset is as trustworthy as its weakest figure. */
function weakest(levels: Confidence[]): Confidence {
  return levels.reduce<Confidence>(
    (w, c) => (ORDER.indexOf(c) > ORDER.indexOf(w) ? c : w),
    'primary',
  );
}
