/** The studio's settings in the URL, and the inputs built from them. */
import { describe, expect, it } from 'vitest';
import { demoBaseline } from '../../core/scenario/fixtures';
import {
  apiInput,
  DEFAULT_SETTINGS,
  modelInput,
  parseSettings,
  settingsParams,
} from '../../../client/src/scenario/settings';

describe('studio settings in the URL', () => {
  it('leaves every default out of the link', () => {
    expect(Object.values(settingsParams(DEFAULT_SETTINGS)).every((v) => v === null)).toBe(true);
  });

  it('reads back what it writes', () => {
    const s = {
      ...DEFAULT_SETTINGS,
      mode: 'AVERAGE' as const,
      horizon: 10,
      shiftFraction: 0.15,
      phaseInYears: 3,
      newMoneyPerYear: 2_500_000,
      trainingShare: 0.05,
      mix: { LEGAL: 0.5, HOUSING: 0.5 },
      overrides: { 'labor.turnoverRate': 0.3, costPerFte: 80_000 },
      draws: 10_000,
      seed: 7,
      output: 'laborEquity' as const,
    };
    const params = Object.fromEntries(
      Object.entries(settingsParams(s)).filter((e): e is [string, string] => e[1] !== null),
    );
    expect(params).toEqual({
      mode: 'avg',
      h: '10',
      shift: '0.15',
      phase: '3',
      money: '2500000',
      train: '0.05',
      mix: 'LEGAL:0.5,HOUSING:0.5',
      ov: 'costPerFte:80000,labor.turnoverRate:0.3',
      draws: '10000',
      seed: '7',
      out: 'laborEquity',
    });
    expect(parseSettings(params)).toEqual({ settings: s, problems: [] });
  });

  it('ignores values it cannot use and says which', () => {
    const { settings, problems } = parseSettings({
      shift: '1.5',
      h: 'ten',
      mix: 'LEGAL:0.5,GARDENING:0.5',
      out: 'pie',
    });
    expect(settings.shiftFraction).toBe(0);
    expect(settings.horizon).toBe(5);
    expect(settings.mix).toEqual({ LEGAL: 0.5 });
    expect(settings.output).toBe('laborServed');
    expect(problems).toEqual([
      'The link\'s horizon "ten" is not valid; it was ignored.',
      'The link\'s shift "1.5" is not valid; it was ignored.',
      'The link\'s chart output "pie" is not one the studio shows; it was ignored.',
      'The link\'s service mix part "GARDENING" was not understood and ignored.',
    ]);
  });
});

describe('inputs from settings', () => {
  const s = {
    ...DEFAULT_SETTINGS,
    shiftFraction: 0.2,
    newMoneyPerYear: 1e6,
    mix: { LEGAL: 1 },
    overrides: { 'sex.turnoverRate': 0.25 },
  };

  it('gives the model only the levers that change something', () => {
    const input = modelInput(s, demoBaseline());
    expect(input.levers).toEqual({
      shiftFraction: 0.2,
      newMoneyPerYear: 1e6,
      categoryMix: { LEGAL: 1 },
    });
    expect(input.params).toEqual({ 'sex.turnoverRate': 0.25 });
    expect(input.horizonYears).toBe(5);
  });

  it('gives the API the same scenario as a ScenarioInput', () => {
    expect(apiInput(s, { yearFrom: 2020 }, 'HOTLINE_CASES', 'EVEN_SPLIT')).toEqual({
      scope: { yearFrom: 2020 },
      needBasis: 'HOTLINE_CASES',
      attribution: 'EVEN_SPLIT',
      baselineMode: 'LATEST',
      horizonYears: 5,
      levers: {
        shiftFraction: 0.2,
        newMoneyPerYear: 1e6,
        categoryMix: [{ category: 'LEGAL', share: 1 }],
      },
      overrides: [{ key: 'sex.turnoverRate', value: 0.25 }],
      monteCarlo: { draws: 1000, seed: 1 },
    });
  });
});
