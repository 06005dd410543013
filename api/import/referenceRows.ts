/**
 * Published need figures in the columns of reference-figures.csv, turned into records by the rules
 * the seeds and need-indicator imports share: a source that publishes a total and a labor subset
 * uses ALL, stored as the NON_LABOR remainder ALL - LABOR with the published total beside it; for
 * literature counts, ALL - LABOR - SEX is stored as UNSPECIFIED.
 */
import type { Confidence, NeedBasis } from '../../core/vocabulary';
import { NEED_BASES } from '../../core/vocabulary';
import { rowHash } from '../db/rowHash';
import type { DbInsertNeedIndicator, DbInsertResearchOutput } from '../db/tables';

export interface ReferenceRow {
  indicator: string;
  basis: string;
  geography: string;
  year: number;
  trafficking_type: string;
  value: number;
  unit: string;
  source_title: string;
  publisher: string;
  source_url: string;
  confidence: Confidence;
  note: string;
}

/** A name as a URL-safe slug: lower case, runs of other characters as one dash, 80 at most. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
}

const key = (r: ReferenceRow) => `${r.basis}|${r.geography}|${r.year}`;

const CONFIDENCE_WEAKNESS: Record<Confidence, number> = {
  primary: 0,
  secondary: 1,
  computed: 2,
  uncertain: 3,
  illustrative: 4,
};

/** The weaker of two confidence flags (docs/methodology.md, "Provenance and confidence"). */
export function weakestConfidence(a: Confidence, b: Confidence): Confidence {
  return CONFIDENCE_WEAKNESS[a] >= CONFIDENCE_WEAKNESS[b] ? a : b;
}

/** Need rows of one source: LABOR/SEX/BOTH/UNSPECIFIED as given, ALL as NON_LABOR remainder. */
export function toNeedRows(datasetId: number, rows: ReferenceRow[]): DbInsertNeedIndicator[] {
  const labor = new Map(rows.filter((r) => r.trafficking_type === 'LABOR').map((r) => [key(r), r]));
  return rows.flatMap((r): DbInsertNeedIndicator[] => {
    if (!(NEED_BASES as readonly string[]).includes(r.basis)) return [];
    const base = {
      dataset_id: datasetId,
      indicator: r.indicator,
      basis: r.basis as NeedBasis,
      year: r.year,
      geography: r.geography,
      low: null,
      high: null,
      unit: r.unit,
      confidence: r.confidence,
    };
    if (r.trafficking_type !== 'ALL') {
      return [
        {
          ...base,
          trafficking_type: r.trafficking_type as DbInsertNeedIndicator['trafficking_type'],
          value: r.value,
          note: r.note || null,
          published_total: null,
          row_hash: rowHash([r.indicator, r.basis, r.year, r.geography, r.trafficking_type]),
        },
      ];
    }
    const laborRow = labor.get(key(r));
    if (!laborRow) throw new Error(`Reference row ${r.indicator} ${r.year}: ALL without LABOR`);
    return [
      {
        ...base,
        // A remainder is no more certain than either figure it is computed from.
        confidence: weakestConfidence(r.confidence, laborRow.confidence),
        trafficking_type: 'NON_LABOR',
        value: r.value - laborRow.value,
        note: `published total ${r.value} minus labor ${laborRow.value}${r.note ? `; ${r.note}` : ''}`,
        published_total: r.value,
        row_hash: rowHash([r.indicator, r.basis, r.year, r.geography, 'NON_LABOR']),
      },
    ];
  });
}

/** Literature counts of one source as research outputs. */
export function toResearchRows(datasetId: number, rows: ReferenceRow[]): DbInsertResearchOutput[] {
  const research = rows.filter((r) => r.basis === 'RESEARCH_OUTPUT');
  // A literature count covers the literature up to `year`: a period figure (period_end = year),
  // with its first year when the note gives the span ("documents 2000-2017").
  const spanOf = (r: ReferenceRow) => {
    const span = research
      .map((o) => /\b(\d{4})\s*[-–]\s*(\d{4})\b/.exec(o.note))
      .find((m) => m !== null && Number(m[2]) === r.year);
    return { period_start: span ? Number(span[1]) : null, period_end: r.year };
  };
  return research.flatMap((r): DbInsertResearchOutput[] => {
    const kind = r.unit === 'documents' ? 'PUBLICATIONS' : 'STUDIES';
    if (r.trafficking_type === 'ALL') {
      const same = research.filter((o) => o.year === r.year && o.trafficking_type !== 'ALL');
      const typed = same.reduce((sum, o) => sum + o.value, 0);
      return [
        {
          dataset_id: datasetId,
          external_id: `${r.indicator}-${r.year}-UNSPECIFIED`,
          year: r.year,
          type_focus: 'UNSPECIFIED',
          kind,
          output_count: r.value - typed,
          funding_usd: null,
          note: `all ${r.value} ${r.unit} minus those on labor or sex trafficking; ${r.note}`,
          ...spanOf(r),
          row_hash: rowHash([r.indicator, r.year, 'UNSPECIFIED-remainder']),
        },
      ];
    }
    return [
      {
        dataset_id: datasetId,
        external_id: `${r.indicator}-${r.year}-${r.trafficking_type}`,
        year: r.year,
        type_focus: r.trafficking_type as DbInsertResearchOutput['type_focus'],
        kind,
        output_count: r.value,
        funding_usd: null,
        note: r.note || null,
        ...spanOf(r),
        row_hash: rowHash([r.indicator, r.year, r.trafficking_type]),
      },
    ];
  });
}
