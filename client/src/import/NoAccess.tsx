/** Why a visitor or a member without the steward role cannot import, and how to get access. */
import { ROLE_LABELS, signInHref } from '../account/helpers';
import type { CurrentUser } from '../account/session';
import { Link } from '../components/Link';

export function NoAccess({ me }: { me: CurrentUser | null }) {
  if (!me)
    return (
      <div className="status status-empty access-notice" data-testid="import-access">
        <p>
          <strong>Sign in to import data.</strong>
        </p>
        <p>
          Importing adds your organization’s own figures to Fairshare, private to your organization.
          It needs an account with the <em>steward</em> or <em>admin</em> role in that organization.{' '}
          <Link href={signInHref('/import')}>Sign in</Link>, then come back to this page.
        </p>
        <p>The templates below show the columns each kind of file needs.</p>
      </div>
    );
  return (
    <div className="status status-empty access-notice" data-testid="import-access">
      <p>
        <strong>Your role does not allow importing.</strong>
      </p>
      <p>
        {me.memberships.length === 0
          ? 'You do not belong to any organization yet. '
          : `You are ${me.memberships
              .map((m) => `${ROLE_LABELS[m.role].toLowerCase()} of ${m.organization.name}`)
              .join(', ')}. `}
        Importing needs the <em>steward</em> or <em>admin</em> role in the organization the data
        belongs to. Ask an administrator of your organization to give you the steward role (they can
        do it on their <Link href="/account">account page</Link>).
      </p>
      <p>Meanwhile, the templates below show the columns each kind of file needs.</p>
    </div>
  );
}
