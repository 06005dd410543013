/**
 * From allocation rows (as the API groups them) to stacked series by trafficking type, and to
 * tables. Suppressed cells count as missing and are flagged, never guessed.
 */
import type { AllocationsQuery, ResourceDimension, TraffickingType } from '../../generated/graphql';
import { CATEGORY_LABEL, TYPE_LABEL } from '../../format/labels';
import { formatAmount, formatShare } from '../../format/numbers';
import { TYPE_STYLE } from '../palette';
import type { TableData } from '../types';
import type { StackCategory, StackInput } from './stack';

export type AllocationRow = AllocationsQuery['allocations']['rows'][number];

export const TYPE_ORDER: readonly TraffickingType[] = ['LABOR', 'SEX', 'BOTH', 'UNSPECIFIED'];

/** How rows are put into categories: a key and a label per row (null drops the row). */
export interface CategoryAccessor {
  key(row: AllocationRow): string | null;
  label(row: AllocationRow): string;
}

export const BY_YEAR: CategoryAccessor = {
  key: (r) => (r.year === null ? null : String(r.year)),
  label: (r) => String(r.year),
};
export const BY_FUNDER: CategoryAccessor = {
  key: (r) => r.funder?.id ?? null,
  label: (r) => r.funder?.name ?? 'Unknown funder',
};
export const BY_CATEGORY: CategoryAccessor = {
  key: (r) => r.category,
  label: (r) => (r.category ? CATEGORY_LABEL[r.category] : 'Not stated'),
};
export interface StackOptions {
  /** 'key' keeps categories in key order (years); 'total' puts the largest first. */
  order: 'key' | 'total';
  /** Keep at most this many categories; the rest are summed into one "other" category. */
  limit?: number;
  /** Label of the summed remainder, given how many categories it holds. */
  otherLabel?: (count: number) => string;
}

/** Rows grouped by [category, TYPE] to one layer per trafficking type present. */
export function stackByType(
  rows: readonly AllocationRow[],
  accessor: CategoryAccessor,
  options: StackOptions,
): StackInput & { suppressedCells: number } {
  const cats = new Map<
    string,
    {
      label: string;
      values: Map<TraffickingType, number | null>;
      suppressed: Set<TraffickingType>;
      total: number;
    }
  >();
  const typesPresent = new Set<TraffickingType>();
  let suppressedCells = 0;
  for (const row of rows) {
    const key = accessor.key(row);
    if (key === null || row.type === null) continue;
    typesPresent.add(row.type);
    let cat = cats.get(key);
    if (!cat) {
      cat = { label: accessor.label(row), values: new Map(), suppressed: new Set(), total: 0 };
      cats.set(key, cat);
    }
    if (row.suppressed) {
      suppressedCells++;
      cat.suppressed.add(row.type);
      if (!cat.values.has(row.type)) cat.values.set(row.type, null);
      continue;
    }
    cat.values.set(row.type, (cat.values.get(row.type) ?? 0) + (row.value ?? 0));
    cat.total += row.value ?? 0;
  }
  let entries = [...cats.entries()];
  if (options.order === 'key')
    entries.sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }));
  else entries.sort(([ka, a], [kb, b]) => b.total - a.total || ka.localeCompare(kb));

  const types = TYPE_ORDER.filter((t) => typesPresent.has(t));
  if (options.limit !== undefined && entries.length > options.limit + 1) {
    const kept = entries.slice(0, options.limit);
    const rest = entries.slice(options.limit);
    const other = {
      label: options.otherLabel?.(rest.length) ?? `${rest.length} others`,
      values: new Map<TraffickingType, number | null>(),
      suppressed: new Set<TraffickingType>(),
      total: 0,
    };
    for (const [, c] of rest) {
      for (const t of types) {
        const v = c.values.get(t);
        if (v !== undefined && v !== null) other.values.set(t, (other.values.get(t) ?? 0) + v);
        if (c.suppressed.has(t)) other.suppressed.add(t);
      }
      other.total += c.total;
    }
    entries = [...kept, ['__other__', other]];
  }
  const categories: StackCategory[] = entries.map(([key, c]) => ({ key, label: c.label }));
  return {
    categories,
    layers: types.map((t) => ({
      key: t,
      label: TYPE_LABEL[t],
      style: TYPE_STYLE[t],
      values: entries.map(([, c]) => c.values.get(t) ?? null),
      suppressed: entries.map(([, c]) => c.suppressed.has(t)),
    })),
    suppressedCells,
  };
}

/** The table of a stacked series: one row per category, one column per layer, plus the total. */
export function stackTable(
  input: StackInput,
  categoryLabel: string,
  dimension: ResourceDimension,
): TableData {
  const fmt = (v: number) => formatAmount(v, dimension);
  return {
    columns: [
      { key: 'category', label: categoryLabel },
      ...input.layers.map((l) => ({ key: l.key, label: l.label, numeric: true, format: fmt })),
      { key: 'total', label: 'Total', numeric: true, format: fmt },
      { key: 'laborShare', label: 'Labor share', numeric: true, format: formatShare },
    ],
    rows: input.categories.map((c, i) => {
      const row: Record<string, string | number | null> = { category: c.label };
      let total = 0;
      let withheld = false;
      for (const l of input.layers) {
        const v = l.values[i] ?? null;
        if (l.suppressed?.[i]) withheld = true;
        row[l.key] = l.suppressed?.[i] && v === null ? 'suppressed' : v;
        total += v ?? 0;
      }
      row.total = withheld ? null : total;
      const labor = input.layers.find((l) => l.key === 'LABOR')?.values[i] ?? null;
      row.laborShare = !withheld && total > 0 && labor !== null ? labor / total : null;
      return row;
    }),
  };
}
