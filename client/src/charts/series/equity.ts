/** The Equity page's series: shares per dimension (dumbbells), the sensitivity heat table, per need unit. */
import type {
  AttributionRule,
  DimensionEquityFragment,
  NeedBasis,
  ResourceDimension,
  SensitivityQuery,
} from '../../generated/graphql';
import { ATTRIBUTION_RULES } from '../../../../core/vocabulary';
import { ATTRIBUTION_LABEL, DIMENSION_LABEL, NEED_BASIS_LABEL } from '../../format/labels';
import { formatAmount, formatRatio, formatShare } from '../../format/numbers';
import type { DotRow } from '../layout/dumbbell';
import type { HeatGridInput } from '../layout/heatGrid';
import { NO_DATA_COLOR, TYPE_STYLE, ratioClass } from '../palette';
import type { TableData } from '../types';
import type { StackInput } from './stack';

export type DimensionEquity = DimensionEquityFragment;

/** Labor and sex rows per dimension: share of need (open) against share of resources (filled). */
export function dimensionDumbbellRows(results: readonly DimensionEquity[]): DotRow[] {
  return results.flatMap((r) =>
    (['LABOR', 'SEX'] as const).map((t) => {
      const side = t === 'LABOR' ? r.labor : r.sex;
      const style = TYPE_STYLE[t];
      return {
        key: `${r.dimension}:${t}`,
        label: t === 'LABOR' ? 'Labor' : 'Sex',
        group: DIMENSION_LABEL[r.dimension],
        dots: [
          {
            key: 'need',
            label: 'Share of need',
            value: side.needShare,
            color: style.color,
            shape: style.marker,
            filled: false,
          },
          {
            key: 'resources',
            label: 'Share of resources',
            value: side.resourceShare,
            color: style.color,
            shape: style.marker,
            filled: true,
          },
        ],
      };
    }),
  );
}

export function dimensionTable(results: readonly DimensionEquity[]): TableData {
  return {
    columns: [
      { key: 'dimension', label: 'Resource' },
      {
        key: 'laborResourceShare',
        label: 'Labor share of resources',
        numeric: true,
        format: formatShare,
      },
      { key: 'laborNeedShare', label: 'Labor share of need', numeric: true, format: formatShare },
      { key: 'laborRatio', label: 'Labor equity ratio', numeric: true, format: formatRatio },
      {
        key: 'sexResourceShare',
        label: 'Sex share of resources',
        numeric: true,
        format: formatShare,
      },
      { key: 'sexNeedShare', label: 'Sex share of need', numeric: true, format: formatShare },
      { key: 'sexRatio', label: 'Sex equity ratio', numeric: true, format: formatRatio },
      { key: 'laborPerNeed', label: 'Labor per need unit', numeric: true },
      { key: 'sexPerNeed', label: 'Sex per need unit', numeric: true },
      {
        key: 'multiple',
        label: 'Disparity multiple (sex ÷ labor per need unit)',
        numeric: true,
        format: formatRatio,
      },
    ],
    rows: results.map((r) => ({
      dimension: DIMENSION_LABEL[r.dimension],
      laborResourceShare: r.labor.resourceShare,
      laborNeedShare: r.labor.needShare,
      laborRatio: r.labor.equityRatio,
      sexResourceShare: r.sex.resourceShare,
      sexNeedShare: r.sex.needShare,
      sexRatio: r.sex.equityRatio,
      laborPerNeed: r.labor.perNeedUnit,
      sexPerNeed: r.sex.perNeedUnit,
      multiple: r.disparityMultiple,
    })),
  };
}

type Grid = SensitivityQuery['equitySensitivity'];

/** Short column headings of the rules (the full names are in the table view and the caption). */
export const RULE_SHORT: Record<AttributionRule, string> = {
  EXCLUDE: 'Leave out',
  EVEN_SPLIT: '50/50',
  NEED_PROPORTIONAL: 'By need',
  DECLARED_SHARE: 'Declared',
};

/** Need bases by rules, each cell labor's equity ratio, coloured by class; the current choice selected. */
export function sensitivityHeat(
  grid: Grid,
  selected: { needBasis: NeedBasis; attribution: AttributionRule },
  dimension: ResourceDimension,
): HeatGridInput {
  const rules = ATTRIBUTION_RULES.filter((r) => grid.cells.some((c) => c.attribution === r));
  return {
    rows: grid.needBases.map((b) => ({ key: b, label: NEED_BASIS_LABEL[b] })),
    columns: rules.map((r) => ({ key: r, label: RULE_SHORT[r] })),
    cells: grid.cells.map((c) => {
      const ratio = c.labor.equityRatio;
      const cls = ratioClass(ratio);
      return {
        row: c.needBasis,
        column: c.attribution,
        value: ratio,
        text: formatRatio(ratio),
        fill: cls?.color ?? NO_DATA_COLOR,
        ink: cls?.text ?? '#1b1f24',
        detail:
          ratio === null
            ? [`Not computable: ${c.nullReasons[0]?.reason ?? 'no data'}`]
            : [
                `Labor equity ratio: ${formatRatio(ratio)}`,
                `Labor share of resources: ${formatShare(c.labor.resourceShare)}`,
                `Labor share of need: ${formatShare(c.labor.needShare)}`,
                `Parity gap: ${formatAmount(c.parityGap, dimension)}`,
              ],
      };
    }),
    selected: { row: selected.needBasis, column: selected.attribution },
  };
}

export function sensitivityTable(grid: Grid, dimension: ResourceDimension): TableData {
  return {
    columns: [
      { key: 'basis', label: 'Need basis' },
      { key: 'rule', label: 'Attribution rule' },
      { key: 'ratio', label: 'Labor equity ratio', numeric: true, format: formatRatio },
      {
        key: 'resourceShare',
        label: 'Labor share of resources',
        numeric: true,
        format: formatShare,
      },
      { key: 'needShare', label: 'Labor share of need', numeric: true, format: formatShare },
      { key: 'gap', label: 'Parity gap', numeric: true, format: (v) => formatAmount(v, dimension) },
      { key: 'vintages', label: 'Need figures of' },
      { key: 'geography', label: 'Need geography' },
    ],
    rows: grid.cells.map((c) => ({
      basis: NEED_BASIS_LABEL[c.needBasis],
      rule: ATTRIBUTION_LABEL[c.attribution],
      ratio: c.labor.equityRatio,
      resourceShare: c.labor.resourceShare,
      needShare: c.labor.needShare,
      gap: c.parityGap,
      vintages: c.need.vintages.join(' '),
      geography: c.need.geography,
    })),
  };
}

/** Labor and sex resources per need unit, as two bars of their own colours. */
export function perNeedUnitStack(r: DimensionEquity): StackInput {
  return {
    categories: [
      { key: 'LABOR', label: 'Labor' },
      { key: 'SEX', label: 'Sex' },
    ],
    layers: [
      {
        key: 'LABOR',
        label: 'Labor',
        style: TYPE_STYLE.LABOR,
        values: [r.labor.perNeedUnit, null],
      },
      { key: 'SEX', label: 'Sex', style: TYPE_STYLE.SEX, values: [null, r.sex.perNeedUnit] },
    ],
  };
}

export function perNeedSentence(r: DimensionEquity, unitOfNeed: string): string {
  const amount = (v: number | null) => formatAmount(v, r.dimension);
  if (r.labor.perNeedUnit === null || r.sex.perNeedUnit === null)
    return 'Resources per unit of need cannot be computed for this scope.';
  const k = r.disparityMultiple;
  return `Per ${unitOfNeed} of need: ${amount(r.sex.perNeedUnit)} for sex trafficking, ${amount(r.labor.perNeedUnit)} for labor trafficking${k !== null ? ` (${formatRatio(k)} times as much for sex trafficking)` : ''}.`;
}

/** One clause per resource for the dumbbell's summary. */
export function dimensionSummary(results: readonly DimensionEquity[]): string {
  return (
    results
      .map((r) =>
        r.labor.resourceShare === null
          ? `${DIMENSION_LABEL[r.dimension]}: no records in scope`
          : `${DIMENSION_LABEL[r.dimension]}: labor gets ${formatShare(r.labor.resourceShare)} against ${formatShare(r.labor.needShare)} of need (ratio ${formatRatio(r.labor.equityRatio)})`,
      )
      .join('. ') + '.'
  );
}
