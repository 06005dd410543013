/** Funders ranked by labor's equity ratio, with their totals; pick one to focus, up to four to compare. */
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
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="ranking-title">
        <table className="data-table ranking-table">
          <thead>
            <tr>
              <th scope="col" className="num">
                #
              </th>
              {COLUMNS.map((c) => (
                <th
                  key={c.key}
                  scope="col"
                  className={c.numeric ? 'num' : undefined}
                  aria-sort={
                    sort === c.key
                      ? c.key === 'name' || c.key === 'ratio' || c.key === 'share'
                        ? 'ascending'
                        : 'descending'
                      : undefined
                  }
                >
                  <button type="button" className="sort-button" onClick={() => props.onSort(c.key)}>
                    {c.label}
                    <span aria-hidden="true">{sort === c.key ? ' ▾' : ''}</span>
                  </button>
                </th>
              ))}
              <th scope="col">Compare</th>
              <th scope="col">Profile</th>
            </tr>
          </thead>
          <tbody>
            {ranked.map((r, i) => {
              const cls = ratioClass(r.labor.equityRatio);
              const chosen = compare.includes(r.key);
              return (
                <tr key={r.key} className={props.focusId === r.key ? 'is-focus' : undefined}>
                  <td className="num">{i + 1}</td>
                  <th scope="row">{r.label}</th>
                  <td className="num">{formatAmount(r.total, dimension)}</td>
                  <td className="num">{formatShare(r.labor.resourceShare)}</td>
                  <td className="num">
                    <span
                      className="ratio-chip"
                      style={cls ? { background: cls.color, color: cls.text } : undefined}
                    >
                      {formatRatio(r.labor.equityRatio)}
                    </span>
                  </td>
                  <td className="num">{formatAmount(r.parityGap, dimension)}</td>
                  <td>
                    <label className="checkbox-cell">
                      <input
                        type="checkbox"
                        checked={chosen}
                        disabled={!chosen && full}
                        onChange={(e) =>
                          props.onCompare(
                            e.target.checked
                              ? [...compare, r.key]
                              : compare.filter((c) => c !== r.key),
                          )
                        }
                      />
                      <span className="visually-hidden">Compare {r.label}</span>
                    </label>
                  </td>
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      aria-pressed={props.focusId === r.key}
                      onClick={() => props.onFocus(r.key)}
                    >
                      Profile<span className="visually-hidden"> of {r.label}</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
