/**
 * Turns resolved parameters and levers into the kernel's flat inputs: the budget schedule (which
 * depends on the levers only) and the kernel parameters (which the Monte Carlo run redraws).
 */
import { SCENARIO_SERVICE_CATEGORIES } from '../vocabulary';
import type { KernelParams, Schedule, TypeKernel } from './kernel';
import type {
  ResolvedLevers,
  ScenarioLevers,
  ScenarioParameters,
  ScenarioServiceCategory,
} from './types';

export const DEFAULT_HORIZON_YEARS = 5;

export const ZERO_LEVERS: ResolvedLevers = {
  shiftFraction: 0,
  shiftAmount: 0,
  phaseInYears: 1,
  newMoneyPerYear: 0,
  categoryMix: null,
  trainingShare: 0,
};

/** Levers with defaults filled in; a shift amount is also expressed as a fraction and back. */
export function resolveLevers(
  levers: ScenarioLevers | undefined,
  sexBudget: number,
): ResolvedLevers {
  const l = levers ?? {};
  const shiftAmount = l.shiftAmount ?? (l.shiftFraction ?? 0) * sexBudget;
  const shiftFraction = l.shiftFraction ?? (sexBudget > 0 ? shiftAmount / sexBudget : 0);
  let categoryMix: Record<ScenarioServiceCategory, number> | null = null;
  if (l.categoryMix !== undefined) {
    categoryMix = {} as Record<ScenarioServiceCategory, number>;
    for (const c of SCENARIO_SERVICE_CATEGORIES) categoryMix[c] = l.categoryMix[c] ?? 0;
  }
  return {
    shiftFraction,
    shiftAmount,
    phaseInYears: l.phaseInYears ?? 1,
    newMoneyPerYear: l.newMoneyPerYear ?? 0,
    categoryMix,
    trainingShare: l.trainingShare ?? 0,
  };
}

/** Cost per survivor of a mix: 1 / sum_i (m_i / cps_i), the dollars that serve one survivor. */
export function mixCostPerSurvivor(
  mix: Record<ScenarioServiceCategory, number>,
  params: ScenarioParameters,
): number {
  let survivorsPerDollar = 0;
  for (const c of SCENARIO_SERVICE_CATEGORIES) {
    survivorsPerDollar += mix[c] / params[`categoryCostPerSurvivor.${c}`].value;
  }
  return 1 / survivorsPerDollar;
}

function typeKernel(
  params: ScenarioParameters,
  p: 'labor' | 'sex',
  observedTurnover: number,
): TypeKernel {
  const caseload = params[`${p}.caseload`];
  const cps = params[`${p}.costPerSurvivor`].value;
  return {
    baseTurnover: observedTurnover,
    turnover: params[`${p}.turnoverRate`].value,
    served0: params[`${p}.survivorsServed`].value,
    need0: params[`${p}.need`].value,
    needGrowth: params[`${p}.needGrowth`].value,
    caseload: caseload.overridden ? caseload.value : Number.NaN,
    caseloadFactor: 1,
    cpsRef: cps,
    cpsMarginal: cps,
  };
}

/**
 * Kernel parameters at the point values. `observedTurnover` is the baseline's measured rate per
 * type (it fixes the base-year workforce even when the projection turnover is overridden).
 */
export function kernelParams(
  params: ScenarioParameters,
  levers: ResolvedLevers,
  observedTurnover: { labor: number; sex: number },
): KernelParams {
  const labor = typeKernel(params, 'labor', observedTurnover.labor);
  if (levers.categoryMix !== null)
    labor.cpsMarginal = mixCostPerSurvivor(levers.categoryMix, params);
  return {
    types: [labor, typeKernel(params, 'sex', observedTurnover.sex)],
    initialExperience: params.initialExperience.value,
    yearsToFullExperience: params.yearsToFullExperience.value,
    trainingRampEffect: params.trainingRampEffect.value,
  };
}

/**
 * Budgets by year. `sexShared` is the sex part of shared funding (see Schedule.sexShared), held
 * constant: it counts in the equity ratio only. shift(y) = shiftAmount * min(1, y / p); added labor money
 * d(y) = shift(y) + newMoney, of which trainingShare goes to TIP training;
 * trained share = baseline share + staff the training budget reaches that year (no stock is
 * carried over: trained staff who leave take the training with them).
 */
export function buildSchedule(
  params: ScenarioParameters,
  levers: ResolvedLevers,
  horizon: number,
  sexShared: number,
): Schedule {
  const h1 = horizon + 1;
  const s: Schedule = {
    horizon,
    sexShared,
    budget: new Float64Array(2 * h1),
    training: new Float64Array(2 * h1),
    fte: new Float64Array(2 * h1),
    trainedShare: new Float64Array(2 * h1),
  };
  const perFte = params.staffCostShare.value / params.costPerFte.value;
  const bL = params['labor.budget'].value;
  const bS = params['sex.budget'].value;
  const thetaL = params['labor.trainedShare'].value;
  const thetaS = params['sex.trainedShare'].value;
  const costPerTrainee = params.trainingCostPerStaff.value;
  for (let y = 0; y < h1; y++) {
    const shift = y === 0 ? 0 : levers.shiftAmount * Math.min(1, y / levers.phaseInYears);
    const added = y === 0 ? 0 : shift + levers.newMoneyPerYear;
    const training = added * levers.trainingShare;
    const budgetL = bL + added;
    const fteL = (budgetL - training) * perFte;
    s.budget[y] = budgetL;
    s.training[y] = training;
    s.fte[y] = fteL;
    s.trainedShare[y] = Math.min(1, thetaL + (fteL > 0 ? training / costPerTrainee / fteL : 0));
    const budgetS = Math.max(0, bS - shift);
    s.budget[h1 + y] = budgetS;
    s.fte[h1 + y] = budgetS * perFte;
    s.trainedShare[h1 + y] = thetaS;
  }
  return s;
}
