/**
 * Every parameter of the scenario model: unit, valid range, uncertainty range and default, each
 * default derived from the baseline in scope, or a shared default whose source or reasoning is in
 * defaultSources.ts.
 *
 * Uncertainty: parameters marked triangular are drawn triangular(low, value, high) by the Monte
 * Carlo run and swung low/high by the tornado. Default ranges are relative to the value (e.g.
 * turnover x0.5..x1.5) and clipped to the valid range; a triangular keeps draws inside the same
 * range the tornado swings, so the two read consistently. Any parameter in VARIABLE_KEYS can be
 * given its own low/high.
 */
import { COMPARED_TYPES, SCENARIO_SERVICE_CATEGORIES, type ComparedType } from '../vocabulary';
import { FALLBACKS, SHARED_DEFAULTS, defaultSourceText } from './defaultSources';
import { bucketCount, calibratedCaseload, steadyStateExperience } from './kernel';
import type {
  ParameterKey,
  ParameterOverride,
  ParameterOverrides,
  ScenarioBaseline,
  ScenarioParameter,
  ScenarioParameters,
  SharedParameterName,
  TypeParameterName,
} from './types';

type Uncertainty =
  | { kind: 'fixed' }
  | { kind: 'relative'; low: number; high: number }
  | { kind: 'absolute'; low: number; high: number };

interface ParameterSpec {
  label: string;
  unit: string;
  min: number;
  max: number;
  uncertainty: Uncertainty;
}

const FIXED: Uncertainty = { kind: 'fixed' };

const TYPE_SPECS: Record<TypeParameterName, ParameterSpec> = {
  budget: { label: 'annual budget', unit: 'USD/year', min: 0, max: 1e12, uncertainty: FIXED },
  survivorsServed: {
    label: 'survivors served in the baseline',
    unit: 'people/year',
    min: 0,
    max: 1e9,
    uncertainty: FIXED,
  },
  costPerSurvivor: {
    label: 'cost per survivor served',
    unit: 'USD per survivor',
    min: 1,
    max: 1e8,
    uncertainty: { kind: 'relative', low: 0.75, high: 1.5 },
  },
  turnoverRate: {
    label: 'staff turnover in projection years',
    unit: 'share of staff leaving per year (0–1)',
    min: 0,
    max: 1,
    uncertainty: { kind: 'relative', low: 0.5, high: 1.5 },
  },
  trainedShare: {
    label: 'TIP-trained share of staff',
    unit: 'share of staff (0–1)',
    min: 0,
    max: 1,
    uncertainty: FIXED,
  },
  need: {
    label: 'need',
    unit: 'people/year',
    min: 0,
    max: 1e10,
    uncertainty: { kind: 'relative', low: 0.75, high: 1.5 },
  },
  needGrowth: {
    label: 'need growth',
    unit: 'change per year (0.02 = +2%)',
    min: -0.5,
    max: 1,
    uncertainty: FIXED,
  },
  caseload: {
    label: 'caseload per experienced FTE',
    unit: 'survivors per FTE-year',
    min: 1e-6,
    max: 1e5,
    uncertainty: { kind: 'relative', low: 0.8, high: 1.2 },
  },
};

const SHARED_SPECS: Record<SharedParameterName, ParameterSpec> = {
  staffCostShare: {
    label: 'staff share of budget',
    unit: 'share of budget (0–1)',
    min: 0.05,
    max: 1,
    uncertainty: FIXED,
  },
  costPerFte: {
    label: 'cost per FTE',
    unit: 'USD per FTE-year',
    min: 1_000,
    max: 1e6,
    uncertainty: FIXED,
  },
  initialExperience: {
    label: 'experience factor of a new hire',
    unit: 'factor (1 = fully experienced)',
    min: 0.05,
    max: 1,
    uncertainty: { kind: 'absolute', low: -0.2, high: 0.2 },
  },
  yearsToFullExperience: {
    label: 'years to full experience without training',
    unit: 'years',
    min: 0,
    max: 10,
    uncertainty: { kind: 'relative', low: 2 / 3, high: 5 / 3 },
  },
  trainingRampEffect: {
    label: 'ramp shortening of a fully TIP-trained workforce',
    unit: 'share of the ramp removed (0–0.9)',
    min: 0,
    max: 0.9,
    uncertainty: { kind: 'absolute', low: -0.25, high: 0.25 },
  },
  trainingCostPerStaff: {
    label: 'TIP training cost per staff member',
    unit: 'USD per staff member per year',
    min: 1,
    max: 1e6,
    uncertainty: FIXED,
  },
};

const CATEGORY_SPEC: ParameterSpec = {
  label: 'cost per survivor served',
  unit: 'USD per survivor',
  min: 1,
  max: 1e8,
  uncertainty: FIXED,
};

/** The parameters the Monte Carlo run and the tornado may vary (the kernel reads them per draw). */
export const VARIABLE_KEYS: readonly ParameterKey[] = [
  'labor.costPerSurvivor',
  'labor.turnoverRate',
  'sex.turnoverRate',
  'labor.caseload',
  'sex.caseload',
  'labor.need',
  'sex.need',
  'labor.needGrowth',
  'sex.needGrowth',
  'initialExperience',
  'yearsToFullExperience',
  'trainingRampEffect',
];

const typePrefix = (t: ComparedType): 'labor' | 'sex' => (t === 'LABOR' ? 'labor' : 'sex');

/** The spec of a parameter key, or undefined for an unknown key. */
export function parameterSpec(key: string): ParameterSpec | undefined {
  const [head, tail] = key.split('.') as [string, string | undefined];
  // Own keys only: "constructor" or "__proto__" must not find Object.prototype's members.
  const own = (specs: object, name: string): ParameterSpec | undefined =>
    Object.hasOwn(specs, name) ? (specs as Record<string, ParameterSpec>)[name] : undefined;
  if (tail === undefined) return own(SHARED_SPECS, head);
  if (head === 'labor' || head === 'sex') return own(TYPE_SPECS, tail);
  if (head === 'categoryCostPerSurvivor') {
    return (SCENARIO_SERVICE_CATEGORIES as readonly string[]).includes(tail)
      ? CATEGORY_SPEC
      : undefined;
  }
  return undefined;
}

/** All parameter keys, in display order. */
export function parameterKeys(): ParameterKey[] {
  const keys: ParameterKey[] = [];
  for (const t of COMPARED_TYPES) {
    for (const name of Object.keys(TYPE_SPECS) as TypeParameterName[]) {
      keys.push(`${typePrefix(t)}.${name}`);
    }
  }
  for (const name of Object.keys(SHARED_SPECS) as SharedParameterName[]) keys.push(name);
  for (const c of SCENARIO_SERVICE_CATEGORIES) keys.push(`categoryCostPerSurvivor.${c}`);
  return keys;
}

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

/** low/high of a value under its spec's default uncertainty, clipped to the valid range. */
function defaultRange(spec: ParameterSpec, value: number): [number, number] {
  const u = spec.uncertainty;
  if (u.kind === 'fixed') return [value, value];
  const [lo, hi] =
    u.kind === 'relative' ? [value * u.low, value * u.high] : [value + u.low, value + u.high];
  return [clamp(lo, spec.min, spec.max), clamp(hi, spec.min, spec.max)];
}

function makeParameter(
  key: ParameterKey,
  value: number,
  source: string,
  spec: ParameterSpec,
): ScenarioParameter {
  const [low, high] = defaultRange(spec, value);
  return {
    key,
    label: spec.label,
    unit: spec.unit,
    value,
    min: spec.min,
    max: spec.max,
    low,
    high,
    distribution: low < high ? 'triangular' : 'fixed',
    source,
    overridden: false,
  };
}

function applyOverride(p: ScenarioParameter, o: ParameterOverride): ScenarioParameter {
  const spec = parameterSpec(p.key)!;
  const given = typeof o === 'number' ? { value: o } : o;
  const value = given.value ?? p.value;
  const [dLow, dHigh] = defaultRange(spec, value);
  const low = given.low ?? dLow;
  const high = given.high ?? dHigh;
  return {
    ...p,
    value,
    low,
    high,
    distribution: low < high ? 'triangular' : 'fixed',
    source: given.value === undefined ? p.source : 'set by the user',
    // a range alone keeps the default (or calibrated) value
    overridden: given.value !== undefined,
  };
}

const fmt = (n: number, digits = 0): string =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/**
 * Defaults for every parameter from the baseline: type figures carry the baseline's own sources,
 * shared ones are stated assumptions, and caseload is calibrated (see kernel.ts) so that the
 * base year reproduces the observed survivors served.
 */
export function buildDefaultParameters(baseline: ScenarioBaseline): ScenarioParameters {
  return resolveParameters(baseline, {});
}

/** Defaults with the user's overrides applied; caseload is calibrated after the overrides. */
export function resolveParameters(
  baseline: ScenarioBaseline,
  overrides: ParameterOverrides,
): ScenarioParameters {
  const params = {} as ScenarioParameters;
  const put = (key: ParameterKey, value: number, source: string): void => {
    const spec = parameterSpec(key)!;
    const base = makeParameter(key, value, source, spec);
    const o = overrides[key];
    params[key] = o === undefined ? base : applyOverride(base, o);
  };
  for (const name of Object.keys(SHARED_SPECS) as SharedParameterName[]) {
    put(name, SHARED_DEFAULTS[name].value, defaultSourceText(SHARED_DEFAULTS[name]));
  }
  for (const c of SCENARIO_SERVICE_CATEGORIES) {
    const s = baseline.categoryCostPerSurvivor[c];
    put(`categoryCostPerSurvivor.${c}`, s.value, s.source);
  }
  for (const t of COMPARED_TYPES) {
    const b = t === 'LABOR' ? baseline.labor : baseline.sex;
    const p = typePrefix(t);
    put(`${p}.budget`, b.budget.value, b.budget.source);
    put(`${p}.survivorsServed`, b.survivorsServed.value, b.survivorsServed.source);
    put(`${p}.costPerSurvivor`, b.costPerSurvivor.value, b.costPerSurvivor.source);
    put(
      `${p}.turnoverRate`,
      b.turnoverRate.value,
      `${b.turnoverRate.source}; the observed rate also sets the base-year workforce`,
    );
    put(`${p}.trainedShare`, b.trainedShare.value, b.trainedShare.source);
    put(`${p}.need`, b.need.value, `${baseline.needBasis}: ${b.need.source}`);
    put(`${p}.needGrowth`, FALLBACKS.needGrowth.value, defaultSourceText(FALLBACKS.needGrowth));
    const cal = calibrate(params, p, b.turnoverRate.value);
    put(
      `${p}.caseload`,
      cal.caseload,
      `calibrated so the base year reproduces ${fmt(cal.served)} survivors served: ` +
        `${fmt(cal.served)} / (${fmt(cal.fte, 1)} FTE × mean experience ${fmt(cal.xbar, 3)})`,
    );
  }
  return params;
}

/** c = served0 / (FTE0 * xbar0), FTE0 = budget * staffCostShare / costPerFte. */
function calibrate(
  params: ScenarioParameters,
  p: 'labor' | 'sex',
  observedTurnover: number,
): { caseload: number; served: number; fte: number; xbar: number } {
  const fte = (params[`${p}.budget`].value * params.staffCostShare.value) / params.costPerFte.value;
  const k = params.yearsToFullExperience.value;
  const kEff = k * (1 - params.trainingRampEffect.value * params[`${p}.trainedShare`].value);
  const xbar = steadyStateExperience(
    observedTurnover,
    params.initialExperience.value,
    kEff,
    bucketCount(k),
  );
  const served = params[`${p}.survivorsServed`].value;
  return { caseload: calibratedCaseload(served, fte, xbar), served, fte, xbar };
}
