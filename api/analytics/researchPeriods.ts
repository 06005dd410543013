/**
 * Research counts that cover a period, as what they are: a total for the period in its own unit
 * (docs/methodology.md, "Research counts and periods").
 */
import type { ResearchKind } from '../../core/vocabulary';
import { researchPeriodRows, type ResearchPeriodRow } from '../data/analytics/researchPeriods';
import type { Scope } from '../data/analytics/scope';
import type { AnalyticsDeps } from './context';

export const RESEARCH_KIND_UNITS: Record<ResearchKind, string> = {
  PUBLICATIONS: 'publications',
  STUDIES: 'studies',
  GRANTS: 'research grants',
};

export interface ResearchPeriodOut extends ResearchPeriodRow {
  unit: string;
  laborShareOfTyped: number | null;
}

export async function researchPeriods(
  deps: AnalyticsDeps,
  scope: Scope,
): Promise<ResearchPeriodOut[]> {
  const rows = await researchPeriodRows(deps.knex, deps.viewer, scope);
  return rows.map((r) => ({
    ...r,
    unit: RESEARCH_KIND_UNITS[r.kind],
    laborShareOfTyped: r.labor + r.sex > 0 ? r.labor / (r.labor + r.sex) : null,
  }));
}
