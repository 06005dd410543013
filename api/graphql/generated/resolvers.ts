import { GraphQLResolveInfo } from 'graphql';
import { DbDataset, DbOrganization, DbNeedIndicator } from '../../db/tables';
import { DbGrantRow } from '../../import/override';
import { AllocationResultOut, AllocationRowOut, EquityResultOut, EquityTrendOut, SensitivityGridOut, SensitivityCellOut, EquityBreakdownOut, EquityBreakdownRowOut, NeedUsedOut } from '../../analytics/types';
import { ResearchPeriodOut } from '../../analytics/researchPeriods';
import { DataSelectionOut } from '../../analytics/dataSelection';
import { CurrentUserRow, MembershipRow, MemberRow } from '../../data/accounts';
import { ApiTokenRow, NewApiTokenRow } from '../../auth/tokens';
import { InvitationRow, NewInvitationRow } from '../../data/invitations';
import { AuditRow } from '../../data/auditLog';
import { ScenarioRunOut, GoalSeekOut, CategoryMixOut } from '../../scenarios/run';
import { ScenarioBaselineOut, BaselineDataset, BaselineNeed } from '../../scenarios/baseline';
import { SavedScenarioOut, ComparedScenarioOut } from '../../scenarios/saved';
import { BriefOut } from '../../briefs/service';
import { GraphQLContext } from '../../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** A dimension to group allocations by. */
export type AllocationGroup =
  /** Service category (grants only). */
  | 'CATEGORY'
  /** Dataset. */
  | 'DATASET'
  /** Funder (grants only). */
  | 'FUNDER'
  /** Recipient: grantee, training provider or service provider. */
  | 'RECIPIENT'
  /** US state. */
  | 'STATE'
  /** Trafficking type. */
  | 'TYPE'
  /** Year (fiscal year for grants). */
  | 'YEAR';

/** Resource totals in a scope. */
export type AllocationResult = {
  __typename?: 'AllocationResult';
  /** Datasets the rows were drawn from. */
  datasets: Array<Dataset>;
  dimension: ResourceDimension;
  /** How these figures were protected from disclosure. */
  disclosure: DisclosureInfo;
  groupBy: Array<AllocationGroup>;
  /** Scope fields that do not apply to this dimension and were ignored. */
  ignoredScopeFields: Array<Scalars['String']['output']>;
  /** True when any of those datasets is illustrative. */
  illustrative: Scalars['Boolean']['output'];
  /** True when the figures add real and illustrative records together: say so wherever they appear. */
  mixesIllustrative: Scalars['Boolean']['output'];
  rows: Array<AllocationRow>;
  /** Total over all rows, protected as a cell of its own (so it may differ from their sum); null when hidden. */
  total?: Maybe<Scalars['Float']['output']>;
  /** Unit of every value, e.g. USD. */
  unit: Scalars['String']['output'];
};

/** One group of an allocation: the keys asked for in groupBy are set, the others null. */
export type AllocationRow = {
  __typename?: 'AllocationRow';
  category?: Maybe<ServiceCategory>;
  dataset?: Maybe<Dataset>;
  funder?: Maybe<Organization>;
  recipient?: Maybe<Organization>;
  /** Number of records summed; null when suppressed. */
  records?: Maybe<Scalars['Int']['output']>;
  /** US postal code. */
  state?: Maybe<Scalars['String']['output']>;
  /** Set when value is hidden to protect survivors. */
  suppressed?: Maybe<SuppressionReason>;
  type?: Maybe<TraffickingType>;
  /** Total in the dimension's unit; null when suppressed. */
  value?: Maybe<Scalars['Float']['output']>;
  year?: Maybe<Scalars['Int']['output']>;
};

/** An API token, without its secret (shown once, when created). */
export type ApiToken = {
  __typename?: 'ApiToken';
  /** ISO 8601. */
  createdAt: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Last time it was used (to within a minute), if ever. */
  lastUsedAt?: Maybe<Scalars['String']['output']>;
  /** What the token is for, as its owner named it. */
  name: Scalars['String']['output'];
  /** The first characters of the token, to recognise it (e.g. fs_Ab12Cd). */
  prefix: Scalars['String']['output'];
  /** When it was revoked; null while it works. */
  revokedAt?: Maybe<Scalars['String']['output']>;
  scope: TokenScope;
};

/** How BOTH/UNSPECIFIED resources and need are attributed to labor and sex. */
export type AttributionRule =
  /** Use each record's declared labor share; fall back to the need-proportional split. */
  | 'DECLARED_SHARE'
  /** Split them 50/50. */
  | 'EVEN_SPLIT'
  /** Leave them out. */
  | 'EXCLUDE'
  /** Split them by the need basis' labor and sex shares. */
  | 'NEED_PROPORTIONAL';

/** One audit log entry. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /**
   * What happened: sign_in, sign_in_failed, sign_out, sign_up, password_change, token_create,
   * token_revoke, organization_create, invitation_create, invitation_revoke, invitation_accept, role_change,
   * member_remove, dataset_share, dataset_unshare, import, import_rollback, correction, deletion, ...
   */
  action: Scalars['String']['output'];
  /** The actor's display name, when known. */
  actorName?: Maybe<Scalars['String']['output']>;
  /** Who acted (user id); null for the system or an unrecognised caller. */
  actorUserId?: Maybe<Scalars['ID']['output']>;
  /** When it happened (ISO 8601). */
  at: Scalars['String']['output'];
  /** Details as a JSON object (ids, counts, old and new roles; never secrets). */
  details?: Maybe<Scalars['String']['output']>;
  /** What was acted on: user, dataset, invitation, api_token, import_job, ... */
  entity?: Maybe<Scalars['String']['output']>;
  entityId?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
};

/** A page of audit entries, newest first. */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  nodes: Array<AuditEntry>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** One year's quantiles of an output across the Monte Carlo draws (null where undefined in most draws). */
export type BandPoint = {
  __typename?: 'BandPoint';
  p10?: Maybe<Scalars['Float']['output']>;
  p50?: Maybe<Scalars['Float']['output']>;
  p90?: Maybe<Scalars['Float']['output']>;
  year: Scalars['Int']['output'];
};

/** What a baseline took from a dataset. */
export type BaselineDataRole =
  /** Grants: the budgets. */
  | 'FUNDING'
  /** Need figures. */
  | 'NEED'
  /** Service records: survivors served, cost, turnover, training. */
  | 'SERVICES';

/** Which years a scenario's baseline is taken from. */
export type BaselineMode =
  /** The mean over the fiscal years with grants in scope, first to last. */
  | 'AVERAGE'
  /** The last fiscal year with grants in scope. */
  | 'LATEST';

/** Why a goal or a category target cannot be reached. */
export type BindingConstraint =
  /** No spending within the category limits reaches the target. */
  | 'CATEGORY_LIMITS'
  /** No amount of new money lifts labor's equity ratio that high while sex-only funding remains. */
  | 'EQUITY_CEILING'
  /** The target exceeds labor need. */
  | 'NEED'
  /** It would take more new money than maxNewMoneyPerYear. */
  | 'NEW_MONEY_LIMIT'
  /** Shifting more would serve fewer SEX survivors than the floor allows. */
  | 'SEX_FLOOR'
  /** Shifting all sex-only funding is not enough. */
  | 'SHIFT_LIMIT';

/**
 * A brief: the figures, charts, assumptions and citations of a view as they were when it was made
 * (reopening it gives the same numbers), with recommendations by audience. Members of its
 * organization read it; analysts make and edit briefs. Built as a member who is not a data steward
 * sees the data, so disclosure control applies to everything in it and its bundle.
 */
export type Brief = {
  __typename?: 'Brief';
  /** The Fairshare version that made it. */
  appVersion: Scalars['String']['output'];
  /** Scope, dimension, need basis, rule, levers and every overridden default. */
  assumptions: Array<BriefLine>;
  /** GET this path for the data bundle (zip: charts as CSV, README, parameters as JSON). */
  bundlePath: Scalars['String']['output'];
  charts: Array<BriefChart>;
  citations: Array<BriefCitation>;
  /** ISO 8601. */
  createdAt: Scalars['String']['output'];
  figures: Array<BriefFigure>;
  /** The finding in plain language, with the headline figures. */
  finding: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** True when any figure rests on illustrative demo data. */
  illustrative: Scalars['Boolean']['output'];
  kind: BriefKind;
  /** A sentence when today's data would change the figures; null when they would not. */
  newerData?: Maybe<Scalars['String']['output']>;
  notes: Array<Scalars['String']['output']>;
  organization: Organization;
  /** GET this path for the PDF (?size=A4 or LETTER). */
  pdfPath: Scalars['String']['output'];
  /** The app path that reproduces the view. */
  permalink: Scalars['String']['output'];
  /** One per audience, as last saved. */
  recommendations: Array<BriefRecommendation>;
  /** The saved scenario's version, for a brief of one scenario. */
  scenarioVersion?: Maybe<Scalars['Int']['output']>;
  /** Starting text drawn from the figures. */
  suggestedRecommendations: Array<BriefRecommendation>;
  title: Scalars['String']['output'];
  uncertainty: Array<BriefLine>;
  /** ISO 8601: when the recommendations were last saved. */
  updatedAt: Scalars['String']['output'];
  vintages: Array<BriefLine>;
};

/** The three audiences of the study behind Fairshare. */
export type BriefAudience =
  | 'ORGANIZATIONAL_LEADERS'
  | 'POLICY_MAKERS'
  | 'TTA_PROVIDERS';

/** A chart of a brief. */
export type BriefChart = {
  __typename?: 'BriefChart';
  key: Scalars['String']['output'];
  /** The chart as a standalone SVG document (the PDF draws the same). */
  svg: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** What the values measure, with their unit. */
  unit: Scalars['String']['output'];
};

export type BriefCitation = {
  __typename?: 'BriefCitation';
  citation?: Maybe<Scalars['String']['output']>;
  confidence?: Maybe<Scalars['String']['output']>;
  illustrative: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
  vintage?: Maybe<Scalars['Int']['output']>;
};

/** A headline figure of a brief: the value and how the brief writes it. */
export type BriefFigure = {
  __typename?: 'BriefFigure';
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  text: Scalars['String']['output'];
  value?: Maybe<Scalars['Float']['output']>;
};

/** The view to make a brief of. */
export type BriefInput = {
  attribution: AttributionRule;
  dimension: ResourceDimension;
  /** FUNDERS briefs: the funder profiled (one) or the funders compared (two to four), each against the field in scope, as the page shows them. */
  funderIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind: BriefKind;
  needBasis: NeedBasis;
  /** The organization the brief belongs to; you need the analyst role (or higher) in it. */
  organizationId: Scalars['ID']['input'];
  /** The app path (and query) of the view, starting with /: the brief's permalink. */
  permalink: Scalars['String']['input'];
  /** SCENARIO briefs: one saved scenario, or two to ten compared. */
  scenarioIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  scope?: InputMaybe<ScopeInput>;
};

/** What a brief was made from. */
export type BriefKind =
  | 'EQUITY'
  | 'FUNDERS'
  | 'OVERVIEW'
  | 'SCENARIO';

export type BriefLine = {
  __typename?: 'BriefLine';
  label: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type BriefRecommendation = {
  __typename?: 'BriefRecommendation';
  audience: BriefAudience;
  text: Scalars['String']['output'];
};

export type BriefRecommendationInput = {
  audience: BriefAudience;
  /** At most 4,000 characters; empty for none. */
  text: Scalars['String']['input'];
};

/** New money put in one category by the optimiser. */
export type CategoryAllocation = {
  __typename?: 'CategoryAllocation';
  /** USD/year. */
  amount: Scalars['Float']['output'];
  category: ScenarioServiceCategory;
  share: Scalars['Float']['output'];
  /** Labor survivors served in byYear per USD 1,000,000/year put in this category. */
  yieldPerMillion: Scalars['Float']['output'];
};

/** Limits on one category in the category-mix optimiser. */
export type CategoryBoundsInput = {
  category: ScenarioServiceCategory;
  /** Most USD/year the category can absorb. */
  maxAmount?: InputMaybe<Scalars['Float']['input']>;
  /** Maximum share (0–1); 0 leaves the category out. */
  maxShare?: InputMaybe<Scalars['Float']['input']>;
  /** Minimum share of the new money (0–1). */
  minShare?: InputMaybe<Scalars['Float']['input']>;
};

/** Cost per survivor served of one labor service category. */
export type CategoryCost = {
  __typename?: 'CategoryCost';
  category: ScenarioServiceCategory;
  source: Scalars['String']['output'];
  /** USD per survivor. */
  value: Scalars['Float']['output'];
};

/** What the category-mix optimiser is to reach. */
export type CategoryMixInput = {
  bounds?: InputMaybe<Array<CategoryBoundsInput>>;
  /** Default: the last projection year. */
  byYear?: InputMaybe<Scalars['Int']['input']>;
  /** Labor survivors served to reach in byYear (people/year). */
  targetLaborServed: Scalars['Float']['input'];
};

/** The cheapest new money, split over labor service categories, that reaches a survivors-served target. */
export type CategoryMixResult = {
  __typename?: 'CategoryMixResult';
  allocations: Array<CategoryAllocation>;
  binding?: Maybe<BindingConstraint>;
  feasible: Scalars['Boolean']['output'];
  /** True when the baseline rests on illustrative demo data, feasible or not. */
  illustrative: Scalars['Boolean']['output'];
  laborServed?: Maybe<Scalars['Float']['output']>;
  message?: Maybe<Scalars['String']['output']>;
  /** Fallbacks the baseline's need rests on (feasible or not); empty when none. */
  needFallbacks: Array<NeedFallback>;
  /** USD/year; null when infeasible. */
  newMoneyPerYear?: Maybe<Scalars['Float']['output']>;
  /** The scenario re-run with the answer as levers (feasible only). */
  run?: Maybe<ScenarioRun>;
};

/** A category's share of added labor funding. */
export type CategoryShare = {
  __typename?: 'CategoryShare';
  category: ScenarioServiceCategory;
  share: Scalars['Float']['output'];
};

/** A share of added labor funding going to one service category. */
export type CategoryShareInput = {
  category: ScenarioServiceCategory;
  /** Share of the added money (0–1); the shares of a mix add up to 1. */
  share: Scalars['Float']['input'];
};

/** One scenario in a comparison. */
export type ComparedScenario = {
  __typename?: 'ComparedScenario';
  scenario: Scenario;
  /** One entry per year of ScenarioComparison.years; null where the year is outside this scenario's projection. */
  years: Array<Maybe<ScenarioYear>>;
};

/** How far a figure can be trusted, as its source or compiler flags it. */
export type Confidence =
  /** Computed from published material. */
  | 'COMPUTED'
  /** Generated demo data, not real figures. */
  | 'ILLUSTRATIVE'
  /** Read from the original publication. */
  | 'PRIMARY'
  /** Read from a reprint or a later report. */
  | 'SECONDARY'
  /** Disputed or unverified; check before quoting. */
  | 'UNCERTAIN';

/** How the current request was authenticated. */
export type CredentialKind =
  /** A browser session (the cookie set by signIn). */
  | 'SESSION'
  /** An API token (Authorization: Bearer fs_...). */
  | 'TOKEN';

/** The signed-in user, as they see themselves. */
export type CurrentUser = {
  __typename?: 'CurrentUser';
  /** When the account was created (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** Name shown to other members. */
  displayName: Scalars['String']['output'];
  /** Email address, used to sign in. */
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The organizations the user belongs to, with their role in each. */
  memberships: Array<Membership>;
  /** For an API token, its scope; null for a browser session. */
  tokenScope?: Maybe<TokenScope>;
  /** How this request was authenticated. */
  via: CredentialKind;
};

/** Which data a scope's resource figures rest on: real, illustrative, or (when asked) both. */
export type DataSelection = {
  __typename?: 'DataSelection';
  /** The rule applied, in a sentence for the page. */
  explanation: Scalars['String']['output'];
  /** Whether illustrative datasets count in the scope's figures. */
  illustrativeIncluded: Scalars['Boolean']['output'];
  /** Real (not illustrative) resource datasets the caller can see. */
  realResourceDatasets: Array<Dataset>;
  /** What the scope asked for. */
  requested: IllustrativeData;
};

/** A source of records, with everything needed to cite it. */
export type Dataset = {
  __typename?: 'Dataset';
  /** How to cite it. */
  citation: Scalars['String']['output'];
  /** How far it can be trusted. */
  confidence: Confidence;
  /** Years covered, e.g. 2017–2023. */
  dataPeriod?: Maybe<Scalars['String']['output']>;
  /** What it holds. */
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** True for generated demo data: not real figures. */
  illustrative: Scalars['Boolean']['output'];
  /** When it was loaded. */
  importedAt: Scalars['String']['output'];
  /** Its license, where known. */
  license?: Maybe<Scalars['String']['output']>;
  /** Title. */
  name: Scalars['String']['output'];
  /** The organization that owns it, if any. */
  owner?: Maybe<Organization>;
  /** Number of records of each kind it holds. */
  recordCounts: RecordCounts;
  /** Short stable identifier. */
  slug: Scalars['String']['output'];
  /** Publisher or producer. */
  source: Scalars['String']['output'];
  /** Where it is published. */
  url?: Maybe<Scalars['String']['output']>;
  /** Latest year the data describe. */
  vintage?: Maybe<Scalars['Int']['output']>;
  /** Who may read it. */
  visibility: Visibility;
};

/** A page of datasets. */
export type DatasetConnection = {
  __typename?: 'DatasetConnection';
  nodes: Array<Dataset>;
  pageInfo: PageInfo;
  /** Number of datasets matching the filter. */
  totalCount: Scalars['Int']['output'];
};

/** Filter for datasets. */
export type DatasetFilter = {
  /** Only this confidence. */
  confidence?: InputMaybe<Confidence>;
  /** Only illustrative (true) or only real (false) datasets. */
  illustrative?: InputMaybe<Scalars['Boolean']['input']>;
  /** Name contains this text (case-insensitive). */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** Sort order for datasets. */
export type DatasetSort = {
  direction?: InputMaybe<SortDirection>;
  field: DatasetSortField;
};

/** Fields datasets can be sorted by. */
export type DatasetSortField =
  | 'IMPORTED_AT'
  | 'NAME'
  | 'VINTAGE';

/** What a scenario default rests on. */
export type DefaultBasis =
  /** An editable assumption: reasoning says why this value. */
  | 'ASSUMPTION'
  /** Computed from published figures, cited in source. */
  | 'PUBLISHED';

/**
 * How an answer's figures were protected (the cell key method; docs/methodology.md, "Disclosure
 * control"). Service counts, for anyone who is not a steward of the data's organization, and figures
 * that include datasets a coalition member sees only pooled, get a small noise that is the same every
 * time the same records are summed; small ones are hidden. Totals are protected as cells of their
 * own, so a total may differ slightly from the sum of its parts.
 */
export type DisclosureInfo = {
  __typename?: 'DisclosureInfo';
  /** One plain sentence for the reader when protected, else null. */
  note?: Maybe<Scalars['String']['output']>;
  /** True when some figure of this answer was perturbed or hidden. */
  protected: Scalars['Boolean']['output'];
  /** Counts (or pooled records) below this are never shown. */
  threshold: Scalars['Int']['output'];
};

/** The disclosure control method and its parameters. */
export type DisclosureMethod = {
  __typename?: 'DisclosureMethod';
  /** Largest noise added to a count (D): counts move by -D..D. */
  countMaxNoise: Scalars['Int']['output'];
  /** Variance of the noise on a count of D or more. */
  countNoiseVariance: Scalars['Float']['output'];
  magnitudeNoiseMax: Scalars['Float']['output'];
  /** Noise on a pooled magnitude is ±(min..max) times its largest contribution. */
  magnitudeNoiseMin: Scalars['Float']['output'];
  /** Counts below this are never shown to anyone but stewards of the data's organization. */
  threshold: Scalars['Int']['output'];
};

/** A dimension to break the equity ratio down by. */
export type EquityBreakdown =
  /** One row per service category (funding only). */
  | 'CATEGORY'
  /** One row per funder (funding only). */
  | 'FUNDER'
  /** One row per US state. */
  | 'STATE';

/** Labor's equity per group: each row equals equity() with the scope narrowed to that group. */
export type EquityBreakdownResult = {
  __typename?: 'EquityBreakdownResult';
  attribution: AttributionRule;
  by: EquityBreakdown;
  datasets: Array<Dataset>;
  dimension: ResourceDimension;
  /** How these figures were protected from disclosure. */
  disclosure: DisclosureInfo;
  ignoredScopeFields: Array<Scalars['String']['output']>;
  illustrative: Scalars['Boolean']['output'];
  need: NeedUsed;
  needBasis: NeedBasis;
  rows: Array<EquityBreakdownRow>;
  unit: Scalars['String']['output'];
};

/** One group's equity. */
export type EquityBreakdownRow = {
  __typename?: 'EquityBreakdownRow';
  funder?: Maybe<Organization>;
  /** Funder id, state code or category. */
  key: Scalars['String']['output'];
  /** Human-readable name. */
  label: Scalars['String']['output'];
  labor: TypeEquity;
  /** The need figures of this row: those of the group's own years (and, for a state, its own figures where published). */
  need: NeedUsed;
  nullReasons: Array<NullReason>;
  parityGap?: Maybe<Scalars['Float']['output']>;
  sex: TypeEquity;
  /** Total resources of the group (all types), in the dimension's unit; null when withheld to protect survivors. */
  total?: Maybe<Scalars['Float']['output']>;
};

/** Equity of one scope, dimension, need basis and attribution rule. */
export type EquityResult = {
  __typename?: 'EquityResult';
  attribution: AttributionRule;
  /** Resource datasets used. */
  datasets: Array<Dataset>;
  dimension: ResourceDimension;
  /** How these figures were protected from disclosure. */
  disclosure: DisclosureInfo;
  /** Sex trafficking's resources per need unit over labor's: k times as much. */
  disparityMultiple?: Maybe<Scalars['Float']['output']>;
  /** Duncan index: share of all resources that would have to move to reach proportionality (0..1). */
  dissimilarity?: Maybe<Scalars['Float']['output']>;
  ignoredScopeFields: Array<Scalars['String']['output']>;
  /** True when any resource or need dataset used is illustrative. */
  illustrative: Scalars['Boolean']['output'];
  labor: TypeEquity;
  /** True when the resources add real and illustrative records together: say so wherever they appear. */
  mixesIllustrative: Scalars['Boolean']['output'];
  need: NeedUsed;
  needBasis: NeedBasis;
  /** Why any metric above is null. */
  nullReasons: Array<NullReason>;
  /** Resources to move to labor, total fixed, for labor's equity ratio to reach 1 (negative: labor is over-resourced). */
  parityGap?: Maybe<Scalars['Float']['output']>;
  /** Labor's equity ratio over every need basis in scope and every attribution rule. */
  range: Range;
  sex: TypeEquity;
  /** Relative entropy (Theil): 0 when proportional, grows with disparity. */
  theil?: Maybe<Scalars['Float']['output']>;
  unit: Scalars['String']['output'];
  /** Years with resources in scope. */
  years: Array<Scalars['Int']['output']>;
};

/** Equity year by year. */
export type EquityTrend = {
  __typename?: 'EquityTrend';
  attribution: AttributionRule;
  datasets: Array<Dataset>;
  dimension: ResourceDimension;
  /** How these figures were protected from disclosure. */
  disclosure: DisclosureInfo;
  ignoredScopeFields: Array<Scalars['String']['output']>;
  illustrative: Scalars['Boolean']['output'];
  need: NeedUsed;
  needBasis: NeedBasis;
  points: Array<EquityTrendPoint>;
  unit: Scalars['String']['output'];
};

/** Equity in one year. */
export type EquityTrendPoint = {
  __typename?: 'EquityTrendPoint';
  disparityMultiple?: Maybe<Scalars['Float']['output']>;
  dissimilarity?: Maybe<Scalars['Float']['output']>;
  labor: TypeEquity;
  /** Fallbacks this year's need rests on: a type with no figure of the basis (even split or need 0), or a type whose figure comes from the nearest year because this year has none. Empty when none. */
  needFallbacks: Array<NeedFallback>;
  /** Year of the need figure used (the nearest to this year; ties go to the earlier). */
  needVintage?: Maybe<Scalars['Int']['output']>;
  nullReasons: Array<NullReason>;
  parityGap?: Maybe<Scalars['Float']['output']>;
  sex: TypeEquity;
  theil?: Maybe<Scalars['Float']['output']>;
  year: Scalars['Int']['output'];
};

/** Lever sizes found by goal seek. */
export type GoalSeekAnswer = {
  __typename?: 'GoalSeekAnswer';
  /** Labor equity ratio in byYear at this answer. */
  equityRatio?: Maybe<Scalars['Float']['output']>;
  newMoneyPerYear: Scalars['Float']['output'];
  /** USD/year once fully phased in. */
  shiftAmount: Scalars['Float']['output'];
  shiftFraction: Scalars['Float']['output'];
};

/** What to reach, and by when. */
export type GoalSeekInput = {
  /** Year by which to reach it (default the last projection year). */
  byYear?: InputMaybe<Scalars['Int']['input']>;
  lever?: InputMaybe<GoalSeekLever>;
  /** Upper limit on new money (USD/year). */
  maxNewMoneyPerYear?: InputMaybe<Scalars['Float']['input']>;
  /** SEX survivors served kept at or above this share of the no-lever run, every year (0–1, default 1). */
  sexFloor?: InputMaybe<Scalars['Float']['input']>;
  /** Labor equity ratio to reach (default 1). */
  targetEquityRatio?: InputMaybe<Scalars['Float']['input']>;
};

/** Which lever goal seek sizes. */
export type GoalSeekLever =
  /** New money per year. */
  | 'NEW_MONEY'
  /** The fraction of sex-only funding shifted. */
  | 'SHIFT'
  /** The shift first, up to the SEX floor, then new money. */
  | 'SHIFT_THEN_NEW_MONEY';

/** The smallest lever that reaches the target, or why none does. */
export type GoalSeekResult = {
  __typename?: 'GoalSeekResult';
  /** The answer when reachable; else the furthest the lever can go. */
  answer: GoalSeekAnswer;
  binding?: Maybe<BindingConstraint>;
  byYear: Scalars['Int']['output'];
  /** Model runs the search took. */
  evaluations: Scalars['Int']['output'];
  /** True when the baseline rests on illustrative demo data, whether or not the goal is reachable. */
  illustrative: Scalars['Boolean']['output'];
  /** Why the goal cannot be reached, in a sentence; null when it can. */
  message?: Maybe<Scalars['String']['output']>;
  /** Fallbacks the baseline's need rests on (reachable or not); empty when none. */
  needFallbacks: Array<NeedFallback>;
  reachable: Scalars['Boolean']['output'];
  /** The scenario re-run at the answer (reachable goals only). */
  run?: Maybe<ScenarioRun>;
  target: Scalars['Float']['output'];
};

/** One grant award. */
export type Grant = {
  __typename?: 'Grant';
  /** Amount awarded, in US dollars. */
  amountUsd: Scalars['Float']['output'];
  /** How the type was classified and overridden; null when the file gave the type. */
  classification?: Maybe<GrantClassification>;
  /** ISO country code. */
  country: Scalars['String']['output'];
  /** The dataset it belongs to. */
  dataset: Dataset;
  description?: Maybe<Scalars['String']['output']>;
  /** The funder's or source's own id, e.g. the FAIN of a federal award. */
  externalId?: Maybe<Scalars['String']['output']>;
  fiscalYear: Scalars['Int']['output'];
  /** Who funded it. */
  funder: Organization;
  id: Scalars['ID']['output'];
  /** Declared share for labor trafficking (BOTH or UNSPECIFIED grants), 0 to 1. */
  laborShare?: Maybe<Scalars['Float']['output']>;
  /** Assistance listing (CFDA) number, for federal awards. */
  programNumber?: Maybe<Scalars['String']['output']>;
  /** Assistance listing (CFDA) title, for federal awards. */
  programTitle?: Maybe<Scalars['String']['output']>;
  /** Who received it. */
  recipient?: Maybe<Organization>;
  serviceCategory: ServiceCategory;
  /** What it is for. */
  traffickingType: TraffickingType;
  /** US postal code. */
  usState?: Maybe<Scalars['String']['output']>;
};

/** How a grant's trafficking type was set: by the import's keyword classifier, and any steward override. */
export type GrantClassification = {
  __typename?: 'GrantClassification';
  /**
   * Whether the classifier found the award not about trafficking at all (such awards are imported
   * only when a steward sets their type).
   */
  classifiedNotTrafficking: Scalars['Boolean']['output'];
  /** Type the classifier chose, before any override; null when it found the award not about trafficking. */
  classifiedType?: Maybe<TraffickingType>;
  /** Classifier confidence from 0 to 1 (0: no term matched). */
  confidence?: Maybe<Scalars['Float']['output']>;
  /** Terms found in the description and program title. */
  matchedTerms: Array<Scalars['String']['output']>;
  /** Whether a data steward overrode the type. */
  overridden: Scalars['Boolean']['output'];
  /** When the type was overridden (ISO 8601). */
  overriddenAt?: Maybe<Scalars['String']['output']>;
  /** Type before the override. */
  overriddenFrom?: Maybe<TraffickingType>;
  /** The steward's reason for the override. */
  overrideReason?: Maybe<Scalars['String']['output']>;
  /** Rule set that classified the grant, e.g. keywords-v2; null when the type came from the file. */
  rule?: Maybe<Scalars['String']['output']>;
};

/** Service status. */
export type Health = {
  __typename?: 'Health';
  /** embedded (PGlite in a local folder) or postgres. */
  database: Scalars['String']['output'];
  /** Whether the database answered. */
  databaseReachable: Scalars['Boolean']['output'];
  /** Migrations applied. */
  migrationsApplied: Scalars['Int']['output'];
  /** Migrations not yet applied. */
  migrationsPending: Array<Scalars['String']['output']>;
  /** ok, or degraded when the database does not answer. */
  status: Scalars['String']['output'];
};

/**
 * Whether illustrative (demo) resource datasets count in a figure. Real and illustrative records are
 * never added together silently: results say when they are (mixesIllustrative).
 */
export type IllustrativeData =
  /**
   * The default: leave the demo out when the caller can see real resource data (grants, trainings,
   * service records or yearly research counts that are not illustrative), else use it. Imported data
   * replaces the demo. A scope that names its datasets (datasetIds) uses exactly those.
   */
  | 'AUTO'
  /** Real data only: leave every illustrative dataset out. */
  | 'EXCLUDE'
  /** Use illustrative datasets beside real ones (results then say that they mix the two). */
  | 'INCLUDE';

/** A pending invitation to join an organization. */
export type Invitation = {
  __typename?: 'Invitation';
  /** ISO 8601. */
  createdAt: Scalars['String']['output'];
  /** The address invited; only an account with this address can accept. */
  email: Scalars['String']['output'];
  /** After this (ISO 8601) the invitation no longer works. */
  expiresAt: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  organization: Organization;
  /** The role the invitee will have. */
  role: Role;
};

/** A member of an organization, as its admins see them. */
export type Member = {
  __typename?: 'Member';
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  role: Role;
  /** When they joined (ISO 8601). */
  since: Scalars['String']['output'];
  /** The member's user id. */
  userId: Scalars['ID']['output'];
};

/** Membership of the current user in one organization. */
export type Membership = {
  __typename?: 'Membership';
  organization: Organization;
  role: Role;
  /** When the user joined (ISO 8601). */
  since: Scalars['String']['output'];
};

/** Monte Carlo settings. Same input and seed, same bands. */
export type MonteCarloInput = {
  /** Number of draws, 1 to 20,000 (default 1,000). */
  draws?: InputMaybe<Scalars['Int']['input']>;
  /** Seed of the random number generator, a whole number (default 1). */
  seed?: InputMaybe<Scalars['Int']['input']>;
};

/** Changes. Read-only API tokens may not run any mutation. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Joins the organization of an invitation addressed to your email (browser session only). */
  acceptInvitation: Membership;
  /** Changes a member's role (admins; browser session only). The last admin cannot be demoted. */
  changeMemberRole: Member;
  /** Changes the password (browser session only) and signs out every other session of the user. */
  changePassword: Scalars['Boolean']['output'];
  /** Creates an API token (browser session only). The secret is in the result and nowhere else. */
  createApiToken: NewApiToken;
  /** Makes a brief of a view. Analysts (or higher) of the organization. */
  createBrief: Brief;
  /**
   * Creates an organization with you as its admin, when you belong to none (browser session only;
   * when the server allows it: signUpOptions.createsOrganizations). Names as in SignUpInput.
   * Rate-limited like signUp.
   */
  createOrganization: Membership;
  /** Deletes a scenario (it stops being listed or readable). Its owner or analysts of its organization. */
  deleteScenario: Scalars['Boolean']['output'];
  /** Invites someone to an organization with a role (admins; browser session only). */
  inviteMember: NewInvitation;
  /**
   * Sets a grant's trafficking type by hand: a data steward's correction of the keyword classifier
   * (or of the source). The previous type and the original classification go to the audit log and
   * stay in the grant's classification; importing the same file again keeps the override. Stewards
   * (and admins) of the organization that owns the grant's dataset, while imports are enabled.
   */
  overrideGrantType: Grant;
  /** Removes a member (admins; browser session only). The last admin cannot be removed. */
  removeMember: Scalars['Boolean']['output'];
  /** Revokes one of your API tokens (browser session only); it stops working at once. */
  revokeApiToken: ApiToken;
  /** Withdraws a pending invitation (admins; browser session only). */
  revokeInvitation: Scalars['Boolean']['output'];
  /**
   * Saves a scenario as version 1. Signed-in users; with organizationId, the analyst role (or
   * higher) in that organization, else a personal scenario.
   */
  saveScenario: Scenario;
  /**
   * Pools a private dataset with a coalition: the coalition's members then see it inside totals,
   * never its line items, with pooled figures perturbed and small ones hidden. Stewards of the dataset's
   * organization who are members of the coalition.
   */
  shareDataset: Array<Organization>;
  /** Makes a read-only share link; sharing again replaces the previous link. */
  shareScenario: ScenarioShareLink;
  /**
   * Signs in and sets the session cookie (httpOnly, SameSite=Lax, Secure in production). A wrong
   * address or password gives one message (UNAUTHENTICATED); after 5 failures for an address or
   * from a client, sign-in is refused for 30 s, then 1, 2, 4 ... up to 60 minutes
   * (TOO_MANY_REQUESTS, with extensions.retryAfterSeconds).
   */
  signIn: CurrentUser;
  /** Ends the browser session and clears its cookie. True when there was a session. */
  signOut: Scalars['Boolean']['output'];
  /**
   * Creates an account. Returns the same message whether or not the address already had one (no
   * account is revealed); then sign in. Rate-limited per client address.
   */
  signUp: SignUpResult;
  /** Stops pooling a dataset with a coalition. Stewards of the dataset's organization. */
  unshareDataset: Array<Organization>;
  /** Stops the share link from working. */
  unshareScenario: Scalars['Boolean']['output'];
  /** Saves the recommendations of a brief (one per audience). Analysts of its organization. */
  updateBriefRecommendations: Brief;
  /** Saves a new version (earlier versions are kept) and optionally renames it. Its owner or analysts of its organization. */
  updateScenario: Scenario;
};


/** Changes. Read-only API tokens may not run any mutation. */
export type MutationAcceptInvitationArgs = {
  token: Scalars['String']['input'];
};


/** Changes. Read-only API tokens may not run any mutation. */
export type MutationChangeMemberRoleArgs = {
  organizationId: Scalars['ID']['input'];
  role: Role;
  userId: Scalars['ID']['input'];
};


/** Changes. Read-only API tokens may not run any mutation. */
export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


/** Changes. Read-only API tokens may not run any mutation. */
export type MutationCreateApiTokenArgs = {
  name: Scalars['String']['input'];
  scope: TokenScope;
};


/** Changes. Read-only API tokens may not run any mutation. */
export type MutationCreateBriefArgs = {
  input: BriefInput;
};


/** Changes. Read-only API tokens may not run any mutation. */
export type MutationCreateOrganizationArgs = {
  kind?: InputMaybe<OrganizationKind>;
  name: Scalars['String']['input'];
};


/** Changes. Read-only API tokens may not run any mutation. */
export type MutationDeleteScenarioArgs = {
  id: Scalars['ID']['input'];
};


/** Changes. Read-only API tokens may not run any mutation. */
export type MutationInviteMemberArgs = {
  email: Scalars['String']['input'];
  organizationId: Scalars['ID']['input'];
  role: Role;
};


/** Changes. Read-only API tokens may not run any mutation. */
export type MutationOverrideGrantTypeArgs = {
  grantId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  type: TraffickingType;
};


/** Changes. Read-only API tokens may not run any mutation. */
export type MutationRemoveMemberArgs = {
  organizationId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


/** Changes. Read-only API tokens may not run any mutation. */
export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


/** Changes. Read-only API tokens may not run any mutation. */
export type MutationRevokeInvitationArgs = {
  id: Scalars['ID']['input'];
};


/** Changes. Read-only API tokens may not run any mutation. */
export type MutationSaveScenarioArgs = {
  input: ScenarioInput;
  name: Scalars['String']['input'];
  organizationId?: InputMaybe<Scalars['ID']['input']>;
};


/** Changes. Read-only API tokens may not run any mutation. */
export type MutationShareDatasetArgs = {
  coalitionId: Scalars['ID']['input'];
  datasetId: Scalars['ID']['input'];
};


/** Changes. Read-only API tokens may not run any mutation. */
export type MutationShareScenarioArgs = {
  id: Scalars['ID']['input'];
};


/** Changes. Read-only API tokens may not run any mutation. */
export type MutationSignInArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


/** Changes. Read-only API tokens may not run any mutation. */
export type MutationSignUpArgs = {
  input: SignUpInput;
};


/** Changes. Read-only API tokens may not run any mutation. */
export type MutationUnshareDatasetArgs = {
  coalitionId: Scalars['ID']['input'];
  datasetId: Scalars['ID']['input'];
};


/** Changes. Read-only API tokens may not run any mutation. */
export type MutationUnshareScenarioArgs = {
  id: Scalars['ID']['input'];
};


/** Changes. Read-only API tokens may not run any mutation. */
export type MutationUpdateBriefRecommendationsArgs = {
  id: Scalars['ID']['input'];
  recommendations: Array<BriefRecommendationInput>;
};


/** Changes. Read-only API tokens may not run any mutation. */
export type MutationUpdateScenarioArgs = {
  id: Scalars['ID']['input'];
  input: ScenarioInput;
  name?: InputMaybe<Scalars['String']['input']>;
};

/** What need is measured by. Labor trafficking is under-identified, so the basis drives the conclusion. */
export type NeedBasis =
  /** Convictions (TIP report). */
  | 'CONVICTIONS'
  /** A need measure an organization imported itself. */
  | 'CUSTOM'
  /** Cases reported to a hotline. */
  | 'HOTLINE_CASES'
  /** Victims identified by governments (TIP report). */
  | 'IDENTIFIED_VICTIMS'
  /** ILO / Walk Free / IOM prevalence estimates. */
  | 'PREVALENCE'
  /** Prosecutions (TIP report). */
  | 'PROSECUTIONS';

/** A fallback a result rests on: which type lacked a figure of which basis, and what was done instead. */
export type NeedFallback = {
  __typename?: 'NeedFallback';
  basis: NeedBasis;
  /** NEAREST_YEAR: the year whose figure is used instead; null for the other kinds. */
  fromYear?: Maybe<Scalars['Int']['output']>;
  kind: NeedFallbackKind;
  /** What was done instead, in a sentence to show next to the figure. */
  reason: Scalars['String']['output'];
  /** The type the basis has no figure for (LABOR or SEX; any type for NEAREST_YEAR). */
  type: TraffickingType;
};

/** How a result was computed when its need basis lacks a type's figure. */
export type NeedFallbackKind =
  /** Shared need and resources split 50/50 because the basis has neither a labor nor a sex figure. */
  | 'EVEN_SPLIT'
  /** One year of a trend: the basis has no figure of the type for that year, so the nearest year's is used (ties go to the earlier). */
  | 'NEAREST_YEAR'
  /** The type's need taken as 0, apart from any part of shared figures the rule gives it. */
  | 'NO_FIGURE';

/** One published need figure. */
export type NeedIndicator = {
  __typename?: 'NeedIndicator';
  basis: NeedBasis;
  /** Confidence of this figure (may be weaker than its dataset's). */
  confidence: Confidence;
  dataset: Dataset;
  /** WORLD, an ISO country code, or US-XX for a state. */
  geography: Scalars['String']['output'];
  /** High end of the estimate, where published. */
  high?: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  /** Series identifier in its source, e.g. gems-2022. */
  indicator: Scalars['String']['output'];
  /** Low end of the estimate, where published. */
  low?: Maybe<Scalars['Float']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  /** For NON_LABOR rows: the published total it was derived from. */
  publishedTotal?: Maybe<Scalars['Float']['output']>;
  /**
   * LABOR, SEX, BOTH, UNSPECIFIED, or NON_LABOR: a published total minus its labor subset, read as
   * SEX by the documented convention unless configured otherwise.
   */
  traffickingType: Scalars['String']['output'];
  unit: Scalars['String']['output'];
  value: Scalars['Float']['output'];
  year: Scalars['Int']['output'];
};

/** A page of need figures. */
export type NeedIndicatorConnection = {
  __typename?: 'NeedIndicatorConnection';
  nodes: Array<NeedIndicator>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Filter for need figures. */
export type NeedIndicatorFilter = {
  bases?: InputMaybe<Array<NeedBasis>>;
  datasetIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  geographies?: InputMaybe<Array<Scalars['String']['input']>>;
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};

/** Sort order for need figures. */
export type NeedIndicatorSort = {
  direction?: InputMaybe<SortDirection>;
  field: NeedIndicatorSortField;
};

/** Fields need figures can be sorted by. */
export type NeedIndicatorSortField =
  | 'BASIS'
  | 'VALUE'
  | 'YEAR';

/** The need years used for one type. */
export type NeedTypeVintages = {
  __typename?: 'NeedTypeVintages';
  type: TraffickingType;
  vintages: Array<Scalars['Int']['output']>;
};

/** Which need figures a result used. */
export type NeedUsed = {
  __typename?: 'NeedUsed';
  basis: NeedBasis;
  /** Weakest confidence among the figures used. */
  confidence?: Maybe<Confidence>;
  /** Datasets the need figures came from. */
  datasets: Array<Dataset>;
  /** Fallbacks this result rests on because the basis lacks a type's figure (an even split, or need 0); empty when none. */
  fallbacks: Array<NeedFallback>;
  /** Geography whose figures were used: the most specific containing the scope. */
  geography?: Maybe<Scalars['String']['output']>;
  /** Choices a reader should know about, in sentences: a type with no figure, types from different years. */
  notes: Array<Scalars['String']['output']>;
  /** Years used per type: each type takes the nearest year that publishes a figure for it. */
  typeVintages: Array<NeedTypeVintages>;
  /** Unit of the need figures, e.g. persons. */
  unit?: Maybe<Scalars['String']['output']>;
  /** Years of the need figures used. */
  vintages: Array<Scalars['Int']['output']>;
};

/** A new API token. Copy `token` now: it is not stored and cannot be shown again. */
export type NewApiToken = {
  __typename?: 'NewApiToken';
  apiToken: ApiToken;
  /** The secret to send as `Authorization: Bearer <token>`. */
  token: Scalars['String']['output'];
};

/**
 * A new invitation. Give `token` to the invitee (it is not stored and cannot be shown again): they
 * pass it to signUp (new account) or acceptInvitation (existing account).
 */
export type NewInvitation = {
  __typename?: 'NewInvitation';
  invitation: Invitation;
  token: Scalars['String']['output'];
};

/** Why a metric is null (a division by zero, or no data). */
export type NullReason = {
  __typename?: 'NullReason';
  /** Metric name, e.g. labor.equityRatio. */
  metric: Scalars['String']['output'];
  reason: Scalars['String']['output'];
};

/** An organization of the field. Demo organizations are fictional and flagged illustrative. */
export type Organization = {
  __typename?: 'Organization';
  /** ISO country code. */
  country: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** True for fictional demo organizations. */
  illustrative: Scalars['Boolean']['output'];
  kind: OrganizationKind;
  name: Scalars['String']['output'];
  slug: Scalars['String']['output'];
  /** US postal code, if in the US. */
  usState?: Maybe<Scalars['String']['output']>;
};

/** A page of organizations. */
export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  nodes: Array<Organization>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Filter for organizations. */
export type OrganizationFilter = {
  kinds?: InputMaybe<Array<OrganizationKind>>;
  /** Name contains this text (case-insensitive). */
  search?: InputMaybe<Scalars['String']['input']>;
  usState?: InputMaybe<Scalars['String']['input']>;
};

/** Kind of organization. */
export type OrganizationKind =
  | 'AGENCY'
  | 'COALITION'
  | 'FUNDER'
  | 'PROVIDER'
  | 'RESEARCH'
  | 'TTA_PROVIDER';

/** Sort order for organizations. */
export type OrganizationSort = {
  direction?: InputMaybe<SortDirection>;
  field: OrganizationSortField;
};

/** Fields organizations can be sorted by. */
export type OrganizationSortField =
  | 'KIND'
  | 'NAME';

/** Paging information for cursor-based lists. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** How a parameter's uncertainty is drawn. */
export type ParameterDistribution =
  /** Held at its value. */
  | 'FIXED'
  /** Drawn triangular(low, value, high) by the Monte Carlo run and swung by the tornado. */
  | 'TRIANGULAR';

/**
 * A user's value (and/or uncertainty range) for one model parameter, replacing its default.
 * Keys are those of ScenarioParameter.key, e.g. labor.turnoverRate, costPerFte,
 * categoryCostPerSurvivor.LEGAL. Values are checked against the parameter's range and unit.
 */
export type ParameterOverrideInput = {
  /** High end of the uncertainty range. */
  high?: InputMaybe<Scalars['Float']['input']>;
  key: Scalars['String']['input'];
  /** Low end of the uncertainty range (only for parameters the Monte Carlo run varies). */
  low?: InputMaybe<Scalars['Float']['input']>;
  value?: InputMaybe<Scalars['Float']['input']>;
};

/** Quantiles of a horizon total. */
export type Quantiles = {
  __typename?: 'Quantiles';
  p10?: Maybe<Scalars['Float']['output']>;
  p50?: Maybe<Scalars['Float']['output']>;
  p90?: Maybe<Scalars['Float']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** Resource totals in a scope, grouped by any of type, year, funder, recipient, category, state, dataset. */
  allocations: AllocationResult;
  /** The caller's API tokens, revoked ones included. Signed-in users only. */
  apiTokens: Array<ApiToken>;
  /**
   * The organization's audit log, newest first: its imports, corrections, deletions, shares,
   * invitations and role changes, and the sign-ins and account changes of its members.
   * Admins of that organization only.
   */
  auditLog: AuditEntryConnection;
  /** A brief, for members of its organization; null otherwise. */
  brief?: Maybe<Brief>;
  /** An organization's briefs, newest first (members only). */
  briefs: Array<Brief>;
  /** Saved scenarios (latest versions) side by side with aligned years. Two to ten ids. */
  compareScenarios: ScenarioComparison;
  /** Which data the scope's resource figures rest on, and why (real data first). */
  dataSelection: DataSelection;
  /** One dataset, if visible to the caller. */
  dataset?: Maybe<Dataset>;
  /** The coalitions a private dataset is pooled with. Members of the dataset's organization only. */
  datasetShares: Array<Organization>;
  /** Datasets visible to the caller, with their provenance. */
  datasets: DatasetConnection;
  /** How figures are protected from disclosure, with the parameters in force (docs/methodology.md). */
  disclosureMethod: DisclosureMethod;
  /** Labor's and sex trafficking's shares of resources against their shares of need, with every metric. */
  equity: EquityResult;
  /** Labor's equity ratio per funder, state or service category, with each group's totals. */
  equityBreakdown: EquityBreakdownResult;
  /** Every need basis available in scope crossed with every attribution rule, and each metric's range. */
  equitySensitivity: SensitivityGrid;
  /** The equity metrics year by year. */
  equityTrend: EquityTrend;
  /** The smallest shift and/or new money that brings labor's equity ratio to a target. */
  goalSeek: GoalSeekResult;
  /** Whether the API and its database are up. */
  health: Health;
  /** Pending invitations of an organization. Admins of that organization only. */
  invitations: Array<Invitation>;
  /** The signed-in user; null for an anonymous caller. */
  me?: Maybe<CurrentUser>;
  /** Members of an organization. Admins of that organization only. */
  members: Array<Member>;
  /** The organizations the caller belongs to, with their role in each (empty when anonymous). */
  myOrganizations: Array<Membership>;
  /** Need figures (prevalence, identified victims, hotline cases, prosecutions, convictions). */
  needIndicators: NeedIndicatorConnection;
  /** Organizations: funders, providers, TTA providers, coalitions, agencies. */
  organizations: OrganizationConnection;
  /**
   * Research counts that cover a period (literature reviews), one per dataset, period and kind, for
   * periods that overlap the scope's years. They are never part of allocations' yearly research.
   */
  researchPeriods: Array<ResearchPeriodTotal>;
  /** Runs a scenario on the current data. Pure: nothing is stored. */
  runScenario: ScenarioRun;
  /**
   * A saved scenario (latest version unless one is asked for). Readable by its owner, members of
   * its organization, and anyone with its share token; otherwise NOT_FOUND.
   */
  scenario?: Maybe<Scenario>;
  /** The observed baseline a scenario would start from, every value with its source (the studio's worker runs the model on it). */
  scenarioBaseline: ScenarioBaseline;
  /**
   * The scenario model's shared defaults (staff share, cost per FTE, experience, training, category
   * cost factors, fallbacks), each with the published source it is computed from or, for an
   * assumption, the reasoning behind it. The same list the model reads (core/scenario/defaultSources.ts).
   */
  scenarioDefaults: Array<ScenarioDefault>;
  /** Saved scenarios you own or that belong to your organizations, latest saved first. */
  scenarios: ScenarioConnection;
  /** What sign-up offers on this server (the operator's settings); anyone may ask. */
  signUpOptions: SignUpOptions;
  /** The cheapest new money and its split over labor service categories that reaches a survivors-served target (a linear programme). */
  solveCategoryMix: CategoryMixResult;
};


export type QueryAllocationsArgs = {
  dimension: ResourceDimension;
  groupBy: Array<AllocationGroup>;
  scope?: InputMaybe<ScopeInput>;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organizationId: Scalars['ID']['input'];
};


export type QueryBriefArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBriefsArgs = {
  organizationId: Scalars['ID']['input'];
};


export type QueryCompareScenariosArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryDataSelectionArgs = {
  scope?: InputMaybe<ScopeInput>;
};


export type QueryDatasetArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDatasetSharesArgs = {
  datasetId: Scalars['ID']['input'];
};


export type QueryDatasetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DatasetFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<DatasetSort>;
};


export type QueryEquityArgs = {
  attribution: AttributionRule;
  dimension: ResourceDimension;
  needBasis: NeedBasis;
  scope?: InputMaybe<ScopeInput>;
};


export type QueryEquityBreakdownArgs = {
  attribution: AttributionRule;
  by: EquityBreakdown;
  dimension: ResourceDimension;
  needBasis: NeedBasis;
  scope?: InputMaybe<ScopeInput>;
};


export type QueryEquitySensitivityArgs = {
  dimension: ResourceDimension;
  scope?: InputMaybe<ScopeInput>;
};


export type QueryEquityTrendArgs = {
  attribution: AttributionRule;
  dimension: ResourceDimension;
  needBasis: NeedBasis;
  scope?: InputMaybe<ScopeInput>;
};


export type QueryGoalSeekArgs = {
  goal?: InputMaybe<GoalSeekInput>;
  input: ScenarioInput;
};


export type QueryInvitationsArgs = {
  organizationId: Scalars['ID']['input'];
};


export type QueryMembersArgs = {
  organizationId: Scalars['ID']['input'];
};


export type QueryNeedIndicatorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NeedIndicatorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<NeedIndicatorSort>;
};


export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<OrganizationSort>;
};


export type QueryResearchPeriodsArgs = {
  scope?: InputMaybe<ScopeInput>;
};


export type QueryRunScenarioArgs = {
  input: ScenarioInput;
};


export type QueryScenarioArgs = {
  id: Scalars['ID']['input'];
  shareToken?: InputMaybe<Scalars['String']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryScenarioBaselineArgs = {
  attribution?: InputMaybe<AttributionRule>;
  mode?: InputMaybe<BaselineMode>;
  needBasis: NeedBasis;
  scope?: InputMaybe<ScopeInput>;
};


export type QueryScenariosArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySolveCategoryMixArgs = {
  input: ScenarioInput;
  target: CategoryMixInput;
};

/** Min and max of a metric over the sensitivity grid. */
export type Range = {
  __typename?: 'Range';
  max?: Maybe<Scalars['Float']['output']>;
  min?: Maybe<Scalars['Float']['output']>;
};

/** How many records of each kind a dataset holds. */
export type RecordCounts = {
  __typename?: 'RecordCounts';
  grants: Scalars['Int']['output'];
  needIndicators: Scalars['Int']['output'];
  researchOutputs: Scalars['Int']['output'];
  serviceRecords: Scalars['Int']['output'];
  trainings: Scalars['Int']['output'];
};

/** What a research count covers: publications (documents), studies, or research grants. */
export type ResearchKind =
  | 'GRANTS'
  | 'PUBLICATIONS'
  | 'STUDIES';

/**
 * A research count that covers a period (a literature review of 2000–2017, say), shown as what it is:
 * one total for the whole period in its own unit, never split into years nor added to yearly series.
 */
export type ResearchPeriodTotal = {
  __typename?: 'ResearchPeriodTotal';
  both: Scalars['Float']['output'];
  /** The dataset (publication) the count comes from. */
  dataset: Dataset;
  illustrative: Scalars['Boolean']['output'];
  kind: ResearchKind;
  labor: Scalars['Float']['output'];
  /** labor / (labor + sex): labor's share of the outputs on one form; null when both are 0. */
  laborShareOfTyped?: Maybe<Scalars['Float']['output']>;
  /** Last year covered. */
  periodEnd: Scalars['Int']['output'];
  /** First year covered; null when the source gives only the last (e.g. studies published up to 2021). */
  periodStart?: Maybe<Scalars['Int']['output']>;
  sex: Scalars['Float']['output'];
  /** Every output counted, including those on neither form (general, child or organ trafficking). */
  total: Scalars['Float']['output'];
  /** Unit of the counts, e.g. publications. */
  unit: Scalars['String']['output'];
  unspecified: Scalars['Float']['output'];
};

/** What is being allocated. */
export type ResourceDimension =
  /** Grant funding, in US dollars. */
  | 'FUNDING'
  /** Research, in studies or publications. */
  | 'RESEARCH'
  /** Direct services, in survivors served. */
  | 'SERVICES'
  /** Training, in participant-hours. */
  | 'TRAINING';

/** A member's role in an organization. Each role includes the rights of the ones before it. */
export type Role =
  /** A steward who can also invite and remove members, change roles and read the audit log. */
  | 'ADMIN'
  /** A viewer who can also save scenarios. */
  | 'ANALYST'
  /** An analyst who can also import and correct data, share datasets with coalitions and see exact service counts. */
  | 'STEWARD'
  /** Reads the organization's private datasets (service counts protected: perturbed, small ones hidden). */
  | 'VIEWER';

/**
 * A saved scenario at one version. Its run uses the baseline recorded when the version was saved,
 * so a link reproduces the same numbers later; newerDataAvailable says when current data differ.
 */
export type Scenario = {
  __typename?: 'Scenario';
  /** The baseline recorded when this version was saved (the same as run.baseline). */
  baseline: ScenarioBaseline;
  /** True when you may save new versions, share or delete it. */
  canEdit: Scalars['Boolean']['output'];
  /** ISO 8601. */
  createdAt: Scalars['String']['output'];
  /** The data vintages this version ran on. */
  datasets: Array<ScenarioDataset>;
  id: Scalars['ID']['output'];
  latestVersion: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  need: ScenarioNeedVintage;
  /** True when the data in scope today would give a different baseline. */
  newerDataAvailable: Scalars['Boolean']['output'];
  /** What changed in the data since this version was saved, in a sentence; null when nothing did. */
  newerDataNote?: Maybe<Scalars['String']['output']>;
  /** The organization it belongs to; null for a personal scenario. */
  organization?: Maybe<Organization>;
  /** The owner's display name. */
  ownerName?: Maybe<Scalars['String']['output']>;
  /** The projection on the recorded baseline. */
  run: ScenarioRun;
  /** When this version was saved (ISO 8601). */
  savedAt: Scalars['String']['output'];
  settings: ScenarioSettings;
  /** True while a share link works. */
  shared: Scalars['Boolean']['output'];
  /** The version shown. */
  version: Scalars['Int']['output'];
  versions: Array<ScenarioVersionInfo>;
};

/** Uncertainty bands from a seeded Monte Carlo run over cost per survivor, turnover, caseload, need and ramp-up. */
export type ScenarioBands = {
  __typename?: 'ScenarioBands';
  draws: Scalars['Int']['output'];
  inputs: Array<UncertainInput>;
  labor: TypeBands;
  /** Labor survivors served gained over the zero-lever run, summed over years 1..H. */
  laborServedGain: Quantiles;
  /** Labor survivors served summed over years 1..H. */
  laborServedTotal: Quantiles;
  laborUnmetNeedTotal: Quantiles;
  seed: Scalars['Int']['output'];
  sex: TypeBands;
  /** SEX survivors served minus the zero-lever run, summed over years 1..H. */
  sexServedChange: Quantiles;
  sexServedTotal: Quantiles;
};

/** The observed starting point of a scenario: every value with its source. */
export type ScenarioBaseline = {
  __typename?: 'ScenarioBaseline';
  /** The rule that gave labor and sex their parts of shared grants, services and need. */
  attribution: AttributionRule;
  categoryCostPerSurvivor: Array<CategoryCost>;
  datasets: Array<ScenarioDataset>;
  /** True when any figure comes from illustrative demo data. */
  illustrative: Scalars['Boolean']['output'];
  labor: TypeBaseline;
  mode: BaselineMode;
  need: ScenarioNeedVintage;
  needBasis: NeedBasis;
  /** Withheld figures and scope fields that do not apply, in sentences. */
  notes: Array<Scalars['String']['output']>;
  sex: TypeBaseline;
  /** USD/year: sex's part of BOTH/UNSPECIFIED grants under the rule. Counted in equity ratios; never shifted. */
  sexSharedBudget: SourcedValue;
  years: YearSpan;
};

/** Saved scenarios side by side, year by year. */
export type ScenarioComparison = {
  __typename?: 'ScenarioComparison';
  scenarios: Array<ComparedScenario>;
  /** Every calendar year any of the scenarios covers, ascending. */
  years: Array<Scalars['Int']['output']>;
};

/** A page of saved scenarios, latest saved first. */
export type ScenarioConnection = {
  __typename?: 'ScenarioConnection';
  nodes: Array<Scenario>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A dataset a scenario's baseline drew on, at the version it was read. */
export type ScenarioDataset = {
  __typename?: 'ScenarioDataset';
  /** The dataset itself, when you may read it. */
  dataset?: Maybe<Dataset>;
  id: Scalars['ID']['output'];
  illustrative: Scalars['Boolean']['output'];
  /** When it was loaded (ISO 8601); a re-import changes it. */
  importedAt: Scalars['String']['output'];
  /** The dataset's name; datasets pooled with your coalition are not named. */
  name: Scalars['String']['output'];
  /** What the baseline took from it. */
  roles: Array<BaselineDataRole>;
  /** Latest year the data describe. */
  vintage?: Maybe<Scalars['Int']['output']>;
};

/** One shared default of the scenario model, with what it rests on. */
export type ScenarioDefault = {
  __typename?: 'ScenarioDefault';
  basis: DefaultBasis;
  /** Parameter key (costPerFte), categoryCostFactor.<CATEGORY>, or fallback.<name>. */
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** Why this value; for a published default, how it follows from the source. */
  reasoning: Scalars['String']['output'];
  /** The published source (title, publisher, table, vintage); null for an assumption. */
  source?: Maybe<Scalars['String']['output']>;
  unit: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
  value: Scalars['Float']['output'];
};

/** Everything a scenario is: where it starts from and what changes. */
export type ScenarioInput = {
  /**
   * How BOTH/UNSPECIFIED grants, service records and need are given to labor and sex, as on the
   * Equity page (default DECLARED_SHARE, every view's default): the base-year equity ratio then equals
   * equity() for the same scope, need basis and rule. The shift lever still draws on sex-only money.
   */
  attribution?: InputMaybe<AttributionRule>;
  /** Baseline years: the latest year in scope (default) or the mean over the years in scope. */
  baselineMode?: InputMaybe<BaselineMode>;
  /** Years projected after the baseline year, 1 to 30 (default 5). */
  horizonYears?: InputMaybe<Scalars['Int']['input']>;
  levers?: InputMaybe<ScenarioLeversInput>;
  /** Settings of the uncertainty bands. */
  monteCarlo?: InputMaybe<MonteCarloInput>;
  /** What need is measured by. */
  needBasis: NeedBasis;
  /** Values replacing parameter defaults; each key at most once. */
  overrides?: InputMaybe<Array<ParameterOverrideInput>>;
  /** The scope of the baseline (years, geography, funders, datasets ...). */
  scope?: InputMaybe<ScopeInput>;
};

/** The levers of a saved scenario, as given (null where left out). */
export type ScenarioLeverSettings = {
  __typename?: 'ScenarioLeverSettings';
  categoryMix?: Maybe<Array<CategoryShare>>;
  newMoneyPerYear?: Maybe<Scalars['Float']['output']>;
  phaseInYears?: Maybe<Scalars['Int']['output']>;
  shiftAmount?: Maybe<Scalars['Float']['output']>;
  shiftFraction?: Maybe<Scalars['Float']['output']>;
  trainingShare?: Maybe<Scalars['Float']['output']>;
};

/** The levers as the model used them. */
export type ScenarioLevers = {
  __typename?: 'ScenarioLevers';
  /** Empty when added money buys services at labor's overall cost per survivor. */
  categoryMix: Array<CategoryShare>;
  newMoneyPerYear: Scalars['Float']['output'];
  phaseInYears: Scalars['Int']['output'];
  /** USD/year once fully phased in. */
  shiftAmount: Scalars['Float']['output'];
  shiftFraction: Scalars['Float']['output'];
  trainingShare: Scalars['Float']['output'];
};

/** The levers of a scenario. Each left out means no change. */
export type ScenarioLeversInput = {
  /** How added labor funding is spread over service categories; shares add up to 1. Default: at labor's overall cost per survivor. */
  categoryMix?: InputMaybe<Array<CategoryShareInput>>;
  /** New money added to labor services each projection year (USD/year). */
  newMoneyPerYear?: InputMaybe<Scalars['Float']['input']>;
  /** The shift grows linearly to its full size in this many years (1 = all in the first year; default 1). */
  phaseInYears?: InputMaybe<Scalars['Int']['input']>;
  /** Instead of shiftFraction: USD per year shifted once fully phased in (at most the sex-only budget). */
  shiftAmount?: InputMaybe<Scalars['Float']['input']>;
  /** Fraction of sex-only funding shifted to labor services once fully phased in (0–1). */
  shiftFraction?: InputMaybe<Scalars['Float']['input']>;
  /** Share of added labor funding spent on trauma-informed-practice (TIP) training for staff (0–1). */
  trainingShare?: InputMaybe<Scalars['Float']['input']>;
};

/** The need figures a baseline used. */
export type ScenarioNeedVintage = {
  __typename?: 'ScenarioNeedVintage';
  basis: NeedBasis;
  /** Weakest confidence among the figures used. */
  confidence?: Maybe<Confidence>;
  datasetIds: Array<Scalars['ID']['output']>;
  /** Fallbacks the baseline's need rests on because the basis lacks a type's figure; empty when none. */
  fallbacks: Array<NeedFallback>;
  /** Geography of the figures: the most specific one containing the scope. */
  geography?: Maybe<Scalars['String']['output']>;
  unit?: Maybe<Scalars['String']['output']>;
  /** Years of the figures used. */
  vintages: Array<Scalars['Int']['output']>;
};

/** One model parameter after defaults and overrides. */
export type ScenarioParameter = {
  __typename?: 'ScenarioParameter';
  distribution: ParameterDistribution;
  high: Scalars['Float']['output'];
  /** Key to override it with, e.g. labor.turnoverRate. */
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** Uncertainty range. */
  low: Scalars['Float']['output'];
  max: Scalars['Float']['output'];
  /** Valid range: an override outside it is refused. */
  min: Scalars['Float']['output'];
  /** True when the user set the value. */
  overridden: Scalars['Boolean']['output'];
  /** Where the value came from: datasets and years, a calibration, or an editable assumption. */
  source: Scalars['String']['output'];
  unit: Scalars['String']['output'];
  value: Scalars['Float']['output'];
};

/** A parameter override of a saved scenario. */
export type ScenarioParameterOverride = {
  __typename?: 'ScenarioParameterOverride';
  high?: Maybe<Scalars['Float']['output']>;
  key: Scalars['String']['output'];
  low?: Maybe<Scalars['Float']['output']>;
  value?: Maybe<Scalars['Float']['output']>;
};

/** A projection: the scenario, the same model with no levers (baseline), and their difference. */
export type ScenarioRun = {
  __typename?: 'ScenarioRun';
  /** The attribution rule of the baseline's budgets and need (as on the Equity page). */
  attribution: AttributionRule;
  /** Monte Carlo bands (computed when asked for, with the input's monteCarlo settings). */
  bands: ScenarioBands;
  baseYear: Scalars['Int']['output'];
  /** The observed baseline the projection starts from. */
  baseline: ScenarioBaseline;
  baselineTotals: ScenarioTotals;
  /** The zero-lever projection. */
  baselineYears: Array<ScenarioYear>;
  /** years minus baselineYears, field by field. */
  difference: Array<ScenarioYear>;
  differenceTotals: ScenarioTotals;
  horizonYears: Scalars['Int']['output'];
  /** True when any figure comes from illustrative demo data: label every use of the result. */
  illustrative: Scalars['Boolean']['output'];
  levers: ScenarioLevers;
  /** Calibration, data caveats, withheld figures, in sentences. */
  notes: Array<Scalars['String']['output']>;
  /** Every parameter with its value, range and source. */
  parameters: Array<ScenarioParameter>;
  /** USD/year of sex's part of shared grants, counted in every year's equity ratio and never shifted. */
  sexSharedBudget: Scalars['Float']['output'];
  /** Inputs ranked by their effect on a headline output (computed when asked for). */
  tornado: Tornado;
  totals: ScenarioTotals;
  /** The scenario year by year; the first row is the baseline year. */
  years: Array<ScenarioYear>;
};


/** A projection: the scenario, the same model with no levers (baseline), and their difference. */
export type ScenarioRunTornadoArgs = {
  metric?: InputMaybe<TornadoMetric>;
};

/** The scope of a saved scenario, as given. */
export type ScenarioScope = {
  __typename?: 'ScenarioScope';
  categories?: Maybe<Array<ServiceCategory>>;
  countries?: Maybe<Array<Scalars['String']['output']>>;
  datasetIds?: Maybe<Array<Scalars['ID']['output']>>;
  funderIds?: Maybe<Array<Scalars['ID']['output']>>;
  illustrativeData?: Maybe<IllustrativeData>;
  needDatasetIds?: Maybe<Array<Scalars['ID']['output']>>;
  recipientIds?: Maybe<Array<Scalars['ID']['output']>>;
  usStates?: Maybe<Array<Scalars['String']['output']>>;
  yearFrom?: Maybe<Scalars['Int']['output']>;
  yearTo?: Maybe<Scalars['Int']['output']>;
};

/** The labor service categories a scenario can put added money into. */
export type ScenarioServiceCategory =
  | 'CASE_MANAGEMENT'
  | 'EMPLOYMENT'
  /** Health and mental health. */
  | 'HEALTH'
  | 'HOUSING'
  | 'LEGAL'
  /** Training and technical assistance. */
  | 'TTA';

/** A saved scenario's input, to reload it into the studio or pass it back as ScenarioInput. */
export type ScenarioSettings = {
  __typename?: 'ScenarioSettings';
  attribution: AttributionRule;
  baselineMode: BaselineMode;
  horizonYears: Scalars['Int']['output'];
  levers: ScenarioLeverSettings;
  monteCarloDraws: Scalars['Int']['output'];
  monteCarloSeed: Scalars['Int']['output'];
  needBasis: NeedBasis;
  overrides: Array<ScenarioParameterOverride>;
  scope: ScenarioScope;
};

/** A share link: anyone holding the token may read the scenario (not change it). */
export type ScenarioShareLink = {
  __typename?: 'ScenarioShareLink';
  /** Path of the studio page that opens the scenario with the token. */
  path: Scalars['String']['output'];
  /** The secret to pass as scenario(shareToken:). Shown once; sharing again replaces it. */
  token: Scalars['String']['output'];
};

/** Totals over the horizon. */
export type ScenarioTotals = {
  __typename?: 'ScenarioTotals';
  labor: ScenarioTypeTotals;
  /** Labor's equity ratio on budgets and need summed over the horizon (a difference for differenceTotals). */
  laborEquityRatio?: Maybe<Scalars['Float']['output']>;
  sex: ScenarioTypeTotals;
};

/** Sums of one type over projection years 1..H (the baseline year excluded). */
export type ScenarioTypeTotals = {
  __typename?: 'ScenarioTypeTotals';
  budget: Scalars['Float']['output'];
  need: Scalars['Float']['output'];
  survivorsServed: Scalars['Float']['output'];
  trainingSpend: Scalars['Float']['output'];
  unmetNeed: Scalars['Float']['output'];
};

/** One trafficking type in one year of a projection. Ratios are null where a denominator is 0. */
export type ScenarioTypeYear = {
  __typename?: 'ScenarioTypeYear';
  /** Capacity-weighted mean experience factor of staff (0–1). */
  averageExperience?: Maybe<Scalars['Float']['output']>;
  /** USD/year, training included. */
  budget: Scalars['Float']['output'];
  /** Survivors the staff could serve this year. */
  capacity: Scalars['Float']['output'];
  /** budget / survivorsServed (USD). */
  costPerSurvivor?: Maybe<Scalars['Float']['output']>;
  /** (budget share) / (need share), budgets including sex's part of shared grants and need from the basis' figures; equals equity() in the baseline year. */
  equityRatio?: Maybe<Scalars['Float']['output']>;
  /** Full-time staff equivalents. */
  fte: Scalars['Float']['output'];
  /** People/year who could be served: the need basis' figure, or the survivors served in the baseline year (grown like need) when that is more. */
  need: Scalars['Float']['output'];
  /** min(capacity, need). */
  survivorsServed: Scalars['Float']['output'];
  /** Share of staff TIP-trained (0–1). */
  trainedShare: Scalars['Float']['output'];
  /** USD/year spent on TIP training. */
  trainingSpend: Scalars['Float']['output'];
  /** need - survivorsServed. */
  unmetNeed: Scalars['Float']['output'];
};

/** One saved version of a scenario. */
export type ScenarioVersionInfo = {
  __typename?: 'ScenarioVersionInfo';
  /** ISO 8601. */
  savedAt: Scalars['String']['output'];
  /** Who saved it (display name), when known. */
  savedBy?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

/** One year of a projection (the first row is the baseline year). */
export type ScenarioYear = {
  __typename?: 'ScenarioYear';
  labor: ScenarioTypeYear;
  sex: ScenarioTypeYear;
  year: Scalars['Int']['output'];
};

/**
 * The filter every figure is computed under. Leave a field out to include everything; an empty
 * list is an error (it would select nothing).
 */
export type ScopeInput = {
  /** Service categories (funding only). */
  categories?: InputMaybe<Array<ServiceCategory>>;
  /** ISO 3166-1 alpha-2 country codes, e.g. US. */
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Resource datasets to include. */
  datasetIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Funder organization ids (funding only). */
  funderIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Whether illustrative (demo) datasets count; AUTO by default. See IllustrativeData. */
  illustrativeData?: InputMaybe<IllustrativeData>;
  /** Need datasets to use; by default every visible need dataset. */
  needDatasetIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Recipient organization ids: grantees, training providers, service providers. */
  recipientIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** US postal codes, e.g. CA. */
  usStates?: InputMaybe<Array<Scalars['String']['input']>>;
  /** First year included (fiscal year for grants). */
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  /** Last year included. */
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};

/** One need basis and attribution rule. */
export type SensitivityCell = {
  __typename?: 'SensitivityCell';
  attribution: AttributionRule;
  disparityMultiple?: Maybe<Scalars['Float']['output']>;
  dissimilarity?: Maybe<Scalars['Float']['output']>;
  labor: TypeEquity;
  need: NeedUsed;
  needBasis: NeedBasis;
  nullReasons: Array<NullReason>;
  parityGap?: Maybe<Scalars['Float']['output']>;
  sex: TypeEquity;
  theil?: Maybe<Scalars['Float']['output']>;
};

/** Every need basis in scope crossed with every attribution rule. */
export type SensitivityGrid = {
  __typename?: 'SensitivityGrid';
  cells: Array<SensitivityCell>;
  datasets: Array<Dataset>;
  dimension: ResourceDimension;
  /** How these figures were protected from disclosure. */
  disclosure: DisclosureInfo;
  ignoredScopeFields: Array<Scalars['String']['output']>;
  illustrative: Scalars['Boolean']['output'];
  /** Need bases with figures in scope. */
  needBases: Array<NeedBasis>;
  ranges: SensitivityRanges;
  unit: Scalars['String']['output'];
};

/** Ranges of the headline metrics over the grid. */
export type SensitivityRanges = {
  __typename?: 'SensitivityRanges';
  disparityMultiple: Range;
  dissimilarity: Range;
  laborEquityRatio: Range;
  laborNeedShare: Range;
  laborResourceShare: Range;
  parityGap: Range;
  theil: Range;
};

/** What a grant pays for. */
export type ServiceCategory =
  | 'CASE_MANAGEMENT'
  | 'EMPLOYMENT'
  | 'HEALTH'
  | 'HOUSING'
  | 'LAW_ENFORCEMENT'
  | 'LEGAL'
  | 'OTHER'
  | 'PREVENTION'
  | 'RESEARCH'
  | 'TTA';

/** To create an account. */
export type SignUpInput = {
  /** Name shown to other members. */
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  /** An invitation token (fsi_...) to join its organization at once; its email must match. */
  invitationToken?: InputMaybe<Scalars['String']['input']>;
  /** The new organization's kind (default PROVIDER). */
  organizationKind?: InputMaybe<OrganizationKind>;
  /**
   * A new organization to create, with the new account as its admin (when the server allows it:
   * signUpOptions.createsOrganizations; FORBIDDEN otherwise). 1 to 120 characters. A name that an
   * organization listed to everyone already has is refused (BAD_USER_INPUT); any other name is
   * accepted. Not with invitationToken. Nothing is created when the address already had an account.
   */
  organizationName?: InputMaybe<Scalars['String']['input']>;
  /** At least 12 characters; not the email address or name. */
  password: Scalars['String']['input'];
};

/** What sign-up offers on this server. */
export type SignUpOptions = {
  __typename?: 'SignUpOptions';
  /** True when sign-up (and a signed-in user with no organization) may create an organization. */
  createsOrganizations: Scalars['Boolean']['output'];
};

/** What signUp did. The message is the same whether or not the address already had an account. */
export type SignUpResult = {
  __typename?: 'SignUpResult';
  message: Scalars['String']['output'];
};

/** Sort direction. */
export type SortDirection =
  | 'ASC'
  | 'DESC';

/** A baseline figure with the sentence that says where it came from. */
export type SourcedValue = {
  __typename?: 'SourcedValue';
  /** Datasets, years and rule behind the figure, or 'assumption (editable): ...'. */
  source: Scalars['String']['output'];
  value: Scalars['Float']['output'];
};

/**
 * Why a cell is hidden. Whether a hidden count is small or was pushed below the threshold by its
 * noise is not said (see DisclosureInfo).
 */
export type SuppressionReason =
  /**
   * Hidden to protect survivors (a service count below the threshold after perturbation) or pooled
   * data (fewer records than the threshold from datasets seen only in aggregate).
   */
  | 'SUPPRESSED';

/** What an API token may do. */
export type TokenScope =
  /** Queries only. */
  | 'READ'
  /** Queries and mutations, except managing accounts, tokens and members (those need a browser session). */
  | 'WRITE';

/** Inputs ranked by how much their uncertainty moves the headline output. */
export type Tornado = {
  __typename?: 'Tornado';
  bars: Array<TornadoBar>;
  /** The output with every input at its value. */
  baseOutput?: Maybe<Scalars['Float']['output']>;
  metric: TornadoMetric;
};

/** One input of a tornado: the output at its low and high ends, others held at their values. */
export type TornadoBar = {
  __typename?: 'TornadoBar';
  high: Scalars['Float']['output'];
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  low: Scalars['Float']['output'];
  outputAtHigh?: Maybe<Scalars['Float']['output']>;
  outputAtLow?: Maybe<Scalars['Float']['output']>;
  /** |outputAtHigh - outputAtLow|; bars come largest first. */
  swing: Scalars['Float']['output'];
  unit: Scalars['String']['output'];
  value: Scalars['Float']['output'];
};

/** The output a tornado ranks inputs by. */
export type TornadoMetric =
  /** Labor's equity ratio in the last projection year. */
  | 'LABOR_EQUITY_RATIO_FINAL'
  /** Labor survivors served gained over the zero-lever run, summed. */
  | 'LABOR_SERVED_GAIN'
  /** Labor survivors served summed over the horizon. */
  | 'LABOR_SERVED_TOTAL'
  /** SEX survivors served summed over the horizon. */
  | 'SEX_SERVED_TOTAL';

/** What a resource record or a need figure is about. */
export type TraffickingType =
  /** Serves or counts both forms. */
  | 'BOTH'
  /** Labor trafficking. */
  | 'LABOR'
  /** Sex trafficking. */
  | 'SEX'
  /** The type is not stated. */
  | 'UNSPECIFIED';

/** p10/p50/p90 per year of each banded output of one type. */
export type TypeBands = {
  __typename?: 'TypeBands';
  capacity: Array<BandPoint>;
  costPerSurvivor: Array<BandPoint>;
  equityRatio: Array<BandPoint>;
  survivorsServed: Array<BandPoint>;
  /** Survivors served minus the zero-lever run on the same draw. */
  survivorsServedGain: Array<BandPoint>;
  unmetNeed: Array<BandPoint>;
};

/** The observed baseline of one trafficking type. */
export type TypeBaseline = {
  __typename?: 'TypeBaseline';
  /** USD/year. LABOR: labor-only grants plus labor's part of shared grants under the rule. SEX: sex-only funding (what a shift draws on). */
  budget: SourcedValue;
  /** USD per survivor served, from service records. */
  costPerSurvivor: SourcedValue;
  /** People/year under the chosen need basis. */
  need: SourcedValue;
  /** People/year. */
  survivorsServed: SourcedValue;
  /** Share of staff trained in trauma-informed practice (0–1), FTE-weighted. */
  trainedShare: SourcedValue;
  /** Share of staff leaving per year (0–1), FTE-weighted from service records. */
  turnoverRate: SourcedValue;
};

/** One type's side of the comparison. */
export type TypeEquity = {
  __typename?: 'TypeEquity';
  /** resourceShare / needShare: 1 is proportional, 0.25 a quarter of a fair share. */
  equityRatio?: Maybe<Scalars['Float']['output']>;
  /** Attributed need, in the need basis' unit. */
  need: Scalars['Float']['output'];
  /** Share of need (0..1). */
  needShare?: Maybe<Scalars['Float']['output']>;
  /** Resources per need unit, e.g. dollars per identified victim. */
  perNeedUnit?: Maybe<Scalars['Float']['output']>;
  /** Share of resources (0..1). */
  resourceShare?: Maybe<Scalars['Float']['output']>;
  /** Attributed resources, in the dimension's unit; null when withheld to protect survivors (see nullReasons). */
  resources?: Maybe<Scalars['Float']['output']>;
};

/** An input the Monte Carlo run varies. */
export type UncertainInput = {
  __typename?: 'UncertainInput';
  high: Scalars['Float']['output'];
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  low: Scalars['Float']['output'];
  mode: Scalars['Float']['output'];
  unit: Scalars['String']['output'];
};

/** Who may read a dataset. */
export type Visibility =
  /** Members of the owning organization (and coalitions it was shared with, pooled). */
  | 'PRIVATE'
  /** Anyone, signed in or not. */
  | 'PUBLIC';

/** Years of a baseline; a single year has from = to. Projections start at to + 1. */
export type YearSpan = {
  __typename?: 'YearSpan';
  from: Scalars['Int']['output'];
  to: Scalars['Int']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AllocationGroup: AllocationGroup;
  AllocationResult: ResolverTypeWrapper<AllocationResultOut>;
  AllocationRow: ResolverTypeWrapper<AllocationRowOut>;
  ApiToken: ResolverTypeWrapper<ApiTokenRow>;
  AttributionRule: AttributionRule;
  AuditEntry: ResolverTypeWrapper<AuditRow>;
  AuditEntryConnection: ResolverTypeWrapper<Omit<AuditEntryConnection, 'nodes'> & { nodes: Array<ResolversTypes['AuditEntry']> }>;
  BandPoint: ResolverTypeWrapper<BandPoint>;
  BaselineDataRole: BaselineDataRole;
  BaselineMode: BaselineMode;
  BindingConstraint: BindingConstraint;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Brief: ResolverTypeWrapper<BriefOut>;
  BriefAudience: BriefAudience;
  BriefChart: ResolverTypeWrapper<BriefChart>;
  BriefCitation: ResolverTypeWrapper<BriefCitation>;
  BriefFigure: ResolverTypeWrapper<BriefFigure>;
  BriefInput: BriefInput;
  BriefKind: BriefKind;
  BriefLine: ResolverTypeWrapper<BriefLine>;
  BriefRecommendation: ResolverTypeWrapper<BriefRecommendation>;
  BriefRecommendationInput: BriefRecommendationInput;
  CategoryAllocation: ResolverTypeWrapper<CategoryAllocation>;
  CategoryBoundsInput: CategoryBoundsInput;
  CategoryCost: ResolverTypeWrapper<CategoryCost>;
  CategoryMixInput: CategoryMixInput;
  CategoryMixResult: ResolverTypeWrapper<CategoryMixOut>;
  CategoryShare: ResolverTypeWrapper<CategoryShare>;
  CategoryShareInput: CategoryShareInput;
  ComparedScenario: ResolverTypeWrapper<ComparedScenarioOut>;
  Confidence: Confidence;
  CredentialKind: CredentialKind;
  CurrentUser: ResolverTypeWrapper<CurrentUserRow>;
  DataSelection: ResolverTypeWrapper<DataSelectionOut>;
  Dataset: ResolverTypeWrapper<DbDataset>;
  DatasetConnection: ResolverTypeWrapper<Omit<DatasetConnection, 'nodes'> & { nodes: Array<ResolversTypes['Dataset']> }>;
  DatasetFilter: DatasetFilter;
  DatasetSort: DatasetSort;
  DatasetSortField: DatasetSortField;
  DefaultBasis: DefaultBasis;
  DisclosureInfo: ResolverTypeWrapper<DisclosureInfo>;
  DisclosureMethod: ResolverTypeWrapper<DisclosureMethod>;
  EquityBreakdown: EquityBreakdown;
  EquityBreakdownResult: ResolverTypeWrapper<EquityBreakdownOut>;
  EquityBreakdownRow: ResolverTypeWrapper<EquityBreakdownRowOut>;
  EquityResult: ResolverTypeWrapper<EquityResultOut>;
  EquityTrend: ResolverTypeWrapper<EquityTrendOut>;
  EquityTrendPoint: ResolverTypeWrapper<EquityTrendPoint>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GoalSeekAnswer: ResolverTypeWrapper<GoalSeekAnswer>;
  GoalSeekInput: GoalSeekInput;
  GoalSeekLever: GoalSeekLever;
  GoalSeekResult: ResolverTypeWrapper<GoalSeekOut>;
  Grant: ResolverTypeWrapper<DbGrantRow>;
  GrantClassification: ResolverTypeWrapper<GrantClassification>;
  Health: ResolverTypeWrapper<Health>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IllustrativeData: IllustrativeData;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Invitation: ResolverTypeWrapper<InvitationRow>;
  Member: ResolverTypeWrapper<MemberRow>;
  Membership: ResolverTypeWrapper<MembershipRow>;
  MonteCarloInput: MonteCarloInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NeedBasis: NeedBasis;
  NeedFallback: ResolverTypeWrapper<NeedFallback>;
  NeedFallbackKind: NeedFallbackKind;
  NeedIndicator: ResolverTypeWrapper<DbNeedIndicator>;
  NeedIndicatorConnection: ResolverTypeWrapper<Omit<NeedIndicatorConnection, 'nodes'> & { nodes: Array<ResolversTypes['NeedIndicator']> }>;
  NeedIndicatorFilter: NeedIndicatorFilter;
  NeedIndicatorSort: NeedIndicatorSort;
  NeedIndicatorSortField: NeedIndicatorSortField;
  NeedTypeVintages: ResolverTypeWrapper<NeedTypeVintages>;
  NeedUsed: ResolverTypeWrapper<NeedUsedOut>;
  NewApiToken: ResolverTypeWrapper<NewApiTokenRow>;
  NewInvitation: ResolverTypeWrapper<NewInvitationRow>;
  NullReason: ResolverTypeWrapper<NullReason>;
  Organization: ResolverTypeWrapper<DbOrganization>;
  OrganizationConnection: ResolverTypeWrapper<Omit<OrganizationConnection, 'nodes'> & { nodes: Array<ResolversTypes['Organization']> }>;
  OrganizationFilter: OrganizationFilter;
  OrganizationKind: OrganizationKind;
  OrganizationSort: OrganizationSort;
  OrganizationSortField: OrganizationSortField;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ParameterDistribution: ParameterDistribution;
  ParameterOverrideInput: ParameterOverrideInput;
  Quantiles: ResolverTypeWrapper<Quantiles>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Range: ResolverTypeWrapper<Range>;
  RecordCounts: ResolverTypeWrapper<RecordCounts>;
  ResearchKind: ResearchKind;
  ResearchPeriodTotal: ResolverTypeWrapper<ResearchPeriodOut>;
  ResourceDimension: ResourceDimension;
  Role: Role;
  Scenario: ResolverTypeWrapper<SavedScenarioOut>;
  ScenarioBands: ResolverTypeWrapper<ScenarioBands>;
  ScenarioBaseline: ResolverTypeWrapper<ScenarioBaselineOut>;
  ScenarioComparison: ResolverTypeWrapper<Omit<ScenarioComparison, 'scenarios'> & { scenarios: Array<ResolversTypes['ComparedScenario']> }>;
  ScenarioConnection: ResolverTypeWrapper<Omit<ScenarioConnection, 'nodes'> & { nodes: Array<ResolversTypes['Scenario']> }>;
  ScenarioDataset: ResolverTypeWrapper<BaselineDataset>;
  ScenarioDefault: ResolverTypeWrapper<ScenarioDefault>;
  ScenarioInput: ScenarioInput;
  ScenarioLeverSettings: ResolverTypeWrapper<ScenarioLeverSettings>;
  ScenarioLevers: ResolverTypeWrapper<ScenarioLevers>;
  ScenarioLeversInput: ScenarioLeversInput;
  ScenarioNeedVintage: ResolverTypeWrapper<BaselineNeed>;
  ScenarioParameter: ResolverTypeWrapper<ScenarioParameter>;
  ScenarioParameterOverride: ResolverTypeWrapper<ScenarioParameterOverride>;
  ScenarioRun: ResolverTypeWrapper<ScenarioRunOut>;
  ScenarioScope: ResolverTypeWrapper<ScenarioScope>;
  ScenarioServiceCategory: ScenarioServiceCategory;
  ScenarioSettings: ResolverTypeWrapper<ScenarioSettings>;
  ScenarioShareLink: ResolverTypeWrapper<ScenarioShareLink>;
  ScenarioTotals: ResolverTypeWrapper<ScenarioTotals>;
  ScenarioTypeTotals: ResolverTypeWrapper<ScenarioTypeTotals>;
  ScenarioTypeYear: ResolverTypeWrapper<ScenarioTypeYear>;
  ScenarioVersionInfo: ResolverTypeWrapper<ScenarioVersionInfo>;
  ScenarioYear: ResolverTypeWrapper<ScenarioYear>;
  ScopeInput: ScopeInput;
  SensitivityCell: ResolverTypeWrapper<SensitivityCellOut>;
  SensitivityGrid: ResolverTypeWrapper<SensitivityGridOut>;
  SensitivityRanges: ResolverTypeWrapper<SensitivityRanges>;
  ServiceCategory: ServiceCategory;
  SignUpInput: SignUpInput;
  SignUpOptions: ResolverTypeWrapper<SignUpOptions>;
  SignUpResult: ResolverTypeWrapper<SignUpResult>;
  SortDirection: SortDirection;
  SourcedValue: ResolverTypeWrapper<SourcedValue>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SuppressionReason: SuppressionReason;
  TokenScope: TokenScope;
  Tornado: ResolverTypeWrapper<Tornado>;
  TornadoBar: ResolverTypeWrapper<TornadoBar>;
  TornadoMetric: TornadoMetric;
  TraffickingType: TraffickingType;
  TypeBands: ResolverTypeWrapper<TypeBands>;
  TypeBaseline: ResolverTypeWrapper<TypeBaseline>;
  TypeEquity: ResolverTypeWrapper<TypeEquity>;
  UncertainInput: ResolverTypeWrapper<UncertainInput>;
  Visibility: Visibility;
  YearSpan: ResolverTypeWrapper<YearSpan>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AllocationResult: AllocationResultOut;
  AllocationRow: AllocationRowOut;
  ApiToken: ApiTokenRow;
  AuditEntry: AuditRow;
  AuditEntryConnection: Omit<AuditEntryConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['AuditEntry']> };
  BandPoint: BandPoint;
  Boolean: Scalars['Boolean']['output'];
  Brief: BriefOut;
  BriefChart: BriefChart;
  BriefCitation: BriefCitation;
  BriefFigure: BriefFigure;
  BriefInput: BriefInput;
  BriefLine: BriefLine;
  BriefRecommendation: BriefRecommendation;
  BriefRecommendationInput: BriefRecommendationInput;
  CategoryAllocation: CategoryAllocation;
  CategoryBoundsInput: CategoryBoundsInput;
  CategoryCost: CategoryCost;
  CategoryMixInput: CategoryMixInput;
  CategoryMixResult: CategoryMixOut;
  CategoryShare: CategoryShare;
  CategoryShareInput: CategoryShareInput;
  ComparedScenario: ComparedScenarioOut;
  CurrentUser: CurrentUserRow;
  DataSelection: DataSelectionOut;
  Dataset: DbDataset;
  DatasetConnection: Omit<DatasetConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Dataset']> };
  DatasetFilter: DatasetFilter;
  DatasetSort: DatasetSort;
  DisclosureInfo: DisclosureInfo;
  DisclosureMethod: DisclosureMethod;
  EquityBreakdownResult: EquityBreakdownOut;
  EquityBreakdownRow: EquityBreakdownRowOut;
  EquityResult: EquityResultOut;
  EquityTrend: EquityTrendOut;
  EquityTrendPoint: EquityTrendPoint;
  Float: Scalars['Float']['output'];
  GoalSeekAnswer: GoalSeekAnswer;
  GoalSeekInput: GoalSeekInput;
  GoalSeekResult: GoalSeekOut;
  Grant: DbGrantRow;
  GrantClassification: GrantClassification;
  Health: Health;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Invitation: InvitationRow;
  Member: MemberRow;
  Membership: MembershipRow;
  MonteCarloInput: MonteCarloInput;
  Mutation: Record<PropertyKey, never>;
  NeedFallback: NeedFallback;
  NeedIndicator: DbNeedIndicator;
  NeedIndicatorConnection: Omit<NeedIndicatorConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['NeedIndicator']> };
  NeedIndicatorFilter: NeedIndicatorFilter;
  NeedIndicatorSort: NeedIndicatorSort;
  NeedTypeVintages: NeedTypeVintages;
  NeedUsed: NeedUsedOut;
  NewApiToken: NewApiTokenRow;
  NewInvitation: NewInvitationRow;
  NullReason: NullReason;
  Organization: DbOrganization;
  OrganizationConnection: Omit<OrganizationConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Organization']> };
  OrganizationFilter: OrganizationFilter;
  OrganizationSort: OrganizationSort;
  PageInfo: PageInfo;
  ParameterOverrideInput: ParameterOverrideInput;
  Quantiles: Quantiles;
  Query: Record<PropertyKey, never>;
  Range: Range;
  RecordCounts: RecordCounts;
  ResearchPeriodTotal: ResearchPeriodOut;
  Scenario: SavedScenarioOut;
  ScenarioBands: ScenarioBands;
  ScenarioBaseline: ScenarioBaselineOut;
  ScenarioComparison: Omit<ScenarioComparison, 'scenarios'> & { scenarios: Array<ResolversParentTypes['ComparedScenario']> };
  ScenarioConnection: Omit<ScenarioConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Scenario']> };
  ScenarioDataset: BaselineDataset;
  ScenarioDefault: ScenarioDefault;
  ScenarioInput: ScenarioInput;
  ScenarioLeverSettings: ScenarioLeverSettings;
  ScenarioLevers: ScenarioLevers;
  ScenarioLeversInput: ScenarioLeversInput;
  ScenarioNeedVintage: BaselineNeed;
  ScenarioParameter: ScenarioParameter;
  ScenarioParameterOverride: ScenarioParameterOverride;
  ScenarioRun: ScenarioRunOut;
  ScenarioScope: ScenarioScope;
  ScenarioSettings: ScenarioSettings;
  ScenarioShareLink: ScenarioShareLink;
  ScenarioTotals: ScenarioTotals;
  ScenarioTypeTotals: ScenarioTypeTotals;
  ScenarioTypeYear: ScenarioTypeYear;
  ScenarioVersionInfo: ScenarioVersionInfo;
  ScenarioYear: ScenarioYear;
  ScopeInput: ScopeInput;
  SensitivityCell: SensitivityCellOut;
  SensitivityGrid: SensitivityGridOut;
  SensitivityRanges: SensitivityRanges;
  SignUpInput: SignUpInput;
  SignUpOptions: SignUpOptions;
  SignUpResult: SignUpResult;
  SourcedValue: SourcedValue;
  String: Scalars['String']['output'];
  Tornado: Tornado;
  TornadoBar: TornadoBar;
  TypeBands: TypeBands;
  TypeBaseline: TypeBaseline;
  TypeEquity: TypeEquity;
  UncertainInput: UncertainInput;
  YearSpan: YearSpan;
};

export type AllocationResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AllocationResult'] = ResolversParentTypes['AllocationResult']> = {
  datasets?: Resolver<Array<ResolversTypes['Dataset']>, ParentType, ContextType>;
  dimension?: Resolver<ResolversTypes['ResourceDimension'], ParentType, ContextType>;
  disclosure?: Resolver<ResolversTypes['DisclosureInfo'], ParentType, ContextType>;
  groupBy?: Resolver<Array<ResolversTypes['AllocationGroup']>, ParentType, ContextType>;
  ignoredScopeFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  mixesIllustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['AllocationRow']>, ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AllocationRowResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AllocationRow'] = ResolversParentTypes['AllocationRow']> = {
  category?: Resolver<Maybe<ResolversTypes['ServiceCategory']>, ParentType, ContextType>;
  dataset?: Resolver<Maybe<ResolversTypes['Dataset']>, ParentType, ContextType>;
  funder?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  recipient?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  records?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  state?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  suppressed?: Resolver<Maybe<ResolversTypes['SuppressionReason']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['TraffickingType']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ApiTokenResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ApiToken'] = ResolversParentTypes['ApiToken']> = {
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['TokenScope'], ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  actorUserId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  details?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entityId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type AuditEntryConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BandPointResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BandPoint'] = ResolversParentTypes['BandPoint']> = {
  p10?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  p50?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  p90?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BriefResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Brief'] = ResolversParentTypes['Brief']> = {
  appVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  assumptions?: Resolver<Array<ResolversTypes['BriefLine']>, ParentType, ContextType>;
  bundlePath?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  charts?: Resolver<Array<ResolversTypes['BriefChart']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['BriefCitation']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  figures?: Resolver<Array<ResolversTypes['BriefFigure']>, ParentType, ContextType>;
  finding?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['BriefKind'], ParentType, ContextType>;
  newerData?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  pdfPath?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  permalink?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recommendations?: Resolver<Array<ResolversTypes['BriefRecommendation']>, ParentType, ContextType>;
  scenarioVersion?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  suggestedRecommendations?: Resolver<Array<ResolversTypes['BriefRecommendation']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uncertainty?: Resolver<Array<ResolversTypes['BriefLine']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  vintages?: Resolver<Array<ResolversTypes['BriefLine']>, ParentType, ContextType>;
};

export type BriefChartResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BriefChart'] = ResolversParentTypes['BriefChart']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  svg?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BriefCitationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BriefCitation'] = ResolversParentTypes['BriefCitation']> = {
  citation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  vintage?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type BriefFigureResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BriefFigure'] = ResolversParentTypes['BriefFigure']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type BriefLineResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BriefLine'] = ResolversParentTypes['BriefLine']> = {
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BriefRecommendationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BriefRecommendation'] = ResolversParentTypes['BriefRecommendation']> = {
  audience?: Resolver<ResolversTypes['BriefAudience'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CategoryAllocationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CategoryAllocation'] = ResolversParentTypes['CategoryAllocation']> = {
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['ScenarioServiceCategory'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  yieldPerMillion?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type CategoryCostResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CategoryCost'] = ResolversParentTypes['CategoryCost']> = {
  category?: Resolver<ResolversTypes['ScenarioServiceCategory'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type CategoryMixResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CategoryMixResult'] = ResolversParentTypes['CategoryMixResult']> = {
  allocations?: Resolver<Array<ResolversTypes['CategoryAllocation']>, ParentType, ContextType>;
  binding?: Resolver<Maybe<ResolversTypes['BindingConstraint']>, ParentType, ContextType>;
  feasible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  laborServed?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  needFallbacks?: Resolver<Array<ResolversTypes['NeedFallback']>, ParentType, ContextType>;
  newMoneyPerYear?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  run?: Resolver<Maybe<ResolversTypes['ScenarioRun']>, ParentType, ContextType>;
};

export type CategoryShareResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CategoryShare'] = ResolversParentTypes['CategoryShare']> = {
  category?: Resolver<ResolversTypes['ScenarioServiceCategory'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ComparedScenarioResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ComparedScenario'] = ResolversParentTypes['ComparedScenario']> = {
  scenario?: Resolver<ResolversTypes['Scenario'], ParentType, ContextType>;
  years?: Resolver<Array<Maybe<ResolversTypes['ScenarioYear']>>, ParentType, ContextType>;
};

export type CurrentUserResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CurrentUser'] = ResolversParentTypes['CurrentUser']> = {
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  tokenScope?: Resolver<Maybe<ResolversTypes['TokenScope']>, ParentType, ContextType>;
  via?: Resolver<ResolversTypes['CredentialKind'], ParentType, ContextType>;
};

export type DataSelectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DataSelection'] = ResolversParentTypes['DataSelection']> = {
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  illustrativeIncluded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  realResourceDatasets?: Resolver<Array<ResolversTypes['Dataset']>, ParentType, ContextType>;
  requested?: Resolver<ResolversTypes['IllustrativeData'], ParentType, ContextType>;
};

export type DatasetResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Dataset'] = ResolversParentTypes['Dataset']> = {
  citation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Confidence'], ParentType, ContextType>;
  dataPeriod?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  importedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  license?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  recordCounts?: Resolver<ResolversTypes['RecordCounts'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  vintage?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  visibility?: Resolver<ResolversTypes['Visibility'], ParentType, ContextType>;
};

export type DatasetConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DatasetConnection'] = ResolversParentTypes['DatasetConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Dataset']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DisclosureInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DisclosureInfo'] = ResolversParentTypes['DisclosureInfo']> = {
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  protected?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  threshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DisclosureMethodResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DisclosureMethod'] = ResolversParentTypes['DisclosureMethod']> = {
  countMaxNoise?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  countNoiseVariance?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  magnitudeNoiseMax?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  magnitudeNoiseMin?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  threshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EquityBreakdownResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EquityBreakdownResult'] = ResolversParentTypes['EquityBreakdownResult']> = {
  attribution?: Resolver<ResolversTypes['AttributionRule'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['EquityBreakdown'], ParentType, ContextType>;
  datasets?: Resolver<Array<ResolversTypes['Dataset']>, ParentType, ContextType>;
  dimension?: Resolver<ResolversTypes['ResourceDimension'], ParentType, ContextType>;
  disclosure?: Resolver<ResolversTypes['DisclosureInfo'], ParentType, ContextType>;
  ignoredScopeFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  need?: Resolver<ResolversTypes['NeedUsed'], ParentType, ContextType>;
  needBasis?: Resolver<ResolversTypes['NeedBasis'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['EquityBreakdownRow']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EquityBreakdownRowResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EquityBreakdownRow'] = ResolversParentTypes['EquityBreakdownRow']> = {
  funder?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labor?: Resolver<ResolversTypes['TypeEquity'], ParentType, ContextType>;
  need?: Resolver<ResolversTypes['NeedUsed'], ParentType, ContextType>;
  nullReasons?: Resolver<Array<ResolversTypes['NullReason']>, ParentType, ContextType>;
  parityGap?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sex?: Resolver<ResolversTypes['TypeEquity'], ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type EquityResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EquityResult'] = ResolversParentTypes['EquityResult']> = {
  attribution?: Resolver<ResolversTypes['AttributionRule'], ParentType, ContextType>;
  datasets?: Resolver<Array<ResolversTypes['Dataset']>, ParentType, ContextType>;
  dimension?: Resolver<ResolversTypes['ResourceDimension'], ParentType, ContextType>;
  disclosure?: Resolver<ResolversTypes['DisclosureInfo'], ParentType, ContextType>;
  disparityMultiple?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  dissimilarity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  ignoredScopeFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  labor?: Resolver<ResolversTypes['TypeEquity'], ParentType, ContextType>;
  mixesIllustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  need?: Resolver<ResolversTypes['NeedUsed'], ParentType, ContextType>;
  needBasis?: Resolver<ResolversTypes['NeedBasis'], ParentType, ContextType>;
  nullReasons?: Resolver<Array<ResolversTypes['NullReason']>, ParentType, ContextType>;
  parityGap?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  range?: Resolver<ResolversTypes['Range'], ParentType, ContextType>;
  sex?: Resolver<ResolversTypes['TypeEquity'], ParentType, ContextType>;
  theil?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  years?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type EquityTrendResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EquityTrend'] = ResolversParentTypes['EquityTrend']> = {
  attribution?: Resolver<ResolversTypes['AttributionRule'], ParentType, ContextType>;
  datasets?: Resolver<Array<ResolversTypes['Dataset']>, ParentType, ContextType>;
  dimension?: Resolver<ResolversTypes['ResourceDimension'], ParentType, ContextType>;
  disclosure?: Resolver<ResolversTypes['DisclosureInfo'], ParentType, ContextType>;
  ignoredScopeFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  need?: Resolver<ResolversTypes['NeedUsed'], ParentType, ContextType>;
  needBasis?: Resolver<ResolversTypes['NeedBasis'], ParentType, ContextType>;
  points?: Resolver<Array<ResolversTypes['EquityTrendPoint']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EquityTrendPointResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EquityTrendPoint'] = ResolversParentTypes['EquityTrendPoint']> = {
  disparityMultiple?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  dissimilarity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  labor?: Resolver<ResolversTypes['TypeEquity'], ParentType, ContextType>;
  needFallbacks?: Resolver<Array<ResolversTypes['NeedFallback']>, ParentType, ContextType>;
  needVintage?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  nullReasons?: Resolver<Array<ResolversTypes['NullReason']>, ParentType, ContextType>;
  parityGap?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sex?: Resolver<ResolversTypes['TypeEquity'], ParentType, ContextType>;
  theil?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GoalSeekAnswerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GoalSeekAnswer'] = ResolversParentTypes['GoalSeekAnswer']> = {
  equityRatio?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  newMoneyPerYear?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  shiftAmount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  shiftFraction?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type GoalSeekResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GoalSeekResult'] = ResolversParentTypes['GoalSeekResult']> = {
  answer?: Resolver<ResolversTypes['GoalSeekAnswer'], ParentType, ContextType>;
  binding?: Resolver<Maybe<ResolversTypes['BindingConstraint']>, ParentType, ContextType>;
  byYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evaluations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  needFallbacks?: Resolver<Array<ResolversTypes['NeedFallback']>, ParentType, ContextType>;
  reachable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  run?: Resolver<Maybe<ResolversTypes['ScenarioRun']>, ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type GrantResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Grant'] = ResolversParentTypes['Grant']> = {
  amountUsd?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  classification?: Resolver<Maybe<ResolversTypes['GrantClassification']>, ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dataset?: Resolver<ResolversTypes['Dataset'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fiscalYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  funder?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  laborShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  programNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  programTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recipient?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  serviceCategory?: Resolver<ResolversTypes['ServiceCategory'], ParentType, ContextType>;
  traffickingType?: Resolver<ResolversTypes['TraffickingType'], ParentType, ContextType>;
  usState?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GrantClassificationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GrantClassification'] = ResolversParentTypes['GrantClassification']> = {
  classifiedNotTrafficking?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  classifiedType?: Resolver<Maybe<ResolversTypes['TraffickingType']>, ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  matchedTerms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  overridden?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  overriddenAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  overriddenFrom?: Resolver<Maybe<ResolversTypes['TraffickingType']>, ParentType, ContextType>;
  overrideReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type HealthResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Health'] = ResolversParentTypes['Health']> = {
  database?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  databaseReachable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  migrationsApplied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  migrationsPending?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InvitationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Invitation'] = ResolversParentTypes['Invitation']> = {
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type MemberResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Member'] = ResolversParentTypes['Member']> = {
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type MembershipResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = {
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptInvitation?: Resolver<ResolversTypes['Membership'], ParentType, ContextType, RequireFields<MutationAcceptInvitationArgs, 'token'>>;
  changeMemberRole?: Resolver<ResolversTypes['Member'], ParentType, ContextType, RequireFields<MutationChangeMemberRoleArgs, 'organizationId' | 'role' | 'userId'>>;
  changePassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'currentPassword' | 'newPassword'>>;
  createApiToken?: Resolver<ResolversTypes['NewApiToken'], ParentType, ContextType, RequireFields<MutationCreateApiTokenArgs, 'name' | 'scope'>>;
  createBrief?: Resolver<ResolversTypes['Brief'], ParentType, ContextType, RequireFields<MutationCreateBriefArgs, 'input'>>;
  createOrganization?: Resolver<ResolversTypes['Membership'], ParentType, ContextType, RequireFields<MutationCreateOrganizationArgs, 'name'>>;
  deleteScenario?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteScenarioArgs, 'id'>>;
  inviteMember?: Resolver<ResolversTypes['NewInvitation'], ParentType, ContextType, RequireFields<MutationInviteMemberArgs, 'email' | 'organizationId' | 'role'>>;
  overrideGrantType?: Resolver<ResolversTypes['Grant'], ParentType, ContextType, RequireFields<MutationOverrideGrantTypeArgs, 'grantId' | 'reason' | 'type'>>;
  removeMember?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveMemberArgs, 'organizationId' | 'userId'>>;
  revokeApiToken?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType, RequireFields<MutationRevokeApiTokenArgs, 'id'>>;
  revokeInvitation?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRevokeInvitationArgs, 'id'>>;
  saveScenario?: Resolver<ResolversTypes['Scenario'], ParentType, ContextType, RequireFields<MutationSaveScenarioArgs, 'input' | 'name'>>;
  shareDataset?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<MutationShareDatasetArgs, 'coalitionId' | 'datasetId'>>;
  shareScenario?: Resolver<ResolversTypes['ScenarioShareLink'], ParentType, ContextType, RequireFields<MutationShareScenarioArgs, 'id'>>;
  signIn?: Resolver<ResolversTypes['CurrentUser'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'email' | 'password'>>;
  signOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  signUp?: Resolver<ResolversTypes['SignUpResult'], ParentType, ContextType, RequireFields<MutationSignUpArgs, 'input'>>;
  unshareDataset?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<MutationUnshareDatasetArgs, 'coalitionId' | 'datasetId'>>;
  unshareScenario?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationUnshareScenarioArgs, 'id'>>;
  updateBriefRecommendations?: Resolver<ResolversTypes['Brief'], ParentType, ContextType, RequireFields<MutationUpdateBriefRecommendationsArgs, 'id' | 'recommendations'>>;
  updateScenario?: Resolver<ResolversTypes['Scenario'], ParentType, ContextType, RequireFields<MutationUpdateScenarioArgs, 'id' | 'input'>>;
};

export type NeedFallbackResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NeedFallback'] = ResolversParentTypes['NeedFallback']> = {
  basis?: Resolver<ResolversTypes['NeedBasis'], ParentType, ContextType>;
  fromYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NeedFallbackKind'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['TraffickingType'], ParentType, ContextType>;
};

export type NeedIndicatorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NeedIndicator'] = ResolversParentTypes['NeedIndicator']> = {
  basis?: Resolver<ResolversTypes['NeedBasis'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Confidence'], ParentType, ContextType>;
  dataset?: Resolver<ResolversTypes['Dataset'], ParentType, ContextType>;
  geography?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  high?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  low?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedTotal?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  traffickingType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NeedIndicatorConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NeedIndicatorConnection'] = ResolversParentTypes['NeedIndicatorConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['NeedIndicator']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NeedTypeVintagesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NeedTypeVintages'] = ResolversParentTypes['NeedTypeVintages']> = {
  type?: Resolver<ResolversTypes['TraffickingType'], ParentType, ContextType>;
  vintages?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type NeedUsedResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NeedUsed'] = ResolversParentTypes['NeedUsed']> = {
  basis?: Resolver<ResolversTypes['NeedBasis'], ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Confidence']>, ParentType, ContextType>;
  datasets?: Resolver<Array<ResolversTypes['Dataset']>, ParentType, ContextType>;
  fallbacks?: Resolver<Array<ResolversTypes['NeedFallback']>, ParentType, ContextType>;
  geography?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  typeVintages?: Resolver<Array<ResolversTypes['NeedTypeVintages']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  vintages?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type NewApiTokenResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NewApiToken'] = ResolversParentTypes['NewApiToken']> = {
  apiToken?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NewInvitationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NewInvitation'] = ResolversParentTypes['NewInvitation']> = {
  invitation?: Resolver<ResolversTypes['Invitation'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NullReasonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NullReason'] = ResolversParentTypes['NullReason']> = {
  metric?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganizationKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  usState?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OrganizationConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OrganizationConnection'] = ResolversParentTypes['OrganizationConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QuantilesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Quantiles'] = ResolversParentTypes['Quantiles']> = {
  p10?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  p50?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  p90?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  allocations?: Resolver<ResolversTypes['AllocationResult'], ParentType, ContextType, RequireFields<QueryAllocationsArgs, 'dimension' | 'groupBy'>>;
  apiTokens?: Resolver<Array<ResolversTypes['ApiToken']>, ParentType, ContextType>;
  auditLog?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'first' | 'organizationId'>>;
  brief?: Resolver<Maybe<ResolversTypes['Brief']>, ParentType, ContextType, RequireFields<QueryBriefArgs, 'id'>>;
  briefs?: Resolver<Array<ResolversTypes['Brief']>, ParentType, ContextType, RequireFields<QueryBriefsArgs, 'organizationId'>>;
  compareScenarios?: Resolver<ResolversTypes['ScenarioComparison'], ParentType, ContextType, RequireFields<QueryCompareScenariosArgs, 'ids'>>;
  dataSelection?: Resolver<ResolversTypes['DataSelection'], ParentType, ContextType, Partial<QueryDataSelectionArgs>>;
  dataset?: Resolver<Maybe<ResolversTypes['Dataset']>, ParentType, ContextType, RequireFields<QueryDatasetArgs, 'id'>>;
  datasetShares?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<QueryDatasetSharesArgs, 'datasetId'>>;
  datasets?: Resolver<ResolversTypes['DatasetConnection'], ParentType, ContextType, RequireFields<QueryDatasetsArgs, 'first'>>;
  disclosureMethod?: Resolver<ResolversTypes['DisclosureMethod'], ParentType, ContextType>;
  equity?: Resolver<ResolversTypes['EquityResult'], ParentType, ContextType, RequireFields<QueryEquityArgs, 'attribution' | 'dimension' | 'needBasis'>>;
  equityBreakdown?: Resolver<ResolversTypes['EquityBreakdownResult'], ParentType, ContextType, RequireFields<QueryEquityBreakdownArgs, 'attribution' | 'by' | 'dimension' | 'needBasis'>>;
  equitySensitivity?: Resolver<ResolversTypes['SensitivityGrid'], ParentType, ContextType, RequireFields<QueryEquitySensitivityArgs, 'dimension'>>;
  equityTrend?: Resolver<ResolversTypes['EquityTrend'], ParentType, ContextType, RequireFields<QueryEquityTrendArgs, 'attribution' | 'dimension' | 'needBasis'>>;
  goalSeek?: Resolver<ResolversTypes['GoalSeekResult'], ParentType, ContextType, RequireFields<QueryGoalSeekArgs, 'input'>>;
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
  invitations?: Resolver<Array<ResolversTypes['Invitation']>, ParentType, ContextType, RequireFields<QueryInvitationsArgs, 'organizationId'>>;
  me?: Resolver<Maybe<ResolversTypes['CurrentUser']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Member']>, ParentType, ContextType, RequireFields<QueryMembersArgs, 'organizationId'>>;
  myOrganizations?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  needIndicators?: Resolver<ResolversTypes['NeedIndicatorConnection'], ParentType, ContextType, RequireFields<QueryNeedIndicatorsArgs, 'first'>>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<QueryOrganizationsArgs, 'first'>>;
  researchPeriods?: Resolver<Array<ResolversTypes['ResearchPeriodTotal']>, ParentType, ContextType, Partial<QueryResearchPeriodsArgs>>;
  runScenario?: Resolver<ResolversTypes['ScenarioRun'], ParentType, ContextType, RequireFields<QueryRunScenarioArgs, 'input'>>;
  scenario?: Resolver<Maybe<ResolversTypes['Scenario']>, ParentType, ContextType, RequireFields<QueryScenarioArgs, 'id'>>;
  scenarioBaseline?: Resolver<ResolversTypes['ScenarioBaseline'], ParentType, ContextType, RequireFields<QueryScenarioBaselineArgs, 'attribution' | 'mode' | 'needBasis'>>;
  scenarioDefaults?: Resolver<Array<ResolversTypes['ScenarioDefault']>, ParentType, ContextType>;
  scenarios?: Resolver<ResolversTypes['ScenarioConnection'], ParentType, ContextType, RequireFields<QueryScenariosArgs, 'first'>>;
  signUpOptions?: Resolver<ResolversTypes['SignUpOptions'], ParentType, ContextType>;
  solveCategoryMix?: Resolver<ResolversTypes['CategoryMixResult'], ParentType, ContextType, RequireFields<QuerySolveCategoryMixArgs, 'input' | 'target'>>;
};

export type RangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Range'] = ResolversParentTypes['Range']> = {
  max?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type RecordCountsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecordCounts'] = ResolversParentTypes['RecordCounts']> = {
  grants?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  needIndicators?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  researchOutputs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  serviceRecords?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  trainings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ResearchPeriodTotalResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ResearchPeriodTotal'] = ResolversParentTypes['ResearchPeriodTotal']> = {
  both?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  dataset?: Resolver<ResolversTypes['Dataset'], ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ResearchKind'], ParentType, ContextType>;
  labor?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  laborShareOfTyped?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  periodEnd?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  periodStart?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sex?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unspecified?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ScenarioResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Scenario'] = ResolversParentTypes['Scenario']> = {
  baseline?: Resolver<ResolversTypes['ScenarioBaseline'], ParentType, ContextType>;
  canEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  datasets?: Resolver<Array<ResolversTypes['ScenarioDataset']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  latestVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  need?: Resolver<ResolversTypes['ScenarioNeedVintage'], ParentType, ContextType>;
  newerDataAvailable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  newerDataNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  ownerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  run?: Resolver<ResolversTypes['ScenarioRun'], ParentType, ContextType>;
  savedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  settings?: Resolver<ResolversTypes['ScenarioSettings'], ParentType, ContextType>;
  shared?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  versions?: Resolver<Array<ResolversTypes['ScenarioVersionInfo']>, ParentType, ContextType>;
};

export type ScenarioBandsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScenarioBands'] = ResolversParentTypes['ScenarioBands']> = {
  draws?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inputs?: Resolver<Array<ResolversTypes['UncertainInput']>, ParentType, ContextType>;
  labor?: Resolver<ResolversTypes['TypeBands'], ParentType, ContextType>;
  laborServedGain?: Resolver<ResolversTypes['Quantiles'], ParentType, ContextType>;
  laborServedTotal?: Resolver<ResolversTypes['Quantiles'], ParentType, ContextType>;
  laborUnmetNeedTotal?: Resolver<ResolversTypes['Quantiles'], ParentType, ContextType>;
  seed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sex?: Resolver<ResolversTypes['TypeBands'], ParentType, ContextType>;
  sexServedChange?: Resolver<ResolversTypes['Quantiles'], ParentType, ContextType>;
  sexServedTotal?: Resolver<ResolversTypes['Quantiles'], ParentType, ContextType>;
};

export type ScenarioBaselineResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScenarioBaseline'] = ResolversParentTypes['ScenarioBaseline']> = {
  attribution?: Resolver<ResolversTypes['AttributionRule'], ParentType, ContextType>;
  categoryCostPerSurvivor?: Resolver<Array<ResolversTypes['CategoryCost']>, ParentType, ContextType>;
  datasets?: Resolver<Array<ResolversTypes['ScenarioDataset']>, ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  labor?: Resolver<ResolversTypes['TypeBaseline'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['BaselineMode'], ParentType, ContextType>;
  need?: Resolver<ResolversTypes['ScenarioNeedVintage'], ParentType, ContextType>;
  needBasis?: Resolver<ResolversTypes['NeedBasis'], ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sex?: Resolver<ResolversTypes['TypeBaseline'], ParentType, ContextType>;
  sexSharedBudget?: Resolver<ResolversTypes['SourcedValue'], ParentType, ContextType>;
  years?: Resolver<ResolversTypes['YearSpan'], ParentType, ContextType>;
};

export type ScenarioComparisonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScenarioComparison'] = ResolversParentTypes['ScenarioComparison']> = {
  scenarios?: Resolver<Array<ResolversTypes['ComparedScenario']>, ParentType, ContextType>;
  years?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ScenarioConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScenarioConnection'] = ResolversParentTypes['ScenarioConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Scenario']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ScenarioDatasetResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScenarioDataset'] = ResolversParentTypes['ScenarioDataset']> = {
  dataset?: Resolver<Maybe<ResolversTypes['Dataset']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  importedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['BaselineDataRole']>, ParentType, ContextType>;
  vintage?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ScenarioDefaultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScenarioDefault'] = ResolversParentTypes['ScenarioDefault']> = {
  basis?: Resolver<ResolversTypes['DefaultBasis'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reasoning?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ScenarioLeverSettingsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScenarioLeverSettings'] = ResolversParentTypes['ScenarioLeverSettings']> = {
  categoryMix?: Resolver<Maybe<Array<ResolversTypes['CategoryShare']>>, ParentType, ContextType>;
  newMoneyPerYear?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  phaseInYears?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  shiftAmount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  shiftFraction?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  trainingShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type ScenarioLeversResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScenarioLevers'] = ResolversParentTypes['ScenarioLevers']> = {
  categoryMix?: Resolver<Array<ResolversTypes['CategoryShare']>, ParentType, ContextType>;
  newMoneyPerYear?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  phaseInYears?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shiftAmount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  shiftFraction?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  trainingShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ScenarioNeedVintageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScenarioNeedVintage'] = ResolversParentTypes['ScenarioNeedVintage']> = {
  basis?: Resolver<ResolversTypes['NeedBasis'], ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Confidence']>, ParentType, ContextType>;
  datasetIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  fallbacks?: Resolver<Array<ResolversTypes['NeedFallback']>, ParentType, ContextType>;
  geography?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  vintages?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ScenarioParameterResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScenarioParameter'] = ResolversParentTypes['ScenarioParameter']> = {
  distribution?: Resolver<ResolversTypes['ParameterDistribution'], ParentType, ContextType>;
  high?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  low?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  max?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  min?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  overridden?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ScenarioParameterOverrideResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScenarioParameterOverride'] = ResolversParentTypes['ScenarioParameterOverride']> = {
  high?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  low?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type ScenarioRunResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScenarioRun'] = ResolversParentTypes['ScenarioRun']> = {
  attribution?: Resolver<ResolversTypes['AttributionRule'], ParentType, ContextType>;
  bands?: Resolver<ResolversTypes['ScenarioBands'], ParentType, ContextType>;
  baseYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  baseline?: Resolver<ResolversTypes['ScenarioBaseline'], ParentType, ContextType>;
  baselineTotals?: Resolver<ResolversTypes['ScenarioTotals'], ParentType, ContextType>;
  baselineYears?: Resolver<Array<ResolversTypes['ScenarioYear']>, ParentType, ContextType>;
  difference?: Resolver<Array<ResolversTypes['ScenarioYear']>, ParentType, ContextType>;
  differenceTotals?: Resolver<ResolversTypes['ScenarioTotals'], ParentType, ContextType>;
  horizonYears?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  levers?: Resolver<ResolversTypes['ScenarioLevers'], ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  parameters?: Resolver<Array<ResolversTypes['ScenarioParameter']>, ParentType, ContextType>;
  sexSharedBudget?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  tornado?: Resolver<ResolversTypes['Tornado'], ParentType, ContextType, RequireFields<ScenarioRunTornadoArgs, 'metric'>>;
  totals?: Resolver<ResolversTypes['ScenarioTotals'], ParentType, ContextType>;
  years?: Resolver<Array<ResolversTypes['ScenarioYear']>, ParentType, ContextType>;
};

export type ScenarioScopeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScenarioScope'] = ResolversParentTypes['ScenarioScope']> = {
  categories?: Resolver<Maybe<Array<ResolversTypes['ServiceCategory']>>, ParentType, ContextType>;
  countries?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  datasetIds?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  funderIds?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  illustrativeData?: Resolver<Maybe<ResolversTypes['IllustrativeData']>, ParentType, ContextType>;
  needDatasetIds?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  recipientIds?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  usStates?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  yearFrom?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  yearTo?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ScenarioSettingsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScenarioSettings'] = ResolversParentTypes['ScenarioSettings']> = {
  attribution?: Resolver<ResolversTypes['AttributionRule'], ParentType, ContextType>;
  baselineMode?: Resolver<ResolversTypes['BaselineMode'], ParentType, ContextType>;
  horizonYears?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  levers?: Resolver<ResolversTypes['ScenarioLeverSettings'], ParentType, ContextType>;
  monteCarloDraws?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  monteCarloSeed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  needBasis?: Resolver<ResolversTypes['NeedBasis'], ParentType, ContextType>;
  overrides?: Resolver<Array<ResolversTypes['ScenarioParameterOverride']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['ScenarioScope'], ParentType, ContextType>;
};

export type ScenarioShareLinkResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScenarioShareLink'] = ResolversParentTypes['ScenarioShareLink']> = {
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ScenarioTotalsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScenarioTotals'] = ResolversParentTypes['ScenarioTotals']> = {
  labor?: Resolver<ResolversTypes['ScenarioTypeTotals'], ParentType, ContextType>;
  laborEquityRatio?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sex?: Resolver<ResolversTypes['ScenarioTypeTotals'], ParentType, ContextType>;
};

export type ScenarioTypeTotalsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScenarioTypeTotals'] = ResolversParentTypes['ScenarioTypeTotals']> = {
  budget?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  need?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  survivorsServed?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  trainingSpend?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unmetNeed?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ScenarioTypeYearResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScenarioTypeYear'] = ResolversParentTypes['ScenarioTypeYear']> = {
  averageExperience?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  budget?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  costPerSurvivor?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  equityRatio?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  fte?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  need?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  survivorsServed?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  trainedShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  trainingSpend?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unmetNeed?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ScenarioVersionInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScenarioVersionInfo'] = ResolversParentTypes['ScenarioVersionInfo']> = {
  savedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  savedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ScenarioYearResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScenarioYear'] = ResolversParentTypes['ScenarioYear']> = {
  labor?: Resolver<ResolversTypes['ScenarioTypeYear'], ParentType, ContextType>;
  sex?: Resolver<ResolversTypes['ScenarioTypeYear'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SensitivityCellResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SensitivityCell'] = ResolversParentTypes['SensitivityCell']> = {
  attribution?: Resolver<ResolversTypes['AttributionRule'], ParentType, ContextType>;
  disparityMultiple?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  dissimilarity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  labor?: Resolver<ResolversTypes['TypeEquity'], ParentType, ContextType>;
  need?: Resolver<ResolversTypes['NeedUsed'], ParentType, ContextType>;
  needBasis?: Resolver<ResolversTypes['NeedBasis'], ParentType, ContextType>;
  nullReasons?: Resolver<Array<ResolversTypes['NullReason']>, ParentType, ContextType>;
  parityGap?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sex?: Resolver<ResolversTypes['TypeEquity'], ParentType, ContextType>;
  theil?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type SensitivityGridResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SensitivityGrid'] = ResolversParentTypes['SensitivityGrid']> = {
  cells?: Resolver<Array<ResolversTypes['SensitivityCell']>, ParentType, ContextType>;
  datasets?: Resolver<Array<ResolversTypes['Dataset']>, ParentType, ContextType>;
  dimension?: Resolver<ResolversTypes['ResourceDimension'], ParentType, ContextType>;
  disclosure?: Resolver<ResolversTypes['DisclosureInfo'], ParentType, ContextType>;
  ignoredScopeFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  needBases?: Resolver<Array<ResolversTypes['NeedBasis']>, ParentType, ContextType>;
  ranges?: Resolver<ResolversTypes['SensitivityRanges'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SensitivityRangesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SensitivityRanges'] = ResolversParentTypes['SensitivityRanges']> = {
  disparityMultiple?: Resolver<ResolversTypes['Range'], ParentType, ContextType>;
  dissimilarity?: Resolver<ResolversTypes['Range'], ParentType, ContextType>;
  laborEquityRatio?: Resolver<ResolversTypes['Range'], ParentType, ContextType>;
  laborNeedShare?: Resolver<ResolversTypes['Range'], ParentType, ContextType>;
  laborResourceShare?: Resolver<ResolversTypes['Range'], ParentType, ContextType>;
  parityGap?: Resolver<ResolversTypes['Range'], ParentType, ContextType>;
  theil?: Resolver<ResolversTypes['Range'], ParentType, ContextType>;
};

export type SignUpOptionsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SignUpOptions'] = ResolversParentTypes['SignUpOptions']> = {
  createsOrganizations?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SignUpResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SignUpResult'] = ResolversParentTypes['SignUpResult']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SourcedValueResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SourcedValue'] = ResolversParentTypes['SourcedValue']> = {
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type TornadoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Tornado'] = ResolversParentTypes['Tornado']> = {
  bars?: Resolver<Array<ResolversTypes['TornadoBar']>, ParentType, ContextType>;
  baseOutput?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['TornadoMetric'], ParentType, ContextType>;
};

export type TornadoBarResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TornadoBar'] = ResolversParentTypes['TornadoBar']> = {
  high?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  low?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  outputAtHigh?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  outputAtLow?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  swing?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type TypeBandsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TypeBands'] = ResolversParentTypes['TypeBands']> = {
  capacity?: Resolver<Array<ResolversTypes['BandPoint']>, ParentType, ContextType>;
  costPerSurvivor?: Resolver<Array<ResolversTypes['BandPoint']>, ParentType, ContextType>;
  equityRatio?: Resolver<Array<ResolversTypes['BandPoint']>, ParentType, ContextType>;
  survivorsServed?: Resolver<Array<ResolversTypes['BandPoint']>, ParentType, ContextType>;
  survivorsServedGain?: Resolver<Array<ResolversTypes['BandPoint']>, ParentType, ContextType>;
  unmetNeed?: Resolver<Array<ResolversTypes['BandPoint']>, ParentType, ContextType>;
};

export type TypeBaselineResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TypeBaseline'] = ResolversParentTypes['TypeBaseline']> = {
  budget?: Resolver<ResolversTypes['SourcedValue'], ParentType, ContextType>;
  costPerSurvivor?: Resolver<ResolversTypes['SourcedValue'], ParentType, ContextType>;
  need?: Resolver<ResolversTypes['SourcedValue'], ParentType, ContextType>;
  survivorsServed?: Resolver<ResolversTypes['SourcedValue'], ParentType, ContextType>;
  trainedShare?: Resolver<ResolversTypes['SourcedValue'], ParentType, ContextType>;
  turnoverRate?: Resolver<ResolversTypes['SourcedValue'], ParentType, ContextType>;
};

export type TypeEquityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TypeEquity'] = ResolversParentTypes['TypeEquity']> = {
  equityRatio?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  need?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  needShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  perNeedUnit?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  resourceShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  resources?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type UncertainInputResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UncertainInput'] = ResolversParentTypes['UncertainInput']> = {
  high?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  low?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type YearSpanResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['YearSpan'] = ResolversParentTypes['YearSpan']> = {
  from?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  AllocationResult?: AllocationResultResolvers<ContextType>;
  AllocationRow?: AllocationRowResolvers<ContextType>;
  ApiToken?: ApiTokenResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  BandPoint?: BandPointResolvers<ContextType>;
  Brief?: BriefResolvers<ContextType>;
  BriefChart?: BriefChartResolvers<ContextType>;
  BriefCitation?: BriefCitationResolvers<ContextType>;
  BriefFigure?: BriefFigureResolvers<ContextType>;
  BriefLine?: BriefLineResolvers<ContextType>;
  BriefRecommendation?: BriefRecommendationResolvers<ContextType>;
  CategoryAllocation?: CategoryAllocationResolvers<ContextType>;
  CategoryCost?: CategoryCostResolvers<ContextType>;
  CategoryMixResult?: CategoryMixResultResolvers<ContextType>;
  CategoryShare?: CategoryShareResolvers<ContextType>;
  ComparedScenario?: ComparedScenarioResolvers<ContextType>;
  CurrentUser?: CurrentUserResolvers<ContextType>;
  DataSelection?: DataSelectionResolvers<ContextType>;
  Dataset?: DatasetResolvers<ContextType>;
  DatasetConnection?: DatasetConnectionResolvers<ContextType>;
  DisclosureInfo?: DisclosureInfoResolvers<ContextType>;
  DisclosureMethod?: DisclosureMethodResolvers<ContextType>;
  EquityBreakdownResult?: EquityBreakdownResultResolvers<ContextType>;
  EquityBreakdownRow?: EquityBreakdownRowResolvers<ContextType>;
  EquityResult?: EquityResultResolvers<ContextType>;
  EquityTrend?: EquityTrendResolvers<ContextType>;
  EquityTrendPoint?: EquityTrendPointResolvers<ContextType>;
  GoalSeekAnswer?: GoalSeekAnswerResolvers<ContextType>;
  GoalSeekResult?: GoalSeekResultResolvers<ContextType>;
  Grant?: GrantResolvers<ContextType>;
  GrantClassification?: GrantClassificationResolvers<ContextType>;
  Health?: HealthResolvers<ContextType>;
  Invitation?: InvitationResolvers<ContextType>;
  Member?: MemberResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NeedFallback?: NeedFallbackResolvers<ContextType>;
  NeedIndicator?: NeedIndicatorResolvers<ContextType>;
  NeedIndicatorConnection?: NeedIndicatorConnectionResolvers<ContextType>;
  NeedTypeVintages?: NeedTypeVintagesResolvers<ContextType>;
  NeedUsed?: NeedUsedResolvers<ContextType>;
  NewApiToken?: NewApiTokenResolvers<ContextType>;
  NewInvitation?: NewInvitationResolvers<ContextType>;
  NullReason?: NullReasonResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationConnection?: OrganizationConnectionResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Quantiles?: QuantilesResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Range?: RangeResolvers<ContextType>;
  RecordCounts?: RecordCountsResolvers<ContextType>;
  ResearchPeriodTotal?: ResearchPeriodTotalResolvers<ContextType>;
  Scenario?: ScenarioResolvers<ContextType>;
  ScenarioBands?: ScenarioBandsResolvers<ContextType>;
  ScenarioBaseline?: ScenarioBaselineResolvers<ContextType>;
  ScenarioComparison?: ScenarioComparisonResolvers<ContextType>;
  ScenarioConnection?: ScenarioConnectionResolvers<ContextType>;
  ScenarioDataset?: ScenarioDatasetResolvers<ContextType>;
  ScenarioDefault?: ScenarioDefaultResolvers<ContextType>;
  ScenarioLeverSettings?: ScenarioLeverSettingsResolvers<ContextType>;
  ScenarioLevers?: ScenarioLeversResolvers<ContextType>;
  ScenarioNeedVintage?: ScenarioNeedVintageResolvers<ContextType>;
  ScenarioParameter?: ScenarioParameterResolvers<ContextType>;
  ScenarioParameterOverride?: ScenarioParameterOverrideResolvers<ContextType>;
  ScenarioRun?: ScenarioRunResolvers<ContextType>;
  ScenarioScope?: ScenarioScopeResolvers<ContextType>;
  ScenarioSettings?: ScenarioSettingsResolvers<ContextType>;
  ScenarioShareLink?: ScenarioShareLinkResolvers<ContextType>;
  ScenarioTotals?: ScenarioTotalsResolvers<ContextType>;
  ScenarioTypeTotals?: ScenarioTypeTotalsResolvers<ContextType>;
  ScenarioTypeYear?: ScenarioTypeYearResolvers<ContextType>;
  ScenarioVersionInfo?: ScenarioVersionInfoResolvers<ContextType>;
  ScenarioYear?: ScenarioYearResolvers<ContextType>;
  SensitivityCell?: SensitivityCellResolvers<ContextType>;
  SensitivityGrid?: SensitivityGridResolvers<ContextType>;
  SensitivityRanges?: SensitivityRangesResolvers<ContextType>;
  SignUpOptions?: SignUpOptionsResolvers<ContextType>;
  SignUpResult?: SignUpResultResolvers<ContextType>;
  SourcedValue?: SourcedValueResolvers<ContextType>;
  Tornado?: TornadoResolvers<ContextType>;
  TornadoBar?: TornadoBarResolvers<ContextType>;
  TypeBands?: TypeBandsResolvers<ContextType>;
  TypeBaseline?: TypeBaselineResolvers<ContextType>;
  TypeEquity?: TypeEquityResolvers<ContextType>;
  UncertainInput?: UncertainInputResolvers<ContextType>;
  YearSpan?: YearSpanResolvers<ContextType>;
};

