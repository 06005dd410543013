/** Reference figures: a remainder (total minus labor) is no more confident than its inputs. */
import { describe, expect, it } from 'vitest';
import { toNeedRows } from '../../api/import/referenceRows';
import { readReferenceRows } from '../../seeds/reference';

describe('reference need rows', () => {
  const rows = readReferenceRows().filter((r) => r.indicator === 'tip-gled-convictions');
  const needRows = toNeedRows(1, rows);
  const nonLabor = (year: number) =>
    needRows.find((r) => r.year === year && r.trafficking_type === 'NON_LABOR')!;

  it('marks the 2019 non-labor convictions uncertain: the labor figure they rest on is', () => {
    // reference-figures.csv: 2019 ALL 9,548 secondary, LABOR 498 uncertain.
    expect(nonLabor(2019).value).toBe(9_548 - 498);
    expect(nonLabor(2019).confidence).toBe('uncertain');
  });

  it('keeps 2020 uncertain (the total is) and 2021 secondary (both are)', () => {
    expect(nonLabor(2020).confidence).toBe('uncertain');
    expect(nonLabor(2021).confidence).toBe('secondary');
  });
});
