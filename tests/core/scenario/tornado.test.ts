import { describe, expect, it } from 'vitest';
import {
  runScenario,
  ScenarioInputError,
  tornado,
  type ScenarioInput,
} from '../../../core/scenario/index';
import { demoBaseline, STATIC_PARAMS, staticBaseline } from './fixtures';

// Static, calibrated: labor 100 survivors for 1,000,000 (10,000 each); +1,000,000 new money a year.
const staticInput: ScenarioInput = {
  baseline: staticBaseline(),
  levers: { newMoneyPerYear: 1_000_000 },
  params: STATIC_PARAMS,
};

describe('tornado', () => {
  it('ranks inputs by their swing of labor survivors served over the horizon (hand-checked)', () => {
    // Base: 200 a year x 5 = 1,000.
    // labor.caseload x0.8..x1.2 scales all labor capacity: 160 x 5 = 800 .. 240 x 5 = 1,200 (swing 400).
    // labor.costPerSurvivor 7,500..15,000 prices the new money:
    //   100 + 100 x 10,000/7,500 = 233.33 -> 1,166.67;  100 + 100 x 10,000/15,000 = 166.67 -> 833.33 (swing 333.33).
    // Need (7,500..15,000) never binds; no ramp, so experience inputs do not matter.
    const t = tornado(staticInput);
    expect(t.metric).toBe('laborServedTotal');
    expect(t.baseOutput).toBeCloseTo(1_000, 9);
    const [first, second, ...rest] = t.bars;
    expect(first).toMatchObject({ key: 'labor.caseload' });
    expect(first!.outputAtLow).toBeCloseTo(800, 9);
    expect(first!.outputAtHigh).toBeCloseTo(1_200, 9);
    expect(first!.swing).toBeCloseTo(400, 9);
    expect(second).toMatchObject({ key: 'labor.costPerSurvivor', low: 7_500, high: 15_000 });
    expect(second!.outputAtLow).toBeCloseTo(3_500 / 3, 9);
    expect(second!.outputAtHigh).toBeCloseTo(2_500 / 3, 9);
    for (const bar of rest) expect(bar.swing).toBeCloseTo(0, 9);
  });

  it('ranks differently for the gain over the zero-lever run', () => {
    // Gain: caseload 0.8 x 100 x 5 = 400 .. 600 (swing 200); cost per survivor 666.67 .. 333.33 (swing 333.33).
    const t = tornado(staticInput, { metric: 'laborServedGain' });
    expect(t.bars[0]!.key).toBe('labor.costPerSurvivor');
    expect(t.bars[0]!.swing).toBeCloseTo(1_000 / 3, 9);
    expect(t.bars[1]!.key).toBe('labor.caseload');
    expect(t.bars[1]!.swing).toBeCloseTo(200, 9);
  });

  it('puts sex caseload first for sex survivors served', () => {
    // 900 x 5 = 4,500, x0.8..x1.2: 3,600 .. 5,400
    const t = tornado(staticInput, { metric: 'sexServedTotal' });
    expect(t.bars[0]!.key).toBe('sex.caseload');
    expect(t.bars[0]!.swing).toBeCloseTo(1_800, 9);
  });

  it('matches runScenario re-run with the input set to its low and high', () => {
    const input: ScenarioInput = {
      baseline: demoBaseline(),
      horizonYears: 8,
      levers: { shiftFraction: 0.1, newMoneyPerYear: 1e6, trainingShare: 0.05 },
    };
    const t = tornado(input);
    for (const key of ['labor.turnoverRate', 'yearsToFullExperience', 'labor.caseload'] as const) {
      const bar = t.bars.find((b) => b.key === key)!;
      const at = (v: number) =>
        runScenario({ ...input, params: { [key]: v } }).totals.labor.survivorsServed;
      expect(bar.outputAtLow).toBeCloseTo(at(bar.low), 6);
      expect(bar.outputAtHigh).toBeCloseTo(at(bar.high), 6);
    }
    const swings = t.bars.map((b) => b.swing);
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    // turnover is the brief's central risk: higher turnover serves fewer
    const turnover = t.bars.find((b) => b.key === 'labor.turnoverRate')!;
    expect(turnover.outputAtHigh!).toBeLessThan(turnover.outputAtLow!);
  });

  it('rejects an unknown metric', () => {
    expect(() => tornado(staticInput, { metric: 'votes' as never })).toThrow(ScenarioInputError);
  });
});
