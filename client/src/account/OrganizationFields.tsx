/**
 * The name and kind of a new organization, as sign-up and the account page ask for them. The
 * server refuses a name already listed in Fairshare and says so; any other name is accepted.
 */
import type { OrganizationKind } from '../generated/graphql';

export const ORGANIZATION_KIND_LABELS: Record<OrganizationKind, string> = {
  PROVIDER: 'Service provider',
  FUNDER: 'Funder',
  TTA_PROVIDER: 'Training and technical assistance provider',
  COALITION: 'Coalition',
  AGENCY: 'Government agency',
  RESEARCH: 'Research organization',
};

export function OrganizationFields({
  idPrefix,
  name,
  kind,
  optional,
  onName,
  onKind,
}: {
  idPrefix: string;
  name: string;
  kind: OrganizationKind;
  /** Sign-up: the organization may be left out. */
  optional: boolean;
  onName: (name: string) => void;
  onKind: (kind: OrganizationKind) => void;
}) {
  return (
    <>
      <div className="form-field">
        <label htmlFor={`${idPrefix}-name`}>
          {optional ? 'New organization (optional)' : 'Organization name'}
        </label>
        <input
          id={`${idPrefix}-name`}
          type="text"
          autoComplete="organization"
          maxLength={120}
          aria-describedby={`${idPrefix}-name-hint`}
          value={name}
          onChange={(e) => onName(e.target.value)}
          required={!optional}
        />
        <span id={`${idPrefix}-name-hint`} className="hint">
          {optional
            ? 'To bring your organization’s data to Fairshare, name it here: you become its administrator and can invite your colleagues. Leave it empty if you only read public figures or were invited.'
            : 'You become its administrator and can invite your colleagues.'}
        </span>
      </div>
      <div className="form-field">
        <label htmlFor={`${idPrefix}-kind`}>Kind of organization</label>
        <select
          id={`${idPrefix}-kind`}
          value={kind}
          onChange={(e) => onKind(e.target.value as OrganizationKind)}
        >
          {(Object.keys(ORGANIZATION_KIND_LABELS) as OrganizationKind[]).map((k) => (
            <option key={k} value={k}>
              {ORGANIZATION_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
