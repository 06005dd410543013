/** A page's heading and lede. The heading takes focus after in-app navigation. */
import type { ReactNode } from 'react';

export function PageIntro({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <header className="page-intro">
      <h1 id="page-title" tabIndex={-1}>
        {title}
      </h1>
      {children && <div className="lede">{children}</div>}
    </header>
  );
}
