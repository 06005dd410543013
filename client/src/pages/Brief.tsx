/**
 * A brief, print-ready (Letter and A4): title, finding, headline figures, charts, editable
 * recommendations by audience, assumptions, uncertainty, vintages, citations; the PDF (made on the
 * server from the same content) and the data bundle beside it. Without an id: the briefs of the
 * caller's organizations.
 */
import { FormError } from '../components/form/FormMessage';
import { useId, useState } from 'react';
import { mutate, useQuery } from '../api/useQuery';
import { BRIEF, BRIEF_VIEWER, BRIEFS, UPDATE_RECOMMENDATIONS } from '../brief/operations';
import { ErrorState, Loading } from '../components/StatusViews';
import { PageIntro } from '../components/PageIntro';
import type { BriefAudience, BriefPageQuery } from '../generated/graphql';
import type { PageProps } from './types';

type Brief = NonNullable<BriefPageQuery['brief']>;

const AUDIENCE_LABEL: Record<BriefAudience, string> = {
  ORGANIZATIONAL_LEADERS: 'Organizational leaders',
  TTA_PROVIDERS: 'Providers of training and technical assistance',
  POLICY_MAKERS: 'Policy makers',
};
const NO_VARIABLES = {};

export default function BriefPage({ api }: PageProps) {
  const id = api.view.params.id ?? null;
  return id ? <OneBrief id={id} /> : <BriefList />;
}

function BriefList() {
  const viewer = useQuery(BRIEF_VIEWER, NO_VARIABLES);
  const orgs = viewer.data?.me?.memberships ?? [];
  return (
    <>
      <PageIntro title="Briefs">
        <p>
          Briefs made from the Overview, Equity, Funders and saved scenarios, for your
          organizations. Make one with “Create brief” on any of those pages.
        </p>
      </PageIntro>
      {viewer.loading && <Loading what="your organizations" />}
      {viewer.data && !viewer.data.me && <p>Sign in to see your organizations’ briefs.</p>}
      {orgs.map((m) => (
        <OrgBriefs key={m.organization.id} id={m.organization.id} name={m.organization.name} />
      ))}
    </>
  );
}

function OrgBriefs({ id, name }: { id: string; name: string }) {
  const vars = { organizationId: id };
  const q = useQuery(BRIEFS, vars);
  return (
    <section aria-label={`Briefs of ${name}`}>
      <h2>{name}</h2>
      {q.error && <ErrorState error={q.error} what="briefs" onRetry={q.retry} />}
      {q.data && q.data.briefs.length === 0 && <p className="muted">No briefs yet.</p>}
      {q.data && q.data.briefs.length > 0 && (
        <ul className="brief-list">
          {q.data.briefs.map((b) => (
            <li key={b.id}>
              <a href={`/brief?id=${encodeURIComponent(b.id)}`}>{b.title}</a>{' '}
              <span className="small muted">
                {b.kind.toLowerCase()}, {b.createdAt.slice(0, 10)}
                {b.illustrative ? ', illustrative data' : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function OneBrief({ id }: { id: string }) {
  const q = useQuery(BRIEF, { id });
  const viewer = useQuery(BRIEF_VIEWER, NO_VARIABLES);
  if (q.error) return <ErrorState error={q.error} what="brief" onRetry={q.retry} />;
  if (!q.data) return <Loading what="the brief" />;
  const b = q.data.brief;
  if (!b)
    return (
      <>
        <PageIntro title="Brief not found" />
        <p>
          There is no brief {id} that you can read: it does not exist, or it belongs to an
          organization you are not a member of.
        </p>
      </>
    );
  const canEdit = Boolean(
    viewer.data?.me?.memberships.some(
      (m) => m.organization.id === b.organization.id && m.role !== 'VIEWER',
    ),
  );
  return <BriefView brief={b} canEdit={canEdit} />;
}

function Illustrative({ on }: { on: boolean }) {
  if (!on) return null;
  return (
    <p className="banner-illustrative brief-flag" role="note">
      Illustrative: rests on generated demo data, not real figures. Do not quote as findings.
    </p>
  );
}

function BriefView({ brief: b, canEdit }: { brief: Brief; canEdit: boolean }) {
  const permalink = `${window.location.origin}${b.permalink}`;
  const made = b.createdAt.slice(0, 10);
  return (
    <article className="brief">
      <Illustrative on={b.illustrative} />
      <div className="brief-actions no-print">
        <button type="button" onClick={() => window.print()}>
          Print
        </button>{' '}
        <a className="button-link" href={`${b.pdfPath}?size=LETTER`}>
          PDF (Letter)
        </a>{' '}
        <a className="button-link" href={`${b.pdfPath}?size=A4`}>
          PDF (A4)
        </a>{' '}
        <a className="button-link" href={b.bundlePath}>
          Data bundle (zip)
        </a>{' '}
        <a href="/brief">All briefs</a>
      </div>
      <h1 id="page-title" tabIndex={-1}>
        {b.title}
      </h1>
      <p className="lede brief-finding">{b.finding}</p>
      {b.newerData && (
        <p className="notice" role="status">
          {b.newerData}
        </p>
      )}
      <section aria-labelledby="brief-figures">
        <h2 id="brief-figures">Headline figures</h2>
        <dl className="brief-figures">
          {b.figures.map((f) => (
            <div key={f.key}>
              <dt>{f.label}</dt>
              <dd>{f.text}</dd>
            </div>
          ))}
        </dl>
      </section>
      {b.charts.map((c) => (
        <figure key={c.key} className="brief-chart">
          <figcaption>
            <strong>{c.title}</strong> <span className="small muted">({c.unit})</span>
          </figcaption>
          <img
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(c.svg)}`}
            alt={`${c.title}; the data are in the bundle's CSV files.`}
          />
        </figure>
      ))}
      <Recommendations brief={b} canEdit={canEdit} />
      <Lines title="Assumptions" lines={b.assumptions} />
      <Lines title="Uncertainty" lines={b.uncertainty} />
      <Lines title="Data vintages" lines={b.vintages} />
      {b.notes.length > 0 && (
        <section>
          <h2>Notes</h2>
          <ul>
            {b.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="brief-sources">
        <h2 id="brief-sources">Sources</h2>
        <ul className="brief-citations">
          {b.citations.map((s) => (
            <li key={`${s.name}${s.vintage}`}>
              <strong>{s.name}</strong>
              {s.citation && s.citation !== s.name ? `. ${s.citation.replace(/\.+$/, '')}` : ''}
              {s.vintage ? `. Vintage ${s.vintage}` : ''}
              {s.url ? (
                <>
                  . <a href={s.url}>{s.url}</a>
                </>
              ) : null}
              {s.confidence ? ` (${s.confidence.toLowerCase()})` : ''}
              {s.illustrative ? ' (illustrative)' : ''}
            </li>
          ))}
        </ul>
      </section>
      <p className="small brief-footer">
        Reproduce this view: <a href={b.permalink}>{permalink}</a>. Made {made} with Fairshare{' '}
        {b.appVersion}
        {b.scenarioVersion ? `, scenario version ${b.scenarioVersion}` : ''}; for{' '}
        {b.organization.name}.
      </p>
      <Illustrative on={b.illustrative} />
    </article>
  );
}

function Lines({ title, lines }: { title: string; lines: { label: string; value: string }[] }) {
  return (
    <section>
      <h2>{title}</h2>
      <dl className="brief-lines">
        {lines.map((l) => (
          <div key={`${l.label}:${l.value}`}>
            <dt>{l.label}</dt>
            <dd>{l.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function Recommendations({ brief: b, canEdit }: { brief: Brief; canEdit: boolean }) {
  const id = useId();
  const [texts, setTexts] = useState(() =>
    Object.fromEntries(b.recommendations.map((r) => [r.audience, r.text])),
  );
  const [status, setStatus] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function save() {
    setBusy(true);
    setProblem(null);
    setStatus(null);
    const r = await mutate(UPDATE_RECOMMENDATIONS, {
      id: b.id,
      recommendations: b.recommendations.map((rec) => ({
        audience: rec.audience,
        text: texts[rec.audience] ?? '',
      })),
    });
    setBusy(false);
    if (r.ok) setStatus('Recommendations saved; the PDF and the bundle now carry them.');
    else setProblem(r.message);
  }

  return (
    <section aria-labelledby={`${id}-title`} className="brief-recommendations">
      <h2 id={`${id}-title`}>Recommendations</h2>
      {b.recommendations.map((r) => {
        const suggested = b.suggestedRecommendations.find((s) => s.audience === r.audience);
        return (
          <div key={r.audience} className="brief-recommendation">
            <h3 id={`${id}-${r.audience}`}>{AUDIENCE_LABEL[r.audience]}</h3>
            {canEdit ? (
              <>
                <textarea
                  aria-labelledby={`${id}-${r.audience}`}
                  rows={3}
                  maxLength={4000}
                  value={texts[r.audience] ?? ''}
                  onChange={(e) => setTexts({ ...texts, [r.audience]: e.target.value })}
                />
                {suggested && suggested.text !== texts[r.audience] && (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => setTexts({ ...texts, [r.audience]: suggested.text })}
                  >
                    Use the suggested text
                  </button>
                )}
              </>
            ) : null}
            <p className={canEdit ? 'print-only' : undefined}>
              {texts[r.audience] || '(none written)'}
            </p>
          </div>
        );
      })}
      {canEdit && (
        <p className="no-print">
          <button type="button" onClick={() => void save()} disabled={busy}>
            {busy ? 'Saving…' : 'Save recommendations'}
          </button>
        </p>
      )}
      <div role="status" aria-live="polite">
        {status && <p className="no-print">{status}</p>}
      </div>
      <FormError look="inline">{problem}</FormError>
    </section>
  );
}
