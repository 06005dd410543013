/**
 * What a dry run or an import found: counts, the rejected cells (row, column, value, what is
 * wrong) and a preview of the first rows as Fairshare read them.
 */
import { ScrollRegion } from '../account/ScrollRegion';
import type { ImportResult } from './api';
import { cellText, plural, previewColumns, whereToFix } from './helpers';

export function CountCards({ result }: { result: ImportResult }) {
  const c = result.counts;
  const cards: [string, number, string?][] = [
    ['Rows read', c.total],
    ['Valid', c.valid],
    ['Rejected', c.rejected, c.rejected ? 'bad' : undefined],
  ];
  if (c.notAboutTrafficking)
    cards.push(['Not about trafficking (left out)', c.notAboutTrafficking]);
  if (!result.dryRun || c.inserted + c.updated + c.unchanged > 0)
    cards.push(
      [result.dryRun ? 'Would be new' : 'New', c.inserted],
      [result.dryRun ? 'Would be updated' : 'Updated', c.updated],
      ['Unchanged', c.unchanged],
    );
  return (
    <dl className="stat-cards compact import-counts">
      {cards.map(([label, value, tone]) => (
        <div key={label} className={`stat${tone ? ` stat-${tone}` : ''}`}>
          <dt>{label}</dt>
          <dd className="stat-value">{value.toLocaleString('en-US')}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Awards the classifier found not about trafficking: listed, so a steward can decide. */
export function NotTraffickingList({ result }: { result: ImportResult }) {
  const left = result.notAboutTrafficking;
  if (!left?.rows) return null;
  return (
    <section aria-labelledby="import-not-trafficking-title" className="import-not-trafficking">
      <h3 id="import-not-trafficking-title">Awards not about trafficking</h3>
      <p>
        {left.importedAs
          ? `${plural(left.rows, 'award')} named no trafficking and were imported as ${left.importedAs}, as you chose.`
          : `${plural(left.rows, 'award')} named no trafficking, so they are left out: they are not counted as trafficking funding. If one is, put its type in a trafficking_type column on its row and check the file again.`}
      </p>
      <ul className="small">
        {left.examples.slice(0, 20).map((r) => (
          <li key={r.line}>
            Line {r.line}: {r.awardId ?? 'no award id'}
            {r.recipient ? `, ${r.recipient}` : ''}
            {r.description ? ` — ${r.description}` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ErrorTable({ result }: { result: ImportResult }) {
  if (result.errors.length === 0) return null;
  const shown = result.errors.length;
  return (
    <section aria-labelledby="import-errors-title" className="import-errors">
      <h3 id="import-errors-title">What to fix</h3>
      <p>
        Each problem names the line of your file and the column to correct. Line 1 holds the column
        names, so the first data row is line 2: the row number a spreadsheet shows (unless a cell
        spans several lines). Fix them in your spreadsheet, save it as CSV again and check it again.
        {result.counts.rejected > shown &&
          ` The first ${plural(shown, 'problem')} are listed; ${plural(result.counts.rejected, 'row')} were rejected in all.`}
      </p>
      <ScrollRegion label="Problems found in the file">
        <table className="data-table" data-testid="import-errors">
          <caption className="visually-hidden">Problems found in the file</caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Column</th>
              <th scope="col">Value in the file</th>
              <th scope="col">What is wrong</th>
            </tr>
          </thead>
          <tbody>
            {result.errors.map((e, i) => (
              <tr key={`${e.line}-${e.column ?? ''}-${i}`}>
                <th scope="row" className="num">
                  <span className="visually-hidden">{whereToFix(e)}: </span>
                  <span aria-hidden="true">{e.line}</span>
                </th>
                <td>
                  {e.column ? <code>{e.column}</code> : <span className="muted">whole row</span>}
                </td>
                <td>
                  {e.value === null ? (
                    <span className="muted">—</span>
                  ) : e.value === '' ? (
                    <span className="muted">(empty)</span>
                  ) : (
                    <code>{e.value}</code>
                  )}
                </td>
                <td>{e.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}

export function PreviewTable({ result }: { result: ImportResult }) {
  if (result.preview.length === 0) return null;
  const columns = previewColumns(result.preview);
  return (
    <section aria-labelledby="import-preview-title" className="import-preview">
      <h3 id="import-preview-title">The first rows, as Fairshare read them</h3>
      <p className="small muted">
        Check that amounts, years and types landed in the right columns. Rows with a problem show it
        in the last column.
      </p>
      <ScrollRegion label="Preview of the first rows">
        <table className="data-table" data-testid="import-preview">
          <caption className="visually-hidden">Preview of the first rows</caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c} scope="col">
                  {c === 'line' ? 'Line' : c === 'error' ? 'Problem' : c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {result.preview.map((r, i) => (
              <tr key={i} className={r.error ? 'row-rejected' : undefined}>
                {columns.map((c) => (
                  <td key={c} className={c === 'line' ? 'num' : undefined}>
                    {cellText(r[c])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
