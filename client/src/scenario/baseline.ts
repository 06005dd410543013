/**
 * From API results to the model's shapes: a ScenarioBaseline for the worker (fetched once per
 * scope, need basis and mode), and the settings of a saved scenario for the studio.
 */
import type { ScenarioBaseline, ScenarioLevers } from '../../../core/scenario/types';
import type {
  StudioBaselineFragment,
  StudioLeverSettingsFragment,
  StudioSavedScenarioQuery,
} from '../generated/graphql';
import type { Scope } from '../state/viewState';
import { DEFAULT_SETTINGS, type StudioSettings } from './settings';

export function toModelBaseline(b: StudioBaselineFragment): ScenarioBaseline {
  const categoryCostPerSurvivor = {} as ScenarioBaseline['categoryCostPerSurvivor'];
  for (const c of b.categoryCostPerSurvivor) {
    categoryCostPerSurvivor[c.category] = { value: c.value, source: c.source };
  }
  return {
    years: { ...b.years },
    needBasis: b.needBasis,
    attribution: b.attribution,
    sexSharedBudget: b.sexSharedBudget,
    needGeography: b.need.geography,
    labor: b.labor,
    sex: b.sex,
    categoryCostPerSurvivor,
    illustrative: b.illustrative,
  };
}

type Saved = NonNullable<StudioSavedScenarioQuery['scenario']>;
type SavedLevers = StudioLeverSettingsFragment;

/** A saved category mix (a list) as the model's record; null when the scenario has none. */
function mixOfSaved(mix: SavedLevers['categoryMix']): StudioSettings['mix'] {
  if (!mix) return null;
  const record: NonNullable<StudioSettings['mix']> = {};
  for (const { category, share } of mix) record[category] = share;
  return record;
}

/** A saved scenario's levers as it was saved, in the model's form (what leverWords reads). */
export function leversOfSaved(l: SavedLevers): ScenarioLevers {
  const levers: ScenarioLevers = {};
  if (l.shiftFraction != null) levers.shiftFraction = l.shiftFraction;
  if (l.shiftAmount != null) levers.shiftAmount = l.shiftAmount;
  if (l.phaseInYears != null) levers.phaseInYears = l.phaseInYears;
  if (l.newMoneyPerYear != null) levers.newMoneyPerYear = l.newMoneyPerYear;
  if (l.trainingShare != null) levers.trainingShare = l.trainingShare;
  const mix = mixOfSaved(l.categoryMix);
  if (mix) levers.categoryMix = mix;
  return levers;
}

/** The studio settings of a saved version (the output shown is kept from the current view). */
export function settingsOfSaved(saved: Saved, output: StudioSettings['output']): StudioSettings {
  const s = saved.settings;
  const l = s.levers;
  const mix: StudioSettings['mix'] = mixOfSaved(l.categoryMix);
  const overrides: Record<string, number> = {};
  for (const o of s.overrides) if (o.value !== null) overrides[o.key] = o.value;
  // The studio's shift is a fraction; a saved amount is read against the recorded SEX budget.
  const sexBudget = saved.baseline.sex.budget.value;
  const shift =
    l.shiftFraction ?? (l.shiftAmount != null && sexBudget > 0 ? l.shiftAmount / sexBudget : 0);
  return {
    ...DEFAULT_SETTINGS,
    mode: s.baselineMode,
    horizon: s.horizonYears,
    shiftFraction: shift,
    phaseInYears: l.phaseInYears ?? 1,
    newMoneyPerYear: l.newMoneyPerYear ?? 0,
    trainingShare: l.trainingShare ?? 0,
    mix,
    overrides,
    draws: s.monteCarloDraws,
    seed: s.monteCarloSeed,
    output,
  };
}

/** The saved scope in the view's form (lists sorted, empty when absent). */
export function scopeOfSaved(saved: Saved): Scope {
  const s = saved.settings.scope;
  const list = <T extends string>(v: readonly T[] | null | undefined): T[] => [...(v ?? [])].sort();
  return {
    yearFrom: s.yearFrom ?? null,
    yearTo: s.yearTo ?? null,
    countries: list(s.countries),
    usStates: list(s.usStates),
    funderIds: list(s.funderIds),
    recipientIds: list(s.recipientIds),
    categories: list(s.categories),
    datasetIds: list(s.datasetIds),
    needDatasetIds: list(s.needDatasetIds),
    illustrativeData: s.illustrativeData ?? 'AUTO',
  };
}
