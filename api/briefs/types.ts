/** What a brief holds: the view it came from and the content frozen when it was made. */
import type { AttributionRule, NeedBasis, ResourceDimension } from '../../core/vocabulary';
import type { ScopeArgs } from '../data/analytics/scope';

export const BRIEF_KINDS = ['OVERVIEW', 'EQUITY', 'FUNDERS', 'SCENARIO'] as const;
export type BriefKind = (typeof BRIEF_KINDS)[number];

export const AUDIENCES = ['ORGANIZATIONAL_LEADERS', 'TTA_PROVIDERS', 'POLICY_MAKERS'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const AUDIENCE_LABEL: Record<Audience, string> = {
  ORGANIZATIONAL_LEADERS: 'Organizational leaders',
  TTA_PROVIDERS: 'Providers of training and technical assistance',
  POLICY_MAKERS: 'Policy makers',
};

/** The settings that reproduce a brief (its permalink in data). */
export interface BriefView {
  kind: BriefKind;
  scope: ScopeArgs;
  dimension: ResourceDimension;
  needBasis: NeedBasis;
  attribution: AttributionRule;
  /** One saved scenario, or two to ten compared (SCENARIO briefs). */
  scenarioIds: string[];
  /** FUNDERS briefs: the funder profiled (one) or the funders compared (two to four). */
  funderIds?: string[];
  /** The app path (and query) of the view, e.g. /equity?dim=FUNDING. */
  permalink: string;
}

/** A headline figure: its raw value (for checks and the bundle) and how it reads. */
export interface BriefFigure {
  key: string;
  label: string;
  value: number | null;
  text: string;
}

/** A chart as data: categories along one axis, one or more series of values. */
export interface BriefChart {
  key: string;
  title: string;
  kind: 'bars' | 'lines';
  /** What the values measure, with their unit. */
  unit: string;
  /** How a value reads (ratio, share, count or usd). */
  format: 'ratio' | 'share' | 'count' | 'usd';
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
  /** A reference line (parity at 1 for equity ratios). */
  reference?: { value: number; label: string };
}

export interface BriefLine {
  label: string;
  value: string;
}

export interface BriefCitation {
  name: string;
  citation: string | null;
  url: string | null;
  confidence: string | null;
  vintage: number | null;
  illustrative: boolean;
}

export interface BriefContent {
  format: 1;
  title: string;
  finding: string;
  illustrative: boolean;
  figures: BriefFigure[];
  charts: BriefChart[];
  assumptions: BriefLine[];
  uncertainty: BriefLine[];
  vintages: BriefLine[];
  citations: BriefCitation[];
  notes: string[];
  /** Scenario settings (levers, overrides, Monte Carlo) of each scenario; null for other kinds. */
  parameters: unknown;
  /** Starting text of the recommendations, drawn from the figures. */
  suggestedRecommendations: BriefRecommendation[];
}

export interface BriefRecommendation {
  audience: Audience;
  text: string;
}

/** The datasets a brief rests on, as stored with it (to say when newer data would change it). */
export interface BriefDataVintage {
  id: number;
  vintage: number | null;
  importedAt: string;
}
