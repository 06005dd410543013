/** CSV downloads: metadata lines naming sources, formula-looking text neutralised, numbers kept. */
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv, type ChartMeta } from '../../client/src/charts/csv';

describe('csvCell', () => {
  it('neutralises text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1+1')).toBe("'+1+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
  });

  it('keeps numbers, negative ones included, as numbers', () => {
    expect(csvCell(-1250.5)).toBe('-1250.5');
    expect(csvCell('-42')).toBe('-42');
    expect(csvCell(0)).toBe('0');
  });

  it('writes numbers at sensible precision, without float noise', () => {
    expect(csvCell(0.1 + 0.2)).toBe('0.3');
    expect(csvCell(0.18234567891)).toBe('0.182346');
    expect(csvCell(1234.56789)).toBe('1234.57');
    expect(csvCell(12_345_678.9)).toBe('12345679');
    expect(csvCell(-0.0000001)).toBe('-1e-7');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('quotes commas, quotes and line breaks; writes null as empty', () => {
    expect(csvCell('Legal, housing')).toBe('"Legal, housing"');
    expect(csvCell('a "b"')).toBe('"a ""b"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
  });
});

describe('toCsv', () => {
  const meta: ChartMeta = {
    title: 'Funding by trafficking type and year',
    measure: 'Funding (US dollars)',
    needBasis: 'Identified victims (figures of 2017–2023, world)',
    attribution: 'Declared labor share',
    scope: '2018–2020; state CA',
    illustrative: true,
    sources: [
      {
        name: 'Illustrative demo: grants',
        citation: 'Fairshare demo generator',
        confidence: 'ILLUSTRATIVE',
        illustrative: true,
      },
      {
        name: 'TIP report',
        citation: 'US Department of State (2024). Trafficking in Persons Report Data.',
        url: 'https://www.state.gov/tip',
        confidence: 'SECONDARY',
        illustrative: false,
      },
    ],
    notes: ['2 cells withheld to protect survivors'],
    link: 'http://localhost/allocations?state=CA',
  };

  it('writes metadata, the header and the rows', () => {
    const csv = toCsv(
      {
        columns: [
          { key: 'year', label: 'Year' },
          { key: 'LABOR', label: 'Labor', numeric: true },
          { key: 'note', label: 'Note' },
        ],
        rows: [
          { year: '2018', LABOR: 1200, note: '=cmd' },
          { year: '2019', LABOR: null, note: 'suppressed' },
        ],
      },
      meta,
    );
    expect(csv.split('\r\n')).toEqual([
      '# Fairshare: Funding by trafficking type and year',
      '# Measure: Funding (US dollars)',
      '# Need basis: Identified victims (figures of 2017–2023, world)',
      '# Attribution rule: Declared labor share',
      '# Scope: 2018–2020; state CA',
      '# Illustrative: YES. Rests on generated demo data, not real figures; do not quote as findings.',
      '# Source: Illustrative demo: grants. Fairshare demo generator (illustrative)',
      '# Source: TIP report. US Department of State (2024). Trafficking in Persons Report Data. https://www.state.gov/tip (secondary)',
      '# Note: 2 cells withheld to protect survivors',
      '# View: http://localhost/allocations?state=CA',
      'Year,Labor,Note',
      "2018,1200,'=cmd",
      '2019,,suppressed',
      '',
    ]);
  });
});
