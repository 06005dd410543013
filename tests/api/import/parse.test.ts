import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ImportFileError } from '../../../api/import/errors';
import { readCsv, sniffDelimiter } from '../../../api/import/parse';
import { streamOf } from './helpers';

async function readAll(input: Readable, maxRowChars?: number) {
  const csv = await readCsv(input, { maxRowChars });
  const records = [];
  for await (const r of csv.records) records.push(r);
  return { ...csv, records };
}

async function fileError(input: Readable, maxRowChars?: number): Promise<ImportFileError> {
  try {
    await readAll(input, maxRowChars);
  } catch (err) {
    if (err instanceof ImportFileError) return err;
    throw err;
  }
  throw new Error('expected an ImportFileError');
}

describe('readCsv', () => {
  it('reads a BOM, semicolons, CRLF and quoted fields with newlines, numbering each row by the line it starts on', async () => {
    const text = '\uFEFFa;b\r\n1;"x\r\ny"\r\n\r\n2;"say ""hi"""\r\n3;z';
    // line 1 header; line 2-3 the first row (a newline inside quotes); line 4 blank; lines 5, 6.
    const csv = await readAll(streamOf(text, 3));
    expect(csv.delimiter).toBe(';');
    expect(csv.header).toEqual(['a', 'b']);
    expect(csv.records).toEqual([
      { line: 2, values: ['1', 'x\r\ny'] },
      { line: 5, values: ['2', 'say "hi"'] },
      { line: 6, values: ['3', 'z'] },
    ]);
  });

  it('hashes the exact bytes and counts them', async () => {
    const csv = await readAll(streamOf('a,b\n1,2\n'));
    expect(csv.stats.bytes).toBe(8);
    // sha256 of "a,b\n1,2\n", computed with `printf 'a,b\n1,2\n' | sha256sum`.
    expect(csv.stats.sha256).toBe(
      '492d5ea496056f1a6a6592241032fab764c321596317930b4fa0e1e8bc3b7470',
    );
  });

  it('skips # metadata lines before the header (as exports write them)', async () => {
    const csv = await readAll(streamOf('# exported by Fairshare\n# filters: none\na,b\n1,2\n'));
    expect(csv.header).toEqual(['a', 'b']);
    expect(csv.headerLine).toBe(3);
    expect(csv.records).toEqual([{ line: 4, values: ['1', '2'] }]);
  });

  it('sniffs the delimiter from the header, ignoring quoted text', () => {
    expect(sniffDelimiter('a,b,c')).toBe(',');
    expect(sniffDelimiter('a;b;c')).toBe(';');
    expect(sniffDelimiter('"x;y;z",b')).toBe(',');
    expect(sniffDelimiter('single')).toBe(',');
  });

  it('stops at a stray quote inside a quoted value, naming its line', async () => {
    const err = await fileError(streamOf('a,b\n1,2\n3,"x"y"\n'));
    expect(err.line).toBe(3);
    expect(err.message).toContain('line 3');
    expect(err.message).toContain('write a double quote twice');
  });

  it('stops at a quote that is never closed, naming the line where it opened', async () => {
    const err = await fileError(streamOf('a,b\n1,2\n3,"never closed\n4,5\n'));
    expect(err.line).toBe(3);
    expect(err.message).toContain('never closed');
  });

  it('refuses binary data', async () => {
    const zipHeader = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]);
    const err = await fileError(streamOf(zipHeader));
    expect(err.message).toContain('not a CSV text file');
    expect(err.message).toContain('byte 0x00 on line 1');
  });

  it('refuses text that is not UTF-8 (Windows-1252), naming the line', async () => {
    const latin1 = Buffer.concat([
      Buffer.from('a,b\n1,2\n3,caf'),
      Buffer.from([0xe9]),
      Buffer.from('\n'),
    ]);
    const err = await fileError(streamOf(latin1, 5));
    expect(err.line).toBe(3);
    expect(err.message).toContain('not in UTF-8');
  });

  it('accepts a multi-byte character split across chunks', async () => {
    const csv = await readAll(streamOf('a,b\n1,café ✓\n', 1));
    expect(csv.records[0]!.values).toEqual(['1', 'café ✓']);
  });

  it('refuses an empty file', async () => {
    const err = await fileError(streamOf(''));
    expect(err.message).toContain('The file is empty');
  });

  it('refuses a 50 MB field without holding it: the row limit stops it', async () => {
    function* fiftyMegabytes() {
      yield Buffer.from('a,b\n1,"');
      const block = Buffer.alloc(1024 * 1024, 'x');
      for (let i = 0; i < 50; i++) yield block;
      yield Buffer.from('"\n');
    }
    const before = process.memoryUsage().rss;
    const err = await fileError(Readable.from(fiftyMegabytes()));
    expect(err.line).toBe(2);
    expect(err.message).toContain('longer than 1,000,000 characters');
    // Reading stopped at the limit: far less than 50 MB more memory (allow for the runtime).
    expect(process.memoryUsage().rss - before).toBeLessThan(45 * 1024 * 1024);
  });
});
