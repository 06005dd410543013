/**
 * Timings of the scenario engine: `npx tsx tests/bench/scenario.bench.ts`.
 * A plain script (not a vitest file). Targets from the issue: 10,000 Monte Carlo draws over a
 * 10-year horizon under 300 ms in Node on one core; goal seek under 1 s.
 */
import {
  goalSeek,
  runMonteCarlo,
  runScenario,
  solveCategoryMix,
  tornado,
} from '../../core/scenario/index';
import type { ScenarioInput } from '../../core/scenario/types';
import { demoBaseline } from '../core/scenario/fixtures';

const input: ScenarioInput = {
  baseline: demoBaseline(),
  horizonYears: 10,
  levers: { shiftFraction: 0.1, phaseInYears: 3, newMoneyPerYear: 1_000_000, trainingShare: 0.05 },
};

function quantile(sorted: number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo]!;
  return lo + 1 < sorted.length ? a + (h - lo) * (sorted[lo + 1]! - a) : a;
}

async function time(name: string, runs: number, fn: () => unknown, target?: number): Promise<void> {
  await fn(); // warm-up: JIT and lazy loading
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  const median = quantile(ms, 0.5);
  const p95 = quantile(ms, 0.95);
  const verdict =
    target === undefined
      ? ''
      : median < target
        ? `  (target < ${target} ms: met)`
        : `  (target < ${target} ms: MISSED)`;
  console.log(
    `${name.padEnd(46)} median ${median.toFixed(1).padStart(7)} ms   p95 ${p95.toFixed(1).padStart(7)} ms   n=${runs}${verdict}`,
  );
}

console.log(`Node ${process.version}, horizon 10 years, demo-like baseline`);
await time('runScenario (deterministic + baseline run)', 200, () => runScenario(input));
await time(
  'Monte Carlo 10,000 draws x 10 years',
  20,
  () => runMonteCarlo(input, { draws: 10_000, seed: 7 }),
  300,
);
await time('tornado (10 inputs, low and high)', 50, () => tornado(input));
const seekInput: ScenarioInput = { ...input, levers: {} };
await time(
  'goal seek: shift, sex floor 80%',
  20,
  () => goalSeek(seekInput, { lever: 'shift', sexFloor: 0.8, targetEquityRatio: 0.8 }),
  1000,
);
await time('goal seek: new money', 20, () => goalSeek(seekInput, { lever: 'newMoney' }), 1000);
await time(
  'goal seek: shift then new money, floor 80%',
  20,
  () => goalSeek(seekInput, { lever: 'shiftThenNewMoney', sexFloor: 0.8 }),
  1000,
);
await time('category mix LP (highs, 6 categories)', 20, () =>
  solveCategoryMix(input, {
    targetLaborServed: 900,
    bounds: { CASE_MANAGEMENT: { maxShare: 0.4 } },
  }),
);
