/**
 * What came of an upload: nothing imported (with the server's reason and the rows to fix), a
 * check's report with the import card, or the import's counts with the next steps.
 */
import type { Ref } from 'react';
import { Link } from '../components/Link';
import type { ImportResult } from './api';
import { overviewHrefFor, plural } from './helpers';
import { CountCards, ErrorTable, NotTraffickingList, PreviewTable } from './ResultView';

export function FailedSection({
  message,
  result,
  headingRef,
}: {
  message: string;
  result: ImportResult | null;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  return (
    <section aria-labelledby="import-result-title" className="import-result">
      <h2 id="import-result-title" tabIndex={-1} ref={headingRef}>
        Nothing was imported
      </h2>
      <p className="form-error" role="alert">
        {message}
      </p>
      {result && (
        <>
          <CountCards result={result} />
          <NotTraffickingList result={result} />
          <ErrorTable result={result} />
        </>
      )}
    </section>
  );
}

export function CheckedSection({
  result,
  checked,
  validOnly,
  onValidOnly,
  canCommit,
  onCommit,
  datasetName,
  headingRef,
}: {
  result: ImportResult;
  /** The same result while the choices it was run on stand, else null. */
  checked: ImportResult | null;
  validOnly: boolean;
  onValidOnly: (validOnly: boolean) => void;
  canCommit: boolean;
  onCommit: () => void;
  datasetName: string;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  return (
    <section aria-labelledby="import-result-title" className="import-result">
      <h2 id="import-result-title" tabIndex={-1} ref={headingRef}>
        {result.counts.rejected === 0
          ? 'The file is ready to import'
          : `${plural(result.counts.rejected, 'row')} of the file ${result.counts.rejected === 1 ? 'needs' : 'need'} fixing`}
      </h2>
      <p role="status">{result.message}</p>
      {!checked && (
        <p className="notice">
          You changed the kind, dataset or file since this check: check the file again before
          importing.
        </p>
      )}
      <CountCards result={result} />
      <NotTraffickingList result={result} />
      <ErrorTable result={result} />
      <PreviewTable result={result} />
      {checked && checked.counts.valid > 0 && (
        <div className="form-card commit-card">
          <h3>Import</h3>
          {checked.counts.rejected > 0 && (
            <fieldset className="segmented">
              <legend>Rows with problems</legend>
              <label>
                <input
                  type="radio"
                  name="valid-only"
                  checked={!validOnly}
                  onChange={() => onValidOnly(false)}
                />{' '}
                All or nothing: fix the file first (recommended)
              </label>
              <label>
                <input
                  type="radio"
                  name="valid-only"
                  checked={validOnly}
                  onChange={() => onValidOnly(true)}
                />{' '}
                Import the {plural(checked.counts.valid, 'valid row')} now, and download the{' '}
                {plural(checked.counts.rejected, 'rejected row')} to fix
              </label>
            </fieldset>
          )}
          {!canCommit && checked.counts.rejected > 0 && !validOnly && (
            <p className="small">
              Fix the rows listed above and check the file again, or choose to import the valid rows
              only.
            </p>
          )}
          <button type="button" className="primary" disabled={!canCommit} onClick={onCommit}>
            Import {plural(validOnly ? checked.counts.valid : checked.counts.total, 'row')} into “
            {datasetName}”
          </button>
        </div>
      )}
    </section>
  );
}

export function ImportedSection({
  result,
  datasetName,
  onAnother,
  headingRef,
}: {
  result: ImportResult;
  datasetName: string;
  onAnother: () => void;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  return (
    <section aria-labelledby="import-result-title" className="import-result">
      <h2 id="import-result-title" tabIndex={-1} ref={headingRef}>
        Imported into “{result.dataset?.name ?? datasetName}”
      </h2>
      <p className="form-success" role="status">
        {result.message}
        {result.organizationsCreated > 0 &&
          ` ${plural(result.organizationsCreated, 'organization')} named in the file ${result.organizationsCreated === 1 ? 'was' : 'were'} new and added.`}
      </p>
      <CountCards result={result} />
      <ul className="next-steps">
        {result.dataset && (
          <li>
            <Link href={overviewHrefFor(result.dataset.id)} data-testid="overview-link">
              See the Overview of this dataset
            </Link>
          </li>
        )}
        {result.counts.rejected > 0 && (
          <li>
            <a href={`/api/import/jobs/${result.jobId}/rejected.csv`} download>
              Download the {plural(result.counts.rejected, 'rejected row')} with their errors (CSV)
            </a>{' '}
            — fix them and import that file as it is.
          </li>
        )}
        <li>
          <button type="button" className="link-button" onClick={onAnother}>
            Import another file
          </button>
        </li>
      </ul>
      <NotTraffickingList result={result} />
      <ErrorTable result={result} />
    </section>
  );
}
