import { describe, expect, it } from 'vitest';
import {
  createRng,
  lognormal,
  normal,
  triangular,
  triangularFromUniform,
  uniform,
} from '../../../core/random';

const take = (seed: number, n: number): number[] => {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => rng());
};

describe('createRng', () => {
  it('gives the same sequence for the same seed', () => {
    expect(take(42, 100)).toEqual(take(42, 100));
  });

  it('gives different sequences for neighbouring seeds', () => {
    const a = take(1, 50);
    const b = take(2, 50);
    expect(a.filter((v, i) => v === b[i])).toHaveLength(0);
  });

  it('stays in [0, 1) with mean near 1/2 and variance near 1/12', () => {
    const xs = take(7, 100_000);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length;
    // standard error of the mean: sqrt(1/12 / 1e5) = 0.0009
    expect(mean).toBeCloseTo(0.5, 2);
    expect(variance).toBeCloseTo(1 / 12, 3);
  });

  it('reads non-integer and non-finite seeds as integers', () => {
    expect(take(3.7, 5)).toEqual(take(3, 5));
    expect(take(Number.NaN, 5)).toEqual(take(0, 5));
  });
});

describe('distributions', () => {
  it('inverts the triangular CDF at its ends and at the mode', () => {
    // F(mode) = (mode - low) / (high - low) = (4 - 2) / (10 - 2) = 0.25
    expect(triangularFromUniform(0, 2, 4, 10)).toBe(2);
    expect(triangularFromUniform(0.25, 2, 4, 10)).toBeCloseTo(4, 12);
    expect(triangularFromUniform(1, 2, 4, 10)).toBe(10);
    // u = 0.5 > 0.25: 10 - sqrt(0.5 * 8 * 6) = 10 - sqrt(24) = 5.101020514...
    expect(triangularFromUniform(0.5, 2, 4, 10)).toBeCloseTo(5.101020514, 8);
    expect(triangularFromUniform(0.3, 5, 5, 5)).toBe(5);
  });

  it('draws triangular values inside the range with mean (low + mode + high) / 3', () => {
    const rng = createRng(11);
    const xs = Array.from({ length: 50_000 }, () => triangular(rng, 2, 4, 10));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(2);
    expect(Math.max(...xs)).toBeLessThanOrEqual(10);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean).toBeCloseTo(16 / 3, 1);
  });

  it('draws normal, lognormal and uniform values with the right centre', () => {
    const rng = createRng(5);
    const n = 50_000;
    const zs = Array.from({ length: n }, () => normal(rng, 3, 2));
    const mean = zs.reduce((s, x) => s + x, 0) / n;
    const sd = Math.sqrt(zs.reduce((s, x) => s + (x - mean) ** 2, 0) / n);
    expect(mean).toBeCloseTo(3, 1);
    expect(sd).toBeCloseTo(2, 1);
    const logs = Array.from({ length: n }, () => lognormal(rng, 0, 0.5)).sort((a, b) => a - b);
    expect(logs[n / 2]).toBeCloseTo(1, 1); // median exp(0) = 1
    const us = Array.from({ length: n }, () => uniform(rng, -1, 3));
    expect(Math.min(...us)).toBeGreaterThanOrEqual(-1);
    expect(us.reduce((s, x) => s + x, 0) / n).toBeCloseTo(1, 1);
  });
});
