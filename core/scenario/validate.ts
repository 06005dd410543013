/**
 * Checks of a scenario input before the model runs. The input may come from a form, a share link
 * or a worker message, so nothing about its shape is assumed. Every issue names its field in
 * dotted form (`levers.shiftFraction`) and says, in a sentence, what was expected and what came.
 */
import { MAX_YEAR, MIN_YEAR, NEED_BASES, SCENARIO_SERVICE_CATEGORIES } from '../vocabulary';
import { parameterSpec, resolveParameters, VARIABLE_KEYS } from './defaults';
import type {
  ParameterKey,
  ParameterOverrides,
  ScenarioBaseline,
  ScenarioInput,
  ScenarioValidationIssue,
} from './types';
import { TYPE_PARAMETER_NAMES } from './types';

export const MAX_HORIZON_YEARS = 30;
const MIX_TOLERANCE = 1e-6;

/** Thrown by the model when its input fails validation; carries every issue found. */
export class ScenarioInputError extends Error {
  readonly issues: ScenarioValidationIssue[];
  constructor(issues: ScenarioValidationIssue[]) {
    super(`The scenario input is invalid: ${issues.map((i) => i.message).join('; ')}`);
    this.name = 'ScenarioInputError';
    this.issues = issues;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const show = (v: unknown): string =>
  typeof v === 'number' ? String(v) : v === undefined ? 'nothing' : JSON.stringify(v);

const num = (n: number): string => (Math.abs(n) >= 10_000 ? n.toLocaleString('en-US') : String(n));

/** Collects issues; `name` is the field without its first segment, as users know it. */
class Issues {
  readonly list: ScenarioValidationIssue[] = [];
  add(field: string, message: string): void {
    this.list.push({ field, message });
  }
  /** A finite number in [min, max]; returns whether it was. */
  range(field: string, v: unknown, min: number, max: number, unit?: string): v is number {
    const name = field.slice(field.indexOf('.') + 1);
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      this.add(field, `${name} must be a finite number (got ${show(v)})`);
      return false;
    }
    if (v < min || v > max) {
      const u = unit === undefined ? '' : `; unit: ${unit}`;
      this.add(field, `${name} must be between ${num(min)} and ${num(max)} (got ${show(v)}${u})`);
      return false;
    }
    return true;
  }
  integer(field: string, v: unknown, min: number, max: number): v is number {
    if (!this.range(field, v, min, max)) return false;
    if (!Number.isInteger(v)) {
      this.add(field, `${field.slice(field.indexOf('.') + 1)} must be a whole number (got ${v})`);
      return false;
    }
    return true;
  }
}

function checkBaseline(b: unknown, issues: Issues): b is ScenarioBaseline {
  if (!isRecord(b)) {
    issues.add('baseline', 'baseline must be an object with years, needBasis, labor and sex');
    return false;
  }
  const start = issues.list.length;
  const years = b.years;
  if (!isRecord(years)) {
    issues.add('baseline.years', 'years must be an object { from, to }');
  } else {
    const { from, to } = years;
    const okFrom = issues.integer('baseline.years.from', from, MIN_YEAR, MAX_YEAR);
    const okTo = issues.integer('baseline.years.to', to, MIN_YEAR, MAX_YEAR);
    if (okFrom && okTo && from > to) {
      issues.add('baseline.years', `years.from must not be after years.to (got ${from}–${to})`);
    }
  }
  if (!(NEED_BASES as readonly unknown[]).includes(b.needBasis)) {
    issues.add(
      'baseline.needBasis',
      `needBasis must be one of ${NEED_BASES.join(', ')} (got ${show(b.needBasis)})`,
    );
  }
  const typeFields = TYPE_PARAMETER_NAMES.filter((n) => n !== 'needGrowth' && n !== 'caseload');
  for (const p of ['labor', 'sex'] as const) {
    const tb = b[p];
    if (!isRecord(tb)) {
      issues.add(`baseline.${p}`, `${p} must be an object with ${typeFields.join(', ')}`);
      continue;
    }
    for (const name of typeFields) checkSourced(`baseline.${p}.${name}`, tb[name], issues);
  }
  const cats = b.categoryCostPerSurvivor;
  if (!isRecord(cats)) {
    issues.add(
      'baseline.categoryCostPerSurvivor',
      `categoryCostPerSurvivor must give a cost for each of ${SCENARIO_SERVICE_CATEGORIES.join(', ')}`,
    );
  } else {
    for (const c of SCENARIO_SERVICE_CATEGORIES) {
      checkSourced(`baseline.categoryCostPerSurvivor.${c}`, cats[c], issues);
    }
  }
  return issues.list.length === start;
}

function checkSourced(field: string, v: unknown, issues: Issues): void {
  const name = field.slice(field.indexOf('.') + 1);
  if (!isRecord(v)) {
    issues.add(field, `${name} must be { value, source } (got ${show(v)})`);
    return;
  }
  const spec = parameterSpec(name)!;
  issues.range(`${field}.value`, v.value, spec.min, spec.max, spec.unit);
  if (typeof v.source !== 'string' || v.source.trim() === '') {
    issues.add(`${field}.source`, `${name}.source must say where the figure came from`);
  }
}

function checkLevers(levers: unknown, issues: Issues): void {
  if (levers === undefined) return;
  if (!isRecord(levers)) {
    issues.add('levers', 'levers must be an object');
    return;
  }
  const known = [
    'shiftFraction',
    'shiftAmount',
    'phaseInYears',
    'newMoneyPerYear',
    'categoryMix',
    'trainingShare',
  ];
  for (const k of Object.keys(levers)) {
    if (!known.includes(k)) issues.add(`levers.${k}`, `${k} is not a lever (${known.join(', ')})`);
  }
  const { shiftFraction, shiftAmount, phaseInYears, newMoneyPerYear, categoryMix, trainingShare } =
    levers;
  if (shiftFraction !== undefined) issues.range('levers.shiftFraction', shiftFraction, 0, 1);
  if (shiftAmount !== undefined) {
    issues.range('levers.shiftAmount', shiftAmount, 0, 1e12, 'USD/year');
    if (shiftFraction !== undefined) {
      issues.add('levers.shiftAmount', 'give shiftFraction or shiftAmount, not both');
    }
  }
  if (phaseInYears !== undefined) {
    issues.integer('levers.phaseInYears', phaseInYears, 1, MAX_HORIZON_YEARS);
  }
  if (newMoneyPerYear !== undefined) {
    issues.range('levers.newMoneyPerYear', newMoneyPerYear, 0, 1e12, 'USD/year');
  }
  if (trainingShare !== undefined) issues.range('levers.trainingShare', trainingShare, 0, 1);
  if (categoryMix !== undefined) checkMix(categoryMix, issues);
}

function checkMix(mix: unknown, issues: Issues): void {
  if (!isRecord(mix)) {
    issues.add('levers.categoryMix', 'categoryMix must map service categories to shares');
    return;
  }
  let sum = 0;
  let ok = true;
  for (const [c, share] of Object.entries(mix)) {
    if (!(SCENARIO_SERVICE_CATEGORIES as readonly string[]).includes(c)) {
      issues.add(
        `levers.categoryMix.${c}`,
        `${c} is not a labor service category (${SCENARIO_SERVICE_CATEGORIES.join(', ')})`,
      );
      ok = false;
    } else if (issues.range(`levers.categoryMix.${c}`, share, 0, 1)) {
      sum += share;
    } else {
      ok = false;
    }
  }
  if (ok && Math.abs(sum - 1) > MIX_TOLERANCE) {
    issues.add('levers.categoryMix', `categoryMix shares must add up to 1 (got ${sum})`);
  }
}

function checkOverrides(params: unknown, issues: Issues): params is ParameterOverrides {
  if (params === undefined) return true;
  if (!isRecord(params)) {
    issues.add('params', 'params must map parameter keys (e.g. labor.turnoverRate) to values');
    return false;
  }
  const start = issues.list.length;
  for (const [key, o] of Object.entries(params)) {
    const field = `params.${key}`;
    const spec = parameterSpec(key);
    if (spec === undefined) {
      issues.add(field, `${key} is not a scenario parameter`);
      continue;
    }
    if (typeof o === 'number' || !isRecord(o)) {
      issues.range(field, o, spec.min, spec.max, spec.unit);
      continue;
    }
    for (const part of Object.keys(o)) {
      if (part !== 'value' && part !== 'low' && part !== 'high') {
        issues.add(`${field}.${part}`, `${key} takes value, low and high only (got ${part})`);
      }
    }
    for (const part of ['value', 'low', 'high'] as const) {
      if (o[part] !== undefined)
        issues.range(`${field}.${part}`, o[part], spec.min, spec.max, spec.unit);
    }
    const varies = (VARIABLE_KEYS as readonly string[]).includes(key);
    if (!varies && (o.low !== undefined || o.high !== undefined)) {
      issues.add(field, `${key} is not an uncertain input of the model: give a value only`);
    }
  }
  return issues.list.length === start;
}

/** Every problem with a scenario input; an empty list means runScenario will accept it. */
export function validateScenarioInput(input: ScenarioInput): ScenarioValidationIssue[] {
  const issues = new Issues();
  if (!isRecord(input)) {
    issues.add('input', 'the scenario input must be an object with a baseline');
    return issues.list;
  }
  const baselineOk = checkBaseline(input.baseline, issues);
  if (input.horizonYears !== undefined) {
    issues.integer('horizonYears', input.horizonYears, 1, MAX_HORIZON_YEARS);
  }
  checkLevers(input.levers, issues);
  const paramsOk = checkOverrides(input.params, issues);
  if (!baselineOk || !paramsOk) return issues.list;

  // Checks that need the resolved parameters.
  const params = resolveParameters(input.baseline, input.params ?? {});
  for (const key of Object.keys(input.params ?? {}) as ParameterKey[]) {
    const p = params[key];
    if (!(p.low <= p.value && p.value <= p.high)) {
      issues.add(
        `params.${key}`,
        `${key} needs low <= value <= high (got ${p.low}, ${p.value}, ${p.high})`,
      );
    }
  }
  for (const t of ['labor', 'sex'] as const) {
    const c = params[`${t}.caseload`];
    if (!c.overridden && !(c.value > 0)) {
      issues.add(
        `params.${t}.caseload`,
        `${t} caseload cannot be calibrated without a budget and survivors served above 0 ` +
          `(got budget ${params[`${t}.budget`].value}, served ${params[`${t}.survivorsServed`].value}); ` +
          `give params.${t}.caseload instead`,
      );
    }
  }
  const shiftAmount = input.levers?.shiftAmount;
  const sexBudget = params['sex.budget'].value;
  if (typeof shiftAmount === 'number' && shiftAmount > sexBudget) {
    issues.add(
      'levers.shiftAmount',
      `shiftAmount must not exceed sex-only funding of ${num(sexBudget)} USD/year (got ${num(shiftAmount)})`,
    );
  }
  return issues.list;
}

/** Throws ScenarioInputError unless the input is valid. */
export function assertValidScenarioInput(input: ScenarioInput): void {
  const issues = validateScenarioInput(input);
  if (issues.length > 0) throw new ScenarioInputError(issues);
}
