/**
 * The import form of a steward: kind, dataset and provenance, file; a check (dry run), then the
 * import. Holds the choices and the phase (import/phase.ts); follows the job its upload started.
 */
import { useEffect, useMemo, useReducer, useRef, useState, type FormEvent } from 'react';
import { hasRole } from '../account/helpers';
import type { CurrentUser } from '../account/session';
import { clearQueryCache, useQuery } from '../api/useQuery';
import { useCatalog } from '../state/catalog';
import { ImportApiError, uploadImport, type TemplateDocs as Docs, type UploadHandle } from './api';
import { fileProblem, formatBytes } from './helpers';
import { IMPORT_DATASETS } from './operations';
import { CheckedSection, FailedSection, ImportedSection } from './Outcomes';
import { currentCheck, IDLE, isBusy, mayCommit, newUploadRef, phaseReducer } from './phase';
import { ProgressView } from './ProgressView';
import { NO_PROVENANCE, ProvenanceFields, type Provenance } from './ProvenanceFields';
import { TemplateDocs } from './TemplateDocs';
import { useJobProgress } from './useJobProgress';

export function ImportForm({ me, docs }: { me: CurrentUser; docs: Docs }) {
  const catalog = useCatalog();
  const stewardOf = me.memberships.filter((m) => hasRole(m.role, 'STEWARD'));
  const [kind, setKind] = useState(docs.kinds[0]?.kind ?? 'grants');
  const [orgId, setOrgId] = useState(stewardOf[0]!.organization.id);
  const [dataset, setDataset] = useState('');
  const [provenance, setProvenance] = useState<Provenance>(NO_PROVENANCE);
  const [file, setFile] = useState<File | null>(null);
  const [validOnly, setValidOnly] = useState(false);
  const [phase, dispatch] = useReducer(phaseReducer, IDLE);
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
  const checked = currentCheck(phase, key);
  const busy = isBusy(phase);

  useEffect(() => () => upload.current?.abort(), []);
  useEffect(() => {
    if (phase.step === 'checked' || phase.step === 'imported' || phase.step === 'failed')
      resultHeading.current?.focus();
  }, [phase.step]);

  // While the server works on the rows, follow the job this upload started.
  useJobProgress(phase, dispatch);

  function start(dryRun: boolean) {
    setFormProblem(null);
    if (!dataset.trim()) return setFormProblem('Name the dataset the rows go into (step 2).');
    if (!file) return setFormProblem('Choose the CSV file to import (step 3).');
    if (tooBig) return setFormProblem(tooBig);
    const runKey = key;
    const ref = newUploadRef();
    dispatch({ type: 'start', dryRun, total: file.size, ref });
    const handle = uploadImport(
      {
        kind,
        dataset,
        dryRun,
        validOnly: dryRun ? false : validOnly,
        organizationId: stewardOf.length > 1 ? orgId : null,
        ref,
      },
      file,
      provenance,
      (loaded, total) => dispatch({ type: 'sending', ref, loaded, total }),
      () => dispatch({ type: 'sent', ref }),
    );
    upload.current = handle;
    handle.promise.then(
      (result) => {
        dispatch({ type: 'answered', ref, result, key: runKey });
        if (!result.dryRun) {
          // The data changed: forget cached figures and reload the filters' dataset list.
          clearQueryCache();
          catalog.retry();
          datasets.retry();
        }
      },
      (err: Error) => {
        const e = err instanceof ImportApiError ? err : null;
        dispatch({ type: 'failed', ref, message: err.message, result: e?.result ?? null });
      },
    );
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    start(true);
  }

  const canCommit = mayCommit(checked, validOnly, busy);

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
          <ProvenanceFields value={provenance} onChange={setProvenance} disabled={busy} />
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
        <FailedSection message={phase.message} result={phase.result} headingRef={resultHeading} />
      )}
      {phase.step === 'checked' && (
        <CheckedSection
          result={phase.result}
          checked={checked}
          validOnly={validOnly}
          onValidOnly={setValidOnly}
          canCommit={canCommit}
          onCommit={() => start(false)}
          datasetName={dataset.trim()}
          headingRef={resultHeading}
        />
      )}
      {phase.step === 'imported' && (
        <ImportedSection
          result={phase.result}
          datasetName={dataset.trim()}
          onAnother={() => {
            dispatch({ type: 'reset' });
            setValidOnly(false);
          }}
          headingRef={resultHeading}
        />
      )}
    </>
  );
}
