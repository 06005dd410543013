import { describe, expect, it } from 'vitest';
import {
  runScenario,
  ScenarioInputError,
  validateScenarioInput,
  type ScenarioInput,
} from '../../../core/scenario/index';
import { demoBaseline } from './fixtures';

const valid = (): ScenarioInput => ({ baseline: demoBaseline() });

const fieldsOf = (input: ScenarioInput): string[] =>
  validateScenarioInput(input).map((i) => i.field);

describe('validateScenarioInput', () => {
  it('accepts the demo baseline with and without levers', () => {
    expect(validateScenarioInput(valid())).toEqual([]);
    expect(
      validateScenarioInput({
        ...valid(),
        horizonYears: 10,
        levers: {
          shiftFraction: 0.2,
          phaseInYears: 3,
          newMoneyPerYear: 1e6,
          trainingShare: 0.1,
          categoryMix: { LEGAL: 0.25, CASE_MANAGEMENT: 0.75 },
        },
        params: { 'labor.turnoverRate': 0.2, 'sex.need': { value: 5000, low: 4000, high: 8000 } },
      }),
    ).toEqual([]);
  });

  it('names the lever and says what was expected', () => {
    const issues = validateScenarioInput({ ...valid(), levers: { shiftFraction: 1.4 } });
    expect(issues).toEqual([
      { field: 'levers.shiftFraction', message: 'shiftFraction must be between 0 and 1 (got 1.4)' },
    ]);
  });

  it('names the parameter and its unit when an override is out of range', () => {
    const issues = validateScenarioInput({ ...valid(), params: { 'labor.turnoverRate': 1.5 } });
    expect(issues).toHaveLength(1);
    expect(issues[0]!.field).toBe('params.labor.turnoverRate');
    expect(issues[0]!.message).toBe(
      'labor.turnoverRate must be between 0 and 1 (got 1.5; unit: share of staff leaving per year (0–1))',
    );
  });

  it('rejects a shift given both as a fraction and as an amount, or above sex-only funding', () => {
    expect(fieldsOf({ ...valid(), levers: { shiftFraction: 0.1, shiftAmount: 1e6 } })).toEqual([
      'levers.shiftAmount',
    ]);
    const issues = validateScenarioInput({ ...valid(), levers: { shiftAmount: 40_000_000 } });
    expect(issues[0]!.field).toBe('levers.shiftAmount');
    expect(issues[0]!.message).toContain('36,000,000');
  });

  it('checks the category mix: known categories, shares adding up to 1', () => {
    expect(fieldsOf({ ...valid(), levers: { categoryMix: { LEGAL: 0.5, HOUSING: 0.4 } } })).toEqual(
      ['levers.categoryMix'],
    );
    expect(
      fieldsOf({ ...valid(), levers: { categoryMix: { LEGAL: 0.5, PREVENTION: 0.5 } as never } }),
    ).toEqual(['levers.categoryMix.PREVENTION']);
  });

  it('checks whole numbers: horizon and phase-in years', () => {
    expect(fieldsOf({ ...valid(), horizonYears: 2.5 })).toEqual(['horizonYears']);
    expect(fieldsOf({ ...valid(), horizonYears: 0 })).toEqual(['horizonYears']);
    expect(fieldsOf({ ...valid(), levers: { phaseInYears: 0 } })).toEqual(['levers.phaseInYears']);
  });

  it('rejects unknown parameters and ranges on parameters the model does not vary', () => {
    expect(fieldsOf({ ...valid(), params: { 'labor.salary': 3 } as never })).toEqual([
      'params.labor.salary',
    ]);
    const issues = validateScenarioInput({
      ...valid(),
      params: { 'labor.budget': { value: 1e6, low: 5e5, high: 2e6 } },
    });
    expect(issues.map((i) => i.field)).toEqual(['params.labor.budget']);
    expect(issues[0]!.message).toContain('not an uncertain input');
  });

  it('requires low <= value <= high, also around a calibrated value', () => {
    const issues = validateScenarioInput({
      ...valid(),
      params: { 'labor.caseload': { low: 50, high: 60 } }, // calibrated value is about 11.6
    });
    expect(issues.map((i) => i.field)).toEqual(['params.labor.caseload']);
    expect(issues[0]!.message).toContain('low <= value <= high');
  });

  it('names baseline fields, including sources that are missing', () => {
    const b = demoBaseline();
    b.labor.turnoverRate = { value: -0.1, source: 'service records' };
    b.sex.need = { value: 5000, source: ' ' };
    b.years = { from: 2025, to: 2020 };
    expect(fieldsOf({ baseline: b })).toEqual([
      'baseline.years',
      'baseline.labor.turnoverRate.value',
      'baseline.sex.need.source',
    ]);
  });

  it('says when caseload cannot be calibrated, and accepts a given caseload instead', () => {
    const b = demoBaseline();
    b.labor.survivorsServed = { value: 0, source: 'service records' };
    const issues = validateScenarioInput({ baseline: b });
    expect(issues.map((i) => i.field)).toEqual(['params.labor.caseload']);
    expect(issues[0]!.message).toContain('cannot be calibrated');
    expect(validateScenarioInput({ baseline: b, params: { 'labor.caseload': 10 } })).toEqual([]);
  });

  it('survives input that is not shaped like a scenario at all', () => {
    expect(fieldsOf(null as never)).toEqual(['input']);
    expect(fieldsOf({ baseline: 'x' } as never)).toEqual(['baseline']);
    expect(fieldsOf({ ...valid(), levers: { shiftFraction: '0.2', speed: 3 } as never })).toEqual([
      'levers.speed',
      'levers.shiftFraction',
    ]);
  });
});

describe('runScenario on invalid input', () => {
  it('throws a ScenarioInputError carrying every issue', () => {
    let caught: unknown;
    try {
      runScenario({ ...valid(), levers: { shiftFraction: 2, trainingShare: -1 } });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ScenarioInputError);
    const err = caught as ScenarioInputError;
    expect(err.issues.map((i) => i.field)).toEqual([
      'levers.shiftFraction',
      'levers.trainingShare',
    ]);
    expect(err.message).toContain('shiftFraction must be between 0 and 1 (got 2)');
  });
});
