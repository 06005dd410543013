import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { dissimilarityIndex, equityMetrics, theilIndex } from '../../../core/equity';

/** Fractional amounts (apportioned dollars, hours), from a thousandth of a unit; sometimes 0. */
const fractionalAmount = fc.oneof(fc.constant(0), fc.double({ min: 1e-3, max: 1e9, noNaN: true }));

describe('multi-group indices, worked by hand', () => {
  // Three states: resources 50, 30, 20 (of 100); need 20, 30, 50 (of 100).
  // s = (0.5, 0.3, 0.2), n = (0.2, 0.3, 0.5).
  const states = [
    { resource: 50, need: 20, label: 'CA' },
    { resource: 30, need: 30, label: 'TX' },
    { resource: 20, need: 50, label: 'NY' },
  ];

  it('D = 1/2 (0.3 + 0 + 0.3) = 0.3', () => {
    const d = dissimilarityIndex(states);
    expect(d.value).toBeCloseTo(0.3, 12);
    expect(d.reason).toBeNull();
  });

  it('T = 0.5 ln 2.5 + 0.3 ln 1 + 0.2 ln 0.4 = 0.3 ln 2.5 = 0.274887', () => {
    expect(theilIndex(states).value).toBeCloseTo(0.274887, 6);
  });

  it('a group with resources and no need makes Theil null, naming the group', () => {
    // D = 1/2 (|0.5 - 0| + |0.5 - 1|) = 0.5
    const groups = [
      { resource: 5, need: 0, label: 'Guam' },
      { resource: 5, need: 10 },
    ];
    expect(dissimilarityIndex(groups).value).toBeCloseTo(0.5, 12);
    expect(theilIndex(groups)).toEqual({
      value: null,
      reason:
        'Guam receives resources but has no need in scope, so the relative entropy (Theil index) is unbounded.',
    });
    expect(
      theilIndex([
        { resource: 5, need: 0 },
        { resource: 0, need: 1 },
      ]).reason,
    ).toMatch(/^Group 1 receives resources/);
  });

  it('a group with neither resources nor need adds nothing (0 ln 0 = 0)', () => {
    const withEmpty = [...states, { resource: 0, need: 0 }];
    expect(theilIndex(withEmpty).value).toBeCloseTo(0.274887, 6);
    expect(dissimilarityIndex(withEmpty).value).toBeCloseTo(0.3, 12);
  });

  it('no resources or no need anywhere: null with a reason', () => {
    const noResources = [
      { resource: 0, need: 1 },
      { resource: 0, need: 2 },
    ];
    expect(dissimilarityIndex(noResources).value).toBeNull();
    expect(theilIndex(noResources).reason).toMatch(/no group has any resources/i);
    expect(dissimilarityIndex([{ resource: 1, need: 0 }]).reason).toMatch(/no group has any need/i);
    expect(theilIndex([])).toEqual({ value: null, reason: 'There are no groups to compare.' });
    expect(dissimilarityIndex([]).value).toBeNull();
  });
});

describe('multi-group properties', () => {
  const group = fc.record({ resource: fractionalAmount, need: fractionalAmount });

  it('with two groups, D and T agree with the two-group metrics (labor, sex)', () => {
    fc.assert(
      fc.property(group, group, (labor, sex) => {
        const two = equityMetrics(
          { labor: labor.resource, sex: sex.resource },
          { labor: labor.need, sex: sex.need },
        );
        for (const [multi, pair] of [
          [dissimilarityIndex([labor, sex]), two.dissimilarity],
          [theilIndex([labor, sex]), two.theil],
        ] as const) {
          if (pair.value === null) expect(multi.value).toBeNull();
          else expect(multi.value).toBeCloseTo(pair.value, 12);
        }
      }),
    );
  });

  it('D is in [0, 1] and T >= 0 for any groups', () => {
    fc.assert(
      fc.property(fc.array(group, { minLength: 1, maxLength: 12 }), (groups) => {
        const d = dissimilarityIndex(groups).value;
        const t = theilIndex(groups).value;
        if (d !== null) {
          expect(d).toBeGreaterThanOrEqual(0);
          expect(d).toBeLessThanOrEqual(1 + 1e-12);
        }
        if (t !== null) expect(t).toBeGreaterThanOrEqual(-1e-12);
      }),
    );
  });

  it('resources proportional to need give D = T = 0; the order of groups does not matter', () => {
    const positive = fc.integer({ min: 1, max: 1_000_000 });
    fc.assert(
      fc.property(fc.array(positive, { minLength: 1, maxLength: 12 }), positive, (needs, k) => {
        const groups = needs.map((need) => ({ resource: k * need, need }));
        expect(dissimilarityIndex(groups).value).toBeCloseTo(0, 12);
        expect(theilIndex(groups).value).toBeCloseTo(0, 12);
        const skewed = groups.map((g, i) => ({ ...g, resource: g.resource * (i + 1) }));
        const reversed = [...skewed].reverse();
        expect(dissimilarityIndex(reversed).value).toBeCloseTo(
          dissimilarityIndex(skewed).value ?? Number.NaN,
          12,
        );
        expect(theilIndex(reversed).value).toBeCloseTo(theilIndex(skewed).value ?? Number.NaN, 12);
      }),
    );
  });
});
