/** The label every view of illustrative (generated) data carries. */
export function IllustrativeBadge({ long = false }: { long?: boolean }) {
  return (
    <span className="badge badge-illustrative" title="Generated demo data, not real figures">
      {long ? 'Illustrative demo data — not real figures' : 'Illustrative data'}
    </span>
  );
}

/** A page-wide banner when anything on the page rests on illustrative data. */
export function IllustrativeBanner({ importHref }: { importHref: string }) {
  return (
    <aside className="banner banner-illustrative" aria-label="About the data">
      <strong>Illustrative demo data.</strong> No public source splits anti-trafficking funding,
      training or services by trafficking type, so the resource figures here are generated to show
      what Fairshare does. The need figures are real published figures. Do not quote these results
      as findings; <a href={importHref}>import your own data</a> to replace them.
    </aside>
  );
}
