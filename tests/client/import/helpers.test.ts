import { describe, expect, it } from 'vitest';
import {
  fileProblem,
  formatBytes,
  importUrl,
  jobProgressText,
  overviewHrefFor,
  previewColumns,
  uploadPercent,
} from '../../../client/src/import/helpers';

describe('formatBytes', () => {
  it('reads like a person would say it (powers of 1024)', () => {
    expect(formatBytes(0)).toBe('0 bytes');
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(1023)).toBe('1023 bytes');
    // 1536 / 1024 = 1.5
    expect(formatBytes(1536)).toBe('1.5 kB');
    // 200 MiB = 200 * 1024 * 1024
    expect(formatBytes(200 * 1024 * 1024)).toBe('200 MB');
    // 12.25 MiB rounds to 12 (two digits: no decimal)
    expect(formatBytes(12.25 * 1024 * 1024)).toBe('12 MB');
  });
});

describe('fileProblem', () => {
  const MAX = 200 * 1024 * 1024;
  it('accepts a CSV under the limit', () => {
    expect(fileProblem({ name: 'grants.csv', size: 5000 }, MAX)).toBeNull();
  });
  it('refuses a file over the limit, naming both sizes and what to do', () => {
    const m = fileProblem({ name: 'big.csv', size: MAX + 1 }, MAX)!;
    expect(m).toContain('big.csv');
    expect(m).toContain('200 MB');
    expect(m).toContain('Split it');
  });
  it('refuses an empty file and a spreadsheet that is not CSV', () => {
    expect(fileProblem({ name: 'a.csv', size: 0 }, MAX)).toContain('empty');
    expect(fileProblem({ name: 'grants.xlsx', size: 10 }, MAX)).toContain('CSV UTF-8');
  });
  it('checks no size when the limit is unknown', () => {
    expect(fileProblem({ name: 'a.csv', size: 10 ** 12 }, null)).toBeNull();
  });
});

describe('importUrl', () => {
  it('sends the choices as the query the server reads, the dataset name trimmed and encoded', () => {
    expect(
      importUrl({
        kind: 'grants',
        dataset: '  Our grants & more ',
        dryRun: true,
        validOnly: false,
        organizationId: null,
      }),
    ).toBe('/api/import?kind=grants&dataset=Our+grants+%26+more&dryRun=true&validOnly=false');
    expect(
      importUrl({
        kind: 'trainings',
        dataset: 'T',
        dryRun: false,
        validOnly: true,
        organizationId: '7',
      }),
    ).toBe('/api/import?kind=trainings&dataset=T&dryRun=false&validOnly=true&organization=7');
  });
});

describe('overviewHrefFor', () => {
  it('links to the Overview scoped to the dataset', () => {
    expect(overviewHrefFor(42)).toBe('/?dataset=42');
  });
});

describe('previewColumns', () => {
  it('puts line first and error last, and drops numeric ids the server looked up', () => {
    const rows = [
      { line: 2, grant_id: 'G-1', funder: 'F', funder_id: 3, amount_usd: 10, error: null },
      { line: 3, funder: 'F', amount_usd: 'x', error: 'bad', note: 'n' },
    ];
    expect(previewColumns(rows)).toEqual([
      'line',
      'grant_id',
      'funder',
      'amount_usd',
      'note',
      'error',
    ]);
  });
});

describe('uploadPercent', () => {
  it('rounds and clamps to 0–100, unknown without a total', () => {
    // 1 of 3 = 33.3 %
    expect(uploadPercent(1, 3)).toBe(33);
    expect(uploadPercent(5, 4)).toBe(100);
    expect(uploadPercent(1, null)).toBeNull();
    expect(uploadPercent(1, 0)).toBeNull();
  });
});

describe('jobProgressText', () => {
  const base = { bytesDone: 0, bytesTotal: null };
  it('says how many rows are checked while the file is read', () => {
    expect(jobProgressText({ ...base, phase: 'reading', rowsDone: 5000, rowsTotal: null })).toEqual(
      { text: 'Checking the rows: 5,000 rows done', percent: null },
    );
  });
  it('says how many rows of how many are written while they are written in batches', () => {
    // 12,000 of 30,000 is 40%.
    expect(
      jobProgressText({
        ...base,
        phase: 'writing',
        rowsDone: 30000,
        rowsTotal: 30000,
        rowsWritten: 12000,
        rowsToWrite: 30000,
      }),
    ).toEqual({ text: 'Saving the rows: 12,000 rows of 30,000 written', percent: 40 });
  });
  it('falls back to the rows read when the rows are written in one transaction', () => {
    expect(
      jobProgressText({
        ...base,
        phase: 'writing',
        rowsDone: 200,
        rowsTotal: 200,
        rowsWritten: null,
        rowsToWrite: null,
      }),
    ).toEqual({ text: 'Saving the rows: 200 rows of 200 done', percent: 100 });
  });
});
