/**
 * Tornado: each uncertain input swung to its low and then its high while the others stay at their
 * point values; bars ranked by the swing of the headline output (default: labor survivors served
 * summed over the horizon).
 */
import { ZERO_LEVERS } from './compile';
import { createSimOutput, LABOR, MAX_BUCKETS, SEX, simulate, type SimOutput } from './kernel';
import { compileScenario, prepareScenario } from './model';
import { applierFor, cloneKernel, uncertainInputs } from './montecarlo';
import type { ScenarioInput, TornadoBar, TornadoMetric, TornadoResult } from './types';
import { TORNADO_METRICS } from './types';
import { ScenarioInputError } from './validate';

function sumYears(a: Float64Array, t: number, h1: number): number {
  let s = 0;
  for (let y = 1; y < h1; y++) s += a[t * h1 + y]!;
  return s;
}

/** The metric from a scenario run and its zero-lever run; null when undefined. */
function metricOf(metric: TornadoMetric, s: SimOutput, z: SimOutput, h1: number): number | null {
  switch (metric) {
    case 'laborServedTotal':
      return sumYears(s.served, LABOR, h1);
    case 'laborServedGain':
      return sumYears(s.served, LABOR, h1) - sumYears(z.served, LABOR, h1);
    case 'sexServedTotal':
      return sumYears(s.served, SEX, h1);
    case 'laborEquityRatioFinal': {
      const e = s.equity[h1 - 1]!;
      return Number.isFinite(e) ? e : null;
    }
  }
}

/** Ranks the uncertain inputs by how far their low..high range moves `metric`. */
export function tornado(
  input: ScenarioInput,
  options: { metric?: TornadoMetric } = {},
): TornadoResult {
  const metric = options.metric ?? 'laborServedTotal';
  if (!(TORNADO_METRICS as readonly string[]).includes(metric)) {
    throw new ScenarioInputError([
      {
        field: 'options.metric',
        message: `metric must be one of ${TORNADO_METRICS.join(', ')} (got ${String(metric)})`,
      },
    ]);
  }
  const prep = prepareScenario(input);
  const h1 = prep.horizon + 1;
  const scenario = compileScenario(prep, prep.levers);
  const zero = compileScenario(prep, ZERO_LEVERS);
  const work = new Float64Array(MAX_BUCKETS + 1);
  const outS = createSimOutput(prep.horizon);
  const outZ = createSimOutput(prep.horizon);

  const run = (apply?: (kS: typeof scenario.kernel, kZ: typeof zero.kernel) => void) => {
    const kS = cloneKernel(scenario.kernel);
    const kZ = cloneKernel(zero.kernel);
    apply?.(kS, kZ);
    simulate(kS, scenario.schedule, work, outS);
    simulate(kZ, zero.schedule, work, outZ);
    return metricOf(metric, outS, outZ, h1);
  };

  const baseOutput = run();
  const bars: TornadoBar[] = uncertainInputs(prep).map((inp) => {
    const apply = applierFor(inp.key);
    const at = (v: number) =>
      run((kS, kZ) => {
        apply(kS, scenario.kernel, v, inp.mode);
        apply(kZ, zero.kernel, v, inp.mode);
      });
    const outputAtLow = at(inp.low);
    const outputAtHigh = at(inp.high);
    return {
      key: inp.key,
      label: inp.label,
      unit: inp.unit,
      value: inp.mode,
      low: inp.low,
      high: inp.high,
      outputAtLow,
      outputAtHigh,
      swing:
        outputAtLow === null || outputAtHigh === null ? 0 : Math.abs(outputAtHigh - outputAtLow),
    };
  });
  bars.sort((a, b) => b.swing - a.swing);
  return { metric, baseOutput, bars };
}
