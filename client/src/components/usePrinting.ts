/**
 * Printing: whether the page is being printed (print media or a print dialog open), so that
 * parts drawn only on demand (collapsed details) are drawn for paper, and every <details> opens
 * while printing and closes again after.
 */
import { useEffect, useSyncExternalStore } from 'react';

let printing = false;
const listeners = new Set<() => void>();
const reopen: HTMLDetailsElement[] = [];

function setPrinting(on: boolean) {
  if (on === printing) return;
  printing = on;
  if (on) {
    for (const d of document.querySelectorAll<HTMLDetailsElement>('details:not([open])')) {
      d.open = true;
      reopen.push(d);
    }
  } else {
    for (const d of reopen.splice(0)) d.open = false;
  }
  for (const l of listeners) l();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True while printing; components that draw content lazily draw it then. */
export function usePrinting(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => printing,
    () => false,
  );
}

/** Installs the print listeners once, in the app shell. */
export function usePrintListeners(): void {
  useEffect(() => {
    const media = window.matchMedia('print');
    const onMedia = () => setPrinting(media.matches);
    const before = () => setPrinting(true);
    const after = () => setPrinting(media.matches);
    media.addEventListener('change', onMedia);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    onMedia();
    return () => {
      media.removeEventListener('change', onMedia);
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
}
