/**
 * Seeds the real published figures of seeds/data/reference-figures.csv (a copy of
 * shared/data/reference-figures.csv) and seeds/data/additional-figures.csv: one dataset per source (title + URL) with its citation, URL
 * and confidence; need figures as need_indicators, literature counts as research_outputs.
 *
 * Conventions (docs/methodology.md, "Vocabulary"): a source that publishes a total and a labor subset uses `ALL`; the
 * remainder ALL - LABOR is stored as NON_LABOR with the published total kept beside it. For
 * literature counts, ALL - LABOR - SEX is stored as UNSPECIFIED (other or general topics).
 */
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Knex } from 'knex';
import type { Confidence } from '../core/vocabulary';
import { CONFIDENCE_LEVELS } from '../core/vocabulary';
import { T } from '../api/db/tables';
import {
  slugify,
  toNeedRows,
  toResearchRows,
  type ReferenceRow,
} from '../api/import/referenceRows';

export type { ReferenceRow };

export const REFERENCE_CSV = new URL('./data/reference-figures.csv', import.meta.url);
/** Further published figures in the same format (US hotline cases, for the HOTLINE_CASES basis). */
export const ADDITIONAL_CSV = new URL('./data/additional-figures.csv', import.meta.url);

export function readReferenceRows(file: URL | string = REFERENCE_CSV): ReferenceRow[] {
  const records = parse<Record<string, string>>(fs.readFileSync(file), {
    columns: true,
    bom: true,
  });
  return records.map((r) => ({
    indicator: r.indicator ?? '',
    basis: r.basis ?? '',
    geography: r.geography ?? '',
    year: Number(r.year),
    trafficking_type: r.trafficking_type ?? '',
    value: Number(r.value),
    unit: r.unit ?? '',
    source_title: r.source_title ?? '',
    publisher: r.publisher ?? '',
    source_url: r.source_url ?? '',
    confidence: (r.confidence ?? '') as Confidence,
    note: r.note ?? '',
  }));
}

function mode<T>(values: T[]): T {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}

interface SourceGroup {
  slug: string;
  rows: ReferenceRow[];
}

/** Groups rows by source (title + URL), in file order. */
export function groupBySource(rows: ReferenceRow[]): SourceGroup[] {
  const groups = new Map<string, SourceGroup>();
  for (const row of rows) {
    const key = `${row.source_title}|${row.source_url}`;
    let g = groups.get(key);
    if (!g) {
      g = { slug: `ref-${slugify(row.source_title)}`, rows: [] };
      groups.set(key, g);
    }
    g.rows.push(row);
  }
  return [...groups.values()];
}

/** Inserts every reference source that is not there yet. Returns the number of datasets added. */
export async function seedReference(trx: Knex.Transaction): Promise<number> {
  const rows = [...readReferenceRows(REFERENCE_CSV), ...readReferenceRows(ADDITIONAL_CSV)];
  for (const r of rows) {
    if (!(CONFIDENCE_LEVELS as readonly string[]).includes(r.confidence)) {
      throw new Error(`Reference row ${r.indicator} ${r.year}: unknown confidence ${r.confidence}`);
    }
  }
  let added = 0;
  for (const group of groupBySource(rows)) {
    const exists = await trx(T.datasets)
      .where({ slug: group.slug })
      .first<{ id: number } | undefined>('id');
    if (exists) continue;
    const first = group.rows[0]!;
    const years = group.rows.map((r) => r.year);
    const minYear = Math.min(...years);
    const maxYear = Math.max(...years);
    const [ds] = await trx(T.datasets)
      .insert({
        slug: group.slug,
        name: first.source_title,
        source: first.publisher,
        citation: `${first.publisher}. ${first.source_title}.`,
        url: first.source_url,
        license: null,
        vintage: maxYear,
        data_period: minYear === maxYear ? String(minYear) : `${minYear}–${maxYear}`,
        confidence: mode(group.rows.map((r) => r.confidence)),
        is_illustrative: false,
        owner_organization_id: null,
        visibility: 'public',
        description: `Published figures (${[...new Set(group.rows.map((r) => r.indicator))].join(', ')}).`,
      })
      .returning<{ id: number }[]>('id');
    const needRows = toNeedRows(ds!.id, group.rows);
    const researchRows = toResearchRows(ds!.id, group.rows);
    if (needRows.length) await trx(T.needIndicators).insert(needRows);
    if (researchRows.length) await trx(T.researchOutputs).insert(researchRows);
    added++;
  }
  return added;
}
