import { describe, expect, it } from 'vitest';
import { classifyAward } from '../../../api/import/classify';
import { federalFiscalYear, splitListings } from '../../../api/import/usaspending';

const none = { labor: [], sex: [], both: [], general: [], laborContext: [], sexContext: [] };

describe('classifyAward', () => {
  it('reads labor trafficking, with the terms that decided it', () => {
    const c = classifyAward('Legal services for victims of forced labor and debt bondage', null);
    expect(c).toEqual({
      rule: 'keywords-v2',
      type: 'LABOR',
      confidence: 0.9, // two distinct labor terms
      matched: { ...none, labor: ['forced labor', 'debt bondage'] },
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

  it('reads "including but not limited to sex trafficking" as BOTH', () => {
    const c = classifyAward(
      'Services to all victims of human trafficking, including but not limited to sex trafficking',
      null,
    );
    expect(c.type).toBe('BOTH');
    expect(c.matched.both).toEqual(['including but not limited to sex trafficking']);
  });

  it('reads labor sectors as labor only when the award is about trafficking', () => {
    const trafficked = classifyAward('Case management for trafficked H-2A farmworkers', null);
    expect(trafficked.type).toBe('LABOR');
    expect(trafficked.confidence).toBe(0.6);
    expect(trafficked.matched.laborContext).toEqual(['farmworker', 'h 2a']);
    expect(classifyAward('Primary care for migrant and seasonal farmworkers', null).type).toBe(
      'NOT_TRAFFICKING',
    );
    expect(classifyAward('Forced child labor in cocoa supply chains', null).type).toBe('LABOR');
    // A sector word beside a sex-trafficking term does not make the award labor.
    expect(classifyAward('Sex trafficking victims identified in restaurants', null).type).toBe(
      'SEX',
    );
  });

  it('finds awards that are not about trafficking', () => {
    for (const text of [
      'Emergency shelter for survivors of domestic violence',
      'HIV prevention for young men who have sex with men',
      'Forensic interviews for child victims of sexual abuse',
      'Drug trafficking prevention and youth diversion',
      'Essex county transport',
    ]) {
      const c = classifyAward(text, 'Crime Victim Assistance');
      expect([text, c.type, c.confidence]).toEqual([text, 'NOT_TRAFFICKING', 0.8]);
    }
  });

  it('leaves general trafficking wording UNSPECIFIED with a low confidence', () => {
    const c = classifyAward('Services for Victims of Human Trafficking', null);
    expect(c.type).toBe('UNSPECIFIED');
    expect(c.matched.general).toEqual(['human trafficking']);
    expect(c.confidence).toBe(0.3);
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
