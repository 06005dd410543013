/**
 * Stacked series: values per category (a year, a funder) and layer (a trafficking type), and
 * their stacked extents. Positive values stack up from zero, negative ones down (a diverging
 * stack), so that a negative parity gap draws below the axis.
 */
import type { SeriesStyle } from '../palette';

export interface StackLayer {
  key: string;
  label: string;
  style: SeriesStyle;
  /** One value per category; null when missing or suppressed. */
  values: (number | null)[];
  /** Per category: true when the value was withheld to protect survivors. */
  suppressed?: boolean[];
}

export interface StackCategory {
  key: string;
  label: string;
}

export interface StackInput {
  categories: StackCategory[];
  layers: StackLayer[];
}

export interface StackSegment {
  layer: string;
  category: string;
  value: number | null;
  /** Share of the category's total (of absolute values), 0..1; null when the total is 0. */
  share: number | null;
  start: number;
  end: number;
  suppressed: boolean;
}

export interface StackedCategory {
  category: StackCategory;
  total: number;
  segments: StackSegment[];
}

/**
 * Stacks each category's layers in layer order. With `normalize`, extents are shares of the
 * category total (0..1) instead of amounts.
 */
export function stackLayers(input: StackInput, normalize = false): StackedCategory[] {
  return input.categories.map((category, i) => {
    const values = input.layers.map((l) => l.values[i] ?? null);
    const total = values.reduce<number>((s, v) => s + (v ?? 0), 0);
    const absTotal = values.reduce<number>((s, v) => s + Math.abs(v ?? 0), 0);
    let up = 0;
    let down = 0;
    const segments = input.layers.map((layer, j): StackSegment => {
      const value = values[j] ?? null;
      const share = absTotal > 0 && value !== null ? Math.abs(value) / absTotal : null;
      const amount = normalize ? (share ?? 0) * Math.sign(value ?? 0) : (value ?? 0);
      let start: number;
      let end: number;
      if (amount >= 0) {
        start = up;
        end = up += amount;
      } else {
        start = down;
        end = down += amount;
      }
      return {
        layer: layer.key,
        category: category.key,
        value,
        share,
        start,
        end,
        suppressed: layer.suppressed?.[i] ?? false,
      };
    });
    return { category, total, segments };
  });
}

/** Smallest and largest stacked extent over all categories (always includes 0). */
export function stackExtent(stacked: StackedCategory[]): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const c of stacked)
    for (const s of c.segments) {
      lo = Math.min(lo, s.start, s.end);
      hi = Math.max(hi, s.start, s.end);
    }
  return [lo, hi];
}
