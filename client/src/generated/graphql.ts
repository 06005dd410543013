/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
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

/** The three audiences of the study behind Fairshare. */
export type BriefAudience =
  | 'ORGANIZATIONAL_LEADERS'
  | 'POLICY_MAKERS'
  | 'TTA_PROVIDERS';

/** The view to make a brief of. */
export type BriefInput = {
  attribution: AttributionRule;
  dimension: ResourceDimension;
  /** FUNDERS briefs: the funder profiled (one) or the funders compared (two to four), each against the field in scope, as the page shows them. */
  funderIds?: Array<string> | null | undefined;
  kind: BriefKind;
  needBasis: NeedBasis;
  /** The organization the brief belongs to; you need the analyst role (or higher) in it. */
  organizationId: string;
  /** The app path (and query) of the view, starting with /: the brief's permalink. */
  permalink: string;
  /** SCENARIO briefs: one saved scenario, or two to ten compared. */
  scenarioIds?: Array<string> | null | undefined;
  scope?: ScopeInput | null | undefined;
};

/** What a brief was made from. */
export type BriefKind =
  | 'EQUITY'
  | 'FUNDERS'
  | 'OVERVIEW'
  | 'SCENARIO';

export type BriefRecommendationInput = {
  audience: BriefAudience;
  /** At most 4,000 characters; empty for none. */
  text: string;
};

/** A share of added labor funding going to one service category. */
export type CategoryShareInput = {
  category: ScenarioServiceCategory;
  /** Share of the added money (0–1); the shares of a mix add up to 1. */
  share: number;
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

/** What a scenario default rests on. */
export type DefaultBasis =
  /** An editable assumption: reasoning says why this value. */
  | 'ASSUMPTION'
  /** Computed from published figures, cited in source. */
  | 'PUBLISHED';

/** A dimension to break the equity ratio down by. */
export type EquityBreakdown =
  /** One row per service category (funding only). */
  | 'CATEGORY'
  /** One row per funder (funding only). */
  | 'FUNDER'
  /** One row per US state. */
  | 'STATE';

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

/** Monte Carlo settings. Same input and seed, same bands. */
export type MonteCarloInput = {
  /** Number of draws, 1 to 20,000 (default 1,000). */
  draws?: number | null | undefined;
  /** Seed of the random number generator, a whole number (default 1). */
  seed?: number | null | undefined;
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

/** How a result was computed when its need basis lacks a type's figure. */
export type NeedFallbackKind =
  /** Shared need and resources split 50/50 because the basis has neither a labor nor a sex figure. */
  | 'EVEN_SPLIT'
  /** One year of a trend: the basis has no figure of the type for that year, so the nearest year's is used (ties go to the earlier). */
  | 'NEAREST_YEAR'
  /** The type's need taken as 0, apart from any part of shared figures the rule gives it. */
  | 'NO_FIGURE';

/** Kind of organization. */
export type OrganizationKind =
  | 'AGENCY'
  | 'COALITION'
  | 'FUNDER'
  | 'PROVIDER'
  | 'RESEARCH'
  | 'TTA_PROVIDER';

/**
 * A user's value (and/or uncertainty range) for one model parameter, replacing its default.
 * Keys are those of ScenarioParameter.key, e.g. labor.turnoverRate, costPerFte,
 * categoryCostPerSurvivor.LEGAL. Values are checked against the parameter's range and unit.
 */
export type ParameterOverrideInput = {
  /** High end of the uncertainty range. */
  high?: number | null | undefined;
  key: string;
  /** Low end of the uncertainty range (only for parameters the Monte Carlo run varies). */
  low?: number | null | undefined;
  value?: number | null | undefined;
};

/** What a research count covers: publications (documents), studies, or research grants. */
export type ResearchKind =
  | 'GRANTS'
  | 'PUBLICATIONS'
  | 'STUDIES';

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

/** Everything a scenario is: where it starts from and what changes. */
export type ScenarioInput = {
  /**
   * How BOTH/UNSPECIFIED grants, service records and need are given to labor and sex, as on the
   * Equity page (default DECLARED_SHARE, every view's default): the base-year equity ratio then equals
   * equity() for the same scope, need basis and rule. The shift lever still draws on sex-only money.
   */
  attribution?: AttributionRule | null | undefined;
  /** Baseline years: the latest year in scope (default) or the mean over the years in scope. */
  baselineMode?: BaselineMode | null | undefined;
  /** Years projected after the baseline year, 1 to 30 (default 5). */
  horizonYears?: number | null | undefined;
  levers?: ScenarioLeversInput | null | undefined;
  /** Settings of the uncertainty bands. */
  monteCarlo?: MonteCarloInput | null | undefined;
  /** What need is measured by. */
  needBasis: NeedBasis;
  /** Values replacing parameter defaults; each key at most once. */
  overrides?: Array<ParameterOverrideInput> | null | undefined;
  /** The scope of the baseline (years, geography, funders, datasets ...). */
  scope?: ScopeInput | null | undefined;
};

/** The levers of a scenario. Each left out means no change. */
export type ScenarioLeversInput = {
  /** How added labor funding is spread over service categories; shares add up to 1. Default: at labor's overall cost per survivor. */
  categoryMix?: Array<CategoryShareInput> | null | undefined;
  /** New money added to labor services each projection year (USD/year). */
  newMoneyPerYear?: number | null | undefined;
  /** The shift grows linearly to its full size in this many years (1 = all in the first year; default 1). */
  phaseInYears?: number | null | undefined;
  /** Instead of shiftFraction: USD per year shifted once fully phased in (at most the sex-only budget). */
  shiftAmount?: number | null | undefined;
  /** Fraction of sex-only funding shifted to labor services once fully phased in (0–1). */
  shiftFraction?: number | null | undefined;
  /** Share of added labor funding spent on trauma-informed-practice (TIP) training for staff (0–1). */
  trainingShare?: number | null | undefined;
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

/**
 * The filter every figure is computed under. Leave a field out to include everything; an empty
 * list is an error (it would select nothing).
 */
export type ScopeInput = {
  /** Service categories (funding only). */
  categories?: Array<ServiceCategory> | null | undefined;
  /** ISO 3166-1 alpha-2 country codes, e.g. US. */
  countries?: Array<string> | null | undefined;
  /** Resource datasets to include. */
  datasetIds?: Array<string> | null | undefined;
  /** Funder organization ids (funding only). */
  funderIds?: Array<string> | null | undefined;
  /** Whether illustrative (demo) datasets count; AUTO by default. See IllustrativeData. */
  illustrativeData?: IllustrativeData | null | undefined;
  /** Need datasets to use; by default every visible need dataset. */
  needDatasetIds?: Array<string> | null | undefined;
  /** Recipient organization ids: grantees, training providers, service providers. */
  recipientIds?: Array<string> | null | undefined;
  /** US postal codes, e.g. CA. */
  usStates?: Array<string> | null | undefined;
  /** First year included (fiscal year for grants). */
  yearFrom?: number | null | undefined;
  /** Last year included. */
  yearTo?: number | null | undefined;
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
  displayName: string;
  email: string;
  /** An invitation token (fsi_...) to join its organization at once; its email must match. */
  invitationToken?: string | null | undefined;
  /** The new organization's kind (default PROVIDER). */
  organizationKind?: OrganizationKind | null | undefined;
  /**
   * A new organization to create, with the new account as its admin (when the server allows it:
   * signUpOptions.createsOrganizations; FORBIDDEN otherwise). 1 to 120 characters. A name that an
   * organization listed to everyone already has is refused (BAD_USER_INPUT); any other name is
   * accepted. Not with invitationToken. Nothing is created when the address already had an account.
   */
  organizationName?: string | null | undefined;
  /** At least 12 characters; not the email address or name. */
  password: string;
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

/** Who may read a dataset. */
export type Visibility =
  /** Members of the owning organization (and coalitions it was shared with, pooled). */
  | 'PRIVATE'
  /** Anyone, signed in or not. */
  | 'PUBLIC';

export type CurrentUserFieldsFragment = { id: string, email: string, displayName: string, createdAt: string, via: CredentialKind, memberships: Array<{ role: Role, since: string, organization: { id: string, name: string, kind: OrganizationKind } }> };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, displayName: string, createdAt: string, via: CredentialKind, memberships: Array<{ role: Role, since: string, organization: { id: string, name: string, kind: OrganizationKind } }> } | null };

export type SignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type SignInMutation = { signIn: { id: string, email: string, displayName: string, createdAt: string, via: CredentialKind, memberships: Array<{ role: Role, since: string, organization: { id: string, name: string, kind: OrganizationKind } }> } };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp: { message: string } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type ApiTokenFieldsFragment = { id: string, name: string, prefix: string, scope: TokenScope, createdAt: string, lastUsedAt: string | null, revokedAt: string | null };

export type ApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensQuery = { apiTokens: Array<{ id: string, name: string, prefix: string, scope: TokenScope, createdAt: string, lastUsedAt: string | null, revokedAt: string | null }> };

export type CreateApiTokenMutationVariables = Exact<{
  name: string;
  scope: TokenScope;
}>;


export type CreateApiTokenMutation = { createApiToken: { token: string, apiToken: { id: string, name: string, prefix: string, scope: TokenScope, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } } };

export type RevokeApiTokenMutationVariables = Exact<{
  id: string;
}>;


export type RevokeApiTokenMutation = { revokeApiToken: { id: string, name: string, prefix: string, scope: TokenScope, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } };

export type AcceptInvitationMutationVariables = Exact<{
  token: string;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { role: Role, organization: { id: string, name: string } } };

export type OrganizationAdminQueryVariables = Exact<{
  organizationId: string;
}>;


export type OrganizationAdminQuery = { members: Array<{ userId: string, email: string, displayName: string, role: Role, since: string }>, invitations: Array<{ id: string, email: string, role: Role, createdAt: string, expiresAt: string }> };

export type AuditLogQueryVariables = Exact<{
  organizationId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, at: string, actorName: string | null, action: string, entity: string | null, entityId: string | null, details: string | null }> } };

export type InviteMemberMutationVariables = Exact<{
  organizationId: string;
  email: string;
  role: Role;
}>;


export type InviteMemberMutation = { inviteMember: { token: string, invitation: { id: string, email: string, role: Role, expiresAt: string } } };

export type RevokeInvitationMutationVariables = Exact<{
  id: string;
}>;


export type RevokeInvitationMutation = { revokeInvitation: boolean };

export type ChangeMemberRoleMutationVariables = Exact<{
  organizationId: string;
  userId: string;
  role: Role;
}>;


export type ChangeMemberRoleMutation = { changeMemberRole: { userId: string, role: Role } };

export type RemoveMemberMutationVariables = Exact<{
  organizationId: string;
  userId: string;
}>;


export type RemoveMemberMutation = { removeMember: boolean };

export type SignUpOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SignUpOptionsQuery = { signUpOptions: { createsOrganizations: boolean } };

export type CreateOrganizationMutationVariables = Exact<{
  name: string;
  kind?: OrganizationKind | null | undefined;
}>;


export type CreateOrganizationMutation = { createOrganization: { role: Role, organization: { id: string, name: string } } };

export type TypeEquityFieldsFragment = { resources: number | null, need: number, resourceShare: number | null, needShare: number | null, equityRatio: number | null, perNeedUnit: number | null };

export type DatasetRefFragment = { id: string, name: string, source: string, citation: string, url: string | null, vintage: number | null, confidence: Confidence, illustrative: boolean };

export type NeedUsedFieldsFragment = { basis: NeedBasis, geography: string | null, vintages: Array<number>, unit: string | null, confidence: Confidence | null, fallbacks: Array<{ type: TraffickingType, kind: NeedFallbackKind, reason: string }>, datasets: Array<{ id: string, name: string, source: string, citation: string, url: string | null, vintage: number | null, confidence: Confidence, illustrative: boolean }> };

export type NullReasonFieldsFragment = { metric: string, reason: string };

export type ScopeOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ScopeOptionsQuery = { funders: { pageInfo: { hasNextPage: boolean }, nodes: Array<{ id: string, name: string, illustrative: boolean }> }, recipients: { pageInfo: { hasNextPage: boolean }, nodes: Array<{ id: string, name: string, country: string, usState: string | null, illustrative: boolean }> }, datasets: { pageInfo: { hasNextPage: boolean }, nodes: Array<{ id: string, name: string, illustrative: boolean, recordCounts: { grants: number, trainings: number, serviceRecords: number, researchOutputs: number, needIndicators: number } }> } };

export type AllocationYearsQueryVariables = Exact<{
  dimension: ResourceDimension;
}>;


export type AllocationYearsQuery = { allocations: { rows: Array<{ year: number | null }> } };

export type OverviewQueryVariables = Exact<{
  scope?: ScopeInput | null | undefined;
  dimension: ResourceDimension;
  needBasis: NeedBasis;
  attribution: AttributionRule;
}>;


export type OverviewQuery = { equity: { unit: string, disparityMultiple: number | null, parityGap: number | null, dissimilarity: number | null, illustrative: boolean, years: Array<number>, ignoredScopeFields: Array<string>, labor: { resources: number | null, need: number, resourceShare: number | null, needShare: number | null, equityRatio: number | null, perNeedUnit: number | null }, sex: { resources: number | null, need: number, resourceShare: number | null, needShare: number | null, equityRatio: number | null, perNeedUnit: number | null }, range: { min: number | null, max: number | null }, nullReasons: Array<{ metric: string, reason: string }>, need: { basis: NeedBasis, geography: string | null, vintages: Array<number>, unit: string | null, confidence: Confidence | null, fallbacks: Array<{ type: TraffickingType, kind: NeedFallbackKind, reason: string }>, datasets: Array<{ id: string, name: string, source: string, citation: string, url: string | null, vintage: number | null, confidence: Confidence, illustrative: boolean }> }, datasets: Array<{ id: string, name: string, source: string, citation: string, url: string | null, vintage: number | null, confidence: Confidence, illustrative: boolean }>, disclosure: { protected: boolean, threshold: number, note: string | null } }, equitySensitivity: { needBases: Array<NeedBasis>, cells: Array<{ needBasis: NeedBasis, attribution: AttributionRule }> } };

export type EquityTrendQueryVariables = Exact<{
  scope?: ScopeInput | null | undefined;
  dimension: ResourceDimension;
  needBasis: NeedBasis;
  attribution: AttributionRule;
}>;


export type EquityTrendQuery = { equityTrend: { unit: string, illustrative: boolean, ignoredScopeFields: Array<string>, points: Array<{ year: number, parityGap: number | null, disparityMultiple: number | null, needVintage: number | null, labor: { resources: number | null, need: number, resourceShare: number | null, needShare: number | null, equityRatio: number | null, perNeedUnit: number | null }, sex: { resources: number | null, need: number, resourceShare: number | null, needShare: number | null, equityRatio: number | null, perNeedUnit: number | null }, needFallbacks: Array<{ type: TraffickingType, kind: NeedFallbackKind, reason: string, fromYear: number | null }>, nullReasons: Array<{ metric: string, reason: string }> }>, need: { basis: NeedBasis, geography: string | null, vintages: Array<number>, unit: string | null, confidence: Confidence | null, fallbacks: Array<{ type: TraffickingType, kind: NeedFallbackKind, reason: string }>, datasets: Array<{ id: string, name: string, source: string, citation: string, url: string | null, vintage: number | null, confidence: Confidence, illustrative: boolean }> }, datasets: Array<{ id: string, name: string, source: string, citation: string, url: string | null, vintage: number | null, confidence: Confidence, illustrative: boolean }>, disclosure: { protected: boolean, threshold: number, note: string | null } } };

export type AllocationsQueryVariables = Exact<{
  scope?: ScopeInput | null | undefined;
  dimension: ResourceDimension;
  groupBy: Array<AllocationGroup> | AllocationGroup;
}>;


export type AllocationsQuery = { allocations: { unit: string, total: number | null, illustrative: boolean, mixesIllustrative: boolean, ignoredScopeFields: Array<string>, rows: Array<{ type: TraffickingType | null, year: number | null, category: ServiceCategory | null, state: string | null, value: number | null, records: number | null, suppressed: SuppressionReason | null, funder: { id: string, name: string } | null, recipient: { id: string, name: string } | null, dataset: { id: string, name: string } | null }>, datasets: Array<{ id: string, name: string, source: string, citation: string, url: string | null, vintage: number | null, confidence: Confidence, illustrative: boolean }>, disclosure: { protected: boolean, threshold: number, note: string | null } } };

export type EquityBreakdownQueryVariables = Exact<{
  scope?: ScopeInput | null | undefined;
  dimension: ResourceDimension;
  needBasis: NeedBasis;
  attribution: AttributionRule;
  by: EquityBreakdown;
}>;


export type EquityBreakdownQuery = { equityBreakdown: { unit: string, illustrative: boolean, ignoredScopeFields: Array<string>, rows: Array<{ key: string, label: string, total: number | null, parityGap: number | null, labor: { resources: number | null, need: number, resourceShare: number | null, needShare: number | null, equityRatio: number | null, perNeedUnit: number | null }, sex: { resources: number | null, need: number, resourceShare: number | null, needShare: number | null, equityRatio: number | null, perNeedUnit: number | null }, nullReasons: Array<{ metric: string, reason: string }> }>, need: { basis: NeedBasis, geography: string | null, vintages: Array<number>, unit: string | null, confidence: Confidence | null, fallbacks: Array<{ type: TraffickingType, kind: NeedFallbackKind, reason: string }>, datasets: Array<{ id: string, name: string, source: string, citation: string, url: string | null, vintage: number | null, confidence: Confidence, illustrative: boolean }> }, datasets: Array<{ id: string, name: string, source: string, citation: string, url: string | null, vintage: number | null, confidence: Confidence, illustrative: boolean }>, disclosure: { protected: boolean, threshold: number, note: string | null } } };

export type DimensionEquityFragment = { dimension: ResourceDimension, unit: string, disparityMultiple: number | null, illustrative: boolean, mixesIllustrative: boolean, labor: { resources: number | null, need: number, resourceShare: number | null, needShare: number | null, equityRatio: number | null, perNeedUnit: number | null }, sex: { resources: number | null, need: number, resourceShare: number | null, needShare: number | null, equityRatio: number | null, perNeedUnit: number | null }, nullReasons: Array<{ metric: string, reason: string }>, need: { basis: NeedBasis, geography: string | null, vintages: Array<number>, unit: string | null, confidence: Confidence | null, fallbacks: Array<{ type: TraffickingType, kind: NeedFallbackKind, reason: string }>, datasets: Array<{ id: string, name: string, source: string, citation: string, url: string | null, vintage: number | null, confidence: Confidence, illustrative: boolean }> }, datasets: Array<{ id: string, name: string, source: string, citation: string, url: string | null, vintage: number | null, confidence: Confidence, illustrative: boolean }>, disclosure: { protected: boolean, threshold: number, note: string | null } };

export type EquityByDimensionQueryVariables = Exact<{
  scope?: ScopeInput | null | undefined;
  needBasis: NeedBasis;
  attribution: AttributionRule;
}>;


export type EquityByDimensionQuery = { funding: { dimension: ResourceDimension, unit: string, disparityMultiple: number | null, illustrative: boolean, mixesIllustrative: boolean, labor: { resources: number | null, need: number, resourceShare: number | null, needShare: number | null, equityRatio: number | null, perNeedUnit: number | null }, sex: { resources: number | null, need: number, resourceShare: number | null, needShare: number | null, equityRatio: number | null, perNeedUnit: number | null }, nullReasons: Array<{ metric: string, reason: string }>, need: { basis: NeedBasis, geography: string | null, vintages: Array<number>, unit: string | null, confidence: Confidence | null, fallbacks: Array<{ type: TraffickingType, kind: NeedFallbackKind, reason: string }>, datasets: Array<{ id: string, name: string, source: string, citation: string, url: string | null, vintage: number | null, confidence: Confidence, illustrative: boolean }> }, datasets: Array<{ id: string, name: string, source: string, citation: string, url: string | null, vintage: number | null, confidence: Confidence, illustrative: boolean }>, disclosure: { protected: boolean, threshold: number, note: string | null } }, training: { dimension: ResourceDimension, unit: string, disparityMultiple: number | null, illustrative: boolean, mixesIllustrative: boolean, labor: { resources: number | null, need: number, resourceShare: number | null, needShare: number | null, equityRatio: number | null, perNeedUnit: number | null }, sex: { resources: number | null, need: number, resourceShare: number | null, needShare: number | null, equityRatio: number | null, perNeedUnit: number | null }, nullReasons: Array<{ metric: string, reason: string }>, need: { basis: NeedBasis, geography: string | null, vintages: Array<number>, unit: string | null, confidence: Confidence | null, fallbacks: Array<{ type: TraffickingType, kind: NeedFallbackKind, reason: string }>, datasets: Array<{ id: string, name: string, source: string, citation: string, url: string | null, vintage: number | null, confidence: Confidence, illustrative: boolean }> }, datasets: Array<{ id: string, name: string, source: string, citation: string, url: string | null, vintage: number | null, confidence: Confidence, illustrative: boolean }>, disclosure: { protected: boolean, threshold: number, note: string | null } }, services: { dimension: ResourceDimension, unit: string, disparityMultiple: number | null, illustrative: boolean, mixesIllustrative: boolean, labor: { resources: number | null, need: number, resourceShare: number | null, needShare: number | null, equityRatio: number | null, perNeedUnit: number | null }, sex: { resources: number | null, need: number, resourceShare: number | null, needShare: number | null, equityRatio: number | null, perNeedUnit: number | null }, nullReasons: Array<{ metric: string, reason: string }>, need: { basis: NeedBasis, geography: string | null, vintages: Array<number>, unit: string | null, confidence: Confidence | null, fallbacks: Array<{ type: TraffickingType, kind: NeedFallbackKind, reason: string }>, datasets: Array<{ id: string, name: string, source: string, citation: string, url: string | null, vintage: number | null, confidence: Confidence, illustrative: boolean }> }, datasets: Array<{ id: string, name: string, source: string, citation: string, url: string | null, vintage: number | null, confidence: Confidence, illustrative: boolean }>, disclosure: { protected: boolean, threshold: number, note: string | null } }, research: { dimension: ResourceDimension, unit: string, disparityMultiple: number | null, illustrative: boolean, mixesIllustrative: boolean, labor: { resources: number | null, need: number, resourceShare: number | null, needShare: number | null, equityRatio: number | null, perNeedUnit: number | null }, sex: { resources: number | null, need: number, resourceShare: number | null, needShare: number | null, equityRatio: number | null, perNeedUnit: number | null }, nullReasons: Array<{ metric: string, reason: string }>, need: { basis: NeedBasis, geography: string | null, vintages: Array<number>, unit: string | null, confidence: Confidence | null, fallbacks: Array<{ type: TraffickingType, kind: NeedFallbackKind, reason: string }>, datasets: Array<{ id: string, name: string, source: string, citation: string, url: string | null, vintage: number | null, confidence: Confidence, illustrative: boolean }> }, datasets: Array<{ id: string, name: string, source: string, citation: string, url: string | null, vintage: number | null, confidence: Confidence, illustrative: boolean }>, disclosure: { protected: boolean, threshold: number, note: string | null } } };

export type SensitivityQueryVariables = Exact<{
  scope?: ScopeInput | null | undefined;
  dimension: ResourceDimension;
}>;


export type SensitivityQuery = { equitySensitivity: { unit: string, needBases: Array<NeedBasis>, illustrative: boolean, ignoredScopeFields: Array<string>, cells: Array<{ needBasis: NeedBasis, attribution: AttributionRule, disparityMultiple: number | null, parityGap: number | null, labor: { resources: number | null, need: number, resourceShare: number | null, needShare: number | null, equityRatio: number | null, perNeedUnit: number | null }, sex: { resources: number | null, need: number, resourceShare: number | null, needShare: number | null, equityRatio: number | null, perNeedUnit: number | null }, nullReasons: Array<{ metric: string, reason: string }>, need: { basis: NeedBasis, geography: string | null, vintages: Array<number>, unit: string | null } }>, ranges: { laborEquityRatio: { min: number | null, max: number | null }, parityGap: { min: number | null, max: number | null } }, datasets: Array<{ id: string, name: string, source: string, citation: string, url: string | null, vintage: number | null, confidence: Confidence, illustrative: boolean }>, disclosure: { protected: boolean, threshold: number, note: string | null } } };

export type SourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type SourcesQuery = { scenarioDefaults: Array<{ key: string, label: string, value: number, unit: string, basis: DefaultBasis, source: string | null, url: string | null, reasoning: string }>, disclosureMethod: { threshold: number, countMaxNoise: number, countNoiseVariance: number, magnitudeNoiseMin: number, magnitudeNoiseMax: number }, datasets: { totalCount: number, nodes: Array<{ slug: string, license: string | null, dataPeriod: string | null, visibility: Visibility, description: string | null, importedAt: string, id: string, name: string, source: string, citation: string, url: string | null, vintage: number | null, confidence: Confidence, illustrative: boolean, owner: { id: string, name: string } | null, recordCounts: { grants: number, trainings: number, serviceRecords: number, researchOutputs: number, needIndicators: number } }> } };

export type NeedFiguresQueryVariables = Exact<{
  after?: string | null | undefined;
  bases?: Array<NeedBasis> | NeedBasis | null | undefined;
}>;


export type NeedFiguresQuery = { needIndicators: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, indicator: string, basis: NeedBasis, year: number, geography: string, traffickingType: string, value: number, low: number | null, high: number | null, unit: string, confidence: Confidence, note: string | null, publishedTotal: number | null, dataset: { id: string, name: string, illustrative: boolean } }> } };

export type YearTypeAllocationFragment = { unit: string, illustrative: boolean, rows: Array<{ type: TraffickingType | null, year: number | null, value: number | null, suppressed: SuppressionReason | null }>, datasets: Array<{ id: string, name: string, source: string, citation: string, url: string | null, vintage: number | null, confidence: Confidence, illustrative: boolean }> };

export type AllocationsByDimensionQueryVariables = Exact<{
  scope?: ScopeInput | null | undefined;
}>;


export type AllocationsByDimensionQuery = { funding: { unit: string, illustrative: boolean, rows: Array<{ type: TraffickingType | null, year: number | null, value: number | null, suppressed: SuppressionReason | null }>, datasets: Array<{ id: string, name: string, source: string, citation: string, url: string | null, vintage: number | null, confidence: Confidence, illustrative: boolean }> }, training: { unit: string, illustrative: boolean, rows: Array<{ type: TraffickingType | null, year: number | null, value: number | null, suppressed: SuppressionReason | null }>, datasets: Array<{ id: string, name: string, source: string, citation: string, url: string | null, vintage: number | null, confidence: Confidence, illustrative: boolean }> }, services: { unit: string, illustrative: boolean, rows: Array<{ type: TraffickingType | null, year: number | null, value: number | null, suppressed: SuppressionReason | null }>, datasets: Array<{ id: string, name: string, source: string, citation: string, url: string | null, vintage: number | null, confidence: Confidence, illustrative: boolean }> }, research: { unit: string, illustrative: boolean, rows: Array<{ type: TraffickingType | null, year: number | null, value: number | null, suppressed: SuppressionReason | null }>, datasets: Array<{ id: string, name: string, source: string, citation: string, url: string | null, vintage: number | null, confidence: Confidence, illustrative: boolean }> } };

export type ProfileQueryVariables = Exact<{
  scope?: ScopeInput | null | undefined;
  dimension: ResourceDimension;
  needBasis: NeedBasis;
  attribution: AttributionRule;
  withCategories: boolean;
}>;


export type ProfileQuery = { equity: { unit: string, parityGap: number | null, disparityMultiple: number | null, illustrative: boolean, years: Array<number>, ignoredScopeFields: Array<string>, labor: { resources: number | null, need: number, resourceShare: number | null, needShare: number | null, equityRatio: number | null, perNeedUnit: number | null }, sex: { resources: number | null, need: number, resourceShare: number | null, needShare: number | null, equityRatio: number | null, perNeedUnit: number | null }, nullReasons: Array<{ metric: string, reason: string }>, need: { basis: NeedBasis, geography: string | null, vintages: Array<number>, unit: string | null, confidence: Confidence | null, fallbacks: Array<{ type: TraffickingType, kind: NeedFallbackKind, reason: string }>, datasets: Array<{ id: string, name: string, source: string, citation: string, url: string | null, vintage: number | null, confidence: Confidence, illustrative: boolean }> }, datasets: Array<{ id: string, name: string, source: string, citation: string, url: string | null, vintage: number | null, confidence: Confidence, illustrative: boolean }>, disclosure: { protected: boolean, threshold: number, note: string | null } }, equityTrend: { points: Array<{ year: number, labor: { equityRatio: number | null, resourceShare: number | null, needShare: number | null } }> }, byCategory?: { total: number | null, rows: Array<{ category: ServiceCategory | null, value: number | null, suppressed: SuppressionReason | null }> } };

export type DataSelectionQueryVariables = Exact<{
  scope?: ScopeInput | null | undefined;
}>;


export type DataSelectionQuery = { dataSelection: { requested: IllustrativeData, illustrativeIncluded: boolean, explanation: string, realResourceDatasets: Array<{ id: string, name: string }> } };

export type ResearchPeriodsQueryVariables = Exact<{
  scope?: ScopeInput | null | undefined;
}>;


export type ResearchPeriodsQuery = { researchPeriods: Array<{ periodStart: number | null, periodEnd: number, kind: ResearchKind, unit: string, labor: number, sex: number, both: number, unspecified: number, total: number, laborShareOfTyped: number | null, illustrative: boolean, dataset: { id: string, name: string, source: string, citation: string, url: string | null, vintage: number | null, confidence: Confidence, illustrative: boolean } }> };

export type BriefViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type BriefViewerQuery = { me: { id: string, memberships: Array<{ role: Role, organization: { id: string, name: string } }> } | null };

export type CreateBriefMutationVariables = Exact<{
  input: BriefInput;
}>;


export type CreateBriefMutation = { createBrief: { id: string } };

export type BriefPageQueryVariables = Exact<{
  id: string;
}>;


export type BriefPageQuery = { brief: { id: string, kind: BriefKind, title: string, createdAt: string, updatedAt: string, appVersion: string, scenarioVersion: number | null, permalink: string, illustrative: boolean, finding: string, notes: Array<string>, newerData: string | null, pdfPath: string, bundlePath: string, organization: { id: string, name: string }, figures: Array<{ key: string, label: string, value: number | null, text: string }>, charts: Array<{ key: string, title: string, unit: string, svg: string }>, assumptions: Array<{ label: string, value: string }>, uncertainty: Array<{ label: string, value: string }>, vintages: Array<{ label: string, value: string }>, citations: Array<{ name: string, citation: string | null, url: string | null, confidence: string | null, vintage: number | null, illustrative: boolean }>, recommendations: Array<{ audience: BriefAudience, text: string }>, suggestedRecommendations: Array<{ audience: BriefAudience, text: string }> } | null };

export type BriefListQueryVariables = Exact<{
  organizationId: string;
}>;


export type BriefListQuery = { briefs: Array<{ id: string, title: string, kind: BriefKind, createdAt: string, illustrative: boolean }> };

export type UpdateBriefRecommendationsMutationVariables = Exact<{
  id: string;
  recommendations: Array<BriefRecommendationInput> | BriefRecommendationInput;
}>;


export type UpdateBriefRecommendationsMutation = { updateBriefRecommendations: { id: string, updatedAt: string, recommendations: Array<{ audience: BriefAudience, text: string }> } };

export type ImportDatasetsQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportDatasetsQuery = { datasets: { nodes: Array<{ id: string, name: string, visibility: Visibility, source: string, citation: string, license: string | null, url: string | null, owner: { id: string } | null }> } };

export type StudioBaselineFragment = { mode: BaselineMode, needBasis: NeedBasis, attribution: AttributionRule, illustrative: boolean, notes: Array<string>, years: { from: number, to: number }, sexSharedBudget: { value: number, source: string }, labor: { budget: { value: number, source: string }, survivorsServed: { value: number, source: string }, costPerSurvivor: { value: number, source: string }, turnoverRate: { value: number, source: string }, trainedShare: { value: number, source: string }, need: { value: number, source: string } }, sex: { budget: { value: number, source: string }, survivorsServed: { value: number, source: string }, costPerSurvivor: { value: number, source: string }, turnoverRate: { value: number, source: string }, trainedShare: { value: number, source: string }, need: { value: number, source: string } }, categoryCostPerSurvivor: Array<{ category: ScenarioServiceCategory, value: number, source: string }>, datasets: Array<{ id: string, name: string, vintage: number | null, importedAt: string, illustrative: boolean, roles: Array<BaselineDataRole> }>, need: { basis: NeedBasis, geography: string | null, vintages: Array<number>, unit: string | null, confidence: Confidence | null, fallbacks: Array<{ type: TraffickingType, kind: NeedFallbackKind, reason: string }> } };

export type StudioBaselineQueryVariables = Exact<{
  scope?: ScopeInput | null | undefined;
  needBasis: NeedBasis;
  mode?: BaselineMode | null | undefined;
  attribution?: AttributionRule | null | undefined;
}>;


export type StudioBaselineQuery = { scenarioBaseline: { mode: BaselineMode, needBasis: NeedBasis, attribution: AttributionRule, illustrative: boolean, notes: Array<string>, years: { from: number, to: number }, sexSharedBudget: { value: number, source: string }, labor: { budget: { value: number, source: string }, survivorsServed: { value: number, source: string }, costPerSurvivor: { value: number, source: string }, turnoverRate: { value: number, source: string }, trainedShare: { value: number, source: string }, need: { value: number, source: string } }, sex: { budget: { value: number, source: string }, survivorsServed: { value: number, source: string }, costPerSurvivor: { value: number, source: string }, turnoverRate: { value: number, source: string }, trainedShare: { value: number, source: string }, need: { value: number, source: string } }, categoryCostPerSurvivor: Array<{ category: ScenarioServiceCategory, value: number, source: string }>, datasets: Array<{ id: string, name: string, vintage: number | null, importedAt: string, illustrative: boolean, roles: Array<BaselineDataRole> }>, need: { basis: NeedBasis, geography: string | null, vintages: Array<number>, unit: string | null, confidence: Confidence | null, fallbacks: Array<{ type: TraffickingType, kind: NeedFallbackKind, reason: string }> } } };

export type StudioViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type StudioViewerQuery = { me: { id: string, displayName: string, memberships: Array<{ role: Role, organization: { id: string, name: string } }> } | null };

export type StudioLeverSettingsFragment = { shiftFraction: number | null, shiftAmount: number | null, phaseInYears: number | null, newMoneyPerYear: number | null, trainingShare: number | null, categoryMix: Array<{ category: ScenarioServiceCategory, share: number }> | null };

export type StudioSavedSummaryFragment = { id: string, name: string, version: number, latestVersion: number, savedAt: string, canEdit: boolean, shared: boolean, ownerName: string | null, organization: { id: string, name: string } | null };

export type StudioSavedScenariosQueryVariables = Exact<{ [key: string]: never; }>;


export type StudioSavedScenariosQuery = { scenarios: { totalCount: number, nodes: Array<{ id: string, name: string, version: number, latestVersion: number, savedAt: string, canEdit: boolean, shared: boolean, ownerName: string | null, organization: { id: string, name: string } | null }> } };

export type StudioSavedScenarioQueryVariables = Exact<{
  id: string;
  version?: number | null | undefined;
  shareToken?: string | null | undefined;
}>;


export type StudioSavedScenarioQuery = { scenario: { newerDataAvailable: boolean, newerDataNote: string | null, id: string, name: string, version: number, latestVersion: number, savedAt: string, canEdit: boolean, shared: boolean, ownerName: string | null, versions: Array<{ version: number, savedAt: string, savedBy: string | null }>, settings: { needBasis: NeedBasis, attribution: AttributionRule, baselineMode: BaselineMode, horizonYears: number, monteCarloDraws: number, monteCarloSeed: number, scope: { yearFrom: number | null, yearTo: number | null, countries: Array<string> | null, usStates: Array<string> | null, funderIds: Array<string> | null, recipientIds: Array<string> | null, categories: Array<ServiceCategory> | null, datasetIds: Array<string> | null, needDatasetIds: Array<string> | null, illustrativeData: IllustrativeData | null }, levers: { shiftFraction: number | null, shiftAmount: number | null, phaseInYears: number | null, newMoneyPerYear: number | null, trainingShare: number | null, categoryMix: Array<{ category: ScenarioServiceCategory, share: number }> | null }, overrides: Array<{ key: string, value: number | null, low: number | null, high: number | null }> }, baseline: { mode: BaselineMode, needBasis: NeedBasis, attribution: AttributionRule, illustrative: boolean, notes: Array<string>, years: { from: number, to: number }, sexSharedBudget: { value: number, source: string }, labor: { budget: { value: number, source: string }, survivorsServed: { value: number, source: string }, costPerSurvivor: { value: number, source: string }, turnoverRate: { value: number, source: string }, trainedShare: { value: number, source: string }, need: { value: number, source: string } }, sex: { budget: { value: number, source: string }, survivorsServed: { value: number, source: string }, costPerSurvivor: { value: number, source: string }, turnoverRate: { value: number, source: string }, trainedShare: { value: number, source: string }, need: { value: number, source: string } }, categoryCostPerSurvivor: Array<{ category: ScenarioServiceCategory, value: number, source: string }>, datasets: Array<{ id: string, name: string, vintage: number | null, importedAt: string, illustrative: boolean, roles: Array<BaselineDataRole> }>, need: { basis: NeedBasis, geography: string | null, vintages: Array<number>, unit: string | null, confidence: Confidence | null, fallbacks: Array<{ type: TraffickingType, kind: NeedFallbackKind, reason: string }> } }, organization: { id: string, name: string } | null } | null };

export type StudioSaveScenarioMutationVariables = Exact<{
  name: string;
  input: ScenarioInput;
  organizationId?: string | null | undefined;
}>;


export type StudioSaveScenarioMutation = { saveScenario: { id: string, name: string, version: number, latestVersion: number, savedAt: string, canEdit: boolean, shared: boolean, ownerName: string | null, organization: { id: string, name: string } | null } };

export type StudioUpdateScenarioMutationVariables = Exact<{
  id: string;
  input: ScenarioInput;
  name?: string | null | undefined;
}>;


export type StudioUpdateScenarioMutation = { updateScenario: { id: string, name: string, version: number, latestVersion: number, savedAt: string, canEdit: boolean, shared: boolean, ownerName: string | null, organization: { id: string, name: string } | null } };

export type StudioShareScenarioMutationVariables = Exact<{
  id: string;
}>;


export type StudioShareScenarioMutation = { shareScenario: { token: string, path: string } };

export type StudioCompareQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type StudioCompareQuery = { compareScenarios: { years: Array<number>, scenarios: Array<{ scenario: { id: string, name: string, version: number, settings: { attribution: AttributionRule, levers: { shiftFraction: number | null, shiftAmount: number | null, phaseInYears: number | null, newMoneyPerYear: number | null, trainingShare: number | null, categoryMix: Array<{ category: ScenarioServiceCategory, share: number }> | null } }, run: { illustrative: boolean, totals: { laborEquityRatio: number | null, labor: { survivorsServed: number, unmetNeed: number, budget: number }, sex: { survivorsServed: number } }, differenceTotals: { sex: { survivorsServed: number } }, baseline: { sex: { survivorsServed: { source: string } }, datasets: Array<{ id: string, name: string, vintage: number | null, illustrative: boolean }> } } }, years: Array<{ year: number, labor: { survivorsServed: number, unmetNeed: number, equityRatio: number | null, budget: number }, sex: { survivorsServed: number } } | null> }> } };
