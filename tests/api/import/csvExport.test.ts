import { describe, expect, it } from 'vitest';
import { csvCell, toCsv, unguardFormula } from '../../../api/import/csvExport';

describe('toCsv', () => {
  it('neutralizes cells that a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('+cmd|" /C calc"!A0')).toBe(`"'+cmd|"" /C calc""!A0"`);
    expect(csvCell('-2+3')).toBe(`"'-2+3"`);
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvCell('\tcmd')).toBe(`"'\tcmd"`);
    // Numbers, and text that is only a signed number, cannot run: a negative amount stays as it is.
    expect(csvCell(-500)).toBe('-500');
    expect(csvCell('-500')).toBe('-500');
    expect(csvCell('-1,000.5')).toBe('"-1,000.5"');
    expect(csvCell('-1+1')).toBe(`"'-1+1"`);
    expect(csvCell('plain text')).toBe('plain text');
  });

  it('removes on import exactly the apostrophe it added, and no other', () => {
    expect(unguardFormula("'=SUM(A1)")).toBe('=SUM(A1)');
    expect(unguardFormula("'@x")).toBe('@x');
    expect(unguardFormula("'-2+3")).toBe('-2+3');
    expect(unguardFormula("'\tcmd")).toBe('\tcmd');
    // Not added by the guard: an apostrophe before plain text or a signed number is data.
    expect(unguardFormula("'tis")).toBe("'tis");
    expect(unguardFormula("'-500")).toBe("'-500");
    expect(unguardFormula("''=x")).toBe("''=x");
    expect(unguardFormula('=x')).toBe('=x');
  });

  it('quotes delimiters, quotes and newlines, writes CRLF and # metadata lines', () => {
    const csv = toCsv(
      [
        { a: 'x,y', b: 'say "hi"' },
        { a: 'two\nlines', b: null },
      ],
      ['a', { key: 'b', header: 'B column' }],
      { metadata: ['Source: test', 'multi\nline note'] },
    );
    expect(csv).toBe(
      '# Source: test\r\n# multi line note\r\na,B column\r\n"x,y","say ""hi"""\r\n"two\nlines",\r\n',
    );
  });
});
