import { describe, it, expect } from 'vitest';
import { computeEquity, equityMetrics } from '../../../core/equity';
import type { EquityMetrics, Measured } from '../../../core/equity';

/** Every Measured in the metrics, by name. */
function allMeasured(m: EquityMetrics): Record<string, Measured> {
  return {
    laborResourceShare: m.labor.resourceShare,
    laborNeedShare: m.labor.needShare,
    laborEquityRatio: m.labor.equityRatio,
    laborPerNeedUnit: m.labor.perNeedUnit,
    sexResourceShare: m.sex.resourceShare,
    sexNeedShare: m.sex.needShare,
    sexEquityRatio: m.sex.equityRatio,
    sexPerNeedUnit: m.sex.perNeedUnit,
    disparityMultiple: m.disparityMultiple,
    parityGap: m.parityGap,
    dissimilarity: m.dissimilarity,
    theil: m.theil,
  };
}

describe('need shares from reference-figures.csv, worked by hand', () => {
  it("labor's share of identified victims 2023 is 42,098 / 133,943 = 0.31430", () => {
    // TIP report 2023: ALL 133,943, LABOR 42,098; the non-labor rest 91,845 is read as SEX.
    const m = equityMetrics({ labor: 1, sex: 1 }, { labor: 42_098, sex: 133_943 - 42_098 });
    expect(m.labor.needShare.value).toBeCloseTo(0.3143, 4);
    expect(m.sex.needShare.value).toBeCloseTo(0.6857, 4); // 91,845 / 133,943
  });

  it('hotline cases 2017: 0.1695 under EXCLUDE, 0.2163 under EVEN_SPLIT (docs/methodology.md)', () => {
    const res = { labor: 1, sex: 1, shared: 0, sharedDeclared: 0, sharedDeclaredLabor: 0 };
    const hotline = { labor: 1274, sex: 6244, shared: 390 + 851 };
    // 1,274 / (1,274 + 6,244) = 1,274 / 7,518 = 0.169460
    expect(computeEquity(res, hotline, 'EXCLUDE').labor.needShare.value).toBeCloseTo(0.16946, 5);
    // (1,274 + 1,241 / 2) / 8,759 = 1,894.5 / 8,759 = 0.216292
    expect(computeEquity(res, hotline, 'EVEN_SPLIT').labor.needShare.value).toBeCloseTo(
      0.216292,
      5,
    );
  });
});

describe('a funding example against GEMS 2021 prevalence, worked by hand', () => {
  // R_L = $10M, R_S = $90M; N_L = 17.3M, N_S = 6.3M persons (GEMS 2022, data year 2021).
  const m = equityMetrics({ labor: 10e6, sex: 90e6 }, { labor: 17.3e6, sex: 6.3e6 });

  it('shares: s_L = 10/100 = 0.1, n_L = 17.3/23.6 = 0.733051, n_S = 6.3/23.6 = 0.266949', () => {
    expect(m.labor.resourceShare.value).toBeCloseTo(0.1, 12);
    expect(m.sex.resourceShare.value).toBeCloseTo(0.9, 12);
    expect(m.labor.needShare.value).toBeCloseTo(0.733051, 6);
    expect(m.sex.needShare.value).toBeCloseTo(0.266949, 6);
  });

  it('equity ratios: e_L = 0.1 * 23.6 / 17.3 = 0.136416, e_S = 0.9 * 23.6 / 6.3 = 3.371429', () => {
    expect(m.labor.equityRatio.value).toBeCloseTo(0.136416, 6);
    expect(m.sex.equityRatio.value).toBeCloseTo(3.371429, 6);
  });

  it('per need unit: r_L = 10/17.3 = $0.578035, r_S = 90/6.3 = $14.285714; multiple 24.714286', () => {
    expect(m.labor.perNeedUnit.value).toBeCloseTo(0.578035, 6);
    expect(m.sex.perNeedUnit.value).toBeCloseTo(14.285714, 6);
    // r_S / r_L = (90 * 17.3) / (6.3 * 10) = 1,557 / 63 = 24.714286
    expect(m.disparityMultiple.value).toBeCloseTo(24.714286, 6);
  });

  it('parity gap: 0.733051 * $100M - $10M = $63.305085M to move to labor', () => {
    expect((m.parityGap.value ?? Number.NaN) / 1e6).toBeCloseTo(63.305085, 6);
  });

  it('dissimilarity: 1/2 (|0.1 - 0.733051| + |0.9 - 0.266949|) = 0.633051', () => {
    expect(m.dissimilarity.value).toBeCloseTo(0.633051, 6);
  });

  it('Theil: 0.1 ln(0.136416) + 0.9 ln(3.371429) = -0.199204 + 1.093803 = 0.894598', () => {
    expect(m.theil.value).toBeCloseTo(0.894598, 6);
  });

  it('all defined figures come with a null reason', () => {
    for (const figure of Object.values(allMeasured(m))) expect(figure.reason).toBeNull();
  });
});

describe('research output (Dimas et al. 2022) against GEMS 2021 prevalence, by hand', () => {
  // OR studies: labor 17, sex 68, unspecified 57; n_L = 17.3 / 23.6 = 0.733051.
  const studies = { labor: 17, sex: 68, shared: 57, sharedDeclared: 0, sharedDeclaredLabor: 0 };
  const gems = { labor: 17.3e6, sex: 6.3e6, shared: 0 };

  it('EXCLUDE: s_L = 17/85 = 0.2, e_L = 0.2 / 0.733051 = 0.272832', () => {
    const m = computeEquity(studies, gems, 'EXCLUDE');
    expect(m.labor.resourceShare.value).toBeCloseTo(0.2, 12);
    expect(m.labor.equityRatio.value).toBeCloseTo(0.272832, 6);
  });

  it('EVEN_SPLIT: s_L = (17 + 28.5)/142 = 0.320423, e_L = 0.437108', () => {
    const m = computeEquity(studies, gems, 'EVEN_SPLIT');
    expect(m.labor.resourceShare.value).toBeCloseTo(0.320423, 6);
    expect(m.labor.equityRatio.value).toBeCloseTo(0.437108, 6);
  });

  it('NEED_PROPORTIONAL: s_L = (17 + 57 * 0.733051)/142 = 0.413971, e_L = 0.564724', () => {
    const m = computeEquity(studies, gems, 'NEED_PROPORTIONAL');
    expect(m.labor.resourceShare.value).toBeCloseTo(0.413971, 6);
    expect(m.labor.equityRatio.value).toBeCloseTo(0.564724, 6);
  });
});

describe('division by zero gives null with a reason, never Infinity or NaN', () => {
  it('no need at all: every need-based figure is null and says why', () => {
    const m = equityMetrics({ labor: 10, sex: 90 }, { labor: 0, sex: 0 });
    expect(m.labor.resourceShare.value).toBeCloseTo(0.1, 12);
    for (const figure of [
      m.labor.needShare,
      m.labor.equityRatio,
      m.labor.perNeedUnit,
      m.sex.equityRatio,
      m.disparityMultiple,
      m.parityGap,
      m.dissimilarity,
      m.theil,
    ]) {
      expect(figure.value).toBeNull();
      expect(figure.reason).toMatch(/need/);
    }
    expect(m.labor.needShare.reason).toBe(
      'There is no labor or sex need under this basis, so neither type has a share of it.',
    );
  });

  it('no resources at all: shares are null, but the parity gap is 0', () => {
    const m = equityMetrics({ labor: 0, sex: 0 }, { labor: 3, sex: 1 });
    expect(m.labor.resourceShare).toEqual({
      value: null,
      reason: 'There are no labor or sex resources in scope, so neither type has a share of them.',
    });
    expect(m.labor.equityRatio.value).toBeNull();
    expect(m.dissimilarity.value).toBeNull();
    expect(m.theil.value).toBeNull();
    // per need unit is 0 / 3 = 0 and 0 / 1 = 0; the multiple 0 / 0 is undefined
    expect(m.labor.perNeedUnit.value).toBe(0);
    expect(m.disparityMultiple.value).toBeNull();
    // G = 0.75 * 0 - 0 = 0
    expect(m.parityGap.value).toBe(0);
  });

  it('labor gets nothing: the disparity multiple is null, e_L is 0', () => {
    const m = equityMetrics({ labor: 0, sex: 50 }, { labor: 10, sex: 10 });
    expect(m.labor.equityRatio.value).toBe(0); // 0 / 0.5
    expect(m.disparityMultiple.value).toBeNull();
    expect(m.disparityMultiple.reason).toMatch(/^Labor trafficking receives no resources/);
    // D = 1/2 (|0 - 0.5| + |1 - 0.5|) = 0.5; T = 0 ln 0 + 1 ln(1/0.5) = ln 2 = 0.693147
    expect(m.dissimilarity.value).toBeCloseTo(0.5, 12);
    expect(m.theil.value).toBeCloseTo(0.693147, 6);
  });

  it('sex has resources but no need: e_S, r_S, the multiple and Theil are null', () => {
    const m = equityMetrics({ labor: 40, sex: 60 }, { labor: 25, sex: 0 });
    expect(m.sex.equityRatio.value).toBeNull();
    expect(m.sex.equityRatio.reason).toMatch(/^Sex trafficking has no need under this basis/);
    expect(m.sex.perNeedUnit.value).toBeNull();
    expect(m.disparityMultiple.value).toBeNull();
    expect(m.theil.value).toBeNull();
    expect(m.theil.reason).toMatch(/^Sex trafficking receives resources but has no need/);
    // still defined: e_L = 0.4 / 1 = 0.4; G = 1 * 100 - 40 = 60; D = 1/2 (0.6 + 0.6) = 0.6
    expect(m.labor.equityRatio.value).toBeCloseTo(0.4, 12);
    expect(m.parityGap.value).toBeCloseTo(60, 9);
    expect(m.dissimilarity.value).toBeCloseTo(0.6, 12);
  });

  it('labor has no need and no resources: e_L is null, Theil counts 0 ln 0 as 0', () => {
    const m = equityMetrics({ labor: 0, sex: 60 }, { labor: 0, sex: 25 });
    expect(m.labor.equityRatio.value).toBeNull();
    expect(m.labor.equityRatio.reason).toMatch(/^Labor trafficking has no need/);
    expect(m.theil.value).toBe(0); // 0 ln(0/0) := 0, 1 ln(1/1) = 0
    expect(m.dissimilarity.value).toBe(0);
  });

  it('rejects negative or non-finite attributed amounts', () => {
    expect(() => equityMetrics({ labor: -1, sex: 1 }, { labor: 1, sex: 1 })).toThrow(RangeError);
    expect(() => equityMetrics({ labor: 1, sex: 1 }, { labor: Infinity, sex: 1 })).toThrow(
      RangeError,
    );
  });
});
