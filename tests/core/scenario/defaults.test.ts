import { describe, expect, it } from 'vitest';
import {
  buildDefaultParameters,
  parameterKeys,
  resolveParameters,
} from '../../../core/scenario/index';
import { demoBaseline, staticBaseline } from './fixtures';

describe('buildDefaultParameters', () => {
  it('gives every parameter a value in range, a unit, a source and low <= value <= high', () => {
    const params = buildDefaultParameters(demoBaseline());
    const keys = parameterKeys();
    expect(Object.keys(params).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      const p = params[key];
      expect(p.value, key).toBeGreaterThanOrEqual(p.min);
      expect(p.value, key).toBeLessThanOrEqual(p.max);
      expect(p.low, key).toBeLessThanOrEqual(p.value);
      expect(p.high, key).toBeGreaterThanOrEqual(p.value);
      expect(p.unit.length, key).toBeGreaterThan(0);
      expect(p.source.length, key).toBeGreaterThan(0);
      expect(p.overridden, key).toBe(false);
    }
  });

  it('carries the baseline figures and their sources', () => {
    const b = demoBaseline();
    b.labor.turnoverRate = { value: 0.35, source: 'service records, 2020–2024, 157 providers' };
    const params = buildDefaultParameters(b);
    expect(params['labor.budget'].value).toBe(4_000_000);
    expect(params['labor.turnoverRate'].source).toContain(
      'service records, 2020–2024, 157 providers',
    );
    expect(params['sex.need'].source).toMatch(/^IDENTIFIED_VICTIMS: /);
    // Cost per FTE is computed from published BLS figures; staff share is a stated assumption.
    expect(params.costPerFte.source).toMatch(/^US Bureau of Labor Statistics/);
    expect(params.costPerFte.source).toContain('52,370 ÷ 0.695 = 75,353');
    expect(params.staffCostShare.source).toMatch(/^assumption \(editable\): /);
  });

  it('derives uncertainty ranges from the value, clipped to the valid range', () => {
    const params = buildDefaultParameters(demoBaseline());
    // turnover 0.35 x 0.5..1.5
    expect(params['labor.turnoverRate'].low).toBeCloseTo(0.175, 12);
    expect(params['labor.turnoverRate'].high).toBeCloseTo(0.525, 12);
    expect(params['labor.turnoverRate'].distribution).toBe('triangular');
    // x0 0.5 +- 0.2; k 3 x 2/3..5/3
    expect(params.initialExperience.low).toBeCloseTo(0.3, 12);
    expect(params.yearsToFullExperience.high).toBeCloseTo(5, 12);
    expect(params['labor.budget'].distribution).toBe('fixed');
    const high = resolveParameters(demoBaseline(), { 'labor.turnoverRate': 0.8 });
    expect(high['labor.turnoverRate'].high).toBe(1); // 0.8 x 1.5 = 1.2, clipped to 1
  });

  it('calibrates caseload so the base year reproduces survivors served', () => {
    // Static case: x0 = 1 means mean experience 1. FTE = 1,000,000 x 0.7 / 75,000 = 9.333...
    // caseload = 100 / 9.333... = 10.714285...
    const params = resolveParameters(staticBaseline(), {
      initialExperience: 1,
      yearsToFullExperience: 0,
    });
    expect(params['labor.caseload'].value).toBeCloseTo(100 / ((1_000_000 * 0.7) / 75_000), 10);
    expect(params['labor.caseload'].source).toContain('reproduces 100 survivors served');
  });

  it('calibrates against the steady-state experience of the observed turnover', () => {
    // turnover 0.5, x0 0.5, k 1: half the staff are new (0.5) and half experienced (1): mean 0.75.
    // FTE = 1,000,000 x 0.6 / 60,000 = 10; caseload = 150 / (10 x 0.75) = 20.
    const b = staticBaseline();
    b.labor.survivorsServed.value = 150;
    b.labor.turnoverRate.value = 0.5;
    const params = resolveParameters(b, {
      staffCostShare: 0.6,
      costPerFte: 60_000,
      yearsToFullExperience: 1,
    });
    expect(params['labor.caseload'].value).toBeCloseTo(20, 12);
  });

  it('marks overrides and re-derives their range', () => {
    const params = resolveParameters(demoBaseline(), {
      'labor.turnoverRate': 0.2,
      'sex.need': { low: 5_000, high: 9_000 },
      'labor.needGrowth': { value: 0.02, low: 0, high: 0.05 },
    });
    expect(params['labor.turnoverRate']).toMatchObject({
      value: 0.2,
      overridden: true,
      source: 'set by the user',
    });
    expect(params['labor.turnoverRate'].low).toBeCloseTo(0.1, 12);
    expect(params['sex.need']).toMatchObject({ value: 6_000, low: 5_000, high: 9_000 });
    expect(params['sex.need'].source).not.toBe('set by the user');
    expect(params['sex.need'].overridden).toBe(false); // a range alone keeps the value
    expect(params['labor.needGrowth'].distribution).toBe('triangular');
  });
});
