/** Chart metadata (caption and CSV header) from a result's datasets and need figures. */
import type { ChartMeta, DatasetCitation } from '../charts/csv';
import type {
  DatasetRefFragment,
  NeedUsedFieldsFragment,
  ResourceDimension,
} from '../generated/graphql';
import type { ViewState } from '../state/viewState';
import {
  ATTRIBUTION_LABEL,
  DIMENSION_LABEL,
  DIMENSION_UNIT_LABEL,
  NEED_BASIS_LABEL,
} from './labels';
import { describeScope, type ScopeNames } from './scope';

export function citation(d: DatasetRefFragment): DatasetCitation {
  return {
    name: d.name,
    citation: d.citation,
    url: d.url,
    confidence: d.confidence,
    illustrative: d.illustrative,
  };
}

/** Need basis in words with the vintages and geography actually used. */
export function describeNeed(
  need: NeedUsedFieldsFragment | null | undefined,
  basis: ViewState['needBasis'],
): string {
  const base = NEED_BASIS_LABEL[basis];
  if (!need) return base;
  const years = need.vintages.length
    ? need.vintages.length === 1
      ? `figures of ${need.vintages[0]}`
      : `figures of ${Math.min(...need.vintages)}–${Math.max(...need.vintages)}`
    : 'no figures in scope';
  const where = need.geography ? `, ${need.geography === 'WORLD' ? 'world' : need.geography}` : '';
  return `${base} (${years}${where})`;
}

export interface MetaInput {
  title: string;
  view: ViewState;
  names: ScopeNames;
  dimension?: ResourceDimension;
  datasets: DatasetRefFragment[];
  need?: NeedUsedFieldsFragment | null;
  /** Whether the figures depend on the need basis and rule (equity) or not (raw allocations). */
  usesNeed: boolean;
  illustrative: boolean;
  notes?: string[];
  /** How the API protected the figures; its plain-words note is added once, to the notes. */
  disclosure?: { protected: boolean; note?: string | null } | null;
}

export function chartMeta(input: MetaInput): ChartMeta {
  const dim = input.dimension ?? input.view.dimension;
  const seen = new Set<string>();
  const sources = [...input.datasets, ...(input.need?.datasets ?? [])]
    .filter((d) => !seen.has(d.id) && seen.add(d.id))
    .map(citation);
  return {
    title: input.title,
    measure: `${DIMENSION_LABEL[dim]} (${DIMENSION_UNIT_LABEL[dim]})`,
    needBasis: input.usesNeed ? describeNeed(input.need, input.view.needBasis) : undefined,
    attribution: input.usesNeed ? ATTRIBUTION_LABEL[input.view.attribution] : undefined,
    scope: describeScope(input.view.scope, input.names),
    illustrative: input.illustrative || sources.some((s) => s.illustrative),
    sources,
    notes: withDisclosureNote(
      [...(input.notes ?? []), ...(input.usesNeed ? fallbackNotes(input.need) : [])],
      input.disclosure,
    ),
  };
}

/** The fallbacks a result's need rests on, as sentences for the caption and the CSV header. */
export function fallbackNotes(need: Pick<NeedUsedFieldsFragment, 'fallbacks'> | null | undefined) {
  return (need?.fallbacks ?? []).map((f) => `Fallback: ${f.reason}`);
}

/** The notes, plus the API's sentence on protected figures when there is one (once). */
function withDisclosureNote(
  notes: string[] | undefined,
  disclosure: MetaInput['disclosure'],
): string[] | undefined {
  const note = disclosure?.protected ? disclosure.note : null;
  if (!note || notes?.includes(note)) return notes;
  return [...(notes ?? []), note];
}
