/**
 * Save, name and reload scenarios, make a share link, and pick saved scenarios to compare.
 * Saving needs a signed-in user (an analyst to save into an organization); anyone may open a
 * scenario they can read, and share links open for everyone.
 */
import { DataTable } from '../charts/DataTable';
import { memo, useId, useState, type FormEvent } from 'react';
import { useQuery } from '../api/useQuery';
import { SelectField, TextField } from '../components/form/Field';
import { FormError } from '../components/form/FormMessage';
import { graphqlRequest } from '../graphql';
import type {
  ScenarioInput,
  StudioSaveScenarioMutation,
  StudioSavedSummaryFragment,
  StudioShareScenarioMutation,
  StudioUpdateScenarioMutation,
} from '../generated/graphql';
import {
  SAVE_SCENARIO,
  SAVED_SCENARIOS,
  SHARE_SCENARIO,
  STUDIO_VIEWER,
  UPDATE_SCENARIO,
} from './operations';

export interface SavedPanelProps {
  /** The saved scenario open in the studio, if any. */
  open: StudioSavedSummaryFragment | null;
  /** True when the levers differ from the open scenario's saved version. */
  modified: boolean;
  input: () => ScenarioInput;
  onSaved: (id: string, version: number) => void;
  onOpen: (id: string) => void;
  compareIds: string[];
  onCompare: (ids: string[]) => void;
}

const SAVE_ROLES = new Set(['ANALYST', 'STEWARD', 'ADMIN']);
const NO_VARIABLES = {};

export const SavedPanel = memo(function SavedPanel({
  open,
  modified,
  input,
  onSaved,
  onOpen,
  compareIds,
  onCompare,
}: SavedPanelProps) {
  const id = useId();
  const viewer = useQuery(STUDIO_VIEWER, NO_VARIABLES);
  const me = viewer.data?.me ?? null;
  const list = useQuery(SAVED_SCENARIOS, NO_VARIABLES, { skip: !me });
  const [name, setName] = useState('');
  const [org, setOrg] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // The share link belongs to one scenario: opening or saving another one hides it.
  const [shareLink, setShareLink] = useState<{ id: string; url: string } | null>(null);
  const link = shareLink && open && shareLink.id === open.id ? shareLink.url : null;
  const orgs = me?.memberships.filter((m) => SAVE_ROLES.has(m.role)) ?? [];

  async function act<T>(what: () => Promise<T>, done: (r: T) => void) {
    setBusy(true);
    setProblem(null);
    setMessage(null);
    try {
      done(await what());
      list.retry();
    } catch (err) {
      setProblem((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  function save(e: FormEvent) {
    e.preventDefault();
    void act(
      () =>
        graphqlRequest<StudioSaveScenarioMutation>(SAVE_SCENARIO, {
          name,
          input: input(),
          organizationId: org || null,
        }),
      (r) => {
        setMessage(`Saved “${r.saveScenario.name}” as version 1.`);
        setName('');
        onSaved(r.saveScenario.id, 1);
      },
    );
  }

  function saveVersion() {
    if (!open) return;
    void act(
      () =>
        graphqlRequest<StudioUpdateScenarioMutation>(UPDATE_SCENARIO, {
          id: open.id,
          input: input(),
        }),
      (r) => {
        setMessage(`Saved “${r.updateScenario.name}” as version ${r.updateScenario.version}.`);
        onSaved(r.updateScenario.id, r.updateScenario.version);
      },
    );
  }

  function share() {
    if (!open) return;
    const sid = open.id;
    void act(
      () => graphqlRequest<StudioShareScenarioMutation>(SHARE_SCENARIO, { id: sid }),
      (r) => setShareLink({ id: sid, url: `${window.location.origin}${r.shareScenario.path}` }),
    );
  }

  const toggleCompare = (sid: string, on: boolean) =>
    onCompare(on ? [...compareIds, sid] : compareIds.filter((x) => x !== sid));

  return (
    <section className="saved-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Saved scenarios</h2>
      {open && (
        <p>
          Open: <strong>{open.name}</strong>, version {open.version} of {open.latestVersion}
          {open.organization ? ` (${open.organization.name})` : ''}
          {modified ? ' — the levers have changed since it was saved.' : '.'}
        </p>
      )}
      {!me ? (
        <p className="muted">
          {viewer.loading
            ? 'Checking whether you are signed in…'
            : 'Sign in to save scenarios and see the ones you saved. Share links open without signing in.'}
        </p>
      ) : (
        <>
          {open?.canEdit && (
            <p>
              <button type="button" onClick={saveVersion} disabled={busy || !modified}>
                Save as version {open.latestVersion + 1}
              </button>{' '}
              <button type="button" onClick={share} disabled={busy}>
                {open.shared ? 'Make a new share link' : 'Make a share link'}
              </button>
            </p>
          )}
          <form className="field-row" onSubmit={save}>
            <TextField
              id={`${id}-name`}
              label="Name"
              value={name}
              maxLength={200}
              required
              onValue={setName}
            />
            <SelectField
              id={`${id}-org`}
              label="Save for"
              value={org}
              onValue={setOrg}
              options={[
                { value: '', label: 'Only me' },
                ...orgs.map((m) => ({ value: m.organization.id, label: m.organization.name })),
              ]}
            />
            <div className="field">
              <button type="submit" disabled={busy || name.trim() === ''}>
                Save as new scenario
              </button>
            </div>
          </form>
        </>
      )}
      <div role="status" aria-live="polite">
        {message && <p>{message}</p>}
        {link && (
          <p>
            Share link (anyone with it can read this scenario, not change it):{' '}
            <input
              className="share-link"
              readOnly
              value={link}
              aria-label="Share link"
              onFocus={(e) => e.target.select()}
            />
          </p>
        )}
      </div>
      <FormError look="inline">{problem}</FormError>
      {me && list.data && list.data.scenarios.nodes.length > 0 && (
        <DataTable
          caption="Your saved scenarios"
          className="saved-list"
          scroll={false}
          rows={list.data.scenarios.nodes}
          rowKey={(s) => s.id}
          rowHeader="name"
          columns={[
            {
              key: 'compare',
              header: 'Compare',
              className: 'checkbox-cell',
              cell: (s) => (
                <input
                  type="checkbox"
                  aria-label={`Compare ${s.name}`}
                  checked={compareIds.includes(s.id)}
                  onChange={(e) => toggleCompare(s.id, e.target.checked)}
                />
              ),
            },
            {
              key: 'name',
              header: 'Name',
              cell: (s) => (
                <>
                  {s.name}
                  {s.organization ? (
                    <span className="small muted"> · {s.organization.name}</span>
                  ) : null}
                </>
              ),
            },
            { key: 'version', header: 'Version', cell: (s) => s.latestVersion },
            {
              key: 'saved',
              header: 'Saved',
              className: 'small',
              cell: (s) => new Date(s.savedAt).toLocaleString(),
            },
          ]}
          actions={[
            {
              label: 'Open',
              cell: (s) => (
                <button type="button" onClick={() => onOpen(s.id)} aria-label={`Open ${s.name}`}>
                  Open
                </button>
              ),
            },
          ]}
        />
      )}
      {problem === null && busy && <p className="muted">Working…</p>}
    </section>
  );
});
