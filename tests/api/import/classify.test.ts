import { describe, expect, it } from 'vitest';
import { classifyAward } from '../../../api/import/classify';
import { federalFiscalYear, splitListings } from '../../../api/import/usaspending';

describe('classifyAward', () => {
  it('reads labor trafficking, with the terms that decided it', () => {
    const c = classifyAward('Legal services for victims of forced labor and debt bondage', null);
    expect(c).toEqual({
      rule: 'keywords-v1',
      type: 'LABOR',
      confidence: 0.9, // two distinct labor terms
      matched: { labor: ['forced labor', 'debt bondage'], sex: [], both: [], general: [] },
    });
  });

  it('reads sex trafficking from the program title when the description is silent', () => {
    const c = classifyAward('SHELTER SERVICES', 'Domestic Minor Sex Trafficking Program');
    expect(c.type).toBe('SEX');
    expect(c.matched.sex).toEqual(['sex trafficking', 'domestic minor sex trafficking']);
  });

  it('reads a phrase naming both forms as BOTH, not as sex', () => {
    const c = classifyAward(
      'Comprehensive services for survivors of labor and sex trafficking',
      null,
    );
    expect(c.type).toBe('BOTH');
    expect(c.matched.sex).toEqual([]);
    expect(c.confidence).toBe(0.7);
  });

  it('leaves general trafficking wording UNSPECIFIED with a low confidence', () => {
    const c = classifyAward('Services for Victims of Human Trafficking', null);
    expect(c.type).toBe('UNSPECIFIED');
    expect(c.matched.general).toEqual(['human trafficking']);
    expect(c.confidence).toBe(0.3);
  });

  it('matches whole words only', () => {
    expect(classifyAward('Essex county transport', null).type).toBe('UNSPECIFIED');
    expect(classifyAward('no description', null).confidence).toBe(0);
  });
});

describe('USAspending helpers', () => {
  it('counts October to December toward the next federal fiscal year', () => {
    expect(federalFiscalYear('2022-09-30')).toBe(2022);
    expect(federalFiscalYear('2022-10-01')).toBe(2023);
  });

  it('splits combined assistance listings', () => {
    expect(
      splitListings(
        '16.320: Services for Victims of Human Trafficking; 16.575: Crime Victim Assistance',
      ),
    ).toEqual([
      { number: '16.320', title: 'Services for Victims of Human Trafficking' },
      { number: '16.575', title: 'Crime Victim Assistance' },
    ]);
  });
});
