/** Saved scenarios compared: series aligned over years, totals, sources and sentences. */
import { describe, expect, it } from 'vitest';
import {
  comparedNotes,
  comparedServedSeries,
  comparedServedSummary,
  comparedSources,
  comparedTotalsTable,
  sexChangeSentence,
  type ComparedScenarios,
} from '../../../client/src/charts/series/scenarioCompare';

type Entry = ComparedScenarios['scenarios'][number];

function entry(
  id: string,
  name: string,
  served: (number | null)[],
  totals: { labor: number; unmet: number; budget: number; sex: number; sexChange: number },
  datasets: { id: string; name: string; vintage: number | null; illustrative: boolean }[],
  source: string,
  settings: Entry['scenario']['settings'],
): Entry {
  return {
    scenario: {
      id,
      name,
      version: 2,
      settings,
      run: {
        illustrative: false,
        totals: {
          laborEquityRatio: 0.5,
          labor: {
            survivorsServed: totals.labor,
            unmetNeed: totals.unmet,
            budget: totals.budget,
          },
          sex: { survivorsServed: totals.sex },
        },
        differenceTotals: { sex: { survivorsServed: totals.sexChange } },
        baseline: { sex: { survivorsServed: { source } }, datasets },
      },
    },
    years: served.map((v, i) =>
      v === null
        ? null
        : {
            year: 2024 + i,
            labor: { survivorsServed: v, unmetNeed: 0, equityRatio: 0.5, budget: 0 },
            sex: { survivorsServed: 0 },
          },
    ),
  };
}

const noLevers = {
  shiftFraction: null,
  shiftAmount: null,
  phaseInYears: null,
  newMoneyPerYear: null,
  trainingShare: null,
  categoryMix: null,
};
const demo = { id: '1', name: 'Demo grants', vintage: 2023, illustrative: true };
const hotline = { id: '2', name: 'Hotline', vintage: null, illustrative: false };
const compared: ComparedScenarios = {
  years: [2024, 2025, 2026],
  scenarios: [
    entry(
      'a',
      'Shift 10%',
      [100, 110, 120],
      { labor: 330, unmet: 900, budget: 2_000_000, sex: 600, sexChange: -12.4 },
      [demo, hotline],
      'Hotline 2017',
      {
        attribution: 'DECLARED_SHARE',
        levers: { ...noLevers, shiftFraction: 0.1, phaseInYears: 2 },
      },
    ),
    entry(
      'b',
      'New money',
      [100, 105, null],
      { labor: 205, unmet: 950, budget: 1_500_000, sex: 420, sexChange: 0.3 },
      [demo],
      'Hotline 2017',
      {
        attribution: 'NEED_PROPORTIONAL',
        levers: {
          ...noLevers,
          shiftAmount: 50_000,
          newMoneyPerYear: 250_000,
          trainingShare: 0.2,
          categoryMix: [
            { category: 'LEGAL', share: 0.6 },
            { category: 'HOUSING', share: 0.4 },
          ],
        },
      },
    ),
  ],
};

describe('saved scenarios compared', () => {
  it('aligns each scenario on every year, a year it does not cover left empty', () => {
    const s = comparedServedSeries(compared);
    expect(s.map((l) => l.key)).toEqual(['a', 'b']);
    expect(s[0]!.points).toEqual([
      { x: 2024, y: 100 },
      { x: 2025, y: 110 },
      { x: 2026, y: 120 },
    ]);
    expect(s[1]!.points[2]).toEqual({ x: 2026, y: null });
    expect(s[0]!.style).not.toEqual(s[1]!.style);
  });

  it('lists each dataset once, with its vintage when known', () => {
    expect(comparedSources(compared)).toEqual([
      { name: 'Demo grants, 2023', illustrative: true },
      { name: 'Hotline', illustrative: false },
    ]);
  });

  it('says what each scenario does to sex-trafficking survivors, rounding −12.4 to 12 and 0.3 to none', () => {
    expect(sexChangeSentence(compared)).toBe(
      'Shift 10% serves 12 fewer sex-trafficking survivors than no change over its horizon; ' +
        'New money serves as many sex-trafficking survivors as no change over its horizon',
    );
    expect(comparedServedSummary(compared)).toBe(
      'Shift 10%: 330 labor survivors served over its horizon; New money: 205 labor survivors served over its horizon',
    );
  });

  it('tabulates each scenario’s totals with its version, and notes each scenario’s levers and source of sex survivors served', () => {
    const t = comparedTotalsTable(compared);
    expect(t.rows[0]).toEqual({
      name: 'Shift 10% (v2)',
      laborServed: 330,
      laborUnmet: 900,
      laborBudget: 2_000_000,
      sexServed: 600,
      sexChange: -12.4,
      equity: 0.5,
    });
    const change = t.columns.find((c) => c.key === 'sexChange')!;
    expect(change.format!(3)).toBe('+3');
    expect(comparedNotes(compared)).toEqual([
      'Each scenario runs on the baseline recorded when it was saved.',
      // Levers as saved: a fraction as a percentage, an amount in dollars, the mix and the rule.
      'Levers of Shift 10% (v2): Shift 10.0% of sex-only funding to labor services, phased in over 2 years; new money $0 a year; 0.0% of new labor funding for TIP training; attribution: declared labor share.',
      'Levers of New money (v2): Shift $50,000 a year of sex-only funding to labor services, phased in over 1 year; new money $250,000 a year; 20.0% of new labor funding for TIP training; services mix Legal services 60.0%, Housing 40.0%; attribution: split shared by need.',
      'Sex-trafficking survivors served (Shift 10%): Hotline 2017.',
      'Sex-trafficking survivors served (New money): Hotline 2017.',
    ]);
  });
});
