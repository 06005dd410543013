/**
 * The import's CSV reader gives the records csv-parse gives with the options the import used
 * before (csv-parse stays a dependency for the seeds, so it serves as the reference here), and
 * stops at the same mistakes, however the text is cut into pieces.
 */
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvRecordParser, CsvSyntaxError } from '../../../api/import/csvRecords';

const MAX = 1000;

function ours(text: string, delimiter: string, cuts: number[]): string[][] | string {
  const parser = new CsvRecordParser(delimiter, MAX);
  const records: string[][] = [];
  try {
    let at = 0;
    for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
      if (cut <= at || cut >= text.length) continue;
      parser.feed(text.slice(at, cut), false, (r) => records.push(r));
      at = cut;
    }
    parser.feed(text.slice(at), false, (r) => records.push(r));
    parser.feed('', true, (r) => records.push(r));
    return records;
  } catch (err) {
    if (err instanceof CsvSyntaxError) return err.code;
    throw err;
  }
}

function reference(text: string, delimiter: string): string[][] | string {
  try {
    const records: string[][] = parse(text, {
      delimiter,
      bom: true,
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      skip_empty_lines: false,
      max_record_size: MAX,
    });
    return records;
  } catch (err) {
    const code = (err as { code?: string }).code ?? String(err);
    return code === 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE'
      ? 'CSV_INVALID_CLOSING_QUOTE'
      : code;
  }
}

describe('CsvRecordParser', () => {
  it('reads quoted delimiters, line breaks and doubled quotes, blank lines and a BOM', () => {
    const text = '\uFEFFa,b\r\n"x,1","line\nbreak"\n\n"say ""hi""",\r"",z';
    expect(ours(text, ',', [])).toEqual([
      ['a', 'b'],
      ['x,1', 'line\nbreak'],
      [''],
      ['say "hi"', ''],
      ['', 'z'],
    ]);
  });

  it('waits for the rest of a record cut anywhere, even between \\r and \\n or two quotes', () => {
    const text = 'a;"b""c"\r\nd;e\r\n';
    for (let cut = 1; cut < text.length; cut++) {
      expect(ours(text, ';', [cut])).toEqual([
        ['a', 'b"c'],
        ['d', 'e'],
      ]);
    }
  });

  it('names each mistake', () => {
    expect(ours('a,"b"c\n', ',', [])).toBe('CSV_INVALID_CLOSING_QUOTE');
    expect(ours('a,b"c\n', ',', [])).toBe('INVALID_OPENING_QUOTE');
    expect(ours('a,"b\n', ',', [])).toBe('CSV_QUOTE_NOT_CLOSED');
    expect(ours(`a,${'x'.repeat(MAX + 1)}\n`, ',', [])).toBe('CSV_MAX_RECORD_SIZE');
    expect(ours(`a,"${'x'.repeat(MAX + 1)}`, ',', [10, 600])).toBe('CSV_MAX_RECORD_SIZE');
  });

  it('agrees with csv-parse on random text cut into random pieces', () => {
    const pieces = [
      '\uFEFF',
      'a',
      'b',
      ' ',
      ',',
      ';',
      '"',
      '""',
      '\n',
      '\r',
      '\r\n',
      'é',
      '✓',
      '\t',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 40 }),
        fc.constantFrom(',', ';', '\t'),
        fc.array(fc.nat(60), { maxLength: 4 }),
        (parts, delimiter, cuts) => {
          const text = parts.join('');
          expect(ours(text, delimiter, cuts)).toEqual(reference(text, delimiter));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
