/**
 * Placeholder for the Scenario studio (built separately; this file will be replaced).
 * Contract: default export a component taking PageProps; keep the levers in the URL through
 * `api.view.params` / `api.update({ params })` so a shared link restores the scenario.
 */
import { PageIntro } from '../components/PageIntro';
import type { PageProps } from './types';

export default function ScenarioStudio({ api }: PageProps) {
  return (
    <>
      <PageIntro title="Scenario studio">
        <p>
          Model a reallocation: shift funding to labor-trafficking services, add new money, and see
          what it does to survivors served, unmet need and the equity ratio over the years.
        </p>
      </PageIntro>
      <div className="status status-empty" role="status">
        <p>
          <strong>This page is coming.</strong> Until it arrives, the{' '}
          <a href={api.hrefFor('equity')}>Equity page</a> shows how far labor trafficking is from
          its proportional share and how that depends on the measure of need.
        </p>
      </div>
    </>
  );
}
