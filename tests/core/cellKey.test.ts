import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cellKeyParameters,
  countNoise,
  KEY_MODULUS,
  magnitudeFactor,
  publishCount,
  publishMagnitude,
} from '../../core/cellKey';
import { createRng } from '../../core/random';

const key = fc.integer({ min: 0, max: KEY_MODULUS - 1 });

/** Cell keys spread over the whole ring, from a seeded stream. */
function keys(n: number, seed = 7): number[] {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => Math.floor(rng() * KEY_MODULUS));
}

describe('countNoise', () => {
  it('is the same for the same cell key and value, every time', () => {
    fc.assert(
      fc.property(key, fc.integer({ min: 0, max: 10_000 }), (k, v) => {
        expect(countNoise(k, v)).toBe(countNoise(k, v));
      }),
    );
  });

  it('stays within -min(D, value)..min(D, value), so a count never goes negative', () => {
    fc.assert(
      fc.property(key, fc.integer({ min: 0, max: 10_000 }), (k, v) => {
        const n = countNoise(k, v);
        expect(Number.isInteger(n)).toBe(true);
        expect(Math.abs(n)).toBeLessThanOrEqual(Math.min(4, v));
        expect(v + n).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('has mean 0 and variance D(D+1)/3 = 20/3 over cell keys, each value -4..4 about 1/9 of the time', () => {
    const ks = keys(90_000);
    const noise = ks.map((k) => countNoise(k, 57));
    const mean = noise.reduce((s, n) => s + n, 0) / noise.length;
    const variance = noise.reduce((s, n) => s + (n - mean) ** 2, 0) / noise.length;
    // Standard error of the mean: sqrt(6.67 / 90000) = 0.0086; allow 4 of them.
    expect(Math.abs(mean)).toBeLessThan(0.035);
    expect(variance).toBeCloseTo(20 / 3, 1);
    for (let d = -4; d <= 4; d++) {
      const share = noise.filter((n) => n === d).length / noise.length;
      expect(share).toBeGreaterThan(1 / 9 - 0.006);
      expect(share).toBeLessThan(1 / 9 + 0.006);
    }
  });

  it('gives unrelated noise to two cells that differ by one record (key + k)', () => {
    // If noise followed the key linearly, n(A + x) - n(A) would be nearly constant in A.
    const ks = keys(20_000, 11);
    const x = 123_456_789;
    const diffs = ks.map((k) => countNoise((k + x) % KEY_MODULUS, 60) - countNoise(k, 60));
    const mostCommon = Math.max(
      ...[-8, -4, 0, 4, 8].map((d) => diffs.filter((v) => v === d).length),
    );
    // The difference of two independent uniforms on -4..4 is 0 with probability 1/9.
    expect(mostCommon / diffs.length).toBeLessThan(0.13);
  });
});

describe('publishCount', () => {
  it('never publishes a count from 1 to threshold - 1', () => {
    fc.assert(
      fc.property(
        key,
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 1, max: 30 }),
        (k, v, t) => {
          const p = publishCount(k, v, t);
          if (p.value !== null) expect(p.value === 0 || p.value >= t).toBe(true);
          expect(p.protected).toBe(true);
        },
      ),
    );
  });

  it('shows 0 only for a true 0, and always hides a count of threshold - D - 1 or less', () => {
    fc.assert(
      fc.property(key, fc.integer({ min: 1, max: 6 }), (k, v) => {
        // 6 + 4 = 10 < 11: counts up to 6 are always hidden at threshold 11.
        expect(publishCount(k, v, 11).value).toBeNull();
      }),
    );
    expect(publishCount(42, 0, 11).value).toBe(0);
  });

  it('keeps a count of 15 or more within ±4 (worked: 15 is shown as 11..19)', () => {
    fc.assert(
      fc.property(key, fc.integer({ min: 15, max: 100_000 }), (k, v) => {
        const p = publishCount(k, v, 11);
        expect(p.value).not.toBeNull();
        expect(Math.abs(p.value! - v)).toBeLessThanOrEqual(4);
      }),
    );
  });
});

describe('magnitude perturbation', () => {
  it('moves a sum by 10% to 30% of its largest contribution, either way, with mean 0', () => {
    const factors = keys(50_000, 3).map(magnitudeFactor);
    const sizes = factors.map(Math.abs);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(0.1);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(0.3);
    const mean = factors.reduce((s, f) => s + f, 0) / factors.length;
    // sd of the factor is about 0.21; standard error 0.001.
    expect(Math.abs(mean)).toBeLessThan(0.005);
  });

  it('publishes $1,100 of eleven $100 grants as $1,070..1,090 or $1,110..1,130', () => {
    fc.assert(
      fc.property(key, (k) => {
        const p = publishMagnitude(k, 1100, 100);
        expect(Math.abs(p - 1100)).toBeGreaterThanOrEqual(10);
        expect(Math.abs(p - 1100)).toBeLessThanOrEqual(30);
      }),
    );
  });
});

it('reports its parameters for Sources & methods', () => {
  expect(cellKeyParameters(11)).toEqual({
    threshold: 11,
    countMaxNoise: 4,
    countNoiseVariance: 20 / 3,
    magnitudeNoiseMin: 0.1,
    magnitudeNoiseMax: 0.3,
  });
});
