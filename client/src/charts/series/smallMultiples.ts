/** Labor's share of each resource by year: one small panel per resource, on a shared 0–100% axis. */
import type { AllocationsByDimensionQuery, ResourceDimension } from '../../generated/graphql';
import { DIMENSION_LABEL } from '../../format/labels';
import { formatShare } from '../../format/numbers';
import type { LineSeries } from '../layout/lines';
import { TYPE_STYLE } from '../palette';
import type { TableData } from '../types';

type YearTypeRows = AllocationsByDimensionQuery['funding']['rows'];

export interface Panel {
  dimension: ResourceDimension;
  title: string;
  series: LineSeries[];
  /** Years whose total includes a suppressed cell (the share is then not shown). */
  withheldYears: number[];
}

/**
 * Labor-only and sex-only records' shares of each year's total (all four types). Years with a
 * suppressed cell get no share, since its total is not known.
 */
export function shareByYear(
  rows: YearTypeRows,
): { year: number; labor: number | null; sex: number | null; withheld: boolean }[] {
  const years = new Map<number, { total: number; labor: number; sex: number; withheld: boolean }>();
  for (const r of rows) {
    if (r.year === null) continue;
    const y = years.get(r.year) ?? { total: 0, labor: 0, sex: 0, withheld: false };
    if (r.suppressed || r.value === null) y.withheld = true;
    else {
      y.total += r.value;
      if (r.type === 'LABOR') y.labor += r.value;
      if (r.type === 'SEX') y.sex += r.value;
    }
    years.set(r.year, y);
  }
  return [...years.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, y]) => ({
      year,
      labor: y.withheld || y.total === 0 ? null : y.labor / y.total,
      sex: y.withheld || y.total === 0 ? null : y.sex / y.total,
      withheld: y.withheld,
    }));
}

export function dimensionPanels(data: AllocationsByDimensionQuery): Panel[] {
  const dims: [ResourceDimension, YearTypeRows][] = [
    ['FUNDING', data.funding.rows],
    ['TRAINING', data.training.rows],
    ['SERVICES', data.services.rows],
    ['RESEARCH', data.research.rows],
  ];
  return dims.map(([dimension, rows]) => {
    const shares = shareByYear(rows);
    return {
      dimension,
      title: DIMENSION_LABEL[dimension],
      withheldYears: shares.filter((s) => s.withheld).map((s) => s.year),
      series: [
        {
          key: 'LABOR',
          label: 'Labor-only',
          style: TYPE_STYLE.LABOR,
          points: shares.map((s) => ({ x: s.year, y: s.labor })),
        },
        {
          key: 'SEX',
          label: 'Sex-only',
          style: TYPE_STYLE.SEX,
          points: shares.map((s) => ({ x: s.year, y: s.sex })),
        },
      ],
    };
  });
}

export function panelsTable(panels: Panel[]): TableData {
  const rows: TableData['rows'] = [];
  for (const p of panels) {
    const labor = p.series[0]!.points;
    const sex = p.series[1]!.points;
    labor.forEach((pt, i) =>
      rows.push({ resource: p.title, year: String(pt.x), labor: pt.y, sex: sex[i]?.y ?? null }),
    );
  }
  return {
    columns: [
      { key: 'resource', label: 'Resource' },
      { key: 'year', label: 'Year' },
      { key: 'labor', label: 'Labor-only share', numeric: true, format: formatShare },
      { key: 'sex', label: 'Sex-only share', numeric: true, format: formatShare },
    ],
    rows,
  };
}
