/** Copies the address of the current view: the link restores it exactly (parameters only). */
import { useState } from 'react';

export function CopyLink() {
  const [done, setDone] = useState<string | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setDone('Link copied.');
    } catch {
      setDone('Copy the address from the address bar: it holds the whole view.');
    }
    setTimeout(() => setDone(null), 4000);
  }
  return (
    <span className="copy-link">
      <button type="button" onClick={() => void copy()}>
        Copy link to this view
      </button>
      <span role="status" className="small">
        {done}
      </span>
    </span>
  );
}
