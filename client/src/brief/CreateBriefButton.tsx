/**
 * "Create brief": makes a brief of the view on screen for one of the caller's organizations
 * (analysts and above) and opens it. The brief's permalink is the address of this view.
 */
import { FormError } from '../components/form/FormMessage';
import { useId, useState } from 'react';
import { mutate, useQuery } from '../api/useQuery';
import type {
  BriefInput,
  BriefKind,
  ScopeInput,
  ResourceDimension,
  NeedBasis,
  AttributionRule,
} from '../generated/graphql';
import { BRIEF_VIEWER, CREATE_BRIEF } from './operations';

const MAKER_ROLES = new Set(['ANALYST', 'STEWARD', 'ADMIN']);
const NO_VARIABLES = {};

export interface CreateBriefButtonProps {
  kind: BriefKind;
  scope: ScopeInput | null;
  dimension: ResourceDimension;
  needBasis: NeedBasis;
  attribution: AttributionRule;
  scenarioIds?: string[];
  /** FUNDERS briefs: the funder profiled, or the funders compared. */
  funderIds?: string[];
  /** Why a brief cannot be made of this view yet (e.g. no saved scenario), or null. */
  unavailable?: string | null;
}

export function CreateBriefButton(props: CreateBriefButtonProps) {
  const id = useId();
  const viewer = useQuery(BRIEF_VIEWER, NO_VARIABLES);
  const orgs = viewer.data?.me?.memberships.filter((m) => MAKER_ROLES.has(m.role)) ?? [];
  const [org, setOrg] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // While the viewer loads, the visitor's line holds its place (invisibly) so that nothing below
  // moves when the answer arrives.
  if (!viewer.data)
    return (
      <p className="small muted no-print create-brief-pending" aria-hidden="true">
        Analysts of an organization can turn this view into a brief (print page, PDF, data bundle).
      </p>
    );
  if (!orgs.length)
    return (
      <p className="small muted no-print">
        Analysts of an organization can turn this view into a brief (print page, PDF, data bundle).
      </p>
    );
  const chosen = org || orgs[0]!.organization.id;

  async function create() {
    setBusy(true);
    setProblem(null);
    const input: BriefInput = {
      organizationId: chosen,
      kind: props.kind,
      scope: props.scope,
      dimension: props.dimension,
      needBasis: props.needBasis,
      attribution: props.attribution,
      scenarioIds: props.scenarioIds ?? null,
      funderIds: props.funderIds?.length ? props.funderIds : null,
      permalink: `${window.location.pathname}${window.location.search}`,
    };
    const r = await mutate(CREATE_BRIEF, { input });
    if (r.ok) window.location.assign(`/brief?id=${encodeURIComponent(r.data.createBrief.id)}`);
    else {
      setProblem(r.message);
      setBusy(false);
    }
  }

  return (
    <div className="create-brief no-print">
      {orgs.length > 1 && (
        <>
          <label htmlFor={`${id}-org`}>Brief for </label>
          <select id={`${id}-org`} value={chosen} onChange={(e) => setOrg(e.target.value)}>
            {orgs.map((m) => (
              <option key={m.organization.id} value={m.organization.id}>
                {m.organization.name}
              </option>
            ))}
          </select>{' '}
        </>
      )}
      <button
        type="button"
        onClick={() => void create()}
        disabled={busy || Boolean(props.unavailable)}
        title={props.unavailable ?? undefined}
      >
        {busy ? 'Creating the brief…' : 'Create brief'}
      </button>
      {props.unavailable && <span className="small muted"> {props.unavailable}</span>}
      <FormError look="inline">{problem}</FormError>
    </div>
  );
}
