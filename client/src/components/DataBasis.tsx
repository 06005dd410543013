/** "What this rests on": the resource and need datasets behind a figure, with their confidence. */
import type { DatasetRefFragment, NeedUsedFieldsFragment } from '../generated/graphql';
import { CONFIDENCE_DETAIL, CONFIDENCE_LABEL } from '../format/labels';
import { IllustrativeBadge } from './IllustrativeBadge';

function DatasetItem({ d }: { d: DatasetRefFragment }) {
  return (
    <li>
      <span className="dataset-name">{d.name}</span>
      {d.vintage ? `, ${d.vintage}` : ''} — {d.source}.{' '}
      <span
        className={`confidence confidence-${d.confidence.toLowerCase()}`}
        title={CONFIDENCE_DETAIL[d.confidence]}
      >
        {CONFIDENCE_LABEL[d.confidence]}
      </span>
      {d.illustrative && (
        <>
          {' '}
          <IllustrativeBadge />
        </>
      )}
    </li>
  );
}

export function DataBasis({
  resources,
  need,
  sourcesHref,
}: {
  resources: DatasetRefFragment[];
  need?: NeedUsedFieldsFragment | null;
  sourcesHref: string;
}) {
  return (
    <section className="data-basis" aria-labelledby="data-basis-title">
      <h2 id="data-basis-title">What this rests on</h2>
      <div className="two-col">
        <div>
          <h3>Resources</h3>
          {resources.length ? (
            <ul>
              {resources.map((d) => (
                <DatasetItem key={d.id} d={d} />
              ))}
            </ul>
          ) : (
            <p className="muted">No resource records in scope.</p>
          )}
        </div>
        <div>
          <h3>Need</h3>
          {need?.datasets.length ? (
            <>
              <ul>
                {need.datasets.map((d) => (
                  <DatasetItem key={d.id} d={d} />
                ))}
              </ul>
              <p className="small muted">
                Figures of {need.vintages.join(', ') || 'no year'} for{' '}
                {need.geography === 'WORLD' ? 'the world' : (need.geography ?? 'no geography')}
                {need.unit ? `, in ${need.unit}` : ''}; for each resource year the nearest figure is
                used.
                {need.confidence &&
                  ` Weakest confidence among them: ${CONFIDENCE_LABEL[need.confidence].toLowerCase()}.`}
              </p>
              {need.fallbacks.length > 0 && (
                <ul className="need-fallbacks small" aria-label="Fallbacks">
                  {need.fallbacks.map((f) => (
                    <li key={`${f.type} ${f.kind}`}>
                      <strong>Fallback ({f.type.toLowerCase()}):</strong> {f.reason}
                    </li>
                  ))}
                </ul>
              )}
            </>
          ) : (
            <p className="muted">No need figures for this basis in scope.</p>
          )}
        </div>
      </div>
      <p>
        <a href={sourcesHref}>Sources &amp; methods</a> lists every dataset with its citation and
        explains each formula.
      </p>
    </section>
  );
}
