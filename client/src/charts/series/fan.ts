/**
 * The fan chart's series: for the chosen output, the Monte Carlo p10–p90 band and median per
 * year, the zero-lever baseline (dashed) and the deterministic scenario, plus its table and a
 * summary sentence. Pure.
 */
import type {
  Band,
  MonteCarloResult,
  ScenarioResult,
  TypeYear,
} from '../../../../core/scenario/types';
import type { TableData } from '../types';
import { formatCount, formatRatio } from '../../format/numbers';
import type { FanOutput } from '../../scenario/settings';

export interface FanSeries {
  output: FanOutput;
  label: string;
  unit: string;
  years: number[];
  p10: (number | null)[];
  p50: (number | null)[];
  p90: (number | null)[];
  /** The same model with no levers. */
  baseline: (number | null)[];
  /** The scenario at the parameters' point values. */
  scenario: (number | null)[];
  /** A horizontal reference line (parity for the equity ratio). */
  reference: { value: number; label: string } | null;
  format: (v: number | null) => string;
}

interface OutputSpec {
  label: string;
  unit: string;
  band: (mc: MonteCarloResult) => Band;
  value: (y: { labor: TypeYear; sex: TypeYear }) => number | null;
  ratio: boolean;
}

export const FAN_OUTPUT_SPECS: Record<FanOutput, OutputSpec> = {
  laborServed: {
    label: 'Labor-trafficking survivors served',
    unit: 'people per year',
    band: (mc) => mc.labor.survivorsServed,
    value: (y) => y.labor.survivorsServed,
    ratio: false,
  },
  laborUnmet: {
    label: 'Unmet labor-trafficking need',
    unit: 'people per year',
    band: (mc) => mc.labor.unmetNeed,
    value: (y) => y.labor.unmetNeed,
    ratio: false,
  },
  laborEquity: {
    label: 'Labor’s equity ratio',
    unit: 'share of funding ÷ share of need (1 = proportional)',
    band: (mc) => mc.labor.equityRatio,
    value: (y) => y.labor.equityRatio,
    ratio: true,
  },
  sexServed: {
    label: 'Sex-trafficking survivors served',
    unit: 'people per year',
    band: (mc) => mc.sex.survivorsServed,
    value: (y) => y.sex.survivorsServed,
    ratio: false,
  },
};

export function fanSeries(
  output: FanOutput,
  result: ScenarioResult,
  mc: MonteCarloResult,
): FanSeries {
  const spec = FAN_OUTPUT_SPECS[output];
  const band = spec.band(mc);
  return {
    output,
    label: spec.label,
    unit: spec.unit,
    years: mc.years,
    p10: band.p10,
    p50: band.p50,
    p90: band.p90,
    baseline: result.baselineYears.map(spec.value),
    scenario: result.years.map(spec.value),
    reference: spec.ratio ? { value: 1, label: 'parity (1)' } : null,
    format: spec.ratio ? formatRatio : formatCount,
  };
}

/** One row per year: the band, the median, the scenario and the no-change baseline. */
export function fanTable(s: FanSeries): TableData {
  const f = (v: number) => s.format(v);
  return {
    columns: [
      { key: 'year', label: 'Year' },
      { key: 'p10', label: 'p10', numeric: true, format: f },
      { key: 'p50', label: 'Median (p50)', numeric: true, format: f },
      { key: 'p90', label: 'p90', numeric: true, format: f },
      { key: 'scenario', label: 'Scenario at point values', numeric: true, format: f },
      { key: 'baseline', label: 'No change', numeric: true, format: f },
    ],
    rows: s.years.map((year, i) => ({
      year: String(year),
      p10: s.p10[i] ?? null,
      p50: s.p50[i] ?? null,
      p90: s.p90[i] ?? null,
      scenario: s.scenario[i] ?? null,
      baseline: s.baseline[i] ?? null,
    })),
  };
}

/** "By 2029: median 412 (80% range 380 to 450) against 320 with no change." */
export function fanSummary(s: FanSeries, draws: number): string {
  const last = s.years.length - 1;
  const year = s.years[last];
  return (
    `${s.label} (${s.unit}) from ${s.years[0]} to ${year}. By ${year}: median ` +
    `${s.format(s.p50[last] ?? null)}, with an 80% range of ${s.format(s.p10[last] ?? null)} to ` +
    `${s.format(s.p90[last] ?? null)} over ${formatCount(draws)} draws, against ` +
    `${s.format(s.baseline[last] ?? null)} with no change.`
  );
}
