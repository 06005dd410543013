/**
 * Need totals for a scope from the published figures of one basis: pick the geography
 * (chooseGeography), then for every resource year the figure of the nearest year (ties to the
 * earlier), and sum over the resource years — so resources summed over years are compared with
 * need summed over the same years. NON_LABOR (a total minus its labor subset) is read as SEX by
 * default, or as shared need when the deployment says so.
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
  /** The need year used for each resource year. */
  yearMap: Map<number, number>;
  datasetIds: number[];
  unit: string | null;
  /** The weakest confidence among the figures used. */
  confidence: Confidence | null;
}

const WEAKNESS: Record<Confidence, number> = {
  primary: 0,
  secondary: 1,
  computed: 2,
  uncertain: 3,
  illustrative: 4,
};

/** Adds one figure to totals by its type (NON_LABOR read as `nonLaborAs`). */
function add(totals: NeedTotals, f: NeedFigure, nonLaborAs: 'SEX' | 'UNSPECIFIED'): void {
  const type = f.type === 'NON_LABOR' ? nonLaborAs : f.type;
  if (type === 'LABOR') totals.labor += f.value;
  else if (type === 'SEX') totals.sex += f.value;
  else totals.shared += f.value;
}

/**
 * Need for the resource years of a scope: geography by chooseGeography, each year's figure the
 * nearest available, summed over the years. Empty years, or no figure in any containing geography,
 * give zero totals and a null geography.
 */
export function needForScope(
  figures: readonly NeedFigure[],
  resourceYears: readonly number[],
  scope: { usStates?: readonly string[] | null; countries?: readonly string[] | null },
  nonLaborAs: 'SEX' | 'UNSPECIFIED' = 'SEX',
): NeedForScope {
  const totals: NeedTotals = { labor: 0, sex: 0, shared: 0 };
  const empty: NeedForScope = {
    totals,
    geography: null,
    vintages: [],
    yearMap: new Map(),
    datasetIds: [],
    unit: null,
    confidence: null,
  };
  const geographyScope: GeographyScope = {
    usStates: scope.usStates ?? undefined,
    countries: scope.countries ?? undefined,
  };
  const geography = chooseGeography(geographyScope, [...new Set(figures.map((f) => f.geography))]);
  if (geography === null || resourceYears.length === 0) return empty;
  const inGeography = figures.filter((f) => f.geography === geography);
  const years = [...new Set(inGeography.map((f) => f.year))];
  const yearMap = new Map<number, number>();
  for (const y of resourceYears) {
    const nearest = nearestNeedYear(years, y);
    if (nearest !== null) yearMap.set(y, nearest);
  }
  const used = new Set<NeedFigure>();
  for (const needYear of yearMap.values()) {
    for (const f of inGeography) {
      if (f.year !== needYear) continue;
      add(totals, f, nonLaborAs);
      used.add(f);
    }
  }
  const usedList = [...used];
  const weakest = usedList.reduce<Confidence | null>(
    (w, f) => (w === null || WEAKNESS[f.confidence] > WEAKNESS[w] ? f.confidence : w),
    null,
  );
  return {
    totals,
    geography,
    vintages: [...new Set(yearMap.values())].sort((a, b) => a - b),
    yearMap,
    datasetIds: [...new Set(usedList.map((f) => f.datasetId))].sort((a, b) => a - b),
    unit: usedList[0]?.unit ?? null,
    confidence: weakest,
  };
}
