/**
 * Need totals for a scope from the published figures of one basis (docs/methodology.md, "Need
 * figures"): pick the geography (chooseGeography), then for every resource year and every type the
 * figure of the nearest year that has one for that type (ties to the earlier), and sum over the
 * resource years — so resources summed over years are compared with need summed over the same
 * years, and a year that publishes only a labor figure does not make sex need 0. NON_LABOR (a
 * total minus its labor subset) is read as SEX.
 */
import type { Confidence, NeedType } from '../vocabulary';
import { chooseGeography, nearestNeedYear, type GeographyScope } from './needSelection';
import type { NeedTotals } from './types';

/** One need figure as stored (one dataset's figure for a basis, year, geography and type). */
export interface NeedFigure {
  year: number;
  geography: string;
  type: NeedType;
  value: number;
  unit: string;
  confidence: Confidence;
  datasetId: number;
}

export interface NeedForScope {
  totals: NeedTotals;
  geography: string | null;
  /** Distinct years of the figures used, ascending. */
  vintages: number[];
  /** Years of the figures used for each type, ascending (empty when the type has none). */
  vintagesByType: Record<NeedSlot, number[]>;
  datasetIds: number[];
  unit: string | null;
  /** The weakest confidence among the figures used. */
  confidence: Confidence | null;
  /**
   * Sentences about choices a reader should know: a type with no figure at all, years taken from
   * further away for one type than another.
   */
  notes: string[];
}

/** The types need figures are matched by: NON_LABOR counts as SEX. */
export type NeedSlot = 'LABOR' | 'SEX' | 'BOTH' | 'UNSPECIFIED';
const SLOTS: readonly NeedSlot[] = ['LABOR', 'SEX', 'BOTH', 'UNSPECIFIED'];
const slotOf = (t: NeedType): NeedSlot => (t === 'NON_LABOR' ? 'SEX' : t);

const WEAKNESS: Record<Confidence, number> = {
  primary: 0,
  secondary: 1,
  computed: 2,
  uncertain: 3,
  illustrative: 4,
};

/** Adds one figure to totals by its type (NON_LABOR read as SEX). */
function add(totals: NeedTotals, f: NeedFigure): void {
  const slot = slotOf(f.type);
  if (slot === 'LABOR') totals.labor += f.value;
  else if (slot === 'SEX') totals.sex += f.value;
  else totals.shared += f.value;
}

/**
 * Need for the resource years of a scope: geography by chooseGeography, each type's figure from
 * the nearest year that has one, summed over the years. Empty years, or no figure in any
 * containing geography, give zero totals and a null geography.
 */
export function needForScope(
  figures: readonly NeedFigure[],
  resourceYears: readonly number[],
  scope: { usStates?: readonly string[] | null; countries?: readonly string[] | null },
): NeedForScope {
  const totals: NeedTotals = { labor: 0, sex: 0, shared: 0 };
  const vintagesByType: Record<NeedSlot, number[]> = {
    LABOR: [],
    SEX: [],
    BOTH: [],
    UNSPECIFIED: [],
  };
  const empty: NeedForScope = {
    totals,
    geography: null,
    vintages: [],
    vintagesByType,
    datasetIds: [],
    unit: null,
    confidence: null,
    notes: [],
  };
  const geographyScope: GeographyScope = {
    usStates: scope.usStates ?? undefined,
    countries: scope.countries ?? undefined,
  };
  const geography = chooseGeography(geographyScope, [...new Set(figures.map((f) => f.geography))]);
  if (geography === null || resourceYears.length === 0) return empty;
  const inGeography = figures.filter((f) => f.geography === geography);
  const used = new Set<NeedFigure>();
  for (const slot of SLOTS) {
    const ofSlot = inGeography.filter((f) => slotOf(f.type) === slot);
    const years = [...new Set(ofSlot.map((f) => f.year))];
    const chosen = new Set<number>();
    for (const y of resourceYears) {
      const nearest = nearestNeedYear(years, y);
      if (nearest === null) continue;
      chosen.add(nearest);
      for (const f of ofSlot) {
        if (f.year !== nearest) continue;
        add(totals, f);
        used.add(f);
      }
    }
    vintagesByType[slot] = [...chosen].sort((a, b) => a - b);
  }
  const usedList = [...used];
  const weakest = usedList.reduce<Confidence | null>(
    (w, f) => (w === null || WEAKNESS[f.confidence] > WEAKNESS[w] ? f.confidence : w),
    null,
  );
  return {
    totals,
    geography,
    vintages: [...new Set(usedList.map((f) => f.year))].sort((a, b) => a - b),
    vintagesByType,
    datasetIds: [...new Set(usedList.map((f) => f.datasetId))].sort((a, b) => a - b),
    unit: usedList[0]?.unit ?? null,
    confidence: weakest,
    notes: needNotes(vintagesByType, geography),
  };
}

/** Says when a type has no figure, and when types' figures come from different years. */
function needNotes(byType: Record<NeedSlot, number[]>, geography: string): string[] {
  const notes: string[] = [];
  const missing = (['LABOR', 'SEX'] as const).filter((t) => byType[t].length === 0);
  if (missing.length === 2) {
    notes.push(
      `No LABOR or SEX figure of this basis covers ${geography}: shared figures are split evenly ` +
        `between labor and sex (an even split claims nothing either way).`,
    );
  } else if (missing.length === 1) {
    const t = missing[0]!;
    notes.push(
      `No ${t} figure of this basis covers ${geography}, so ${t.toLowerCase()} need is 0 apart ` +
        `from any part of shared figures the rule gives it.`,
    );
  }
  const text = (ys: number[]) => ys.join(', ');
  const present = SLOTS.filter((t) => byType[t].length > 0);
  if (present.some((t) => text(byType[t]) !== text(byType[present[0]!]))) {
    notes.push(
      'Each type uses its nearest published year: ' +
        present.map((t) => `${t} ${text(byType[t])}`).join('; ') +
        '.',
    );
  }
  return notes;
}
