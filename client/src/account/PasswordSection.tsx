/** Change password: the current one, then the new one twice. Other sessions are signed out. */
import { useState, type FormEvent } from 'react';
import { TextField } from '../components/form/Field';
import { FormError, FormSuccess } from '../components/form/FormMessage';
import { CHANGE_PASSWORD } from './operations';
import { mutate } from '../api/useQuery';

export function PasswordSection() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setDone(null);
    if (!current || !next) return setProblem('Type your current password and a new one.');
    if (next.length < 12) return setProblem('The new password must have at least 12 characters.');
    if (next !== again)
      return setProblem('The two new passwords differ. Type the same password in both boxes.');
    setBusy(true);
    setProblem(null);
    const r = await mutate(CHANGE_PASSWORD, { currentPassword: current, newPassword: next });
    setBusy(false);
    if (!r.ok) return setProblem(r.message);
    setCurrent('');
    setNext('');
    setAgain('');
    setDone('Your password is changed. Every other place you were signed in has been signed out.');
  }

  return (
    <section aria-labelledby="password-title" className="account-section">
      <h2 id="password-title">Password</h2>
      <form className="form-card" onSubmit={(e) => void submit(e)} noValidate>
        <FormError>{problem}</FormError>
        <FormSuccess>{done}</FormSuccess>
        <TextField
          look="form"
          id="pw-current"
          label="Current password"
          type="password"
          autoComplete="current-password"
          value={current}
          onValue={setCurrent}
        />
        <TextField
          look="form"
          id="pw-new"
          label="New password"
          hint="At least 12 characters, and not your email address or name."
          type="password"
          autoComplete="new-password"
          value={next}
          onValue={setNext}
        />
        <TextField
          look="form"
          id="pw-again"
          label="New password again"
          type="password"
          autoComplete="new-password"
          value={again}
          onValue={setAgain}
        />
        <button type="submit" disabled={busy}>
          {busy ? 'Changing…' : 'Change password'}
        </button>
      </form>
    </section>
  );
}
