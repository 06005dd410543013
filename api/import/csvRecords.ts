/**
 * CSV records from text fed in pieces (RFC 4180 with any one-character delimiter): fields in
 * double quotes may hold delimiters, line breaks and doubled quotes; records end at \r\n, \n or
 * \r; a blank line is a record of one empty value. It reads the same records, and stops at the
 * same mistakes, as csv-parse did with the options the import used (relax_column_count, no
 * trimming, no relaxed quotes), at a third of its CPU time (issue 13: csv-parse was the largest
 * part of reading a million rows).
 *
 * An unfinished record at the end of a piece is kept and read again, whole, with the next piece,
 * so the text kept is bounded by the longest record (`maxRecordChars`).
 */

export type CsvSyntaxCode =
  | 'CSV_QUOTE_NOT_CLOSED'
  | 'CSV_INVALID_CLOSING_QUOTE'
  | 'INVALID_OPENING_QUOTE'
  | 'CSV_MAX_RECORD_SIZE';

/** A mistake in the CSV syntax, in the record being read when it was found. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly code: CsvSyntaxCode,
    message: string,
  ) {
    super(message);
    this.name = 'CsvSyntaxError';
  }
}

const QUOTE = 34;
const LF = 10;
const CR = 13;
const BOM = 0xfeff;
/** `record` found the piece ends inside the record: wait for more text. */
const INCOMPLETE = -1;

export class CsvRecordParser {
  private readonly delimiter: number;
  private rest = '';
  private started = false;

  constructor(
    delimiter: string,
    private readonly maxRecordChars: number,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** Reads the whole records of `text` (after what was left over); at `end`, the last one too. */
  feed(text: string, end: boolean, push: (values: string[]) => void): void {
    let buf = this.rest ? this.rest + text : text;
    if (!this.started && buf.length > 0) {
      if (buf.charCodeAt(0) === BOM) buf = buf.slice(1);
      this.started = true;
    }
    let pos = 0;
    while (pos < buf.length) {
      const next = this.record(buf, pos, end, push);
      if (next === INCOMPLETE) break;
      pos = next;
    }
    this.rest = pos < buf.length ? buf.slice(pos) : '';
    if (this.rest.length > this.maxRecordChars) this.tooLong();
  }

  /** Reads the record at `pos`: pushes it and returns where the next starts, or INCOMPLETE. */
  private record(buf: string, pos: number, end: boolean, push: (values: string[]) => void): number {
    const n = buf.length;
    const delimiter = this.delimiter;
    const values: string[] = [];
    let i = pos;
    for (;;) {
      let stop: number;
      if (i < n && buf.charCodeAt(i) === QUOTE) {
        let value = '';
        let from = i + 1;
        for (;;) {
          const q = buf.indexOf('"', from);
          if (q === -1) {
            if (end) {
              throw new CsvSyntaxError('CSV_QUOTE_NOT_CLOSED', 'A quoted value is never closed.');
            }
            return INCOMPLETE;
          }
          if (q + 1 >= n && !end) return INCOMPLETE; // a doubled quote may follow
          if (buf.charCodeAt(q + 1) === QUOTE) {
            value += buf.slice(from, q + 1);
            from = q + 2;
            continue;
          }
          value += buf.slice(from, q);
          stop = q + 1;
          break;
        }
        values.push(value);
        if (stop < n) {
          const c = buf.charCodeAt(stop);
          if (c !== delimiter && c !== LF && c !== CR) {
            throw new CsvSyntaxError(
              'CSV_INVALID_CLOSING_QUOTE',
              'A quoted value is followed by more text before the next delimiter.',
            );
          }
        }
      } else {
        stop = i;
        for (; stop < n; stop++) {
          const c = buf.charCodeAt(stop);
          if (c === delimiter || c === LF || c === CR) break;
          if (c === QUOTE) {
            throw new CsvSyntaxError(
              'INVALID_OPENING_QUOTE',
              'A double quote is inside a value that is not quoted.',
            );
          }
        }
        if (stop >= n && !end) return INCOMPLETE;
        values.push(buf.slice(i, stop));
      }
      // `stop` is at the delimiter, the record's end or the end of the text.
      if (stop < n && buf.charCodeAt(stop) === delimiter) {
        i = stop + 1;
        continue;
      }
      let next = stop;
      if (stop < n) {
        if (buf.charCodeAt(stop) === CR) {
          if (stop + 1 >= n && !end) return INCOMPLETE; // \r\n split between pieces
          next = buf.charCodeAt(stop + 1) === LF ? stop + 2 : stop + 1;
        } else {
          next = stop + 1;
        }
      }
      if (next - pos > this.maxRecordChars) this.tooLong();
      push(values);
      return next;
    }
  }

  private tooLong(): never {
    throw new CsvSyntaxError(
      'CSV_MAX_RECORD_SIZE',
      `A record is longer than ${this.maxRecordChars} characters.`,
    );
  }
}
