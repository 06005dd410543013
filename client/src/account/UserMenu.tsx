/**
 * The header's account corner: "Sign in" (coming back to this page afterwards) for visitors; for
 * a signed-in user, their name opening a small menu (account, sign out). A disclosure, not an
 * ARIA menu: Tab moves through it, Escape closes it and returns focus to the button.
 */
import { FormError } from '../components/form/FormMessage';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from '../components/Link';
import { goTo } from '../state/useViewState';
import { signInHref } from './helpers';
import { useSession } from './session';
import './account.css';

export function UserMenu({ onSignInPage }: { onSignInPage: boolean }) {
  const { me, signOut } = useSession();
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (!box.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener('mousedown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  if (me === undefined) return <div className="user-menu" aria-hidden="true" />;
  if (me === null) {
    if (onSignInPage) return <div className="user-menu" />;
    return (
      <div className="user-menu">
        <Link
          className="sign-in-link"
          href={signInHref(window.location.pathname + window.location.search)}
        >
          Sign in
        </Link>
      </div>
    );
  }

  async function doSignOut() {
    setProblem(null);
    try {
      await signOut();
      setOpen(false);
      goTo('/', 'push');
    } catch (err) {
      setProblem(`Could not sign out: ${(err as Error).message}`);
    }
  }

  return (
    <div className="user-menu" ref={box}>
      <button
        ref={button}
        type="button"
        className="user-menu-button"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="visually-hidden">Signed in as </span>
        {me.displayName}
        <span aria-hidden="true"> ▾</span>
      </button>
      <div id={`${id}-menu`} className="user-menu-panel" hidden={!open}>
        <p className="user-menu-email">{me.email}</p>
        <ul>
          <li>
            <Link href="/account" onClick={() => setOpen(false)}>
              Your account
            </Link>
          </li>
          <li>
            <button type="button" className="link-button" onClick={() => void doSignOut()}>
              Sign out
            </button>
          </li>
        </ul>
        <FormError look="inline">{problem}</FormError>
      </div>
    </div>
  );
}
