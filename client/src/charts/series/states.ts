/** Labor's equity ratio per US state (from the STATE breakdown), for the map and its table. */
import type { EquityBreakdownQuery, ResourceDimension } from '../../generated/graphql';
import { formatAmount, formatRatio, formatShare } from '../../format/numbers';
import { STATE_NAME } from '../../format/usStates';
import { ratioClass } from '../palette';
import type { TableData } from '../types';

export type BreakdownRow = EquityBreakdownQuery['equityBreakdown']['rows'][number];

export interface StateValue {
  code: string;
  name: string;
  ratio: number | null;
  total: number | null;
  laborShare: number | null;
  parityGap: number | null;
  /** Why the ratio is missing, if it is. */
  reason: string | null;
  fill: string | null;
}

export function stateValues(rows: readonly BreakdownRow[]): Map<string, StateValue> {
  const out = new Map<string, StateValue>();
  for (const r of rows) {
    const ratio = r.labor.equityRatio;
    out.set(r.key, {
      code: r.key,
      name: STATE_NAME.get(r.key) ?? r.label,
      ratio,
      total: r.total,
      laborShare: r.labor.resourceShare,
      parityGap: r.parityGap,
      reason: ratio === null ? (r.nullReasons[0]?.reason ?? 'not computable') : null,
      fill: ratioClass(ratio)?.color ?? null,
    });
  }
  return out;
}

export function stateTable(
  values: Map<string, StateValue>,
  dimension: ResourceDimension,
): TableData {
  const amount = (v: number) => formatAmount(v, dimension);
  return {
    columns: [
      { key: 'state', label: 'State' },
      { key: 'code', label: 'Code' },
      { key: 'total', label: 'Total resources', numeric: true, format: amount },
      { key: 'laborShare', label: 'Labor share of resources', numeric: true, format: formatShare },
      { key: 'ratio', label: 'Labor equity ratio', numeric: true, format: formatRatio },
      { key: 'parityGap', label: 'Parity gap', numeric: true, format: amount },
    ],
    rows: [...values.values()]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((v) => ({
        state: v.name,
        code: v.code,
        total: v.total,
        laborShare: v.laborShare,
        ratio: v.ratio,
        parityGap: v.parityGap,
      })),
  };
}

/** A sentence naming the states furthest below and above parity. */
export function stateSummary(values: Map<string, StateValue>): string {
  const known = [...values.values()]
    .filter((v) => v.ratio !== null)
    .sort((a, b) => a.ratio! - b.ratio!);
  if (!known.length) return 'No state in scope has both resources and need figures.';
  const low = known[0]!;
  const high = known[known.length - 1]!;
  const below = known.filter((v) => v.ratio! < 1).length;
  return `${below} of ${known.length} states give labor trafficking less than its proportional share. Lowest: ${low.name} (${formatRatio(low.ratio)}); highest: ${high.name} (${formatRatio(high.ratio)}).`;
}
