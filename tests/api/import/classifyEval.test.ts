/** The award classifier against hand-labelled award descriptions (tests/fixtures). */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  evaluateClassifier,
  parseLabelledAwards,
  scorePredictions,
} from '../../../api/import/classifyEval';

const load = (name: string) =>
  parseLabelledAwards(
    JSON.parse(fs.readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8')) as {
      awards: [string, string, string][];
    },
  );

describe('scorePredictions', () => {
  it('computes precision, recall and macro F1 as worked out by hand', () => {
    // LABOR: 2 actual, 3 predicted, 2 right -> P 2/3, R 1, F1 0.8.
    // SEX: 2 actual, 1 predicted, 1 right -> P 1, R 1/2, F1 2/3. Macro F1 = (0.8 + 2/3) / 2.
    const s = scorePredictions([
      { label: 'LABOR', predicted: 'LABOR' },
      { label: 'LABOR', predicted: 'LABOR' },
      { label: 'SEX', predicted: 'SEX' },
      { label: 'SEX', predicted: 'LABOR' },
    ]);
    expect(s.accuracy).toBe(0.75);
    expect(s.perClass.map((c) => [c.label, c.support])).toEqual([
      ['LABOR', 2],
      ['SEX', 2],
    ]);
    expect(s.perClass[0]!.precision).toBeCloseTo(2 / 3, 12);
    expect(s.perClass[0]!.f1).toBeCloseTo(0.8, 12);
    expect(s.perClass[1]!.recall).toBe(0.5);
    expect(s.perClass[1]!.f1).toBeCloseTo(2 / 3, 12);
    expect(s.macroF1).toBeCloseTo((0.8 + 2 / 3) / 2, 12);
  });
});

describe('the award classifier on the evaluation sets', () => {
  const main = load('award-descriptions.json');
  const fresh = load('award-descriptions-fresh.json');

  it('has at least 200 labelled awards, every class represented, a quarter held out', () => {
    expect(main.length).toBeGreaterThanOrEqual(200);
    for (const label of ['LABOR', 'SEX', 'BOTH', 'UNSPECIFIED', 'NOT_TRAFFICKING']) {
      expect(main.filter((a) => a.label === label).length).toBeGreaterThanOrEqual(30);
    }
    expect(main.filter((a) => a.heldOut).length).toBe(Math.floor(main.length / 4));
  });

  it('reaches a macro F1 of at least 0.9 on the whole set and on the held-out parts', () => {
    expect(evaluateClassifier(main).macroF1).toBeGreaterThanOrEqual(0.9);
    expect(evaluateClassifier(main.filter((a) => a.heldOut)).macroF1).toBeGreaterThanOrEqual(0.9);
    // Written after the rules were frozen: the honest out-of-sample measure.
    expect(evaluateClassifier(fresh).macroF1).toBeGreaterThanOrEqual(0.9);
  });
});
