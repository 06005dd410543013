/**
 * The numeric core of the scenario model, shared by runScenario, the Monte Carlo run, the tornado
 * and goal seek. It works on flat numbers and preallocated typed arrays so that 10,000 draws do
 * not allocate in the inner loop.
 *
 * Workforce model, per type t (index 0 = LABOR, 1 = SEX) and projection year y = 1..H:
 *
 *   FTE(y)   = (budget(y) - training(y)) * staffCostShare / costPerFte
 *   W_a(y)   = full-experience capacity (survivors/year) of staff with a completed years of tenure,
 *              a = 0..A, the last bucket A = ceil(k) holding everyone at full experience
 *   x_a(y)   = min(1, x0 + (1 - x0) * a / kEff(y)),   kEff(y) = k * (1 - rampEffect * trained(y))
 *              (x_a = 1 when kEff = 0: no ramp)
 *   1. turnover and ageing:   W_{a+1} <- (1 - tau) * W_a,   W_A <- (1 - tau) * (W_{A-1} + W_A)
 *   2. target capacity:       T(y) = c * FTE0 + cPlus * (FTE(y) - FTE0)   if FTE(y) >= FTE0
 *                             T(y) = c * FTE(y)                            otherwise (cuts are pro rata)
 *   3. hiring or layoffs:     W_0 = T - sum(W) new hires at x0 when positive;
 *                             otherwise the shortfall is laid off last in, first out
 *   4. capacity:              C(y) = sum_a W_a * x_a(y)
 *   5. served and unmet:      S(y) = min(C(y), Nr(y)),  U(y) = Nr(y) - S(y),
 *                             N(y) = N0 * (1 + g)^y  (the need basis' figure),
 *                             Nr(y) = max(N0, served0) * (1 + g)^y  (reachable need: survivors already
 *                             served were in need, whatever a count such as hotline cases says)
 *   6. equity ratio:          e_L(y) = (B_L / (B_L + B_S + B_Sh)) / (N_L / (N_L + N_S)), with B_Sh the
 *                             sex part of shared funding (never shifted) and N the figures, not Nr
 *
 * Base year y = 0: the workforce is in steady state under the observed turnover tauBase,
 *   W_a = W0 * tauBase * (1 - tauBase)^a (a < A),  W_A = W0 * (1 - tauBase)^A,  W0 = c * FTE0,
 * with mean experience xbar0 = sum_a share_a * x_a(0). Calibration: unless overridden, the caseload
 * per experienced FTE is c = served0 / (FTE0 * xbar0), so C(0) equals the observed survivors served.
 * Added money buys capacity at cPlus = c * cpsRef / cpsMarginal: the baseline rate, scaled by how the
 * cost per survivor of what it funds (the category mix) compares with the type's cost per survivor.
 */

export const LABOR = 0;
export const SEX = 1;

/** Tenure buckets are sized for the largest yearsToFullExperience the validator accepts. */
export const MAX_YEARS_TO_FULL_EXPERIENCE = 10;
export const MAX_BUCKETS = MAX_YEARS_TO_FULL_EXPERIENCE + 1;

export interface TypeKernel {
  /** Observed turnover: sets the base-year workforce and the calibration. */
  baseTurnover: number;
  /** Turnover in projection years. */
  turnover: number;
  served0: number;
  need0: number;
  needGrowth: number;
  /** Caseload per experienced FTE; NaN = calibrate to served0. */
  caseload: number;
  /** Multiplies the caseload (calibrated or given); Monte Carlo draws it. */
  caseloadFactor: number;
  cpsRef: number;
  cpsMarginal: number;
}

export interface KernelParams {
  types: [TypeKernel, TypeKernel];
  initialExperience: number;
  yearsToFullExperience: number;
  trainingRampEffect: number;
}

/** Budgets and staffing by type and year, [t * (H + 1) + y]; independent of uncertain inputs. */
export interface Schedule {
  horizon: number;
  budget: Float64Array;
  training: Float64Array;
  fte: Float64Array;
  trainedShare: Float64Array;
  /**
   * The sex part of BOTH/UNSPECIFIED funding under the attribution rule (USD/year): counted in the
   * equity ratio as sex's, never shifted and not modelled as staff (no service record matches it).
   */
  sexShared: number;
}

/** Per type and year, [t * (H + 1) + y]. */
export interface SimOutput {
  capacity: Float64Array;
  served: Float64Array;
  unmet: Float64Array;
  /** Reachable need: the figure, or the survivors already served when that is more. */
  need: Float64Array;
  /** The need basis' figure (grown), which the equity ratio uses. */
  needFigure: Float64Array;
  experience: Float64Array;
  /** NaN when a denominator is 0. */
  equity: Float64Array;
}

export function createSimOutput(horizon: number): SimOutput {
  const n = 2 * (horizon + 1);
  return {
    capacity: new Float64Array(n),
    served: new Float64Array(n),
    unmet: new Float64Array(n),
    need: new Float64Array(n),
    needFigure: new Float64Array(n),
    experience: new Float64Array(n),
    equity: new Float64Array(n),
  };
}

/** Experience factor after a completed years: x0 rising linearly to 1 over kEff years. */
export function experienceAt(a: number, x0: number, kEff: number): number {
  if (kEff <= 0) return 1;
  const x = x0 + ((1 - x0) * a) / kEff;
  return x < 1 ? x : 1;
}

/** Number of tenure buckets past 0 needed so the last one is fully experienced. */
export function bucketCount(k: number): number {
  return Math.max(1, Math.ceil(k - 1e-9));
}

/** Mean experience of a steady-state workforce: sum_a tau (1-tau)^a x_a + (1-tau)^A x_A. */
export function steadyStateExperience(
  tau: number,
  x0: number,
  kEff: number,
  buckets: number,
): number {
  let survive = 1;
  let mean = 0;
  for (let a = 0; a < buckets; a++) {
    mean += tau * survive * experienceAt(a, x0, kEff);
    survive *= 1 - tau;
  }
  return mean + survive * experienceAt(buckets, x0, kEff);
}

/** Calibrated caseload per experienced FTE: c = served0 / (FTE0 * xbar0); 0 when undefined. */
export function calibratedCaseload(served0: number, fte0: number, xbar0: number): number {
  return fte0 > 0 && xbar0 > 0 ? served0 / (fte0 * xbar0) : 0;
}

function simulateType(
  t: number,
  p: KernelParams,
  s: Schedule,
  buckets: number,
  w: Float64Array,
  out: SimOutput,
): void {
  const tk = p.types[t]!;
  const h1 = s.horizon + 1;
  const off = t * h1;
  const x0 = p.initialExperience;
  const k = p.yearsToFullExperience;
  const ramp = p.trainingRampEffect;
  const fte0 = s.fte[off]!;

  // Base year: steady state under the observed turnover.
  const kEff0 = k * (1 - ramp * s.trainedShare[off]!);
  const tauB = tk.baseTurnover;
  let survive = 1;
  let xbar0 = 0;
  for (let a = 0; a <= buckets; a++) {
    const share = a < buckets ? tauB * survive : survive;
    w[a] = share;
    xbar0 += share * experienceAt(a, x0, kEff0);
    survive *= 1 - tauB;
  }
  const c0 = Number.isNaN(tk.caseload) ? calibratedCaseload(tk.served0, fte0, xbar0) : tk.caseload;
  const c = c0 * tk.caseloadFactor;
  const cPlus = (c * tk.cpsRef) / tk.cpsMarginal;
  const w0 = c * fte0;
  for (let a = 0; a <= buckets; a++) w[a] = w[a]! * w0;

  const tau = tk.turnover;
  let need = tk.need0;
  let reachable = Math.max(tk.need0, tk.served0);
  const growth = 1 + tk.needGrowth;
  for (let y = 0; y < h1; y++) {
    const i = off + y;
    if (y > 0) {
      need *= growth;
      reachable *= growth;
      // 1. turnover and ageing
      w[buckets] = (1 - tau) * (w[buckets]! + w[buckets - 1]!);
      for (let a = buckets - 1; a > 0; a--) w[a] = (1 - tau) * w[a - 1]!;
      w[0] = 0;
      let staying = 0;
      for (let a = 1; a <= buckets; a++) staying += w[a]!;
      // 2. target capacity
      const fte = s.fte[i]!;
      const target = fte >= fte0 ? c * fte0 + cPlus * (fte - fte0) : c * fte;
      // 3. hires at x0, or last-in-first-out layoffs
      if (target >= staying) {
        w[0] = target - staying;
      } else {
        let excess = staying - target;
        for (let a = 1; a <= buckets && excess > 0; a++) {
          const cut = w[a]! < excess ? w[a]! : excess;
          w[a] = w[a]! - cut;
          excess -= cut;
        }
      }
    }
    // 4. capacity
    const kEff = k * (1 - ramp * s.trainedShare[i]!);
    let capacity = 0;
    let total = 0;
    for (let a = 0; a <= buckets; a++) {
      capacity += w[a]! * experienceAt(a, x0, kEff);
      total += w[a]!;
    }
    // 5. served and unmet need
    const served = capacity < reachable ? capacity : reachable;
    out.capacity[i] = capacity;
    out.served[i] = served;
    out.unmet[i] = reachable - served;
    out.need[i] = reachable;
    out.needFigure[i] = need;
    out.experience[i] = total > 0 ? capacity / total : Number.NaN;
  }
}

/** Runs both types over the schedule; `work` needs MAX_BUCKETS + 1 slots. */
export function simulate(p: KernelParams, s: Schedule, work: Float64Array, out: SimOutput): void {
  const buckets = bucketCount(p.yearsToFullExperience);
  simulateType(LABOR, p, s, buckets, work, out);
  simulateType(SEX, p, s, buckets, work, out);
  const h1 = s.horizon + 1;
  for (let y = 0; y < h1; y++) {
    const bL = s.budget[y]!;
    const bS = s.budget[h1 + y]! + s.sexShared;
    const nL = out.needFigure[y]!;
    const nS = out.needFigure[h1 + y]!;
    const budgets = bL + bS;
    const needs = nL + nS;
    out.equity[y] = equityRatio(bL, budgets, nL, needs);
    out.equity[h1 + y] = equityRatio(bS, budgets, nS, needs);
  }
}

/** e = (R_t / R) / (N_t / N); NaN when any denominator is 0. */
export function equityRatio(r: number, rTotal: number, n: number, nTotal: number): number {
  if (rTotal <= 0 || nTotal <= 0 || n <= 0) return Number.NaN;
  return r / rTotal / (n / nTotal);
}
