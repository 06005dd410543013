/**
 * Streamed CSV reading: checks that the bytes are UTF-8 text (with or without BOM), sniffs the
 * delimiter (comma, semicolon or tab) from the header line, and yields one record at a time with
 * the line it starts on. Nothing holds the whole file: memory is bounded by the longest row.
 */
import { createHash } from 'node:crypto';
import { isUtf8 } from 'node:buffer';
import type { Readable } from 'node:stream';
import { unguardFormula } from './csvExport';
import { CsvRecordParser, CsvSyntaxError } from './csvRecords';
import { ImportFileError } from './errors';

export interface CsvRecord {
  /** Line of the file where the record starts (1 = the first line). */
  line: number;
  values: string[];
}

export interface CsvStream {
  header: string[];
  headerLine: number;
  delimiter: ',' | ';' | '\t';
  /** The data records, a batch per chunk of input (use one of batches or records). */
  batches: AsyncGenerator<CsvRecord[]>;
  records: AsyncGenerator<CsvRecord>;
  /** Bytes read so far, their SHA-256 once the stream has ended. */
  stats: { bytes: number; sha256: string | null };
}

export interface ReadCsvOptions {
  /** Longest row accepted, in characters: protects memory against a runaway field. */
  maxRowChars?: number;
  onBytes?: (bytesRead: number) => void;
}

export const DEFAULT_MAX_ROW_CHARS = 1_000_000;

const SNIFF_BYTES = 64 * 1024;

/** Bytes at the end of `buf` that start a UTF-8 sequence the next chunk completes. */
function incompleteTail(buf: Buffer): number {
  for (let back = 1; back <= Math.min(3, buf.length); back++) {
    const b = buf[buf.length - back]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead byte
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

/** Offset of the first byte that is not valid UTF-8 (slow path, used only to report it). */
function firstInvalidByte(buf: Buffer): number {
  for (let i = 0; i < buf.length; i++) {
    for (let len = 1; len <= 4 && i + len <= buf.length; len++) {
      if (isUtf8(buf.subarray(i, i + len))) {
        i += len - 1;
        break;
      }
      if (len === 4 || i + len === buf.length) return i;
    }
  }
  return buf.length;
}

function countNewlines(buf: Buffer, end = buf.length): number {
  let n = 0;
  let at = buf.indexOf(10);
  while (at !== -1 && at < end) {
    n++;
    at = buf.indexOf(10, at + 1);
  }
  return n;
}

/** Checks each chunk (UTF-8, no NUL bytes), hashes and counts it, and passes it on. */
async function* checkedBytes(
  input: AsyncIterable<Buffer | string>,
  stats: CsvStream['stats'],
  onBytes?: (n: number) => void,
): AsyncGenerator<Buffer> {
  const hash = createHash('sha256');
  let carry: Buffer = Buffer.alloc(0);
  let newlines = 0;
  for await (const piece of input) {
    const raw = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
    stats.bytes += raw.length;
    hash.update(raw);
    onBytes?.(stats.bytes);
    const chunk = carry.length ? Buffer.concat([carry, raw]) : raw;
    const nul = chunk.indexOf(0);
    const keep = incompleteTail(chunk);
    const body = chunk.subarray(0, chunk.length - keep);
    if (nul !== -1 || !isUtf8(body)) {
      const at = nul !== -1 ? nul : firstInvalidByte(body);
      const line = newlines + countNewlines(chunk, at) + 1;
      const byte = chunk[at] ?? 0;
      throw new ImportFileError(
        nul !== -1 || byte < 0x09
          ? `This is not a CSV text file: it contains binary data (byte 0x${byte.toString(16).padStart(2, '0')} on line ${line}). Export the spreadsheet as "CSV UTF-8" and upload that file.`
          : `The file is not in UTF-8: the byte 0x${byte.toString(16)} on line ${line} is not valid UTF-8 text. In your spreadsheet, save as "CSV UTF-8 (comma delimited)" and try again.`,
        { line },
      );
    }
    newlines += countNewlines(body);
    carry = Buffer.from(chunk.subarray(chunk.length - keep));
    if (body.length) yield body;
  }
  if (carry.length) {
    throw new ImportFileError(
      'The file ends in the middle of a character: it is not complete UTF-8 text. Upload the whole file again.',
      { line: newlines + 1 },
    );
  }
  stats.sha256 = hash.digest('hex');
}

/** The delimiter used most often outside quotes on the first line (comma when none is). */
export function sniffDelimiter(firstLine: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}

function lineBreaks(values: string[]): number {
  let n = 0;
  for (const v of values) {
    if (v.indexOf('\n') === -1 && v.indexOf('\r') === -1) continue;
    n += v.match(/\r\n|\r|\n/g)?.length ?? 0;
  }
  return n;
}

const isBlank = (values: string[]) => values.every((v) => v.trim() === '');

/** Turns a CSV syntax error into a sentence for a non-engineer, at the row's first line. */
function describeCsvError(err: CsvSyntaxError, line: number, maxRowChars: number): ImportFileError {
  switch (err.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return new ImportFileError(
        `A quoted value that starts in the row on line ${line} is never closed: a closing double quote (") is missing, so the rest of the file cannot be read.`,
        { line },
      );
    case 'CSV_INVALID_CLOSING_QUOTE':
      return new ImportFileError(
        `The row on line ${line} has a double quote (") in the middle of a quoted value. Inside quotes, write a double quote twice ("").`,
        { line },
      );
    case 'INVALID_OPENING_QUOTE':
      return new ImportFileError(
        `The row on line ${line} has a double quote (") inside a value that is not quoted. Put the whole value in quotes and write the inner quote twice ("").`,
        { line },
      );
    case 'CSV_MAX_RECORD_SIZE':
      return new ImportFileError(
        `The row on line ${line} is longer than ${maxRowChars.toLocaleString('en-US')} characters: a value is far too long, or a quote is not closed. Check that row.`,
        { line },
      );
    default:
      return new ImportFileError(
        `The file could not be read as CSV at line ${line}: ${err.message}`,
        {
          line,
        },
      );
  }
}

/**
 * Opens a CSV byte stream: resolves once the header is read, then yields data records lazily.
 * Errors about the file as a whole (binary, bad quoting, empty) are ImportFileError.
 */
export async function readCsv(input: Readable, options: ReadCsvOptions = {}): Promise<CsvStream> {
  const maxRowChars = options.maxRowChars ?? DEFAULT_MAX_ROW_CHARS;
  const stats: CsvStream['stats'] = { bytes: 0, sha256: null };
  const bytes = checkedBytes(input as AsyncIterable<Buffer>, stats, options.onBytes);

  // Peek at the first line to choose the delimiter, then replay what was read.
  const head: Buffer[] = [];
  let headBytes = 0;
  for (;;) {
    const next = await bytes.next();
    if (next.done) break;
    head.push(next.value);
    headBytes += next.value.length;
    if (next.value.includes(10) || headBytes >= SNIFF_BYTES) break;
  }
  const firstText = Buffer.concat(head)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  const delimiter = sniffDelimiter(firstText.split(/\r\n|\n|\r/, 1)[0] ?? '');

  // Line numbers are counted here, in step with the parser, so that an error names the line
  // of the row it stopped in.
  let nextLine = 1;
  let headerSeen = false;
  let batch: CsvRecord[] = [];
  // Records arrive in batches, one per chunk of input, without a promise per record.
  const parser = new CsvRecordParser(delimiter, maxRowChars);
  const push = (values: string[]) => {
    const line = nextLine;
    nextLine = line + 1 + lineBreaks(values);
    if (isBlank(values)) return;
    // `# ...` lines before the header are metadata (as Fairshare's own exports write them).
    if (!headerSeen && (values[0] ?? '').trimStart().startsWith('#')) return;
    headerSeen = true;
    for (let i = 0; i < values.length; i++) values[i] = unguardFormula(values[i]!);
    batch.push({ line, values });
  };
  const feed = (chunk: Buffer | undefined) => {
    try {
      // checkedBytes cuts chunks between whole UTF-8 characters.
      parser.feed(chunk?.toString('utf8') ?? '', chunk === undefined, push);
    } catch (err) {
      if (err instanceof CsvSyntaxError) throw describeCsvError(err, nextLine, maxRowChars);
      throw err;
    }
  };

  async function* batches(): AsyncGenerator<CsvRecord[]> {
    let finished = false;
    try {
      for (const chunk of head) {
        feed(chunk);
        if (batch.length) yield takeBatch();
      }
      for await (const chunk of bytes) {
        feed(chunk);
        if (batch.length) yield takeBatch();
      }
      feed(undefined);
      if (batch.length) yield takeBatch();
      finished = true;
    } finally {
      // Stopped early (an error, or the caller gave up): stop reading the input too.
      if (!finished && !input.destroyed) input.destroy();
    }
  }
  const takeBatch = () => {
    const out = batch;
    batch = [];
    return out;
  };

  const source = batches();
  let pending: CsvRecord[] = [];
  for (;;) {
    const next = await source.next();
    if (next.done) break;
    pending = next.value;
    if (pending.length) break;
  }
  const first = pending.shift();
  if (!first) {
    throw new ImportFileError(
      stats.bytes === 0
        ? 'The file is empty. Start from the template: its first line names the columns, and each further line is one row.'
        : 'The file has no header line: it contains only blank lines.',
      { line: 1 },
    );
  }

  async function* rest(): AsyncGenerator<CsvRecord[]> {
    if (pending.length) yield pending;
    yield* source;
  }
  const restBatches = rest();
  async function* records(): AsyncGenerator<CsvRecord> {
    for await (const b of restBatches) yield* b;
  }

  return {
    header: first.values.map((h) => h.trim()),
    headerLine: first.line,
    delimiter,
    batches: restBatches,
    records: records(),
    stats,
  };
}
