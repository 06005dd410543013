/**
 * The studio's settings (levers, horizon, overrides, Monte Carlo draws, the output shown) and
 * their place in the URL. Pure: parse page parameters into settings and back, and turn settings
 * into the model's input (for the worker) or the API's ScenarioInput (to save). A link holds
 * parameters only, never record-level data.
 */
import type {
  ScenarioBaseline,
  ScenarioInput,
  ScenarioLevers,
  ScenarioServiceCategory,
} from '../../../core/scenario/types';
import { SCENARIO_SERVICE_CATEGORIES } from '../../../core/vocabulary';
import type {
  AttributionRule,
  BaselineMode,
  NeedBasis,
  ScenarioInput as ApiScenarioInput,
  ScopeInput,
} from '../generated/graphql';

export const FAN_OUTPUTS = ['laborServed', 'laborUnmet', 'laborEquity', 'sexServed'] as const;
export type FanOutput = (typeof FAN_OUTPUTS)[number];

export interface StudioSettings {
  mode: BaselineMode;
  horizon: number;
  shiftFraction: number;
  phaseInYears: number;
  newMoneyPerYear: number;
  trainingShare: number;
  /** null: added money buys services at labor's overall cost per survivor. */
  mix: Partial<Record<ScenarioServiceCategory, number>> | null;
  overrides: Record<string, number>;
  draws: number;
  seed: number;
  output: FanOutput;
}

export const DEFAULT_SETTINGS: StudioSettings = {
  mode: 'LATEST',
  horizon: 5,
  shiftFraction: 0,
  phaseInYears: 1,
  newMoneyPerYear: 0,
  trainingShare: 0,
  mix: null,
  overrides: {},
  draws: 1_000,
  seed: 1,
  output: 'laborServed',
};

/** URL parameter of each setting (the scope and need basis are the shared view's). */
export const SETTING_PARAMS = [
  'mode',
  'h',
  'shift',
  'phase',
  'money',
  'train',
  'mix',
  'ov',
  'draws',
  'seed',
  'out',
] as const;

const num = (raw: string | undefined): number | null =>
  raw !== undefined && raw.trim() !== '' && Number.isFinite(Number(raw)) ? Number(raw) : null;

function pairs(raw: string): [string, number | null][] {
  return raw
    .split(',')
    .filter(Boolean)
    .map((item) => {
      const i = item.lastIndexOf(':');
      return i < 0 ? [item, null] : [item.slice(0, i), num(item.slice(i + 1))];
    });
}

/** Reads the settings from page parameters; anything not understood is reported and ignored. */
export function parseSettings(params: Record<string, string>): {
  settings: StudioSettings;
  problems: string[];
} {
  const problems: string[] = [];
  const s: StudioSettings = { ...DEFAULT_SETTINGS, overrides: {} };
  const number = (param: string, what: string, ok: (v: number) => boolean): number | null => {
    const raw = params[param];
    if (raw === undefined) return null;
    const v = num(raw);
    if (v === null || !ok(v)) {
      problems.push(`The link's ${what} "${raw}" is not valid; it was ignored.`);
      return null;
    }
    return v;
  };
  const int = (v: number) => Number.isInteger(v);
  if (params.mode !== undefined) {
    if (params.mode === 'avg') s.mode = 'AVERAGE';
    else if (params.mode !== 'latest')
      problems.push(`The link's baseline mode "${params.mode}" is not valid; it was ignored.`);
  }
  s.horizon = number('h', 'horizon', (v) => int(v) && v >= 1 && v <= 30) ?? s.horizon;
  s.shiftFraction = number('shift', 'shift', (v) => v >= 0 && v <= 1) ?? s.shiftFraction;
  s.phaseInYears =
    number('phase', 'phase-in', (v) => int(v) && v >= 1 && v <= 30) ?? s.phaseInYears;
  s.newMoneyPerYear = number('money', 'new money', (v) => v >= 0) ?? s.newMoneyPerYear;
  s.trainingShare = number('train', 'training share', (v) => v >= 0 && v <= 1) ?? s.trainingShare;
  s.draws = number('draws', 'number of draws', (v) => int(v) && v >= 100 && v <= 20_000) ?? s.draws;
  s.seed = number('seed', 'seed', int) ?? s.seed;
  if (params.out !== undefined) {
    if ((FAN_OUTPUTS as readonly string[]).includes(params.out)) s.output = params.out as FanOutput;
    else
      problems.push(
        `The link's chart output "${params.out}" is not one the studio shows; it was ignored.`,
      );
  }
  if (params.mix) {
    const mix: Partial<Record<ScenarioServiceCategory, number>> = {};
    for (const [c, v] of pairs(params.mix)) {
      if (!(SCENARIO_SERVICE_CATEGORIES as readonly string[]).includes(c) || v === null) {
        problems.push(`The link's service mix part "${c}" was not understood and ignored.`);
      } else mix[c as ScenarioServiceCategory] = v;
    }
    if (Object.keys(mix).length > 0) s.mix = mix;
  }
  if (params.ov) {
    for (const [key, v] of pairs(params.ov)) {
      if (v === null || !/^[A-Za-z.]+$/.test(key)) {
        problems.push(`The link's assumption "${key}" was not understood and ignored.`);
      } else s.overrides[key] = v;
    }
  }
  return { settings: s, problems };
}

const short = (v: number) => String(Number(v.toPrecision(12)));

/** Page parameters of the settings; defaults are left out (null removes a parameter). */
export function settingsParams(
  s: StudioSettings,
): Record<(typeof SETTING_PARAMS)[number], string | null> {
  const d = DEFAULT_SETTINGS;
  const ifNot = <T>(v: T, def: T, text: string) => (v === def ? null : text);
  const mix = s.mix
    ? SCENARIO_SERVICE_CATEGORIES.filter((c) => s.mix![c] !== undefined)
        .map((c) => `${c}:${short(s.mix![c]!)}`)
        .join(',')
    : null;
  const ov = Object.keys(s.overrides)
    .sort()
    .map((k) => `${k}:${short(s.overrides[k]!)}`)
    .join(',');
  return {
    mode: s.mode === 'AVERAGE' ? 'avg' : null,
    h: ifNot(s.horizon, d.horizon, String(s.horizon)),
    shift: ifNot(s.shiftFraction, d.shiftFraction, short(s.shiftFraction)),
    phase: ifNot(s.phaseInYears, d.phaseInYears, String(s.phaseInYears)),
    money: ifNot(s.newMoneyPerYear, d.newMoneyPerYear, short(s.newMoneyPerYear)),
    train: ifNot(s.trainingShare, d.trainingShare, short(s.trainingShare)),
    mix: mix || null,
    ov: ov || null,
    draws: ifNot(s.draws, d.draws, String(s.draws)),
    seed: ifNot(s.seed, d.seed, String(s.seed)),
    out: ifNot(s.output, d.output, s.output),
  };
}

/** The levers in the model's form: only those that differ from "no change". */
export function leversOf(s: StudioSettings): ScenarioLevers {
  const l: ScenarioLevers = {};
  if (s.shiftFraction > 0) l.shiftFraction = s.shiftFraction;
  if (s.phaseInYears !== 1) l.phaseInYears = s.phaseInYears;
  if (s.newMoneyPerYear > 0) l.newMoneyPerYear = s.newMoneyPerYear;
  if (s.trainingShare > 0) l.trainingShare = s.trainingShare;
  if (s.mix) l.categoryMix = { ...s.mix };
  return l;
}

/** The model's input on a baseline (what the worker runs). */
export function modelInput(s: StudioSettings, baseline: ScenarioBaseline): ScenarioInput {
  return {
    baseline,
    horizonYears: s.horizon,
    levers: leversOf(s),
    params: { ...s.overrides },
  };
}

/** The API's ScenarioInput (to save, or to ask the server for its reference run). */
export function apiInput(
  s: StudioSettings,
  scope: ScopeInput | null,
  needBasis: NeedBasis,
  attribution: AttributionRule,
): ApiScenarioInput {
  const l = leversOf(s);
  return {
    scope,
    needBasis,
    attribution,
    baselineMode: s.mode,
    horizonYears: s.horizon,
    levers: {
      ...l,
      categoryMix: l.categoryMix
        ? Object.entries(l.categoryMix).map(([category, share]) => ({
            category: category as ScenarioServiceCategory,
            share: share,
          }))
        : undefined,
    },
    overrides: Object.entries(s.overrides).map(([key, value]) => ({ key, value })),
    monteCarlo: { draws: s.draws, seed: s.seed },
  };
}
