/** An in-app link: a real <a href> (open in a new tab works) that changes the view without a reload. */
import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { goTo } from '../state/useViewState';

export function Link({
  href,
  onClick,
  ...rest
}: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  function handle(e: MouseEvent<HTMLAnchorElement>) {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey)
      return;
    e.preventDefault();
    goTo(href, 'push');
    window.scrollTo(0, 0);
  }
  return <a href={href} onClick={handle} {...rest} />;
}
