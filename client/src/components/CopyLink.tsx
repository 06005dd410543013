/** Copy buttons: the address of the current view (it restores the view exactly), or a text. */
import { useState } from 'react';

export function CopyButton({
  label,
  text,
  fallback,
}: {
  label: string;
  text: () => string;
  fallback: string;
}) {
  const [done, setDone] = useState<string | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(text());
      setDone('Copied.');
    } catch {
      setDone(fallback);
    }
    setTimeout(() => setDone(null), 4000);
  }
  return (
    <span className="copy-link">
      <button type="button" onClick={() => void copy()}>
        {label}
      </button>
      <span role="status" className="small">
        {done}
      </span>
    </span>
  );
}

export function CopyLink() {
  return (
    <CopyButton
      label="Copy link to this view"
      text={() => window.location.href}
      fallback="Copy the address from the address bar: it holds the whole view."
    />
  );
}
