/** Funders ranked by labor's equity ratio, with their totals; pick one to focus, up to four to compare. */
import { DataTable, type DataColumn } from '../../charts/DataTable';
import { useMemo } from 'react';
import {
  rankFunders,
  rankingTable,
  type FunderRow,
  type RankSort,
} from '../../charts/series/funders';
import { ratioClass } from '../../charts/palette';
import type { ChartMeta } from '../../charts/csv';
import { DownloadCsvButton } from '../../components/DownloadCsvButton';
import { IllustrativeBadge } from '../../components/IllustrativeBadge';
import type { ResourceDimension } from '../../generated/graphql';
import { formatAmount, formatRatio, formatShare } from '../../format/numbers';
import { MAX_COMPARE } from './focus';

export interface RankingProps {
  rows: FunderRow[];
  dimension: ResourceDimension;
  sort: RankSort;
  onSort: (sort: RankSort) => void;
  focusId: string | null;
  onFocus: (id: string) => void;
  compare: string[];
  onCompare: (ids: string[]) => void;
  meta: ChartMeta;
}

const COLUMNS: { key: RankSort; label: string; numeric: boolean }[] = [
  { key: 'name', label: 'Funder', numeric: false },
  { key: 'total', label: 'Total', numeric: true },
  { key: 'share', label: 'Labor share', numeric: true },
  { key: 'ratio', label: 'Labor equity ratio', numeric: true },
  { key: 'gap', label: 'Parity gap', numeric: true },
];

/** The order each column sorts in (names and ratios up, amounts down). */
const SORT_DIRECTION: Record<RankSort, 'ascending' | 'descending'> = {
  name: 'ascending',
  ratio: 'ascending',
  share: 'ascending',
  total: 'descending',
  gap: 'descending',
};

function rankingCell(key: RankSort, r: FunderRow, dimension: ResourceDimension) {
  switch (key) {
    case 'name':
      return r.label;
    case 'total':
      return formatAmount(r.total, dimension);
    case 'share':
      return formatShare(r.labor.resourceShare);
    case 'ratio': {
      const cls = ratioClass(r.labor.equityRatio);
      return (
        <span
          className="ratio-chip"
          style={cls ? { background: cls.color, color: cls.text } : undefined}
        >
          {formatRatio(r.labor.equityRatio)}
        </span>
      );
    }
    case 'gap':
      return formatAmount(r.parityGap, dimension);
  }
}

export function Ranking(props: RankingProps) {
  const { dimension, sort, compare } = props;
  const ranked = useMemo(() => rankFunders(props.rows, sort), [props.rows, sort]);
  const table = useMemo(() => rankingTable(ranked, dimension), [ranked, dimension]);
  const full = compare.length >= MAX_COMPARE;
  return (
    <section className="ranking" aria-labelledby="ranking-title">
      <div className="chart-head">
        <h2 id="ranking-title">Funders ranked by labor’s equity ratio</h2>
        {props.meta.illustrative && <IllustrativeBadge />}
      </div>
      <div className="chart-toolbar">
        <span className="small muted" aria-live="polite">
          {compare.length} of {MAX_COMPARE} chosen to compare
        </span>
        <DownloadCsvButton table={table} meta={props.meta} />
      </div>
      <DataTable
        caption="Funders ranked by labor’s equity ratio"
        className="ranking-table"
        rows={ranked}
        rowKey={(r) => r.key}
        rowHeader="name"
        rowClassName={(r) => (props.focusId === r.key ? 'is-focus' : undefined)}
        columns={[
          { key: 'rank', header: '#', numeric: true, cell: (_r, i) => i + 1 },
          ...COLUMNS.map((c): DataColumn<FunderRow> => ({
            key: c.key,
            header: (
              <button type="button" className="sort-button" onClick={() => props.onSort(c.key)}>
                {c.label}
                <span aria-hidden="true">{sort === c.key ? ' ▾' : ''}</span>
              </button>
            ),
            numeric: c.numeric,
            sort: sort === c.key ? SORT_DIRECTION[c.key] : undefined,
            cell: (r) => rankingCell(c.key, r, dimension),
          })),
          {
            key: 'compare',
            header: 'Compare',
            cell: (r) => {
              const chosen = compare.includes(r.key);
              return (
                <label className="checkbox-cell">
                  <input
                    type="checkbox"
                    checked={chosen}
                    disabled={!chosen && full}
                    onChange={(e) =>
                      props.onCompare(
                        e.target.checked ? [...compare, r.key] : compare.filter((c) => c !== r.key),
                      )
                    }
                  />
                  <span className="visually-hidden">Compare {r.label}</span>
                </label>
              );
            },
          },
          {
            key: 'profile',
            header: 'Profile',
            cell: (r) => (
              <button
                type="button"
                className="link-button"
                aria-pressed={props.focusId === r.key}
                onClick={() => props.onFocus(r.key)}
              >
                Profile<span className="visually-hidden"> of {r.label}</span>
              </button>
            ),
          },
        ]}
      />
    </section>
  );
}
