/**
 * /import: a steward loads their organization's data from a CSV file. Choose the kind (with the
 * template's columns and a template download), name the dataset and where the figures come from,
 * pick the file, check it (a dry run: counts, what to fix, the first rows), then import — all
 * rows or none, or the valid rows only with the rejected ones downloadable — with upload and
 * processing progress, and a link to the Overview of the new dataset. Visitors and members
 * without the steward role are told why they cannot import and how to get access.
 */
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { hasRole, ROLE_LABELS, signInHref } from '../account/helpers';
import { useSession, type CurrentUser } from '../account/session';
import { clearQueryCache, useQuery } from '../api/useQuery';
import { Link } from '../components/Link';
import { PageIntro } from '../components/PageIntro';
import { ErrorState, Loading } from '../components/StatusViews';
import {
  fetchJobs,
  fetchTemplates,
  ImportApiError,
  uploadImport,
  type ImportResult,
  type JobProgress,
  type TemplateDocs as Docs,
  type UploadHandle,
} from '../import/api';
import {
  fileProblem,
  formatBytes,
  overviewHrefFor,
  plural,
  uploadPercent,
} from '../import/helpers';
import { IMPORT_DATASETS } from '../import/operations';
import { CountCards, ErrorTable, NotTraffickingList, PreviewTable } from '../import/ResultView';
import { TemplateDocs } from '../import/TemplateDocs';
import { useCatalog } from '../state/catalog';
import '../account/account.css';
import '../import/import.css';
import type { PageProps } from './types';

type Phase =
  | { step: 'idle' }
  | { step: 'uploading'; dryRun: boolean; loaded: number; total: number | null }
  | { step: 'processing'; dryRun: boolean; progress: JobProgress | null }
  | { step: 'checked'; result: ImportResult; key: string }
  | { step: 'imported'; result: ImportResult }
  | { step: 'failed'; message: string; result: ImportResult | null };

const PROVENANCE = [
  {
    name: 'source',
    label: 'Source',
    hint: 'Who produced the figures, e.g. “Example Fund grants database”.',
  },
  {
    name: 'citation',
    label: 'Citation',
    hint: 'How to cite them in a report.',
  },
  { name: 'license', label: 'License', hint: 'Terms of use, e.g. “Internal use only”.' },
  { name: 'url', label: 'Web address', hint: 'Where the figures can be found, if anywhere.' },
] as const;
type ProvenanceName = (typeof PROVENANCE)[number]['name'];

function useTemplates() {
  const [docs, setDocs] = useState<Docs | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const c = new AbortController();
    fetchTemplates(c.signal).then(setDocs, (e: Error) => {
      if (e.name !== 'AbortError') setError(e);
    });
    return () => c.abort();
  }, [attempt]);
  return {
    docs,
    error,
    retry: () => {
      setError(null);
      setAttempt((a) => a + 1);
    },
  };
}

function NoAccess({ me }: { me: CurrentUser | null }) {
  if (!me)
    return (
      <div className="status status-empty access-notice" data-testid="import-access">
        <p>
          <strong>Sign in to import data.</strong>
        </p>
        <p>
          Importing adds your organization’s own figures to Fairshare, private to your organization.
          It needs an account with the <em>steward</em> or <em>admin</em> role in that organization.{' '}
          <Link href={signInHref('/import')}>Sign in</Link>, then come back to this page.
        </p>
        <p>The templates below show the columns each kind of file needs.</p>
      </div>
    );
  return (
    <div className="status status-empty access-notice" data-testid="import-access">
      <p>
        <strong>Your role does not allow importing.</strong>
      </p>
      <p>
        {me.memberships.length === 0
          ? 'You do not belong to any organization yet. '
          : `You are ${me.memberships
              .map((m) => `${ROLE_LABELS[m.role].toLowerCase()} of ${m.organization.name}`)
              .join(', ')}. `}
        Importing needs the <em>steward</em> or <em>admin</em> role in the organization the data
        belongs to. Ask an administrator of your organization to give you the steward role (they can
        do it on their <Link href="/account">account page</Link>).
      </p>
      <p>Meanwhile, the templates below show the columns each kind of file needs.</p>
    </div>
  );
}

function ProgressView({ phase }: { phase: Phase }) {
  if (phase.step === 'uploading') {
    const pct = uploadPercent(phase.loaded, phase.total);
    return (
      <div className="import-progress" role="status" aria-live="polite">
        <label htmlFor="upload-progress">
          Sending the file{pct !== null ? `: ${pct}%` : '…'}
          {phase.total ? ` of ${formatBytes(phase.total)}` : ''}
        </label>
        <progress id="upload-progress" max={100} value={pct ?? undefined} />
      </div>
    );
  }
  if (phase.step === 'processing') {
    const p = phase.progress;
    const verb = p?.phase === 'writing' ? 'Saving the rows' : 'Checking the rows';
    return (
      <div className="import-progress" role="status" aria-live="polite">
        <label htmlFor="job-progress">
          {verb}
          {p && p.rowsDone > 0
            ? `: ${plural(p.rowsDone, 'row')}${p.rowsTotal ? ` of ${p.rowsTotal.toLocaleString('en-US')}` : ''} done`
            : '…'}
        </label>
        <progress
          id="job-progress"
          max={100}
          value={p ? (uploadPercent(p.rowsDone, p.rowsTotal) ?? undefined) : undefined}
        />
      </div>
    );
  }
  return null;
}

function ImportForm({ me, docs }: { me: CurrentUser; docs: Docs }) {
  const catalog = useCatalog();
  const stewardOf = me.memberships.filter((m) => hasRole(m.role, 'STEWARD'));
  const [kind, setKind] = useState(docs.kinds[0]?.kind ?? 'grants');
  const [orgId, setOrgId] = useState(stewardOf[0]!.organization.id);
  const [dataset, setDataset] = useState('');
  const [provenance, setProvenance] = useState<Record<ProvenanceName, string>>({
    source: '',
    citation: '',
    license: '',
    url: '',
  });
  const [file, setFile] = useState<File | null>(null);
  const [validOnly, setValidOnly] = useState(false);
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const [formProblem, setFormProblem] = useState<string | null>(null);
  const upload = useRef<UploadHandle | null>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const datasets = useQuery(IMPORT_DATASETS, {});

  const template = docs.kinds.find((k) => k.kind === kind) ?? docs.kinds[0]!;
  const ownDatasets = useMemo(
    () => (datasets.data?.datasets.nodes ?? []).filter((d) => d.owner?.id === orgId),
    [datasets.data, orgId],
  );
  const tooBig = file ? fileProblem(file, docs.maxUploadBytes) : null;
  // What the last check was run on: importing needs a check of exactly these choices.
  const key = JSON.stringify([
    kind,
    orgId,
    dataset.trim(),
    file?.name,
    file?.size,
    file?.lastModified,
  ]);
  const checked = phase.step === 'checked' && phase.key === key ? phase.result : null;
  const busy = phase.step === 'uploading' || phase.step === 'processing';

  useEffect(() => () => upload.current?.abort(), []);
  useEffect(() => {
    if (phase.step === 'checked' || phase.step === 'imported' || phase.step === 'failed')
      resultHeading.current?.focus();
  }, [phase.step]);

  // While the server works on the rows, follow its progress.
  const processing = phase.step === 'processing';
  useEffect(() => {
    if (!processing) return;
    const c = new AbortController();
    const t = setInterval(() => {
      fetchJobs(c.signal).then(
        ({ jobs }) => {
          const running = jobs.find((j) => j.status === 'running');
          if (running)
            setPhase((p) => (p.step === 'processing' ? { ...p, progress: running.progress } : p));
        },
        () => undefined, // progress is a courtesy: the upload's answer is what counts
      );
    }, 700);
    return () => {
      clearInterval(t);
      c.abort();
    };
  }, [processing]);

  function start(dryRun: boolean) {
    setFormProblem(null);
    if (!dataset.trim()) return setFormProblem('Name the dataset the rows go into (step 2).');
    if (!file) return setFormProblem('Choose the CSV file to import (step 3).');
    if (tooBig) return setFormProblem(tooBig);
    const runKey = key;
    setPhase({ step: 'uploading', dryRun, loaded: 0, total: file.size });
    const handle = uploadImport(
      {
        kind,
        dataset,
        dryRun,
        validOnly: dryRun ? false : validOnly,
        organizationId: stewardOf.length > 1 ? orgId : null,
      },
      file,
      provenance,
      (loaded, total) => setPhase((p) => (p.step === 'uploading' ? { ...p, loaded, total } : p)),
      () => setPhase({ step: 'processing', dryRun, progress: null }),
    );
    upload.current = handle;
    handle.promise.then(
      (result) => {
        if (dryRun) setPhase({ step: 'checked', result, key: runKey });
        else {
          setPhase({ step: 'imported', result });
          // The data changed: forget cached figures and reload the filters' dataset list.
          clearQueryCache();
          catalog.retry();
          datasets.retry();
        }
      },
      (err: Error) => {
        const e = err instanceof ImportApiError ? err : null;
        setPhase({ step: 'failed', message: err.message, result: e?.result ?? null });
      },
    );
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    start(true);
  }

  const canCommit =
    checked !== null &&
    checked.counts.valid > 0 &&
    (checked.counts.rejected === 0 || validOnly) &&
    !busy;

  return (
    <>
      <form className="import-form" onSubmit={submit} noValidate>
        <section aria-labelledby="step-kind" className="import-step">
          <h2 id="step-kind">1. What are you importing?</h2>
          <div className="form-field narrow">
            <label htmlFor="import-kind">Kind of data</label>
            <select
              id="import-kind"
              value={kind}
              disabled={busy}
              onChange={(e) => setKind(e.target.value)}
            >
              {docs.kinds.map((k) => (
                <option key={k.kind} value={k.kind}>
                  {k.title}
                </option>
              ))}
            </select>
          </div>
          <TemplateDocs template={template} />
        </section>

        <section aria-labelledby="step-dataset" className="import-step">
          <h2 id="step-dataset">2. Which dataset?</h2>
          {stewardOf.length > 1 && (
            <div className="form-field narrow">
              <label htmlFor="import-org">Organization the data belongs to</label>
              <select
                id="import-org"
                value={orgId}
                disabled={busy}
                onChange={(e) => setOrgId(e.target.value)}
              >
                {stewardOf.map((m) => (
                  <option key={m.organization.id} value={m.organization.id}>
                    {m.organization.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="form-field narrow">
            <label htmlFor="import-dataset">Dataset name</label>
            <input
              id="import-dataset"
              type="text"
              list="import-dataset-names"
              autoComplete="off"
              maxLength={200}
              aria-describedby="import-dataset-hint"
              value={dataset}
              disabled={busy}
              onChange={(e) => setDataset(e.target.value)}
            />
            <datalist id="import-dataset-names">
              {ownDatasets.map((d) => (
                <option key={d.id} value={d.name} />
              ))}
            </datalist>
            <span id="import-dataset-hint" className="hint">
              {ownDatasets.length > 0
                ? `Your organization’s datasets: ${ownDatasets.map((d) => d.name).join(', ')}. Type one of these names to add to it, or a new name to create a dataset. `
                : 'A new dataset of this name is created, private to your organization. '}
              Importing the same file twice changes nothing; rows with the same id are updated.
            </span>
          </div>
          <fieldset className="provenance">
            <legend>Where the figures come from (optional, shown with every figure)</legend>
            <div className="provenance-grid">
              {PROVENANCE.map((f) => (
                <div className="form-field" key={f.name}>
                  <label htmlFor={`import-${f.name}`}>{f.label}</label>
                  <input
                    id={`import-${f.name}`}
                    type={f.name === 'url' ? 'url' : 'text'}
                    aria-describedby={`import-${f.name}-hint`}
                    value={provenance[f.name]}
                    disabled={busy}
                    onChange={(e) => setProvenance((p) => ({ ...p, [f.name]: e.target.value }))}
                  />
                  <span id={`import-${f.name}-hint`} className="hint">
                    {f.hint}
                  </span>
                </div>
              ))}
            </div>
          </fieldset>
        </section>

        <section aria-labelledby="step-file" className="import-step">
          <h2 id="step-file">3. Your file</h2>
          <div className="form-field">
            <label htmlFor="import-file">CSV file</label>
            <input
              id="import-file"
              type="file"
              accept=".csv,text/csv"
              aria-describedby="import-file-hint"
              disabled={busy}
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
            <span id="import-file-hint" className="hint">
              UTF-8 text, comma or semicolon separated, at most {formatBytes(docs.maxUploadBytes)}.
              In a spreadsheet, use “Save as: CSV UTF-8”.
            </span>
          </div>
          {file && (
            <p className="small" data-testid="file-size">
              {file.name}: {formatBytes(file.size)}
            </p>
          )}
          {tooBig && (
            <p className="form-error" role="alert">
              {tooBig}
            </p>
          )}
        </section>

        <section aria-labelledby="step-check" className="import-step">
          <h2 id="step-check">4. Check, then import</h2>
          <p>Checking reads the whole file and reports every problem without saving anything.</p>
          {formProblem && (
            <p className="form-error" role="alert">
              {formProblem}
            </p>
          )}
          <div className="inline-controls">
            <button type="submit" className="primary" disabled={busy}>
              Check the file
            </button>
            {busy && (
              <button type="button" onClick={() => upload.current?.abort()}>
                Cancel
              </button>
            )}
          </div>
          <ProgressView phase={phase} />
        </section>
      </form>

      {phase.step === 'failed' && (
        <section aria-labelledby="import-result-title" className="import-result">
          <h2 id="import-result-title" tabIndex={-1} ref={resultHeading}>
            Nothing was imported
          </h2>
          <p className="form-error" role="alert">
            {phase.message}
          </p>
          {phase.result && (
            <>
              <CountCards result={phase.result} />
              <NotTraffickingList result={phase.result} />
              <ErrorTable result={phase.result} />
            </>
          )}
        </section>
      )}

      {phase.step === 'checked' && (
        <section aria-labelledby="import-result-title" className="import-result">
          <h2 id="import-result-title" tabIndex={-1} ref={resultHeading}>
            {phase.result.counts.rejected === 0
              ? 'The file is ready to import'
              : `${plural(phase.result.counts.rejected, 'row')} of the file ${phase.result.counts.rejected === 1 ? 'needs' : 'need'} fixing`}
          </h2>
          <p role="status">{phase.result.message}</p>
          {!checked && (
            <p className="notice">
              You changed the kind, dataset or file since this check: check the file again before
              importing.
            </p>
          )}
          <CountCards result={phase.result} />
          <NotTraffickingList result={phase.result} />
          <ErrorTable result={phase.result} />
          <PreviewTable result={phase.result} />
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
                      onChange={() => setValidOnly(false)}
                    />{' '}
                    All or nothing: fix the file first (recommended)
                  </label>
                  <label>
                    <input
                      type="radio"
                      name="valid-only"
                      checked={validOnly}
                      onChange={() => setValidOnly(true)}
                    />{' '}
                    Import the {plural(checked.counts.valid, 'valid row')} now, and download the{' '}
                    {plural(checked.counts.rejected, 'rejected row')} to fix
                  </label>
                </fieldset>
              )}
              {!canCommit && checked.counts.rejected > 0 && !validOnly && (
                <p className="small">
                  Fix the rows listed above and check the file again, or choose to import the valid
                  rows only.
                </p>
              )}
              <button
                type="button"
                className="primary"
                disabled={!canCommit}
                onClick={() => start(false)}
              >
                Import {plural(validOnly ? checked.counts.valid : checked.counts.total, 'row')} into
                “{dataset.trim()}”
              </button>
            </div>
          )}
        </section>
      )}

      {phase.step === 'imported' && (
        <section aria-labelledby="import-result-title" className="import-result">
          <h2 id="import-result-title" tabIndex={-1} ref={resultHeading}>
            Imported into “{phase.result.dataset?.name ?? dataset.trim()}”
          </h2>
          <p className="form-success" role="status">
            {phase.result.message}
            {phase.result.organizationsCreated > 0 &&
              ` ${plural(phase.result.organizationsCreated, 'organization')} named in the file ${phase.result.organizationsCreated === 1 ? 'was' : 'were'} new and added.`}
          </p>
          <CountCards result={phase.result} />
          <ul className="next-steps">
            {phase.result.dataset && (
              <li>
                <Link href={overviewHrefFor(phase.result.dataset.id)} data-testid="overview-link">
                  See the Overview of this dataset
                </Link>
              </li>
            )}
            {phase.result.counts.rejected > 0 && (
              <li>
                <a href={`/api/import/jobs/${phase.result.jobId}/rejected.csv`} download>
                  Download the {plural(phase.result.counts.rejected, 'rejected row')} with their
                  errors (CSV)
                </a>{' '}
                — fix them and import that file as it is.
              </li>
            )}
            <li>
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  setPhase({ step: 'idle' });
                  setValidOnly(false);
                }}
              >
                Import another file
              </button>
            </li>
          </ul>
          <NotTraffickingList result={phase.result} />
          <ErrorTable result={phase.result} />
        </section>
      )}
    </>
  );
}

export default function ImportPage(_props: PageProps) {
  const { me } = useSession();
  const templates = useTemplates();
  const mayImport = !!me && me.memberships.some((m) => hasRole(m.role, 'STEWARD'));

  return (
    <>
      <PageIntro title="Import your data">
        <p>
          Add your organization’s own grants, trainings, service counts, research outputs or need
          figures from a CSV file. What you import is private to your organization.
        </p>
      </PageIntro>
      {me === undefined ? (
        <Loading what="your access" height={80} />
      ) : (
        !mayImport && <NoAccess me={me} />
      )}
      {templates.error ? (
        <ErrorState error={templates.error} what="import templates" onRetry={templates.retry} />
      ) : !templates.docs ? (
        <Loading what="the import templates" height={120} />
      ) : mayImport && me ? (
        <ImportForm me={me} docs={templates.docs} />
      ) : (
        me !== undefined && <TemplateBrowser docs={templates.docs} />
      )}
    </>
  );
}

/** The templates alone, for those who cannot import yet. */
function TemplateBrowser({ docs }: { docs: Docs }) {
  const [kind, setKind] = useState(docs.kinds[0]?.kind ?? 'grants');
  const template = docs.kinds.find((k) => k.kind === kind) ?? docs.kinds[0]!;
  return (
    <section aria-labelledby="templates-title">
      <h2 id="templates-title">Templates</h2>
      <div className="form-field narrow">
        <label htmlFor="template-kind">Kind of data</label>
        <select id="template-kind" value={kind} onChange={(e) => setKind(e.target.value)}>
          {docs.kinds.map((k) => (
            <option key={k.kind} value={k.kind}>
              {k.title}
            </option>
          ))}
        </select>
      </div>
      <TemplateDocs template={template} />
    </section>
  );
}
