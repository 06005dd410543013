import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { chooseGeography, nearestNeedYear } from '../../../core/equity';

describe('nearestNeedYear', () => {
  // Identified-victim vintages in reference-figures.csv: 2017 to 2023.
  const victims = [2017, 2018, 2019, 2020, 2021, 2022, 2023];
  // GEMS prevalence vintages: 2011, 2016, 2021.
  const gems = [2011, 2016, 2021];

  it('uses the year itself when there is a figure for it', () => {
    expect(nearestNeedYear(victims, 2020)).toBe(2020);
  });

  it('uses the nearest year outside the range', () => {
    expect(nearestNeedYear(victims, 2025)).toBe(2023);
    expect(nearestNeedYear(victims, 2010)).toBe(2017);
    expect(nearestNeedYear(gems, 2019)).toBe(2021); // 2 years off, against 3 for 2016
  });

  it('breaks a tie toward the earlier year, the figure that existed at the time', () => {
    expect(nearestNeedYear([2021, 2016], 2018.5)).toBe(2016); // 2.5 years either way
    expect(nearestNeedYear([2014, 2012], 2013)).toBe(2012);
  });

  it('is null when no year is available', () => {
    expect(nearestNeedYear([], 2020)).toBeNull();
  });

  it('picks an available year no farther than any other, earlier on ties', () => {
    const year = fc.integer({ min: 1990, max: 2100 });
    fc.assert(
      fc.property(fc.array(year, { minLength: 1, maxLength: 20 }), year, (available, target) => {
        const chosen = nearestNeedYear(available, target);
        expect(chosen).not.toBeNull();
        expect(available).toContain(chosen);
        const distance = Math.abs((chosen ?? 0) - target);
        for (const y of available) {
          const d = Math.abs(y - target);
          expect(d > distance || (d === distance && y >= (chosen ?? 0))).toBe(true);
        }
      }),
    );
  });
});

describe('chooseGeography', () => {
  const all = ['WORLD', 'US', 'MX', 'US-CA', 'US-TX'];

  it('one US state with its own figures: the state', () => {
    expect(chooseGeography({ usStates: ['CA'] }, all)).toBe('US-CA');
    expect(chooseGeography({ usStates: ['US-TX'], countries: ['US'] }, all)).toBe('US-TX');
  });

  it('a US state without figures, or several states: the country', () => {
    expect(chooseGeography({ usStates: ['NY'] }, all)).toBe('US');
    expect(chooseGeography({ usStates: ['CA', 'TX'] }, all)).toBe('US');
  });

  it('one country: that country; no geography at all: US first', () => {
    expect(chooseGeography({ countries: ['MX'] }, all)).toBe('MX');
    expect(chooseGeography({}, all)).toBe('US');
    expect(chooseGeography({ usStates: [], countries: [] }, ['WORLD', 'US'])).toBe('US');
  });

  it('several countries, or a state with another country: WORLD', () => {
    expect(chooseGeography({ countries: ['US', 'MX'] }, all)).toBe('WORLD');
    expect(chooseGeography({ usStates: ['CA'], countries: ['MX'] }, all)).toBe('WORLD');
  });

  it('falls back to WORLD when the country has no figures (as for every TIP basis)', () => {
    expect(chooseGeography({ usStates: ['CA'] }, ['WORLD'])).toBe('WORLD');
    expect(chooseGeography({ countries: ['BR'] }, ['WORLD', 'US'])).toBe('WORLD');
  });

  it('is null when nothing contains the scope', () => {
    expect(chooseGeography({ countries: ['MX'] }, ['US', 'US-CA'])).toBeNull();
    expect(chooseGeography({}, [])).toBeNull();
  });
});
