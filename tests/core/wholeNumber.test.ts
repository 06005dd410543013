import { describe, expect, it } from 'vitest';
import { groupedWhole } from '../../core/wholeNumber';

describe('groupedWhole', () => {
  it('groups thousands with commas and rounds half away from zero', () => {
    expect(groupedWhole(0)).toBe('0');
    expect(groupedWhole(999)).toBe('999');
    expect(groupedWhole(1000)).toBe('1,000');
    expect(groupedWhole(20000)).toBe('20,000');
    expect(groupedWhole(1234567.5)).toBe('1,234,568');
    expect(groupedWhole(999999.4)).toBe('999,999');
    expect(groupedWhole(999999.5)).toBe('1,000,000');
    expect(groupedWhole(-2.5)).toBe('-3');
    expect(groupedWhole(-1234.4)).toBe('-1,234');
  });
});
