/**
 * /signin: sign in, or create an account (with an invitation token when one was given). After
 * signing in, the user goes back to the page they came from (`?next=`, a path of this site only).
 * Error messages are the server's: they never say whether an address has an account.
 */
import { useState, type FormEvent } from 'react';
import { hasRole, safeNextPath } from '../account/helpers';
import { SIGN_IN, SIGN_UP, SIGN_UP_OPTIONS } from '../account/operations';
import { OrganizationFields } from '../account/OrganizationFields';
import { useQuery } from '../api/useQuery';
import { useSession } from '../account/session';
import { Link } from '../components/Link';
import { PageIntro } from '../components/PageIntro';
import { TextField } from '../components/form/Field';
import { FormError } from '../components/form/FormMessage';
import type { OrganizationKind, SignInMutation, SignUpMutation } from '../generated/graphql';
import { GraphQLRequestError, graphqlRequest } from '../graphql';
import { goTo } from '../state/useViewState';
import '../account/account.css';
import type { PageProps } from './types';

/** The server's message, with what to do for the codes a person can act on. */
function signInProblem(err: unknown): string {
  const e = err as Error;
  if (e instanceof GraphQLRequestError && e.code === 'TOO_MANY_REQUESTS')
    return `${e.message} This protects accounts from password guessing; waiting is the only way round it.`;
  return e.message;
}

function SignInForm({ next, initialEmail }: { next: string; initialEmail: string }) {
  const { setMe } = useSession();
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!email.trim() || !password) {
      setProblem('Enter your email address and your password.');
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const data = await graphqlRequest<SignInMutation>(SIGN_IN, { email: email.trim(), password });
      setMe(data.signIn);
      goTo(next, 'replace');
      window.scrollTo(0, 0);
    } catch (err) {
      setProblem(signInProblem(err));
      setBusy(false);
    }
  }

  return (
    <form className="form-card" onSubmit={(e) => void submit(e)} noValidate>
      <h2>Sign in</h2>
      <FormError>{problem}</FormError>
      <TextField
        look="form"
        id="signin-email"
        label="Email address"
        type="email"
        autoComplete="username"
        required
        value={email}
        onValue={setEmail}
      />
      <TextField
        look="form"
        id="signin-password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onValue={setPassword}
      />
      <button type="submit" className="primary" disabled={busy}>
        {busy ? 'Signing in…' : 'Sign in'}
      </button>
      <p className="small muted">
        Forgot your password? Ask your organization’s Fairshare administrator to reset it.
      </p>
    </form>
  );
}

function SignUpForm({ onDone }: { onDone: (email: string, message: string) => void }) {
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [invitation, setInvitation] = useState('');
  const [organization, setOrganization] = useState('');
  const [kind, setKind] = useState<OrganizationKind>('PROVIDER');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // Shown only when the server allows it (SIGNUP_CREATES_ORGANIZATIONS) and no invitation is given.
  const options = useQuery(SIGN_UP_OPTIONS, {});
  const offersOrganization =
    options.data?.signUpOptions.createsOrganizations === true && invitation.trim() === '';

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!email.trim() || !name.trim() || !password) {
      setProblem('Fill in your email address, your name and a password.');
      return;
    }
    if (password.length < 12) {
      setProblem('The password must have at least 12 characters.');
      return;
    }
    if (password !== again) {
      setProblem('The two passwords differ. Type the same password in both boxes.');
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const data = await graphqlRequest<SignUpMutation>(SIGN_UP, {
        input: {
          email: email.trim(),
          displayName: name.trim(),
          password,
          invitationToken: invitation.trim() || null,
          ...(offersOrganization && organization.trim()
            ? { organizationName: organization.trim(), organizationKind: kind }
            : {}),
        },
      });
      onDone(email.trim(), data.signUp.message);
    } catch (err) {
      setProblem(signInProblem(err));
      setBusy(false);
    }
  }

  return (
    <form className="form-card" onSubmit={(e) => void submit(e)} noValidate>
      <h2>Create an account</h2>
      <FormError>{problem}</FormError>
      <TextField
        look="form"
        id="signup-email"
        label="Email address"
        type="email"
        autoComplete="email"
        required
        value={email}
        onValue={setEmail}
      />
      <TextField
        look="form"
        id="signup-name"
        label="Your name"
        hint="Shown to the other members of your organization."
        type="text"
        autoComplete="name"
        required
        value={name}
        onValue={setName}
      />
      <TextField
        look="form"
        id="signup-password"
        label="Password"
        hint="At least 12 characters, and not your email address or name. A few unrelated words make a good one."
        type="password"
        autoComplete="new-password"
        required
        value={password}
        onValue={setPassword}
      />
      <TextField
        look="form"
        id="signup-again"
        label="Password again"
        type="password"
        autoComplete="new-password"
        required
        value={again}
        onValue={setAgain}
      />
      <TextField
        look="form"
        id="signup-invitation"
        label="Invitation code (optional)"
        hint="If an administrator invited you, paste the code they gave you (it starts with fsi_) to join their organization at once. It only works with the address it was sent to."
        type="text"
        autoComplete="off"
        spellCheck={false}
        value={invitation}
        onValue={setInvitation}
      />
      {offersOrganization && (
        <OrganizationFields
          idPrefix="signup-organization"
          name={organization}
          kind={kind}
          optional
          onName={setOrganization}
          onKind={setKind}
        />
      )}
      <button type="submit" className="primary" disabled={busy}>
        {busy ? 'Creating…' : 'Create account'}
      </button>
    </form>
  );
}

export default function SignInPage({ api }: PageProps) {
  const { me } = useSession();
  const next = safeNextPath(api.view.params.next);
  const mode = api.view.params.mode === 'signup' ? 'signup' : 'signin';
  const [notice, setNotice] = useState<{ email: string; message: string } | null>(null);

  if (me) {
    const canImport = me.memberships.some((m) => hasRole(m.role, 'STEWARD'));
    return (
      <>
        <PageIntro title="You are signed in" />
        <p>
          You are signed in as <strong>{me.displayName}</strong> ({me.email}).
        </p>
        <ul>
          <li>
            <Link href={next}>Continue where you were</Link>
          </li>
          <li>
            <Link href="/account">Your account</Link>
          </li>
          {canImport && (
            <li>
              <Link href="/import">Import data</Link>
            </li>
          )}
        </ul>
      </>
    );
  }

  const withMode = (m: 'signin' | 'signup') => {
    const q = new URLSearchParams();
    if (next !== '/') q.set('next', next);
    if (m === 'signup') q.set('mode', 'signup');
    const s = q.toString();
    return `/signin${s ? `?${s}` : ''}`;
  };

  return (
    <>
      <PageIntro title={mode === 'signup' ? 'Create an account' : 'Sign in'}>
        <p>
          Public figures need no account. Sign in to see your organization’s private data, save
          scenarios and import data.
        </p>
      </PageIntro>
      {notice && (
        <div className="status status-empty" role="status">
          <p>
            <strong>{notice.message}</strong>
          </p>
        </div>
      )}
      <div className="auth-layout">
        {mode === 'signin' || notice ? (
          <SignInForm key={notice?.email ?? ''} next={next} initialEmail={notice?.email ?? ''} />
        ) : (
          <SignUpForm
            onDone={(email, message) => {
              setNotice({ email, message });
              goTo(withMode('signin'), 'replace');
            }}
          />
        )}
        <aside className="auth-aside">
          {mode === 'signin' ? (
            <p>
              New to Fairshare? <Link href={withMode('signup')}>Create an account</Link>. To see an
              organization’s private data, an administrator of that organization must invite you.
            </p>
          ) : (
            <p>
              Already have an account? <Link href={withMode('signin')}>Sign in</Link>.
            </p>
          )}
        </aside>
      </div>
    </>
  );
}
