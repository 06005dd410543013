/**
 * /import: a steward loads their organization's data from a CSV file. Choose the kind (with the
 * template's columns and a template download), name the dataset and where the figures come from,
 * pick the file, check it (a dry run: counts, what to fix, the first rows), then import — all
 * rows or none, or the valid rows only with the rejected ones downloadable — with upload and
 * processing progress, and a link to the Overview of the new dataset. Visitors and members
 * without the steward role are told why they cannot import and how to get access.
 */
import { hasRole } from '../account/helpers';
import { useSession } from '../account/session';
import { PageIntro } from '../components/PageIntro';
import { ErrorState, Loading } from '../components/StatusViews';
import { ImportForm } from '../import/ImportForm';
import { NoAccess } from '../import/NoAccess';
import { TemplateBrowser } from '../import/TemplateBrowser';
import { useTemplates } from '../import/useTemplates';
import '../account/account.css';
import '../import/import.css';
import type { PageProps } from './types';

export default function ImportPage(_props: PageProps) {
  const { me } = useSession();
  const templates = useTemplates();
  const mayImport = !!me && me.memberships.some((m) => hasRole(m.role, 'STEWARD'));

  return (
    <>
      <PageIntro title="Import your data">
        <p>
          Add your organization’s own grants, trainings, service counts, research outputs or need
          figures from a CSV file. What you import is private to your organization.
        </p>
      </PageIntro>
      {me === undefined ? (
        <Loading what="your access" height={80} />
      ) : (
        !mayImport && <NoAccess me={me} />
      )}
      {templates.error ? (
        <ErrorState error={templates.error} what="import templates" onRetry={templates.retry} />
      ) : !templates.docs ? (
        <Loading what="the import templates" height={120} />
      ) : mayImport && me ? (
        <ImportForm me={me} docs={templates.docs} />
      ) : (
        me !== undefined && <TemplateBrowser docs={templates.docs} />
      )}
    </>
  );
}
