/**
 * Goal seek: the smallest shift f (and/or new money M) that brings labor's equity ratio in year Y
 * to a target, keeping SEX survivors served at or above a floor (share of the zero-lever run) in
 * every projection year.
 *
 * Labor's equity ratio rises with f and with M (both raise labor's budget share; need does not
 * depend on levers), and SEX survivors served fall with f (a smaller budget never buys more
 * capacity: see kernel.ts, cuts are pro rata and layoffs last in, first out), so each condition
 * holds on an interval and bisection finds its end. The answer is re-run through runScenario.
 */
import { buildSchedule, ZERO_LEVERS } from './compile';
import { createSimOutput, MAX_BUCKETS, SEX, simulate } from './kernel';
import { compileScenario, prepareScenario, runPrepared, type PreparedScenario } from './model';
import type {
  BindingConstraint,
  GoalSeekAnswer,
  GoalSeekOptions,
  GoalSeekResult,
  ResolvedLevers,
  ScenarioInput,
  ScenarioValidationIssue,
} from './types';
import { GOAL_SEEK_LEVERS } from './types';
import { ScenarioInputError } from './validate';
import { groupedWhole } from '../wholeNumber';

const BISECTION_STEPS = 80;

interface Evaluation {
  equity: number;
  floorOk: boolean;
}

function checkOptions(prep: PreparedScenario, o: GoalSeekOptions) {
  const issues: ScenarioValidationIssue[] = [];
  const lastYear = prep.baseYear + prep.horizon;
  const target = o.targetEquityRatio ?? 1;
  const byYear = o.byYear ?? lastYear;
  const lever = o.lever ?? 'shift';
  const sexFloor = o.sexFloor ?? 1;
  const totalBudget = prep.params['labor.budget'].value + prep.params['sex.budget'].value;
  const maxNewMoney = o.maxNewMoneyPerYear ?? 100 * Math.max(totalBudget, 1);
  if (!(Number.isFinite(target) && target > 0 && target <= 100)) {
    issues.push({
      field: 'options.targetEquityRatio',
      message: `targetEquityRatio must be above 0 and at most 100 (got ${target})`,
    });
  }
  if (!(Number.isInteger(byYear) && byYear > prep.baseYear && byYear <= lastYear)) {
    issues.push({
      field: 'options.byYear',
      message: `byYear must be a year from ${prep.baseYear + 1} to ${lastYear} (got ${byYear})`,
    });
  }
  if (!(GOAL_SEEK_LEVERS as readonly string[]).includes(lever)) {
    issues.push({
      field: 'options.lever',
      message: `lever must be one of ${GOAL_SEEK_LEVERS.join(', ')} (got ${String(lever)})`,
    });
  }
  if (!(Number.isFinite(sexFloor) && sexFloor >= 0 && sexFloor <= 1)) {
    issues.push({
      field: 'options.sexFloor',
      message: `sexFloor must be between 0 and 1 (got ${sexFloor})`,
    });
  }
  if (!(Number.isFinite(maxNewMoney) && maxNewMoney >= 0)) {
    issues.push({
      field: 'options.maxNewMoneyPerYear',
      message: `maxNewMoneyPerYear must be a number of USD/year, 0 or more (got ${maxNewMoney})`,
    });
  }
  if (issues.length > 0) throw new ScenarioInputError(issues);
  return { target, byYear, lever, sexFloor, maxNewMoney };
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const usd = (x: number): string => `${groupedWhole(x)} USD/year`;
const ratio = (x: number): string => (Number.isFinite(x) ? x.toFixed(2) : 'undefined');

/** Sizes a lever so labor's equity ratio reaches the target by byYear; see the module comment. */
export function goalSeek(input: ScenarioInput, options: GoalSeekOptions = {}): GoalSeekResult {
  const prep = prepareScenario(input);
  const { target, byYear, lever, sexFloor, maxNewMoney } = checkOptions(prep, options);
  const h1 = prep.horizon + 1;
  const yIndex = byYear - prep.baseYear;
  const sexBudget = prep.params['sex.budget'].value;
  const { kernel } = compileScenario(prep, prep.levers); // levers change budgets only
  const work = new Float64Array(MAX_BUCKETS + 1);
  const out = createSimOutput(prep.horizon);

  simulate(
    compileScenario(prep, ZERO_LEVERS).kernel,
    buildSchedule(prep.params, ZERO_LEVERS, prep.horizon, prep.sexShared),
    work,
    out,
  );
  const sexFloorServed = new Float64Array(h1);
  for (let y = 1; y < h1; y++) sexFloorServed[y] = sexFloor * out.served[SEX * h1 + y]!;

  let evaluations = 0;
  const evaluate = (levers: ResolvedLevers): Evaluation => {
    evaluations++;
    simulate(kernel, buildSchedule(prep.params, levers, prep.horizon, prep.sexShared), work, out);
    let floorOk = true;
    // No slack: with no shift, SEX runs bit for bit as in the zero-lever run, so f = 0 passes.
    for (let y = 1; y < h1; y++) {
      if (out.served[SEX * h1 + y]! < sexFloorServed[y]!) floorOk = false;
    }
    return { equity: out.equity[yIndex]!, floorOk };
  };
  const withShift = (l: ResolvedLevers, f: number): ResolvedLevers => ({
    ...l,
    shiftFraction: f,
    shiftAmount: f * sexBudget,
  });
  const withMoney = (l: ResolvedLevers, m: number): ResolvedLevers => ({
    ...l,
    newMoneyPerYear: m,
  });
  const reaches = (l: ResolvedLevers): boolean => evaluate(l).equity >= target;
  /** Given !ok(lo) and ok(hi), narrows [lo, hi] around the switch: returns [lo, hi]. */
  const bisect = (lo: number, hi: number, ok: (x: number) => boolean): [number, number] => {
    for (let i = 0; i < BISECTION_STEPS && hi - lo > 1e-12 * Math.max(1, hi); i++) {
      const mid = (lo + hi) / 2;
      if (ok(mid)) hi = mid;
      else lo = mid;
    }
    return [lo, hi];
  };
  const answer = (l: ResolvedLevers): GoalSeekAnswer => {
    const e = evaluate(l).equity;
    return {
      shiftFraction: l.shiftFraction,
      shiftAmount: l.shiftAmount,
      newMoneyPerYear: l.newMoneyPerYear,
      equityRatio: Number.isFinite(e) ? e : null,
    };
  };
  const found = (l: ResolvedLevers): GoalSeekResult => ({
    reachable: true,
    illustrative: prep.illustrative,
    target,
    byYear,
    answer: answer(l),
    result: runPrepared(prep, l),
    evaluations,
  });
  const fail = (
    binding: BindingConstraint,
    message: string,
    best: ResolvedLevers,
  ): GoalSeekResult => ({
    reachable: false,
    illustrative: prep.illustrative,
    target,
    byYear,
    binding,
    message,
    best: answer(best),
    evaluations,
  });

  const floorText = `${pct(sexFloor)} of the sex-trafficking survivors served without the scenario`;
  const goal = `a labor equity ratio of ${ratio(target)} by ${byYear}`;
  type Sought = { levers: ResolvedLevers; binding: BindingConstraint | null; message?: string };

  /** Smallest shift reaching the target, or why none does (with the furthest feasible shift). */
  const seekShift = (base: ResolvedLevers): Sought => {
    const at = (f: number) => withShift(base, f);
    if (reaches(at(0))) return { levers: at(0), binding: null };
    let fFloor = 1;
    if (!evaluate(at(1)).floorOk) {
      // the largest shift within the floor: the feasible end of the bracket around the switch
      fFloor = bisect(0, 1, (f) => !evaluate(at(f)).floorOk)[0];
      if (fFloor < 1e-9) fFloor = 0;
    }
    if (reaches(at(fFloor))) {
      return { levers: at(bisect(0, fFloor, (f) => reaches(at(f)))[1]), binding: null };
    }
    return { levers: at(fFloor), binding: fFloor < 1 ? 'SEX_FLOOR' : 'SHIFT_LIMIT' };
  };

  /** Smallest new money reaching the target on top of `base`, or why none does. */
  const seekMoney = (base: ResolvedLevers): Sought => {
    const at = (m: number) => withMoney(base, m);
    if (!evaluate(at(0)).floorOk) {
      const message =
        `The shift of ${pct(base.shiftFraction)} of sex-only funding already serves fewer than ` +
        `${floorText}; lower the shift or the floor.`;
      return { levers: at(0), binding: 'SEX_FLOOR', message };
    }
    if (reaches(at(0))) return { levers: at(0), binding: null };
    // As M grows, labor's budget share tends to 1 while sex-only funding remains.
    const needL = out.needFigure[yIndex]!;
    const needS = out.needFigure[h1 + yIndex]!;
    const ceiling = needL > 0 ? (needL + needS) / needL : Number.POSITIVE_INFINITY;
    if (target >= ceiling) {
      const message =
        `While sex-only funding remains, labor's equity ratio in ${byYear} stays below ` +
        `1 / (labor need share) = ${ratio(ceiling)} whatever the new money, so ${ratio(target)} ` +
        `cannot be reached without shifting more sex-only funding than the constraints allow.`;
      return { levers: at(maxNewMoney), binding: 'EQUITY_CEILING', message };
    }
    let hi = Math.max(1, prep.params['labor.budget'].value + sexBudget);
    while (hi < maxNewMoney && !reaches(at(hi))) hi *= 2;
    if (hi >= maxNewMoney) {
      hi = maxNewMoney;
      if (!reaches(at(hi))) return { levers: at(hi), binding: 'NEW_MONEY_LIMIT' };
    }
    return { levers: at(bisect(0, hi, (m) => reaches(at(m)))[1]), binding: null };
  };

  const explain = (binding: BindingConstraint, best: ResolvedLevers): string => {
    const e = ratio(evaluate(best).equity);
    switch (binding) {
      case 'SEX_FLOOR':
        return (
          `No shift reaches ${goal} while serving at least ${floorText}: the largest shift within ` +
          `that floor is ${pct(best.shiftFraction)} of sex-only funding, giving ${e}. ` +
          `Add new money or lower the floor.`
        );
      case 'SHIFT_LIMIT':
        return (
          `Shifting all sex-only funding (phased in by ${byYear}) gives a labor equity ratio of ${e}, ` +
          `short of ${ratio(target)}; new money is needed.`
        );
      case 'EQUITY_CEILING': // explained where it is found
      case 'NEW_MONEY_LIMIT':
        return `Even ${usd(best.newMoneyPerYear)} of new money gives ${e}, short of ${goal}.`;
    }
  };

  const start = prep.levers;
  let result: Sought;
  if (lever === 'shift') {
    result = seekShift(start);
  } else if (lever === 'newMoney') {
    result = seekMoney(start);
  } else {
    result = seekShift(start);
    if (result.binding === 'SEX_FLOOR' || result.binding === 'SHIFT_LIMIT') {
      result = seekMoney(result.levers);
    }
  }
  return result.binding === null
    ? found(result.levers)
    : fail(result.binding, result.message ?? explain(result.binding, result.levers), result.levers);
}
