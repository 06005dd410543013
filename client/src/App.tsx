/**
 * The app shell: skip link, header and navigation, the page for the address (code-split; the
 * Overview ships in the first chunk), and the footer. All view state lives in the URL.
 */
import { lazy, Suspense, useEffect, useRef, type ComponentType } from 'react';
import { SessionProvider, useSession } from './account/session';
import { UserMenu } from './account/UserMenu';
import { DataSwitch } from './components/DataSwitch';
import { Link } from './components/Link';
import { Loading } from './components/StatusViews';
import { PageIntro } from './components/PageIntro';
import Overview from './pages/Overview';
import type { PageProps } from './pages/types';
import { CatalogProvider } from './state/catalog';
import { useViewState } from './state/useViewState';
import type { Page } from './state/viewState';

type NavPage = Exclude<Page, 'not-found'>;

const PAGES: Record<NavPage, ComponentType<PageProps>> = {
  overview: Overview,
  allocations: lazy(() => import('./pages/Allocations')),
  funders: lazy(() => import('./pages/Funders')),
  equity: lazy(() => import('./pages/Equity')),
  scenarios: lazy(() => import('./pages/ScenarioStudio')),
  import: lazy(() => import('./pages/ImportPage')),
  sources: lazy(() => import('./pages/Sources')),
  account: lazy(() => import('./pages/Account')),
  signin: lazy(() => import('./pages/SignIn')),
};

/** Pages reached from the account corner of the header, not the navigation. */
const ACCOUNT_TITLES: Partial<Record<NavPage, string>> = {
  account: 'Your account',
  signin: 'Sign in',
};

export const NAV: { page: NavPage; label: string; title: string }[] = [
  { page: 'overview', label: 'Overview', title: 'Overview' },
  { page: 'allocations', label: 'Allocations', title: 'Allocations' },
  { page: 'funders', label: 'Funders', title: 'Funders' },
  { page: 'equity', label: 'Equity', title: 'Equity' },
  { page: 'scenarios', label: 'Scenario studio', title: 'Scenario studio' },
  { page: 'import', label: 'Import data', title: 'Import data' },
  { page: 'sources', label: 'Sources & methods', title: 'Sources & methods' },
];

/** Pages whose figures rest on resource data: each carries the real-data-only switch. */
const ANALYTIC_PAGES = new Set<Page>([
  'overview',
  'allocations',
  'funders',
  'equity',
  'scenarios',
  'sources',
]);

function NotFound({ api }: PageProps) {
  return (
    <>
      <PageIntro title="Page not found" />
      <p>
        There is no page at this address. Start from the{' '}
        <a href={api.hrefFor('overview')}>overview</a>.
      </p>
    </>
  );
}

export function App() {
  return (
    <SessionProvider>
      <Shell />
    </SessionProvider>
  );
}

function Shell() {
  const api = useViewState();
  const session = useSession();
  const { page } = api.view;
  const first = useRef(true);

  useEffect(() => {
    const entry = NAV.find((n) => n.page === page);
    const title = entry?.title ?? (page === 'not-found' ? undefined : ACCOUNT_TITLES[page]);
    document.title = `${title ?? 'Page not found'} — Fairshare`;
    // After in-app navigation, move focus to the new page's heading (not on first load).
    if (first.current) {
      first.current = false;
      return;
    }
    const t = setTimeout(() => document.getElementById('page-title')?.focus(), 0);
    return () => clearTimeout(t);
  }, [page]);

  const Current = page === 'not-found' ? NotFound : PAGES[page];
  return (
    // Who is signed in decides which datasets exist for the filters: reload them on a change.
    <CatalogProvider key={session.generation}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <Link className="brand" href={api.hrefFor('overview')}>
            <span aria-hidden="true" className="brand-mark" />
            Fairshare
          </Link>
          <nav aria-label="Pages">
            <ul>
              {NAV.map((n) => (
                <li key={n.page}>
                  <Link
                    href={api.hrefFor(n.page)}
                    aria-current={page === n.page ? 'page' : undefined}
                  >
                    {n.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <UserMenu onSignInPage={page === 'signin'} />
        </div>
      </header>
      <main id="main" className="page">
        {api.problems.length > 0 && (
          <div className="notice" role="status">
            {api.problems.map((p) => (
              <p key={p}>{p}</p>
            ))}
          </div>
        )}
        {ANALYTIC_PAGES.has(page) && <DataSwitch api={api} />}
        <Suspense fallback={<Loading what="the page" />}>
          <Current api={api} />
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>
          Fairshare measures whether each form of human trafficking gets a share of the field’s
          resources that matches its share of the need. Every figure names its sources; see{' '}
          <Link href={api.hrefFor('sources')}>Sources &amp; methods</Link>.
        </p>
        <p className="print-only">
          Printed from {typeof window === 'undefined' ? '' : window.location.href}
        </p>
      </footer>
    </CatalogProvider>
  );
}
