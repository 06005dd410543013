import type { SourcesQuery } from '../../generated/graphql';

/** The formulas of the domain notes, in plain language, each with a worked example. */
export function Methods({ disclosure }: { disclosure: SourcesQuery['disclosureMethod'] | null }) {
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  return (
    <section aria-labelledby="methods" className="methods">
      <h2 id="methods">Methods</h2>
      <p>
        Every figure is computed for one <strong>scope</strong> (years, places, funders, recipients,
        service categories, datasets), one <strong>resource</strong> (funding in US dollars,
        training in participant-hours, services in survivors served, research in studies), one{' '}
        <strong>need basis</strong> and one <strong>attribution rule</strong>. Labor and sex
        trafficking are compared; R is a type’s resources and N its need.
      </p>
      <dl className="formulas">
        <div>
          <dt>Share of resources</dt>
          <dd>
            <code>s = R_labor ÷ (R_labor + R_sex)</code>: labor’s slice of the pie.
          </dd>
        </div>
        <div>
          <dt>Share of need</dt>
          <dd>
            <code>n = N_labor ÷ (N_labor + N_sex)</code>: labor’s slice of the need.
          </dd>
        </div>
        <div>
          <dt>Equity ratio</dt>
          <dd>
            <code>e = s ÷ n</code>. 1 means labor gets a share of resources equal to its share of
            need; 0.25 means a quarter of that proportional share; above 1, more than its share.
          </dd>
        </div>
        <div>
          <dt>Resources per need unit</dt>
          <dd>
            <code>r = R ÷ N</code>, for example dollars per identified victim.
          </dd>
        </div>
        <div>
          <dt>Disparity multiple</dt>
          <dd>
            <code>r_sex ÷ r_labor</code>: each unit of sex-trafficking need gets this many times the
            resources of a unit of labor-trafficking need.
          </dd>
        </div>
        <div>
          <dt>Parity gap</dt>
          <dd>
            <code>G = n × (R_labor + R_sex) − R_labor</code>: what would have to move to labor
            trafficking, the total unchanged, for its equity ratio to reach 1. Negative: labor
            already gets more than its share.
          </dd>
        </div>
        <div>
          <dt>Dissimilarity index</dt>
          <dd>
            <code>D = ½ × Σ |s_t − n_t|</code>: the share of all resources that would have to move
            to reach proportionality (0 to 1).
          </dd>
        </div>
        <div>
          <dt>Relative entropy (Theil)</dt>
          <dd>
            <code>T = Σ s_t × ln(s_t ÷ n_t)</code>: 0 when proportional, larger with disparity.
          </dd>
        </div>
      </dl>
      <h3>Records that serve both forms, or do not say</h3>
      <p>
        Resources and need figures marked “both” or “not stated” are attributed by the chosen rule:{' '}
        <strong>leave out</strong> drops them; <strong>50/50</strong> splits them evenly;{' '}
        <strong>by need</strong> splits them in proportion to the explicit labor and sex need
        figures; <strong>declared share</strong> uses each record’s own declared labor share where
        it gives one and splits the rest by need. Example: 2017 hotline cases (labor 1,274, sex
        6,244, both 390, not stated 851) give labor a need share of 1,274 ÷ 7,518 = 16.9% when
        shared cases are left out, and (1,274 + 620.5) ÷ 8,759 = 21.6% when they are split 50/50.
      </p>
      <h3>Which need figures are used</h3>
      <p>
        For each resource year, the need figure nearest that year is used (ties go to the earlier
        one), and the most specific geography that contains the scope and has figures for the basis:
        a US state, then the country, then the world. The years and geography used are shown with
        every result.
      </p>
      <h3>Ranges</h3>
      <p>
        Labor trafficking is under-identified, so the measure of need drives the conclusion. Every
        headline also gives its range: the lowest and highest value over all need bases with figures
        in scope and all attribution rules (the sensitivity grid on the Equity page).
      </p>
      <h3>When a figure cannot be computed</h3>
      <p>A ratio whose denominator is zero is shown as “–” with the reason, never as infinity.</p>
      <h3 id="disclosure-control">Protecting survivors and pooled data</h3>
      {disclosure ? (
        <>
          <p>
            Service counts describe real people, and datasets pooled with a coalition are
            confidential to their owners. So that no one can work out a hidden count by subtracting
            one figure from another, every such figure shown to someone who is not a data steward of
            the dataset’s organization is perturbed by the <em>cell key method</em>, as statistical
            agencies’ table builders do (the Australian Bureau of Statistics’ TableBuilder, the 2021
            Census of England and Wales).
          </p>
          <ul>
            <li>
              Every record carries a permanent random key. A figure’s key is the sum of its records’
              keys, and its noise is fixed by that key: the same records always get the same noise,
              so asking again, or averaging many answers, never reveals the true value.
            </li>
            <li>
              A count moves by at most {disclosure.countMaxNoise} either way (on average by 0;
              variance {disclosure.countNoiseVariance.toFixed(1)}). A count that is then below{' '}
              {disclosure.threshold} is not shown at all.
            </li>
            <li>
              A figure that includes pooled data moves by {pct(disclosure.magnitudeNoiseMin)} to{' '}
              {pct(disclosure.magnitudeNoiseMax)} of its largest pooled record, up or down, and is
              not shown when it rests on fewer than {disclosure.threshold} pooled records.
            </li>
            <li>
              Totals are protected as figures of their own, so a total may differ slightly from the
              sum of its parts; shares, ratios and gaps are computed from the protected figures.
              Stewards of the data’s organization see exact values.
            </li>
          </ul>
        </>
      ) : (
        <p>
          Service counts describe real people: small ones are withheld, and others shown with a
          little fixed noise, to anyone who is not a data steward of the dataset’s organization.
        </p>
      )}
      <p>Links to a view carry only its settings, never records.</p>
      <h3>Illustrative data</h3>
      <p>
        No public source splits anti-trafficking funding by trafficking type, so the demo’s grants,
        trainings, service counts and research records are generated, deterministically, and
        labelled illustrative wherever they appear. The need figures are real published figures with
        their sources and confidence. Import your own data to replace the illustrative set.
      </p>
    </section>
  );
}
