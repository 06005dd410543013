/**
 * The scenario model's shared defaults on Sources & methods, as the API serves them: each with its
 * published source or, for an assumption, its reasoning (core/scenario/defaultSources.ts).
 */
import { Loading } from '../../components/StatusViews';
import type { SourcesQuery } from '../../generated/graphql';

type Default = SourcesQuery['scenarioDefaults'][number];

const valueText = (d: Default) =>
  `${d.value.toLocaleString('en-US', { maximumFractionDigits: 3 })} (${d.unit})`;

export function ScenarioDefaults({ defaults }: { defaults: readonly Default[] | null }) {
  return (
    <section aria-labelledby="scenario-defaults" className="methods">
      <h2 id="scenario-defaults">Scenario defaults</h2>
      <p>
        The scenario studio starts from these values wherever the data in scope do not give one.
        Each is either computed from a published figure, cited below, or an assumption, with the
        reasoning behind it. Every one can be changed in the studio’s assumptions table.
      </p>
      {defaults === null ? (
        <Loading what="the scenario defaults" />
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Scenario defaults">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Default</th>
                <th scope="col">Value</th>
                <th scope="col">Rests on</th>
                <th scope="col">Source and reasoning</th>
              </tr>
            </thead>
            <tbody>
              {defaults.map((d) => (
                <tr key={d.key} data-default={d.key}>
                  <th scope="row">{d.label}</th>
                  <td>{valueText(d)}</td>
                  <td>{d.basis === 'PUBLISHED' ? 'Published figures' : 'Assumption'}</td>
                  <td>
                    {d.source && (
                      <p className="small">{d.url ? <a href={d.url}>{d.source}</a> : d.source}</p>
                    )}
                    <p className="small">{d.reasoning}</p>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
