/**
 * API tokens: create one (name, read or write scope), shown once with a copy button and a warning;
 * the list with prefix, scope and last use; revoke with confirmation.
 */
import { DataTable } from '../charts/DataTable';
import { useState, type FormEvent } from 'react';
import { CopyButton } from '../components/CopyLink';
import { TextField } from '../components/form/Field';
import { FormError } from '../components/form/FormMessage';
import { ErrorState, Loading } from '../components/StatusViews';
import type { CreateApiTokenMutation, TokenScope } from '../generated/graphql';
import { formatWhen } from './helpers';
import { ConfirmButton } from './ConfirmButton';
import { API_TOKENS, CREATE_API_TOKEN, REVOKE_API_TOKEN } from './operations';
import { mutate, useQuery } from '../api/useQuery';

export function TokensSection() {
  const tokens = useQuery(API_TOKENS, {}, { cache: false });
  const [name, setName] = useState('');
  const [scope, setScope] = useState<TokenScope>('READ');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [created, setCreated] = useState<CreateApiTokenMutation['createApiToken'] | null>(null);
  const [listProblem, setListProblem] = useState<string | null>(null);

  async function create(e: FormEvent) {
    e.preventDefault();
    if (!name.trim())
      return setProblem('Name the token after what will use it, e.g. “nightly export”.');
    setBusy(true);
    setProblem(null);
    const r = await mutate(CREATE_API_TOKEN, { name: name.trim(), scope });
    setBusy(false);
    if (!r.ok) return setProblem(r.message);
    setCreated(r.data.createApiToken);
    setName('');
    tokens.retry();
  }

  async function revoke(id: string) {
    setListProblem(null);
    const r = await mutate(REVOKE_API_TOKEN, { id });
    if (!r.ok) setListProblem(r.message);
    if (created?.apiToken.id === id) setCreated(null);
    tokens.retry();
  }

  return (
    <section aria-labelledby="tokens-title" className="account-section">
      <h2 id="tokens-title">API tokens</h2>
      <p>
        Scripts and other programs use a token instead of your password, sent as{' '}
        <code>Authorization: Bearer …</code>. A read token can only read; a write token can also
        import and change data (never manage accounts). Revoke a token you no longer use.
      </p>
      <form className="form-card" onSubmit={(e) => void create(e)} noValidate>
        <h3>Create a token</h3>
        <FormError>{problem}</FormError>
        <TextField
          look="form"
          id="token-name"
          label="What it is for"
          type="text"
          maxLength={100}
          value={name}
          onValue={setName}
        />
        <fieldset className="segmented">
          <legend>Scope</legend>
          <label>
            <input
              type="radio"
              name="token-scope"
              value="READ"
              checked={scope === 'READ'}
              onChange={() => setScope('READ')}
            />{' '}
            Read only
          </label>
          <label>
            <input
              type="radio"
              name="token-scope"
              value="WRITE"
              checked={scope === 'WRITE'}
              onChange={() => setScope('WRITE')}
            />{' '}
            Read and write
          </label>
        </fieldset>
        <button type="submit" disabled={busy}>
          {busy ? 'Creating…' : 'Create token'}
        </button>
      </form>

      {created && (
        <div className="secret-box" role="status" data-testid="new-token">
          <p>
            <strong>Copy this token now: it will not be shown again.</strong> Anyone who has it can
            act as you within its scope; keep it out of shared documents and code.
          </p>
          <p>
            <code className="secret">{created.token}</code>
          </p>
          <p>
            <CopyButton
              label="Copy token"
              text={() => created.token}
              fallback="Select the token above and copy it."
            />{' '}
            <button type="button" onClick={() => setCreated(null)}>
              I have copied it
            </button>
          </p>
        </div>
      )}

      <FormError>{listProblem}</FormError>
      {tokens.error ? (
        <ErrorState error={tokens.error} what="tokens" onRetry={tokens.retry} />
      ) : !tokens.data ? (
        <Loading what="your tokens" height={80} />
      ) : (
        <DataTable
          caption="Your API tokens"
          testId="token-table"
          rows={tokens.data.apiTokens}
          rowKey={(t) => t.id}
          rowHeader="name"
          empty={<p className="muted">You have no API tokens.</p>}
          columns={[
            { key: 'name', header: 'Name', cell: (t) => t.name },
            { key: 'prefix', header: 'Starts with', cell: (t) => <code>{t.prefix}…</code> },
            {
              key: 'scope',
              header: 'Scope',
              cell: (t) => (t.scope === 'WRITE' ? 'Read and write' : 'Read only'),
            },
            { key: 'created', header: 'Created', cell: (t) => formatWhen(t.createdAt) },
            {
              key: 'used',
              header: 'Last used',
              cell: (t) => (t.lastUsedAt ? formatWhen(t.lastUsedAt) : 'Never'),
            },
            {
              key: 'status',
              header: 'Status',
              cell: (t) =>
                t.revokedAt ? (
                  `Revoked ${formatWhen(t.revokedAt)}`
                ) : (
                  <ConfirmButton
                    label="Revoke"
                    question={`Revoke “${t.name}”?`}
                    confirmLabel="Yes, revoke"
                    onConfirm={() => revoke(t.id)}
                  />
                ),
            },
          ]}
        />
      )}
    </section>
  );
}
