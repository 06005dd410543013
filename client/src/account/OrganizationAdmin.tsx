/**
 * What an organization's admins manage: members (change a role, remove), invitations (invite by
 * email with a role — the code is shown once —, list, withdraw) and the audit log, a page at a time.
 */
import { DataTable } from '../charts/DataTable';
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
import { mutate, useQuery } from '../api/useQuery';

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

type Member = { userId: string; email: string; displayName: string; role: Role; since: string };

/** A member's role, changed in place: the select, and "Save role" once it differs. */
function MemberRole({
  organizationId,
  member,
  onChanged,
  onProblem,
}: {
  organizationId: string;
  member: Member;
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

  return (
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
  const log = useQuery(AUDIT_LOG, { organizationId, first: AUDIT_PAGE, after }, { cache: false });
  const page = cursors.length;

  if (log.error) return <ErrorState error={log.error} what="audit log" onRetry={log.retry} />;
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
        <DataTable
          caption="Audit log"
          rows={nodes}
          rowKey={(n) => n.id}
          rowHeader="what"
          columns={[
            { key: 'when', header: 'When', className: 'nowrap', cell: (n) => formatWhen(n.at) },
            { key: 'who', header: 'Who', cell: (n) => n.actorName ?? 'System' },
            { key: 'what', header: 'What', cell: (n) => describeAction(n.action) },
            {
              key: 'on',
              header: 'On',
              cell: (n) => (n.entity ? `${n.entity}${n.entityId ? ` ${n.entityId}` : ''}` : ''),
            },
            {
              key: 'details',
              header: 'Details',
              className: 'details-cell',
              cell: (n) => describeDetails(n.details),
            },
          ]}
        />
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
  const admin = useQuery(ORGANIZATION_ADMIN, { organizationId: organization.id }, { cache: false });
  const [message, setMessage] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const onChanged = (m: string) => {
    setProblem(null);
    setMessage(m);
    admin.retry();
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

  async function removeMember(m: Member) {
    const r = await mutate(REMOVE_MEMBER, { organizationId: organization.id, userId: m.userId });
    if (!r.ok) return onProblem(r.message);
    onChanged(`${m.displayName} was removed from the organization.`);
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
        <ErrorState error={admin.error} what="members" onRetry={admin.retry} />
      ) : !admin.data ? (
        <Loading what="members" height={80} />
      ) : (
        <>
          <DataTable
            caption={`Members of ${organization.name}`}
            rows={admin.data.members}
            rowKey={(m) => `${m.userId}-${m.role}`}
            rowHeader="name"
            columns={[
              {
                key: 'name',
                header: 'Name',
                cell: (m) => (
                  <>
                    {m.displayName}
                    {m.userId === selfId && <span className="muted"> (you)</span>}
                  </>
                ),
              },
              { key: 'email', header: 'Email', cell: (m) => m.email },
              {
                key: 'role',
                header: 'Role',
                cell: (m) => (
                  <MemberRole
                    organizationId={organization.id}
                    member={m}
                    onChanged={onChanged}
                    onProblem={onProblem}
                  />
                ),
              },
              { key: 'since', header: 'Member since', cell: (m) => formatWhen(m.since) },
            ]}
            actions={[
              {
                label: 'Remove',
                cell: (m) => (
                  <ConfirmButton
                    label="Remove"
                    question={`Remove ${m.displayName} from the organization?`}
                    confirmLabel="Yes, remove"
                    onConfirm={() => removeMember(m)}
                  />
                ),
              },
            ]}
          />
          <h3 id={`${slug}-invitations`}>Invitations</h3>
          <InviteForm organizationId={organization.id} onInvited={admin.retry} />
          <DataTable
            caption={`Invitations to ${organization.name}`}
            rows={admin.data.invitations}
            rowKey={(inv) => inv.id}
            rowHeader="email"
            empty={<p className="muted">No invitation is waiting.</p>}
            columns={[
              { key: 'email', header: 'Email', cell: (inv) => inv.email },
              { key: 'role', header: 'Role', cell: (inv) => ROLE_LABELS[inv.role] },
              { key: 'sent', header: 'Sent', cell: (inv) => formatWhen(inv.createdAt) },
              { key: 'expires', header: 'Expires', cell: (inv) => formatWhen(inv.expiresAt) },
            ]}
            actions={[
              {
                label: 'Withdraw',
                cell: (inv) => (
                  <ConfirmButton
                    label="Withdraw"
                    question={`Withdraw the invitation to ${inv.email}?`}
                    confirmLabel="Yes, withdraw"
                    onConfirm={() => revokeInvitation(inv.id, inv.email)}
                  />
                ),
              },
            ]}
          />
        </>
      )}
      <h3>Audit log</h3>
      <AuditLog organizationId={organization.id} />
    </section>
  );
}
