/**
 * The multi-category goal as a linear programme, solved by HiGHS (the `highs` package, WebAssembly,
 * loaded lazily so that importing core/scenario costs nothing until an LP is solved):
 *
 *   minimise    sum_i x_i                               (new money, USD/year, in category i)
 *   subject to  sum_i yield_i x_i >= target - C(Y)      (labor survivors served in year Y)
 *               x_i >= minShare_i * sum_j x_j,  x_i <= maxShare_i * sum_j x_j,  0 <= x_i <= maxAmount_i
 *
 * yield_i is the model's extra labor capacity in year Y per USD/year put into category i from
 * year 1, ramp-up included, and C(Y) the capacity without new money. With no shift and no training
 * share (this function uses neither: the LP sizes new money alone) the model is linear in the
 * category amounts (added capacity = c * cpsRef * sum_i x_i / cps_i * staffShare / costPerFte,
 * hired and aged identically), so probing each category once gives exact coefficients. Survivors
 * served are min(capacity, need), so a target above labor need in year Y is infeasible.
 */
import type { Highs } from 'highs';
import { SCENARIO_SERVICE_CATEGORIES } from '../vocabulary';
import { ZERO_LEVERS } from './compile';
import { LABOR } from './kernel';
import { prepareScenario, runPrepared, simulateLevers, type PreparedScenario } from './model';
import type {
  CategoryBounds,
  CategoryMixOptions,
  CategoryMixResult,
  ResolvedLevers,
  ScenarioInput,
  ScenarioServiceCategory,
  ScenarioValidationIssue,
} from './types';
import { ScenarioInputError } from './validate';
import { groupedWhole } from '../wholeNumber';

/** The part of the HiGHS API used here; pass your own loader (e.g. with locateFile) in a browser. */
export type LpSolver = Pick<Highs, 'solve'>;
export type LoadLpSolver = () => Promise<LpSolver>;

let defaultSolver: Promise<LpSolver> | null = null;
const loadDefaultSolver: LoadLpSolver = () => {
  defaultSolver ??= import('highs').then((m) => m.default());
  return defaultSolver;
};

/** USD/year probed per category; any amount gives the same yield, the model being linear. */
const PROBE_USD = 1_000_000;
/** LP variables are in thousands of USD/year, to keep coefficients near 1. */
const UNIT_USD = 1_000;

type Category = ScenarioServiceCategory;

const variable = (c: Category): string => `x_${c}`;
const num = (v: number): string => String(v);

function linear(terms: [number, string][]): string {
  const parts: string[] = [];
  for (const [coef, name] of terms) {
    if (coef === 0) continue;
    const sign = coef < 0 ? '-' : '+';
    parts.push(
      parts.length === 0 && sign === '+'
        ? `${num(coef)} ${name}`
        : `${sign} ${num(Math.abs(coef))} ${name}`,
    );
  }
  return parts.length === 0 ? `0 ${variable(SCENARIO_SERVICE_CATEGORIES[0])}` : parts.join(' ');
}

/**
 * The LP in CPLEX LP format. `yields` in survivors per USD/year, `needed` in survivors; variables
 * in thousands of USD/year.
 */
export function categoryMixLp(
  yields: Record<Category, number>,
  needed: number,
  bounds: Partial<Record<Category, CategoryBounds>>,
): string {
  const cats = SCENARIO_SERVICE_CATEGORIES;
  const rows: string[] = [
    ` served: ${linear(cats.map((c) => [yields[c] * UNIT_USD, variable(c)]))} >= ${num(needed)}`,
  ];
  for (const c of cats) {
    const b = bounds[c] ?? {};
    if (b.minShare !== undefined && b.minShare > 0) {
      const terms = cats.map((j): [number, string] => [
        (j === c ? 1 : 0) - b.minShare!,
        variable(j),
      ]);
      rows.push(` min_${c}: ${linear(terms)} >= 0`);
    }
    if (b.maxShare !== undefined && b.maxShare < 1 && b.maxShare > 0) {
      const terms = cats.map((j): [number, string] => [
        (j === c ? 1 : 0) - b.maxShare!,
        variable(j),
      ]);
      rows.push(` max_${c}: ${linear(terms)} <= 0`);
    }
  }
  const boundLines = cats.map((c) => {
    const b = bounds[c] ?? {};
    const upper = b.maxShare === 0 ? 0 : b.maxAmount !== undefined ? b.maxAmount / UNIT_USD : null;
    return upper === null ? ` ${variable(c)} >= 0` : ` 0 <= ${variable(c)} <= ${num(upper)}`;
  });
  return [
    'Minimize',
    ` cost: ${cats.map(variable).join(' + ')}`,
    'Subject To',
    ...rows,
    'Bounds',
    ...boundLines,
    'End',
  ].join('\n');
}

function checkOptions(prep: PreparedScenario, o: CategoryMixOptions) {
  const issues: ScenarioValidationIssue[] = [];
  const lastYear = prep.baseYear + prep.horizon;
  const byYear = o.byYear ?? lastYear;
  if (!(Number.isFinite(o.targetLaborServed) && o.targetLaborServed >= 0)) {
    issues.push({
      field: 'options.targetLaborServed',
      message: `targetLaborServed must be a number of survivors, 0 or more (got ${o.targetLaborServed})`,
    });
  }
  if (!(Number.isInteger(byYear) && byYear > prep.baseYear && byYear <= lastYear)) {
    issues.push({
      field: 'options.byYear',
      message: `byYear must be a year from ${prep.baseYear + 1} to ${lastYear} (got ${byYear})`,
    });
  }
  let minSum = 0;
  for (const [c, b] of Object.entries(o.bounds ?? {})) {
    const field = `options.bounds.${c}`;
    if (!(SCENARIO_SERVICE_CATEGORIES as readonly string[]).includes(c)) {
      issues.push({ field, message: `${c} is not a labor service category` });
      continue;
    }
    const { minShare = 0, maxShare = 1, maxAmount = 0 } = b ?? {};
    for (const [name, v] of [
      ['minShare', minShare],
      ['maxShare', maxShare],
    ] as const) {
      if (!(v >= 0 && v <= 1)) {
        issues.push({
          field: `${field}.${name}`,
          message: `${c}.${name} must be between 0 and 1 (got ${v})`,
        });
      }
    }
    if (minShare > maxShare) {
      issues.push({
        field,
        message: `${c}.minShare must not exceed ${c}.maxShare (got ${minShare} > ${maxShare})`,
      });
    }
    if (!(Number.isFinite(maxAmount) && maxAmount >= 0)) {
      issues.push({
        field: `${field}.maxAmount`,
        message: `${c}.maxAmount must be USD/year, 0 or more (got ${maxAmount})`,
      });
    }
    minSum += minShare;
  }
  if (minSum > 1 + 1e-9) {
    issues.push({
      field: 'options.bounds',
      message: `minimum shares add up to more than 1 (got ${minSum})`,
    });
  }
  if (issues.length > 0) throw new ScenarioInputError(issues);
  return { byYear, target: o.targetLaborServed, bounds: o.bounds ?? {} };
}

/**
 * The cheapest new money per year, and its split over labor service categories, that brings labor
 * survivors served in byYear to the target. Uses the input's baseline, horizon and parameters; its
 * levers are replaced by the answer (new money in the chosen mix, no shift, no training share).
 */
export async function solveCategoryMix(
  input: ScenarioInput,
  options: CategoryMixOptions,
  loadSolver: LoadLpSolver = loadDefaultSolver,
): Promise<CategoryMixResult> {
  const prep = prepareScenario(input);
  const { byYear, target, bounds } = checkOptions(prep, options);
  const y = byYear - prep.baseYear;
  const base = simulateLevers(prep, ZERO_LEVERS).out;
  const capacity0 = base.capacity[LABOR * (prep.horizon + 1) + y]!;
  const need = base.need[LABOR * (prep.horizon + 1) + y]!;
  if (target > need) {
    return {
      feasible: false,
      illustrative: prep.illustrative,
      binding: 'NEED',
      message:
        `A target of ${groupedWhole(target)} labor survivors served in ${byYear} ` +
        `exceeds labor need that year (${groupedWhole(need)}); ` +
        `survivors served cannot exceed need.`,
    };
  }
  const yields = {} as Record<Category, number>;
  for (const c of SCENARIO_SERVICE_CATEGORIES) {
    const probe: ResolvedLevers = {
      ...ZERO_LEVERS,
      newMoneyPerYear: PROBE_USD,
      categoryMix: oneHot(c),
    };
    const cap = simulateLevers(prep, probe).out.capacity[LABOR * (prep.horizon + 1) + y]!;
    yields[c] = (cap - capacity0) / PROBE_USD;
  }
  const needed = Math.max(0, target - capacity0);
  const solver = await loadSolver();
  const solution = solver.solve(categoryMixLp(yields, needed, bounds), { output_flag: false });
  if (solution.Status === 'Infeasible') {
    return {
      feasible: false,
      illustrative: prep.illustrative,
      binding: 'CATEGORY_LIMITS',
      message:
        `No spending within the category limits reaches ${groupedWhole(target)} ` +
        `labor survivors served in ${byYear}; raise a maximum amount or share.`,
    };
  }
  if (solution.Status !== 'Optimal') {
    throw new Error(`The category-mix LP ended with status "${solution.Status}", not "Optimal".`);
  }
  const amounts = {} as Record<Category, number>;
  let total = 0;
  for (const c of SCENARIO_SERVICE_CATEGORIES) {
    const col = solution.Columns[variable(c)];
    const usd = col !== undefined && 'Primal' in col ? Math.max(0, col.Primal) * UNIT_USD : 0;
    amounts[c] = usd;
    total += usd;
  }
  const mix = {} as Record<Category, number>;
  for (const c of SCENARIO_SERVICE_CATEGORIES) mix[c] = total > 0 ? amounts[c] / total : 0;
  const levers: ResolvedLevers = {
    ...ZERO_LEVERS,
    newMoneyPerYear: total,
    categoryMix: total > 0 ? mix : null,
  };
  const result = runPrepared(prep, levers);
  const yieldPerMillion = {} as Record<Category, number>;
  for (const c of SCENARIO_SERVICE_CATEGORIES) yieldPerMillion[c] = yields[c] * 1e6;
  return {
    feasible: true,
    illustrative: prep.illustrative,
    newMoneyPerYear: total,
    amounts,
    mix,
    yieldPerMillion,
    laborServed: result.years[y]!.labor.survivorsServed,
    result,
  };
}

function oneHot(c: Category): Record<Category, number> {
  const mix = {} as Record<Category, number>;
  for (const k of SCENARIO_SERVICE_CATEGORIES) mix[k] = k === c ? 1 : 0;
  return mix;
}
