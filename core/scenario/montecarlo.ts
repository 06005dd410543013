/**
 * Monte Carlo bands: every uncertain input (ScenarioParameter.distribution === 'triangular') is
 * drawn triangular(low, value, high) from a seeded sfc32 stream, in a fixed order, one uniform per
 * input per draw; the scenario and its zero-lever baseline are run on the same draw, and each
 * output's p10/p50/p90 per year is selected from a typed array (quantile.ts: linear interpolation
 * between order statistics, as d3.quantile and numpy's default). Same input and seed, same bands.
 */
import { createRng, triangularFromUniform } from '../random';
import { ZERO_LEVERS } from './compile';
import { VARIABLE_KEYS } from './defaults';
import { createSimOutput, LABOR, MAX_BUCKETS, SEX, simulate, type KernelParams } from './kernel';
import { compileScenario, prepareScenario, type PreparedScenario } from './model';
import { quantilesInPlace } from './quantile';
import {
  MONTE_CARLO_OUTPUTS,
  type Band,
  type MonteCarloOptions,
  type MonteCarloOutput,
  type MonteCarloResult,
  type ParameterKey,
  type Quantiles,
  type ScenarioInput,
  type UncertainInput,
} from './types';
import { ScenarioInputError } from './validate';

export const DEFAULT_DRAWS = 1_000;
export const MAX_DRAWS = 1_000_000;

/** Sets one drawn value into kernel parameters; `point` is the parameter's point value. */
type Applier = (k: KernelParams, pointK: KernelParams, value: number, point: number) => void;

/** How each variable parameter enters the kernel. */
export function applierFor(key: ParameterKey): Applier {
  const t = key.startsWith('sex.') ? SEX : LABOR;
  switch (key) {
    case 'labor.costPerSurvivor':
      // Priced relative to the type's cost: the draw moves the marginal cost (mix or average).
      return (k, pk, v, point) => {
        k.types[LABOR].cpsMarginal = (pk.types[LABOR].cpsMarginal * v) / point;
      };
    case 'labor.turnoverRate':
    case 'sex.turnoverRate':
      return (k, _pk, v) => {
        k.types[t].turnover = v;
      };
    case 'labor.caseload':
    case 'sex.caseload':
      // A factor on the caseload, so a calibrated caseload is recalibrated for the drawn ramp.
      return (k, _pk, v, point) => {
        k.types[t].caseloadFactor = v / point;
      };
    case 'labor.need':
    case 'sex.need':
      return (k, _pk, v) => {
        k.types[t].need0 = v;
      };
    case 'labor.needGrowth':
    case 'sex.needGrowth':
      return (k, _pk, v) => {
        k.types[t].needGrowth = v;
      };
    case 'initialExperience':
      return (k, _pk, v) => {
        k.initialExperience = v;
      };
    case 'yearsToFullExperience':
      return (k, _pk, v) => {
        k.yearsToFullExperience = v;
      };
    case 'trainingRampEffect':
      return (k, _pk, v) => {
        k.trainingRampEffect = v;
      };
    default:
      throw new Error(`${key} is not a variable parameter of the scenario kernel`);
  }
}

export function cloneKernel(k: KernelParams): KernelParams {
  return { ...k, types: [{ ...k.types[0] }, { ...k.types[1] }] };
}

/** The uncertain inputs of a prepared scenario, in draw order. */
export function uncertainInputs(prep: PreparedScenario): UncertainInput[] {
  return VARIABLE_KEYS.map((key) => prep.params[key])
    .filter((p) => p.distribution === 'triangular')
    .map((p) => ({
      key: p.key,
      label: p.label,
      unit: p.unit,
      low: p.low,
      mode: p.value,
      high: p.high,
      distribution: 'triangular' as const,
    }));
}

const QUANTILES = [0.1, 0.5, 0.9] as const;

/** p10/p50/p90 of a column (reordered in place); NaN values (undefined ratios) are left out. */
function columnQuantiles(col: Float64Array): Quantiles {
  const [p10 = null, p50 = null, p90 = null] = quantilesInPlace(col, QUANTILES);
  return { p10, p50, p90 };
}

function checkOptions(options: MonteCarloOptions): { draws: number; seed: number } {
  const draws = options.draws ?? DEFAULT_DRAWS;
  const seed = options.seed ?? 1;
  const issues = [];
  if (!Number.isInteger(draws) || draws < 1 || draws > MAX_DRAWS) {
    issues.push({
      field: 'options.draws',
      message: `draws must be a whole number between 1 and ${MAX_DRAWS} (got ${draws})`,
    });
  }
  if (!Number.isInteger(seed)) {
    issues.push({ field: 'options.seed', message: `seed must be a whole number (got ${seed})` });
  }
  if (issues.length > 0) throw new ScenarioInputError(issues);
  return { draws, seed };
}

const OUTPUTS = MONTE_CARLO_OUTPUTS.length;
const TOTALS = ['laborServed', 'laborServedGain', 'laborUnmetNeed', 'sexServed', 'sexServedChange'];

/** Monte Carlo p10/p50/p90 bands of the scenario's outputs per year and over the horizon. */
export function runMonteCarlo(
  input: ScenarioInput,
  options: MonteCarloOptions = {},
): MonteCarloResult {
  const { draws, seed } = checkOptions(options);
  const prep = prepareScenario(input);
  const h1 = prep.horizon + 1;
  const scenario = compileScenario(prep, prep.levers);
  const zero = compileScenario(prep, ZERO_LEVERS);
  const kS = cloneKernel(scenario.kernel);
  const kZ = cloneKernel(zero.kernel);
  const inputs = uncertainInputs(prep);
  const appliers = inputs.map((i) => applierFor(i.key));
  const outS = createSimOutput(prep.horizon);
  const outZ = createSimOutput(prep.horizon);
  const work = new Float64Array(MAX_BUCKETS + 1);
  const rowsPerOutput = 2 * h1;
  const store = new Float64Array((OUTPUTS * rowsPerOutput + TOTALS.length) * draws);
  const totalsBase = OUTPUTS * rowsPerOutput * draws;
  const budget = scenario.schedule.budget;
  const rng = createRng(seed);

  for (let d = 0; d < draws; d++) {
    for (let j = 0; j < inputs.length; j++) {
      const inp = inputs[j]!;
      const v = triangularFromUniform(rng(), inp.low, inp.mode, inp.high);
      appliers[j]!(kS, scenario.kernel, v, inp.mode);
      appliers[j]!(kZ, zero.kernel, v, inp.mode);
    }
    simulate(kS, scenario.schedule, work, outS);
    simulate(kZ, zero.schedule, work, outZ);
    let laborServed = 0;
    let laborGain = 0;
    let laborUnmet = 0;
    let sexServed = 0;
    let sexChange = 0;
    for (let r = 0; r < rowsPerOutput; r++) {
      const served = outS.served[r]!;
      const gain = served - outZ.served[r]!;
      // rows of output o start at o * rowsPerOutput; a row holds one value per draw
      store[(0 * rowsPerOutput + r) * draws + d] = served;
      store[(1 * rowsPerOutput + r) * draws + d] = gain;
      store[(2 * rowsPerOutput + r) * draws + d] = outS.unmet[r]!;
      store[(3 * rowsPerOutput + r) * draws + d] = outS.capacity[r]!;
      store[(4 * rowsPerOutput + r) * draws + d] = served > 0 ? budget[r]! / served : Number.NaN;
      store[(5 * rowsPerOutput + r) * draws + d] = outS.equity[r]!;
      if (r % h1 === 0) continue; // totals cover years 1..H
      if (r < h1) {
        laborServed += served;
        laborGain += gain;
        laborUnmet += outS.unmet[r]!;
      } else {
        sexServed += served;
        sexChange += gain;
      }
    }
    store[totalsBase + d] = laborServed;
    store[totalsBase + draws + d] = laborGain;
    store[totalsBase + 2 * draws + d] = laborUnmet;
    store[totalsBase + 3 * draws + d] = sexServed;
    store[totalsBase + 4 * draws + d] = sexChange;
  }

  const column = (row: number): Float64Array => store.subarray(row * draws, (row + 1) * draws);
  const bandsFor = (t: number): Record<MonteCarloOutput, Band> => {
    const bands = {} as Record<MonteCarloOutput, Band>;
    MONTE_CARLO_OUTPUTS.forEach((name, o) => {
      const band: Band = { p10: [], p50: [], p90: [] };
      for (let y = 0; y < h1; y++) {
        const q = columnQuantiles(column(o * rowsPerOutput + t * h1 + y));
        band.p10.push(q.p10);
        band.p50.push(q.p50);
        band.p90.push(q.p90);
      }
      bands[name] = band;
    });
    return bands;
  };
  const totalRow = (i: number): Quantiles => columnQuantiles(column(OUTPUTS * rowsPerOutput + i));
  return {
    seed,
    draws,
    baseYear: prep.baseYear,
    years: Array.from({ length: h1 }, (_, y) => prep.baseYear + y),
    labor: bandsFor(LABOR),
    sex: bandsFor(SEX),
    totals: {
      laborServed: totalRow(0),
      laborServedGain: totalRow(1),
      laborUnmetNeed: totalRow(2),
      sexServed: totalRow(3),
      sexServedChange: totalRow(4),
    },
    inputs,
    illustrative: prep.illustrative,
  };
}
