/**
 * What an organization's admins manage: members (change a role, remove), invitations (invite by
 * email with a role — the code is shown once —, list, withdraw) and the audit log, a page at a time.
 */
import { ScrollRegion } from './ScrollRegion';
import { useState, type FormEvent } from 'react';
import { CopyButton } from '../components/CopyLink';
import { SelectField, TextField } from '../components/form/Field';
import { FormError } from '../components/form/FormMessage';
import { ErrorState, Loading } from '../components/StatusViews';
import type { InviteMemberMutation, Role } from '../generated/graphql';
import { ConfirmButton } from './ConfirmButton';
import { ROLE_LABELS, ROLE_ORDER, describeAction, describeDetails, formatWhen } from './helpers';
import {
  AUDIT_LOG,
  CHANGE_MEMBER_ROLE,
  INVITE_MEMBER,
  ORGANIZATION_ADMIN,
  REMOVE_MEMBER,
  REVOKE_INVITATION,
} from './operations';
import { mutate, useRemote } from './useRemote';

const AUDIT_PAGE = 25;

function RoleSelect({
  id,
  value,
  onChange,
  label,
}: {
  id: string;
  value: Role;
  onChange: (r: Role) => void;
  label: string;
}) {
  return (
    <select
      id={id}
      aria-label={label}
      value={value}
      onChange={(e) => onChange(e.target.value as Role)}
    >
      {ROLE_ORDER.map((r) => (
        <option key={r} value={r}>
          {ROLE_LABELS[r]}
        </option>
      ))}
    </select>
  );
}

function MemberRow({
  organizationId,
  member,
  isSelf,
  onChanged,
  onProblem,
}: {
  organizationId: string;
  member: { userId: string; email: string; displayName: string; role: Role; since: string };
  isSelf: boolean;
  onChanged: (message: string) => void;
  onProblem: (message: string) => void;
}) {
  const [role, setRole] = useState<Role>(member.role);
  const [busy, setBusy] = useState(false);

  async function save() {
    setBusy(true);
    const r = await mutate(CHANGE_MEMBER_ROLE, { organizationId, userId: member.userId, role });
    setBusy(false);
    if (!r.ok) {
      setRole(member.role);
      return onProblem(r.message);
    }
    onChanged(`${member.displayName} is now ${ROLE_LABELS[role].toLowerCase()}.`);
  }

  async function remove() {
    const r = await mutate(REMOVE_MEMBER, { organizationId, userId: member.userId });
    if (!r.ok) return onProblem(r.message);
    onChanged(`${member.displayName} was removed from the organization.`);
  }

  return (
    <tr>
      <th scope="row">
        {member.displayName}
        {isSelf && <span className="muted"> (you)</span>}
      </th>
      <td>{member.email}</td>
      <td>
        <span className="inline-controls">
          <RoleSelect
            id={`role-${organizationId}-${member.userId}`}
            label={`Role of ${member.displayName}`}
            value={role}
            onChange={setRole}
          />
          {role !== member.role && (
            <button type="button" disabled={busy} onClick={() => void save()}>
              Save role
            </button>
          )}
        </span>
      </td>
      <td>{formatWhen(member.since)}</td>
      <td>
        <ConfirmButton
          label="Remove"
          question={`Remove ${member.displayName} from the organization?`}
          confirmLabel="Yes, remove"
          onConfirm={remove}
        />
      </td>
    </tr>
  );
}

function InviteForm({
  organizationId,
  onInvited,
}: {
  organizationId: string;
  onInvited: () => void;
}) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('VIEWER');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [created, setCreated] = useState<InviteMemberMutation['inviteMember'] | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!email.trim()) return setProblem('Type the email address of the person to invite.');
    setBusy(true);
    setProblem(null);
    const r = await mutate(INVITE_MEMBER, { organizationId, email: email.trim(), role });
    setBusy(false);
    if (!r.ok) return setProblem(r.message);
    setCreated(r.data.inviteMember);
    setEmail('');
    onInvited();
  }

  const ids = `invite-${organizationId}`;
  return (
    <>
      <form className="form-card form-inline" onSubmit={(e) => void submit(e)} noValidate>
        <h4>Invite someone</h4>
        <FormError>{problem}</FormError>
        <TextField
          look="form"
          id={`${ids}-email`}
          label="Email address"
          type="email"
          value={email}
          onValue={setEmail}
        />
        <SelectField
          look="form"
          id={`${ids}-role`}
          label="Role"
          value={role}
          onValue={(v) => setRole(v as Role)}
          options={ROLE_ORDER.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
        />
        <button type="submit" disabled={busy}>
          {busy ? 'Inviting…' : 'Invite'}
        </button>
      </form>
      {created && (
        <div className="secret-box" role="status">
          <p>
            <strong>
              Give this invitation code to {created.invitation.email}: it will not be shown again.
            </strong>{' '}
            They enter it when they create their account (or on their account page if they have
            one). It works until {formatWhen(created.invitation.expiresAt)}, only for that address.
          </p>
          <p>
            <code className="secret">{created.token}</code>
          </p>
          <p>
            <CopyButton
              label="Copy invitation code"
              text={() => created.token}
              fallback="Select the code above and copy it."
            />{' '}
            <button type="button" onClick={() => setCreated(null)}>
              Done
            </button>
          </p>
        </div>
      )}
    </>
  );
}

function AuditLog({ organizationId }: { organizationId: string }) {
  // Cursors of the pages seen so far: [null] is the first page.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  const log = useRemote(AUDIT_LOG, { organizationId, first: AUDIT_PAGE, after });
  const page = cursors.length;

  if (log.error) return <ErrorState error={log.error} what="audit log" onRetry={log.reload} />;
  if (!log.data) return <Loading what="the audit log" height={80} />;
  const { nodes, pageInfo, totalCount } = log.data.auditLog;
  const from = (page - 1) * AUDIT_PAGE + 1;
  return (
    <div className={log.loading ? 'is-stale' : undefined}>
      <p className="small muted" role="status">
        {totalCount === 0
          ? 'Nothing recorded yet.'
          : `Entries ${from}–${from + nodes.length - 1} of ${totalCount}, newest first.`}
      </p>
      {nodes.length > 0 && (
        <ScrollRegion label="Audit log">
          <table className="data-table">
            <caption className="visually-hidden">Audit log</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">On</th>
                <th scope="col">Details</th>
              </tr>
            </thead>
            <tbody>
              {nodes.map((n) => (
                <tr key={n.id}>
                  <td className="nowrap">{formatWhen(n.at)}</td>
                  <td>{n.actorName ?? 'System'}</td>
                  <th scope="row">{describeAction(n.action)}</th>
                  <td>{n.entity ? `${n.entity}${n.entityId ? ` ${n.entityId}` : ''}` : ''}</td>
                  <td className="details-cell">{describeDetails(n.details)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <div className="pager">
        <button
          type="button"
          disabled={page === 1}
          onClick={() => setCursors((c) => c.slice(0, -1))}
        >
          Newer
        </button>
        <button
          type="button"
          disabled={!pageInfo.hasNextPage || !pageInfo.endCursor}
          onClick={() => setCursors((c) => [...c, pageInfo.endCursor ?? null])}
        >
          Older
        </button>
      </div>
    </div>
  );
}

export function OrganizationAdmin({
  organization,
  selfId,
}: {
  organization: { id: string; name: string };
  selfId: string;
}) {
  const admin = useRemote(ORGANIZATION_ADMIN, { organizationId: organization.id });
  const [message, setMessage] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const onChanged = (m: string) => {
    setProblem(null);
    setMessage(m);
    admin.reload();
  };
  const onProblem = (m: string) => {
    setMessage(null);
    setProblem(m);
  };

  async function revokeInvitation(id: string, email: string) {
    const r = await mutate(REVOKE_INVITATION, { id });
    if (!r.ok) return onProblem(r.message);
    onChanged(`The invitation to ${email} was withdrawn.`);
  }

  const slug = `org-${organization.id}`;
  return (
    <section aria-labelledby={`${slug}-title`} className="account-section">
      <h2 id={`${slug}-title`}>Manage {organization.name}</h2>
      <FormError>{problem}</FormError>
      <p role="status" className="form-success" hidden={!message}>
        {message}
      </p>
      <h3 id={`${slug}-members`}>Members</h3>
      {admin.error ? (
        <ErrorState error={admin.error} what="members" onRetry={admin.reload} />
      ) : !admin.data ? (
        <Loading what="members" height={80} />
      ) : (
        <>
          <ScrollRegion label={`Members of ${organization.name}`}>
            <table className="data-table" aria-labelledby={`${slug}-members`}>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Email</th>
                  <th scope="col">Role</th>
                  <th scope="col">Member since</th>
                  <th scope="col">
                    <span className="visually-hidden">Remove</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {admin.data.members.map((m) => (
                  <MemberRow
                    key={`${m.userId}-${m.role}`}
                    organizationId={organization.id}
                    member={m}
                    isSelf={m.userId === selfId}
                    onChanged={onChanged}
                    onProblem={onProblem}
                  />
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <h3 id={`${slug}-invitations`}>Invitations</h3>
          <InviteForm organizationId={organization.id} onInvited={admin.reload} />
          {admin.data.invitations.length === 0 ? (
            <p className="muted">No invitation is waiting.</p>
          ) : (
            <ScrollRegion label={`Invitations to ${organization.name}`}>
              <table className="data-table" aria-labelledby={`${slug}-invitations`}>
                <thead>
                  <tr>
                    <th scope="col">Email</th>
                    <th scope="col">Role</th>
                    <th scope="col">Sent</th>
                    <th scope="col">Expires</th>
                    <th scope="col">
                      <span className="visually-hidden">Withdraw</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {admin.data.invitations.map((i) => (
                    <tr key={i.id}>
                      <th scope="row">{i.email}</th>
                      <td>{ROLE_LABELS[i.role]}</td>
                      <td>{formatWhen(i.createdAt)}</td>
                      <td>{formatWhen(i.expiresAt)}</td>
                      <td>
                        <ConfirmButton
                          label="Withdraw"
                          question={`Withdraw the invitation to ${i.email}?`}
                          confirmLabel="Yes, withdraw"
                          onConfirm={() => revokeInvitation(i.id, i.email)}
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          )}
        </>
      )}
      <h3>Audit log</h3>
      <AuditLog organizationId={organization.id} />
    </section>
  );
}
