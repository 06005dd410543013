/**
 * Placeholder for the data Import page (built separately; this file will be replaced).
 * Contract: default export a component taking PageProps.
 */
import { PageIntro } from '../components/PageIntro';
import type { PageProps } from './types';

export default function ImportPage({ api }: PageProps) {
  return (
    <>
      <PageIntro title="Import your data">
        <p>
          Replace the illustrative demo data with your organization’s own grants, trainings, service
          counts or need figures.
        </p>
      </PageIntro>
      <div className="status status-empty" role="status">
        <p>
          <strong>This page is coming.</strong> Meanwhile, the{' '}
          <a href={api.hrefFor('sources')}>Sources &amp; methods page</a> lists every dataset
          Fairshare holds and how each figure is computed.
        </p>
      </div>
    </>
  );
}
