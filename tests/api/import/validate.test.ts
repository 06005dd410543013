import { afterEach, describe, expect, it, vi } from 'vitest';
import { readNumber } from '../../../api/import/cells';
import { ImportFileError } from '../../../api/import/errors';
import { checkRow, mapHeader } from '../../../api/import/validate';
import { GRANT_HEADER } from './helpers';

const COMMA = { decimalComma: false };
const header = GRANT_HEADER.split(',');
const map = mapHeader('grants', header, 1);
const row = (values: string) =>
  checkRow('grants', map, { line: 7, values: values.split('|') }, COMMA);

function headerError(kind: Parameters<typeof mapHeader>[0], names: string[]): string {
  try {
    mapHeader(kind, names, 1);
  } catch (err) {
    if (err instanceof ImportFileError) return err.message;
    throw err;
  }
  throw new Error('expected the header to be refused');
}

describe('mapHeader', () => {
  it('matches headers case-insensitively with spaces read as underscores', () => {
    const m = mapHeader('grants', ['Funder', 'Fiscal Year', 'AMOUNT_USD', 'trafficking type'], 1);
    expect([...m.positions.entries()]).toEqual([
      ['funder', 0],
      ['fiscal_year', 1],
      ['amount_usd', 2],
      ['trafficking_type', 3],
    ]);
  });

  it('names an unknown column and suggests the closest template column', () => {
    const message = headerError('grants', [
      'funder',
      'fiscal_yaer',
      'amount_usd',
      'trafficking_type',
    ]);
    expect(message).toContain(
      'The column "fiscal_yaer" is not one Fairshare knows; did you mean "fiscal_year"?',
    );
  });

  it('names a missing required column', () => {
    const message = headerError('grants', ['funder', 'fiscal_year', 'trafficking_type']);
    expect(message).toContain('The required column "amount_usd" is missing.');
  });

  it('refuses the same column twice', () => {
    const message = headerError('grants', [
      'funder',
      'fiscal_year',
      'amount_usd',
      'trafficking_type',
      'Funder',
    ]);
    expect(message).toContain('both give funder');
  });

  it('ignores the error column of a rejected-rows download', () => {
    const m = mapHeader(
      'grants',
      ['funder', 'fiscal_year', 'amount_usd', 'trafficking_type', 'error'],
      1,
    );
    expect(m.positions.size).toBe(4);
  });

  it('reads USAspending exports by cfda_* or assistance_listing_* names and ignores other columns', () => {
    const names = [
      'award_id_fain',
      'recipient_name',
      'total_obligated_amount',
      'awarding_agency_name',
      'cfda_number',
      'cfda_title',
      'action_date_fiscal_year',
      'recipient_uei',
    ];
    const m = mapHeader('usaspending', names, 1);
    expect(m.positions.get('assistance_listing_number')).toBe(4);
    expect(m.positions.get('assistance_listing_title')).toBe(5);
    expect(m.positions.get('award_base_action_date_fiscal_year')).toBe(6);
    expect(m.positions.size).toBe(7);
  });
});

const NEXT_YEAR = new Date().getUTCFullYear() + 1;

describe('checkRow', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('refuses a fiscal year after next year (US fiscal year 2027 starts in October 2026)', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-29T12:00:00Z'));
    expect(row('G-9|Fund A||2027|500|LABOR|||US||').ok).toBe(true);
    for (const year of ['2028', '2099']) {
      const r = row(`G-9|Fund A||${year}|500|LABOR|||US||`);
      expect(r.ok ? [] : r.errors).toEqual([
        {
          line: 7,
          column: 'fiscal_year',
          value: year,
          message: `fiscal_year must be a year from 1990 to next year, 2027 (got ${year}).`,
        },
      ]);
    }
  });

  it('types every cell of a valid row', () => {
    // A thousands separator is read (1,250.50 = 1250.5); enums and states ignore case.
    const r = row('G-1|Fund A|Org B|2023|1,250.50|labor||legal|US|ca|text');
    expect(r).toEqual({
      ok: true,
      cells: expect.objectContaining({
        grant_id: 'G-1',
        fiscal_year: 2023,
        amount_usd: 1250.5,
        trafficking_type: 'LABOR',
        labor_share: null,
        service_category: 'LEGAL',
        us_state: 'CA',
        country: 'US',
      }),
    });
  });

  it('gives one precise error per bad cell: negative amount, unknown type, year 1066', () => {
    const r = row('G-2|Fund A||1066|-500|FORCED_MARRIAGE|||US||');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      {
        line: 7,
        column: 'fiscal_year',
        value: '1066',
        message: `fiscal_year must be a year from 1990 to next year, ${NEXT_YEAR} (got 1066).`,
      },
      {
        line: 7,
        column: 'amount_usd',
        value: '-500',
        message: 'amount_usd must be zero or more (got -500).',
      },
      {
        line: 7,
        column: 'trafficking_type',
        value: 'FORCED_MARRIAGE',
        message:
          'trafficking_type must be one of LABOR, SEX, BOTH, UNSPECIFIED (got "FORCED_MARRIAGE").',
      },
    ]);
  });

  it('says which required cell is empty', () => {
    const r = row('G-3||Org|2020|10|SEX|||US||');
    expect(r.ok ? [] : r.errors).toEqual([
      { line: 7, column: 'funder', value: '', message: 'funder is empty; it is required.' },
    ]);
  });

  it('refuses a row with more values than columns', () => {
    const r = row('G-4|Fund|Org|2020|10|SEX|||US|||surplus');
    expect(r.ok ? '' : r.errors[0]!.message).toBe(
      'This row has 12 values but the header has 11 columns. A value that contains the delimiter must be in double quotes.',
    );
  });

  it('reads shares as 0.3 or 30%, and refuses 30 without a percent sign', () => {
    expect(row('|F||2020|1|BOTH|30%||US||')).toMatchObject({
      ok: true,
      cells: { labor_share: 0.3 },
    });
    expect(row('|F||2020|1|BOTH|30||US||')).toMatchObject({ ok: false });
  });
});

describe('readNumber', () => {
  it('reads plain, thousands-separated and dollar amounts; decimal commas only in semicolon files', () => {
    expect(readNumber('1234.5', COMMA)).toBe(1234.5);
    expect(readNumber('1,234,567.25', COMMA)).toBe(1234567.25);
    expect(readNumber('$2,000', COMMA)).toBe(2000);
    expect(readNumber('12,5', COMMA)).toBeNull(); // ambiguous in a comma file
    expect(readNumber('12,5', { decimalComma: true })).toBe(12.5);
    expect(readNumber('1e6', COMMA)).toBeNull();
    expect(readNumber('abc', COMMA)).toBeNull();
  });
});

describe('identityHash', () => {
  it('is the digest the seeds use (api/db/rowHash), by external id or by content', async () => {
    const { rowHash } = await import('../../../api/db/rowHash');
    const { identityHash } = await import('../../../api/import/rows');
    expect(identityHash('grants', 'G-1', () => ['ignored'])).toBe(rowHash(['G-1']));
    expect(identityHash('grants', null, () => ['fund', 2020, null])).toBe(
      rowHash(['grants', 'fund', 2020, null]),
    );
  });
});
