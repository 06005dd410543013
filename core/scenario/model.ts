/**
 * runScenario: one deterministic projection of a scenario and of the same model with zero levers,
 * turned into per-year rows, horizon totals and differences. The dynamics are in kernel.ts.
 */
import { resolveParameters } from './defaults';
import {
  buildSchedule,
  DEFAULT_HORIZON_YEARS,
  kernelParams,
  resolveLevers,
  ZERO_LEVERS,
} from './compile';
import {
  createSimOutput,
  equityRatio,
  LABOR,
  MAX_BUCKETS,
  SEX,
  simulate,
  type KernelParams,
  type Schedule,
  type SimOutput,
} from './kernel';
import { DEFAULT_ATTRIBUTION, type AttributionRule } from '../vocabulary';
import type {
  HorizonTotals,
  ResolvedLevers,
  ScenarioInput,
  ScenarioParameters,
  ScenarioResult,
  ScenarioYear,
  TypeTotals,
  TypeYear,
} from './types';
import { assertValidScenarioInput } from './validate';
import { groupedWhole } from '../wholeNumber';

/** A validated input with everything resolved, shared by every analysis. */
export interface PreparedScenario {
  input: ScenarioInput;
  params: ScenarioParameters;
  levers: ResolvedLevers;
  horizon: number;
  baseYear: number;
  observedTurnover: { labor: number; sex: number };
  illustrative: boolean;
  /** The rule that gave labor and sex their parts of shared funding and need. */
  attribution: AttributionRule;
  /** The sex part of shared funding (USD/year): counted in equity ratios, never shifted. */
  sexShared: number;
}

/** Validates (throwing ScenarioInputError) and resolves defaults, overrides and levers. */
export function prepareScenario(input: ScenarioInput): PreparedScenario {
  assertValidScenarioInput(input);
  const params = resolveParameters(input.baseline, input.params ?? {});
  return {
    input,
    params,
    levers: resolveLevers(input.levers, params['sex.budget'].value),
    horizon: input.horizonYears ?? DEFAULT_HORIZON_YEARS,
    baseYear: input.baseline.years.to,
    observedTurnover: {
      labor: input.baseline.labor.turnoverRate.value,
      sex: input.baseline.sex.turnoverRate.value,
    },
    illustrative: input.baseline.illustrative ?? false,
    attribution: input.baseline.attribution ?? DEFAULT_ATTRIBUTION,
    sexShared: input.baseline.sexSharedBudget?.value ?? 0,
  };
}

/** Kernel inputs of a prepared scenario under some levers. */
export function compileScenario(
  prep: PreparedScenario,
  levers: ResolvedLevers,
): { kernel: KernelParams; schedule: Schedule } {
  return {
    kernel: kernelParams(prep.params, levers, prep.observedTurnover),
    schedule: buildSchedule(prep.params, levers, prep.horizon, prep.sexShared),
  };
}

/** Simulates a prepared scenario under the given levers into a fresh output. */
export function simulateLevers(
  prep: PreparedScenario,
  levers: ResolvedLevers,
): {
  schedule: Schedule;
  out: SimOutput;
} {
  const { kernel, schedule } = compileScenario(prep, levers);
  const out = createSimOutput(prep.horizon);
  simulate(kernel, schedule, new Float64Array(MAX_BUCKETS + 1), out);
  return { schedule, out };
}

const orNull = (v: number): number | null => (Number.isFinite(v) ? v : null);

function typeYear(s: Schedule, out: SimOutput, t: number, y: number): TypeYear {
  const i = t * (s.horizon + 1) + y;
  const budget = s.budget[i]!;
  const served = out.served[i]!;
  return {
    budget,
    trainingSpend: s.training[i]!,
    fte: s.fte[i]!,
    trainedShare: s.trainedShare[i]!,
    averageExperience: orNull(out.experience[i]!),
    capacity: out.capacity[i]!,
    need: out.need[i]!,
    survivorsServed: served,
    unmetNeed: out.unmet[i]!,
    costPerSurvivor: served > 0 ? budget / served : null,
    equityRatio: orNull(out.equity[i]!),
  };
}

function rows(s: Schedule, out: SimOutput, baseYear: number): ScenarioYear[] {
  const result: ScenarioYear[] = [];
  for (let y = 0; y <= s.horizon; y++) {
    result.push({
      year: baseYear + y,
      labor: typeYear(s, out, LABOR, y),
      sex: typeYear(s, out, SEX, y),
    });
  }
  return result;
}

const minus = (a: number | null, b: number | null): number | null =>
  a === null || b === null ? null : a - b;

function diffType(a: TypeYear, b: TypeYear): TypeYear {
  return {
    budget: a.budget - b.budget,
    trainingSpend: a.trainingSpend - b.trainingSpend,
    fte: a.fte - b.fte,
    trainedShare: a.trainedShare - b.trainedShare,
    averageExperience: minus(a.averageExperience, b.averageExperience),
    capacity: a.capacity - b.capacity,
    need: a.need - b.need,
    survivorsServed: a.survivorsServed - b.survivorsServed,
    unmetNeed: a.unmetNeed - b.unmetNeed,
    costPerSurvivor: minus(a.costPerSurvivor, b.costPerSurvivor),
    equityRatio: minus(a.equityRatio, b.equityRatio),
  };
}

function typeTotals(years: ScenarioYear[], pick: (r: ScenarioYear) => TypeYear): TypeTotals {
  const t: TypeTotals = { budget: 0, trainingSpend: 0, survivorsServed: 0, unmetNeed: 0, need: 0 };
  for (const r of years.slice(1)) {
    const v = pick(r);
    t.budget += v.budget;
    t.trainingSpend += v.trainingSpend;
    t.survivorsServed += v.survivorsServed;
    t.unmetNeed += v.unmetNeed;
    t.need += v.need;
  }
  return t;
}

/**
 * Sums over years 1..H; the ratio on summed budgets (sex's with its part of shared funding) and
 * summed need figures, as in the per-year ratio.
 */
function horizonTotals(
  years: ScenarioYear[],
  s: Schedule,
  out: SimOutput,
  sexShared: number,
): HorizonTotals {
  const labor = typeTotals(years, (r) => r.labor);
  const sex = typeTotals(years, (r) => r.sex);
  const h1 = s.horizon + 1;
  let needL = 0;
  let needS = 0;
  for (let y = 1; y < h1; y++) {
    needL += out.needFigure[LABOR * h1 + y]!;
    needS += out.needFigure[SEX * h1 + y]!;
  }
  const sexBudget = sex.budget + sexShared * s.horizon;
  return {
    labor,
    sex,
    laborEquityRatio: orNull(
      equityRatio(labor.budget, labor.budget + sexBudget, needL, needL + needS),
    ),
  };
}

function diffTotals(a: TypeTotals, b: TypeTotals): TypeTotals {
  return {
    budget: a.budget - b.budget,
    trainingSpend: a.trainingSpend - b.trainingSpend,
    survivorsServed: a.survivorsServed - b.survivorsServed,
    unmetNeed: a.unmetNeed - b.unmetNeed,
    need: a.need - b.need,
  };
}

const fmt = groupedWhole;

function notesFor(prep: PreparedScenario, years: ScenarioYear[]): string[] {
  const notes: string[] = [];
  const p = prep.params;
  for (const [t, name] of [
    ['labor', 'LABOR'],
    ['sex', 'SEX'],
  ] as const) {
    const caseload = p[`${t}.caseload`];
    if (!caseload.overridden) notes.push(`${name} caseload ${caseload.source}.`);
    const served = p[`${t}.survivorsServed`].value;
    const need = p[`${t}.need`].value;
    if (need < served) {
      notes.push(
        `${name} need under ${prep.input.baseline.needBasis} (${fmt(need)}) is below the ` +
          `${fmt(served)} survivors served in the baseline. Those survivors were in need, so the ` +
          `model counts at least ${fmt(served)} as in need (growing with need growth) when it ` +
          `caps survivors served and counts unmet need; the equity ratio still uses the ` +
          `published figure.`,
      );
    }
    const cps = p[`${t}.costPerSurvivor`].value;
    const budget = p[`${t}.budget`].value;
    if (served > 0 && Math.abs(budget / served - cps) > 0.25 * cps) {
      notes.push(
        `${name} cost per survivor from service records (${fmt(cps)} USD) differs by more than ` +
          `25% from budget / survivors served (${fmt(budget / served)} USD); added money is ` +
          `priced relative to the service-record figure.`,
      );
    }
  }
  if (years.some((r) => r.labor.equityRatio === null || r.sex.equityRatio === null)) {
    notes.push(
      'The equity ratio is not defined (null) in years where budgets or need add up to 0.',
    );
  }
  if (prep.illustrative) {
    notes.push(
      'Some figures come from the illustrative demo data set; replace them with your own.',
    );
  }
  return notes;
}

/** Projects the scenario and its zero-lever baseline (docs/methodology.md, "The reallocation scenario model"). */
export function runScenario(input: ScenarioInput): ScenarioResult {
  return runPrepared(prepareScenario(input), undefined);
}

/** runScenario on a prepared input, optionally with other levers. */
export function runPrepared(prep: PreparedScenario, levers?: ResolvedLevers): ScenarioResult {
  const used = levers ?? prep.levers;
  const scenario = simulateLevers(prep, used);
  const zero = simulateLevers(prep, ZERO_LEVERS);
  const years = rows(scenario.schedule, scenario.out, prep.baseYear);
  const baselineYears = rows(zero.schedule, zero.out, prep.baseYear);
  const totals = horizonTotals(years, scenario.schedule, scenario.out, prep.sexShared);
  const baselineTotals = horizonTotals(baselineYears, zero.schedule, zero.out, prep.sexShared);
  return {
    baseYear: prep.baseYear,
    horizonYears: prep.horizon,
    illustrative: prep.illustrative,
    attribution: prep.attribution,
    sexSharedBudget: prep.sexShared,
    levers: used,
    parameters: prep.params,
    years,
    baselineYears,
    difference: years.map((r, y) => ({
      year: r.year,
      labor: diffType(r.labor, baselineYears[y]!.labor),
      sex: diffType(r.sex, baselineYears[y]!.sex),
    })),
    totals,
    baselineTotals,
    differenceTotals: {
      labor: diffTotals(totals.labor, baselineTotals.labor),
      sex: diffTotals(totals.sex, baselineTotals.sex),
    },
    notes: notesFor(prep, years),
  };
}
