/**
 * /account: who you are, your password, your organizations and roles, your API tokens, joining
 * an organization with an invitation code; and, for each organization you administer, its
 * members, invitations and audit log.
 */
import { DataTable } from '../charts/DataTable';
import { useState, type FormEvent } from 'react';
import { hasRole, ROLE_LABELS, ROLE_RIGHTS, formatWhen, signInHref } from '../account/helpers';
import { ACCEPT_INVITATION, CREATE_ORGANIZATION, SIGN_UP_OPTIONS } from '../account/operations';
import { OrganizationFields } from '../account/OrganizationFields';
import { useQuery } from '../api/useQuery';
import type { OrganizationKind } from '../generated/graphql';
import { OrganizationAdmin } from '../account/OrganizationAdmin';
import { PasswordSection } from '../account/PasswordSection';
import { useSession, type CurrentUser } from '../account/session';
import { TokensSection } from '../account/TokensSection';
import { mutate } from '../api/useQuery';
import { Link } from '../components/Link';
import { PageIntro } from '../components/PageIntro';
import { TextField } from '../components/form/Field';
import { FormError, FormSuccess } from '../components/form/FormMessage';
import { Loading } from '../components/StatusViews';
import '../account/account.css';
import type { PageProps } from './types';

function JoinForm({ onJoined }: { onJoined: () => Promise<void> }) {
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setDone(null);
    if (!token.trim()) return setProblem('Paste the invitation code an administrator gave you.');
    setBusy(true);
    setProblem(null);
    const r = await mutate(ACCEPT_INVITATION, { token: token.trim() });
    setBusy(false);
    if (!r.ok) return setProblem(r.message);
    const m = r.data.acceptInvitation;
    setToken('');
    setDone(`You joined ${m.organization.name} as ${ROLE_LABELS[m.role].toLowerCase()}.`);
    await onJoined();
  }

  return (
    <form className="form-card form-inline" onSubmit={(e) => void submit(e)} noValidate>
      <h3>Join an organization</h3>
      <FormError>{problem}</FormError>
      <FormSuccess>{done}</FormSuccess>
      <TextField
        look="form"
        id="join-token"
        label="Invitation code"
        type="text"
        autoComplete="off"
        spellCheck={false}
        value={token}
        onValue={setToken}
      />
      <button type="submit" disabled={busy}>
        {busy ? 'Joining…' : 'Join'}
      </button>
    </form>
  );
}

function CreateOrganizationForm({ onCreated }: { onCreated: () => Promise<void> }) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<OrganizationKind>('PROVIDER');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!name.trim()) return setProblem('Enter the organization’s name.');
    setBusy(true);
    setProblem(null);
    const r = await mutate(CREATE_ORGANIZATION, { name: name.trim(), kind });
    setBusy(false);
    if (!r.ok) return setProblem(r.message);
    setName('');
    await onCreated();
  }

  return (
    <form className="form-card form-inline" onSubmit={(e) => void submit(e)} noValidate>
      <h3>Create an organization</h3>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <OrganizationFields
        idPrefix="create-organization"
        name={name}
        kind={kind}
        optional={false}
        onName={setName}
        onKind={setKind}
      />
      <button type="submit" disabled={busy}>
        {busy ? 'Creating…' : 'Create organization'}
      </button>
    </form>
  );
}

function Organizations({ me, onJoined }: { me: CurrentUser; onJoined: () => Promise<void> }) {
  return (
    <section aria-labelledby="orgs-title" className="account-section">
      <h2 id="orgs-title">Organizations and roles</h2>
      {me.memberships.length === 0 ? (
        <p>
          You do not belong to any organization yet, so you see public data only. To see an
          organization’s private data or import its data, ask one of its administrators to invite
          you, then enter the code below.
        </p>
      ) : (
        <DataTable
          caption="Your organizations"
          rows={me.memberships}
          rowKey={(m) => m.organization.id}
          rowHeader="organization"
          columns={[
            { key: 'organization', header: 'Organization', cell: (m) => m.organization.name },
            { key: 'role', header: 'Your role', cell: (m) => ROLE_LABELS[m.role] },
            {
              key: 'rights',
              header: 'What you may do',
              cell: (m) => (
                <>
                  {ROLE_LABELS[m.role]}: {ROLE_RIGHTS[m.role]}.
                  {hasRole(m.role, 'STEWARD') && (
                    <>
                      {' '}
                      <Link href="/import">Import data</Link>
                    </>
                  )}
                </>
              ),
            },
            { key: 'since', header: 'Since', cell: (m) => formatWhen(m.since) },
          ]}
        />
      )}
      <JoinForm onJoined={onJoined} />
      {me.memberships.length === 0 && <CreateOrganization onCreated={onJoined} />}
    </section>
  );
}

/** Offered to a user with no organization when the server allows it (SIGNUP_CREATES_ORGANIZATIONS). */
function CreateOrganization({ onCreated }: { onCreated: () => Promise<void> }) {
  const options = useQuery(SIGN_UP_OPTIONS, {});
  if (options.data?.signUpOptions.createsOrganizations !== true) return null;
  return <CreateOrganizationForm onCreated={onCreated} />;
}

export default function AccountPage(_props: PageProps) {
  const { me, refresh } = useSession();
  if (me === undefined) return <Loading what="your account" />;
  if (me === null)
    return (
      <>
        <PageIntro title="Your account" />
        <div className="status status-empty">
          <p>
            <strong>You are not signed in.</strong>
          </p>
          <p>
            <Link href={signInHref('/account')}>Sign in</Link> to see your account, your
            organizations and your API tokens.
          </p>
        </div>
      </>
    );
  const administered = me.memberships.filter((m) => m.role === 'ADMIN');
  return (
    <>
      <PageIntro title="Your account">
        <p>Your profile, password, organizations and API tokens.</p>
      </PageIntro>
      <nav className="page-toc" aria-label="On this page">
        <a href="#profile-title">Profile</a>
        <a href="#password-title">Password</a>
        <a href="#orgs-title">Organizations</a>
        <a href="#tokens-title">API tokens</a>
        {administered.map((m) => (
          <a key={m.organization.id} href={`#org-${m.organization.id}-title`}>
            Manage {m.organization.name}
          </a>
        ))}
      </nav>
      <section aria-labelledby="profile-title" className="account-section">
        <h2 id="profile-title">Profile</h2>
        <dl className="profile-list">
          <div>
            <dt>Name</dt>
            <dd data-testid="profile-name">{me.displayName}</dd>
          </div>
          <div>
            <dt>Email address</dt>
            <dd>{me.email}</dd>
          </div>
          <div>
            <dt>Account created</dt>
            <dd>{formatWhen(me.createdAt)}</dd>
          </div>
        </dl>
        <p className="small muted">
          To change your name or email address, ask your organization’s Fairshare administrator.
        </p>
      </section>
      <PasswordSection />
      <Organizations me={me} onJoined={refresh} />
      <TokensSection />
      {administered.map((m) => (
        <OrganizationAdmin key={m.organization.id} organization={m.organization} selfId={me.id} />
      ))}
    </>
  );
}
