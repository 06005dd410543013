/**
 * Pure series functions: API rows to chart series. Expected values are worked out by hand in the
 * comments, not copied from the functions' output.
 */
import { describe, expect, it } from 'vitest';
import {
  BY_FUNDER,
  BY_YEAR,
  stackByType,
  stackTable,
  type AllocationRow,
} from '../../client/src/charts/series/allocations';
import { sensitivityHeat } from '../../client/src/charts/series/equity';
import {
  categoryShares,
  rankFunders,
  type FunderRow,
} from '../../client/src/charts/series/funders';
import {
  headlineSentence,
  sentenceCitation,
  parityGapSentence,
  type OverviewEquity,
} from '../../client/src/charts/series/headline';
import { shareByYear } from '../../client/src/charts/series/smallMultiples';
import { stackExtent, stackLayers } from '../../client/src/charts/series/stack';
import { stateValues } from '../../client/src/charts/series/states';
import {
  equityRatioSeries,
  trendFallbackNotes,
  trendSummary,
  trendTable,
  yearFallbackLines,
  type TrendPoint,
} from '../../client/src/charts/series/trend';
import { TYPE_STYLE } from '../../client/src/charts/palette';

const row = (over: Partial<AllocationRow>): AllocationRow => ({
  type: null,
  year: null,
  funder: null,
  recipient: null,
  category: null,
  state: null,
  dataset: null,
  value: null,
  records: null,
  suppressed: null,
  ...over,
});

const te = (over: Partial<OverviewEquity['labor']> = {}): OverviewEquity['labor'] => ({
  resources: 0,
  need: 0,
  resourceShare: null,
  needShare: null,
  equityRatio: null,
  perNeedUnit: null,
  ...over,
});

describe('stackLayers', () => {
  it('stacks positives up and negatives down from zero', () => {
    const stacked = stackLayers({
      categories: [{ key: 'a', label: 'A' }],
      layers: [
        { key: 'x', label: 'X', style: TYPE_STYLE.LABOR, values: [30] },
        { key: 'y', label: 'Y', style: TYPE_STYLE.SEX, values: [-10] },
        { key: 'z', label: 'Z', style: TYPE_STYLE.BOTH, values: [20] },
      ],
    });
    // x: 0→30; y: 0→-10 (down); z: 30→50. Total 30-10+20 = 40; shares of |x|+|y|+|z| = 60.
    expect(stacked[0]!.segments.map((s) => [s.start, s.end])).toEqual([
      [0, 30],
      [0, -10],
      [30, 50],
    ]);
    expect(stacked[0]!.total).toBe(40);
    expect(stacked[0]!.segments[0]!.share).toBeCloseTo(0.5, 12);
    expect(stackExtent(stacked)).toEqual([-10, 50]);
  });

  it('normalizes to shares of the category total', () => {
    const stacked = stackLayers(
      {
        categories: [{ key: 'a', label: 'A' }],
        layers: [
          { key: 'x', label: 'X', style: TYPE_STYLE.LABOR, values: [25] },
          { key: 'y', label: 'Y', style: TYPE_STYLE.SEX, values: [75] },
        ],
      },
      true,
    );
    expect(stacked[0]!.segments.map((s) => [s.start, s.end])).toEqual([
      [0, 0.25],
      [0.25, 1],
    ]);
  });
});

describe('stackByType', () => {
  const rows = [
    row({ year: 2016, type: 'SEX', value: 300 }),
    row({ year: 2015, type: 'LABOR', value: 100 }),
    row({ year: 2015, type: 'SEX', value: 400 }),
    row({ year: 2016, type: 'LABOR', value: null, suppressed: 'SUPPRESSED' }),
    row({ year: 2016, type: 'BOTH', value: 50 }),
  ];

  it('makes one layer per type present, in type order, categories by key', () => {
    const s = stackByType(rows, BY_YEAR, { order: 'key' });
    expect(s.categories.map((c) => c.key)).toEqual(['2015', '2016']);
    expect(s.layers.map((l) => l.key)).toEqual(['LABOR', 'SEX', 'BOTH']);
    expect(s.layers[0]!.values).toEqual([100, null]);
    expect(s.layers[0]!.suppressed).toEqual([false, true]);
    expect(s.layers[2]!.values).toEqual([null, 50]);
    expect(s.suppressedCells).toBe(1);
  });

  it('tables totals and labor shares, withholding totals that include a suppressed cell', () => {
    const t = stackTable(stackByType(rows, BY_YEAR, { order: 'key' }), 'Year', 'FUNDING');
    // 2015: 100 + 400 = 500, labor share 100/500 = 0.2. 2016 has a suppressed labor cell.
    expect(t.rows[0]).toMatchObject({
      category: '2015',
      LABOR: 100,
      SEX: 400,
      total: 500,
      laborShare: 0.2,
    });
    expect(t.rows[1]).toMatchObject({
      category: '2016',
      LABOR: 'suppressed',
      total: null,
      laborShare: null,
    });
  });

  it('keeps the largest categories and sums the rest into one', () => {
    const funders = [
      row({ funder: { id: '1', name: 'A' }, type: 'LABOR', value: 10 }),
      row({ funder: { id: '2', name: 'B' }, type: 'SEX', value: 50 }),
      row({ funder: { id: '3', name: 'C' }, type: 'SEX', value: 5 }),
      row({ funder: { id: '4', name: 'D' }, type: 'LABOR', value: 7 }),
    ];
    const s = stackByType(funders, BY_FUNDER, {
      order: 'total',
      limit: 2,
      otherLabel: (n) => `${n} others`,
    });
    // Totals: B 50, A 10, D 7, C 5 → keep B, A; others = D (7 labor) + C (5 sex).
    expect(s.categories.map((c) => c.label)).toEqual(['B', 'A', '2 others']);
    expect(s.layers.find((l) => l.key === 'LABOR')!.values).toEqual([null, 10, 7]);
    expect(s.layers.find((l) => l.key === 'SEX')!.values).toEqual([50, null, 5]);
  });
});

describe('shareByYear (small multiples)', () => {
  it('divides labor-only and sex-only by the year total; a suppressed cell withholds the year', () => {
    const shares = shareByYear([
      { type: 'LABOR', year: 2020, value: 20, suppressed: null },
      { type: 'SEX', year: 2020, value: 60, suppressed: null },
      { type: 'BOTH', year: 2020, value: 20, suppressed: null },
      { type: 'LABOR', year: 2021, value: null, suppressed: 'SUPPRESSED' },
      { type: 'SEX', year: 2021, value: 90, suppressed: null },
    ]);
    // 2020: total 100 → labor 0.2, sex 0.6.
    expect(shares).toEqual([
      { year: 2020, labor: 0.2, sex: 0.6, withheld: false },
      { year: 2021, labor: null, sex: null, withheld: true },
    ]);
  });
});

describe('equity trend series', () => {
  const point = (year: number, labor: number | null, sex: number | null): TrendPoint => ({
    year,
    labor: te({ equityRatio: labor }),
    sex: te({ equityRatio: sex }),
    parityGap: null,
    disparityMultiple: null,
    needVintage: null,
    needFallbacks: [],
    nullReasons: [],
  });

  it('orders points by year and keeps gaps as null', () => {
    const [labor, sex] = equityRatioSeries([point(2019, 0.5, 1.2), point(2017, null, 1.1)]);
    expect(labor!.points).toEqual([
      { x: 2017, y: null },
      { x: 2019, y: 0.5 },
    ]);
    expect(sex!.points.map((p) => p.y)).toEqual([1.1, 1.2]);
  });

  // Identified victims with figures for 2020 only: 2020 uses its own, 2021 the nearest (2020).
  const nearest = (type: 'LABOR' | 'SEX' | 'BOTH', fromYear: number) => ({
    type,
    kind: 'NEAREST_YEAR' as const,
    reason: `IDENTIFIED_VICTIMS has no ${type} figure covering WORLD for 2021, so the ${type} figure of ${fromYear} (the nearest year with one) is used.`,
    fromYear,
  });
  const own = { ...point(2020, 1.25, 0.9), needVintage: 2020 };
  const borrowed = {
    ...point(2021, 0, 1.1),
    needVintage: 2020,
    needFallbacks: [nearest('LABOR', 2020), nearest('SEX', 2020)],
  };

  it('says in short words which years use another year’s need figure, and no more', () => {
    expect(yearFallbackLines(own)).toEqual([]);
    expect(yearFallbackLines(borrowed)).toEqual(['Need figures of 2020 (labor and sex)']);
    // Types from different years get a line each, the earlier year first.
    expect(
      yearFallbackLines({ needFallbacks: [nearest('BOTH', 2022), nearest('LABOR', 2018)] }),
    ).toEqual(['Need figure of 2018 (labor)', 'Need figure of 2022 (both)']);
  });

  it('names the even split once and each type taken as 0', () => {
    const split = (type: 'LABOR' | 'SEX') => ({
      type,
      kind: 'EVEN_SPLIT' as const,
      reason: 'split',
      fromYear: null,
    });
    expect(yearFallbackLines({ needFallbacks: [split('LABOR'), split('SEX')] })).toEqual([
      'No labor or sex need figure: shared split 50/50',
    ]);
    expect(
      yearFallbackLines({
        needFallbacks: [{ type: 'LABOR', kind: 'NO_FIGURE', reason: 'zero', fromYear: null }],
      }),
    ).toEqual(['No labor need figure: taken as 0']);
  });

  it('puts each year’s fallbacks in the table, so in the CSV, and notes them once under the chart', () => {
    const table = trendTable([borrowed, own], 'FUNDING');
    expect(table.columns.at(-1)).toEqual({ key: 'needFallbacks', label: 'Need fallbacks' });
    expect(table.rows.map((r) => [r.year, r.needVintage, r.needFallbacks])).toEqual([
      ['2020', '2020', null],
      ['2021', '2020', 'Need figures of 2020 (labor and sex)'],
    ]);
    expect(trendFallbackNotes([borrowed, own])).toEqual([
      'Fallback: some years have no need figure of their own, so each uses the nearest year’s (ties go to the earlier): 2021 uses 2020’s (labor and sex).',
    ]);
    expect(trendFallbackNotes([own])).toEqual([]);
  });

  it('summarises the first and last known ratio', () => {
    expect(trendSummary([point(2015, 0.4, 1), point(2016, null, 1), point(2020, 0.61, 1)])).toBe(
      'Labor’s equity ratio was 0.4 in 2015 and rose to 0.61 in 2020; 1 would be a share of resources equal to its share of need.',
    );
  });
});

describe('headline', () => {
  const equity: OverviewEquity = {
    unit: 'USD',
    // Labor 90 of 500 = 18% of resources; need 300 of 1,200 = 25%; ratio 0.18 / 0.25 = 0.72.
    labor: te({
      resources: 90,
      need: 300,
      resourceShare: 0.18,
      needShare: 0.25,
      equityRatio: 0.72,
      perNeedUnit: 0.3,
    }),
    sex: te({
      resources: 410,
      need: 900,
      resourceShare: 0.82,
      needShare: 0.75,
      equityRatio: 0.82 / 0.75,
      perNeedUnit: 410 / 900,
    }),
    disparityMultiple: 410 / 900 / 0.3,
    // G = 0.25 × 500 − 90 = 35.
    parityGap: 35,
    dissimilarity: 0.07,
    range: { min: 0.31, max: 0.94 },
    nullReasons: [],
    disclosure: { protected: false, threshold: 11, note: null },
    need: {
      basis: 'IDENTIFIED_VICTIMS',
      geography: 'WORLD',
      vintages: [2020],
      unit: 'persons',
      confidence: 'SECONDARY',
      fallbacks: [],
      datasets: [],
    },
    datasets: [],
    illustrative: true,
    years: [2018, 2019, 2020],
    ignoredScopeFields: [],
  };

  it('says the shares, the ratio in numbers and words, and the range', () => {
    expect(
      headlineSentence({
        equity,
        dimension: 'FUNDING',
        needBasis: 'IDENTIFIED_VICTIMS',
        basesInRange: 5,
        rulesInRange: 4,
      }),
    ).toBe(
      'Labor trafficking received 18.0% of grant funding in 2018–2020 but accounts for 25.0% of identified victims: ' +
        // 0.72 is nearer seven tenths (0.02 away) than three quarters (0.03 away).
        'an equity ratio of 0.72, about seven tenths of its proportional share. ' +
        'Across 5 measures of need and 4 attribution rules, the ratio ranges from 0.31 to 0.94.',
    );
  });

  it('explains a ratio that cannot be computed', () => {
    const none = {
      ...equity,
      labor: te({ need: 0 }),
      nullReasons: [{ metric: 'labor.equityRatio', reason: 'No need figures in scope.' }],
    };
    expect(
      headlineSentence({
        equity: none,
        dimension: 'TRAINING',
        needBasis: 'CONVICTIONS',
        basesInRange: 1,
        rulesInRange: 4,
      }),
    ).toBe(
      'Labor trafficking’s share of training hours in 2018–2020 cannot be set against its share of convictions: No need figures in scope.',
    );
  });

  it('cites the need source as well as the resource source in the copied sentence', () => {
    const ds = (name: string) => ({
      id: name,
      name,
      source: 'publisher',
      citation: `${name}.`,
      url: null,
      vintage: 2024,
      confidence: 'SECONDARY' as const,
      illustrative: false,
    });
    const cited = {
      ...equity,
      datasets: [ds('Demo grants')],
      need: { ...equity.need, datasets: [ds('2024 Trafficking in Persons Report')] },
    };
    expect(sentenceCitation(cited, 'http://x/overview')).toBe(
      '(Fairshare; illustrative demo data, not real figures; resources: Demo grants; ' +
        'need: 2024 Trafficking in Persons Report (worldwide, 2020); http://x/overview)',
    );
  });

  it('puts the parity gap in words, both ways', () => {
    expect(parityGapSentence({ ...equity, parityGap: 1_500_000 }, 'FUNDING')).toBe(
      '$1.5M would have to move from sex to labor trafficking, the total unchanged, for labor to receive its proportional share.',
    );
    expect(parityGapSentence({ ...equity, parityGap: -120 }, 'SERVICES')).toBe(
      'Labor trafficking receives 120 survivors served more than its proportional share.',
    );
  });
});

describe('funders', () => {
  const f = (
    key: string,
    label: string,
    total: number | null,
    ratio: number | null,
  ): FunderRow => ({
    key,
    label,
    total,
    labor: te({ equityRatio: ratio, resourceShare: ratio === null ? null : ratio / 4 }),
    sex: te(),
    parityGap: total === null ? null : total / 10,
    nullReasons: [],
  });
  const rows = [
    f('1', 'Cedar', 100, 0.5),
    f('2', 'Aspen', 300, null),
    f('3', 'Birch', 200, 0.2),
    f('4', 'Dune', 50, 0.5),
  ];

  it('ranks by equity ratio, lowest first, ties by name, not computable last', () => {
    expect(rankFunders(rows).map((r) => r.label)).toEqual(['Birch', 'Cedar', 'Dune', 'Aspen']);
  });

  it('ranks by total, largest first', () => {
    expect(rankFunders(rows, 'total').map((r) => r.label)).toEqual([
      'Aspen',
      'Birch',
      'Cedar',
      'Dune',
    ]);
  });

  it('shares categories of the total; suppressed ones are unknown', () => {
    const shares = categoryShares({
      total: 400,
      rows: [
        { category: 'LEGAL', value: 100, suppressed: null },
        { category: 'HOUSING', value: 300, suppressed: null },
        { category: 'HEALTH', value: null, suppressed: 'SUPPRESSED' },
      ],
    });
    expect([...shares.entries()]).toEqual([
      ['LEGAL', 0.25],
      ['HOUSING', 0.75],
      ['HEALTH', null],
    ]);
  });
});

describe('sensitivity heat table', () => {
  it('lays bases by rules, colours by ratio class, marks the current choice', () => {
    const cell = (
      needBasis: 'PREVALENCE' | 'HOTLINE_CASES',
      attribution: 'EXCLUDE' | 'EVEN_SPLIT',
      ratio: number | null,
    ) => ({
      needBasis,
      attribution,
      labor: te({ equityRatio: ratio }),
      sex: te(),
      disparityMultiple: null,
      parityGap: null,
      nullReasons: ratio === null ? [{ metric: 'labor.equityRatio', reason: 'No need.' }] : [],
      need: { basis: needBasis, geography: 'WORLD', vintages: [2021], unit: 'persons' },
    });
    const heat = sensitivityHeat(
      {
        unit: 'USD',
        needBases: ['PREVALENCE', 'HOTLINE_CASES'],
        cells: [
          cell('PREVALENCE', 'EXCLUDE', 0.2),
          cell('PREVALENCE', 'EVEN_SPLIT', 1),
          cell('HOTLINE_CASES', 'EXCLUDE', 5),
          cell('HOTLINE_CASES', 'EVEN_SPLIT', null),
        ],
        ranges: { laborEquityRatio: { min: 0.2, max: 5 }, parityGap: { min: null, max: null } },
        datasets: [],
        illustrative: false,
        disclosure: { protected: false, threshold: 11, note: null },
        ignoredScopeFields: [],
      },
      { needBasis: 'HOTLINE_CASES', attribution: 'EXCLUDE' },
      'FUNDING',
    );
    expect(heat.rows.map((r) => r.key)).toEqual(['PREVALENCE', 'HOTLINE_CASES']);
    expect(heat.columns.map((c) => c.key)).toEqual(['EXCLUDE', 'EVEN_SPLIT']);
    // 0.2 < 0.25 → darkest orange; 1 is in 0.8–1.25 → near-white; 5 ≥ 4 → darkest purple.
    expect(heat.cells.map((c) => c.fill)).toEqual(['#b35806', '#f7f7f7', '#542788', '#e3e5e8']);
    expect(heat.cells.map((c) => c.text)).toEqual(['0.2', '1', '5', '–']);
    expect(heat.selected).toEqual({ row: 'HOTLINE_CASES', column: 'EXCLUDE' });
  });
});

describe('stateValues', () => {
  it('names states, classes their ratio and keeps the reason when it is missing', () => {
    const values = stateValues([
      {
        key: 'CA',
        label: 'CA',
        total: 10,
        labor: te({ equityRatio: 0.4 }),
        sex: te(),
        parityGap: 2,
        nullReasons: [],
      },
      {
        key: 'VT',
        label: 'VT',
        total: null,
        labor: te(),
        sex: te(),
        parityGap: null,
        nullReasons: [{ metric: 'labor.equityRatio', reason: 'withheld' }],
      },
    ]);
    expect(values.get('CA')).toMatchObject({ name: 'California', ratio: 0.4, fill: '#f1a340' });
    expect(values.get('VT')).toMatchObject({
      name: 'Vermont',
      ratio: null,
      fill: null,
      reason: 'withheld',
    });
  });
});
