import { GraphQLResolveInfo } from 'graphql';
import { DbDataset, DbOrganization, DbNeedIndicator } from '../../db/tables';
import { AllocationResultOut, AllocationRowOut, EquityResultOut, EquityTrendOut, SensitivityGridOut, SensitivityCellOut, EquityBreakdownOut, EquityBreakdownRowOut, NeedUsedOut } from '../../analytics/types';
import { CurrentUserRow, MembershipRow, MemberRow } from '../../data/accounts';
import { ApiTokenRow, NewApiTokenRow } from '../../auth/tokens';
import { InvitationRow, NewInvitationRow } from '../../data/invitations';
import { AuditRow } from '../../data/auditLog';
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
  groupBy: Array<AllocationGroup>;
  /** Scope fields that do not apply to this dimension and were ignored. */
  ignoredScopeFields: Array<Scalars['String']['output']>;
  /** True when any of those datasets is illustrative. */
  illustrative: Scalars['Boolean']['output'];
  rows: Array<AllocationRow>;
  /** Sum of all rows (null when hiding it would otherwise reveal a suppressed cell). */
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
   * token_revoke, invitation_create, invitation_revoke, invitation_accept, role_change,
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

/** A dimension to break the equity ratio down by. */
export type EquityBreakdown =
  /** One row per service category (funding only). */
  | 'CATEGORY'
  /** One row per funder (funding only). */
  | 'FUNDER'
  /** One row per US state. */
  | 'STATE';

/** Labor's equity per group, against the same need figures. */
export type EquityBreakdownResult = {
  __typename?: 'EquityBreakdownResult';
  attribution: AttributionRule;
  by: EquityBreakdown;
  datasets: Array<Dataset>;
  dimension: ResourceDimension;
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
  /** Sex trafficking's resources per need unit over labor's: k times as much. */
  disparityMultiple?: Maybe<Scalars['Float']['output']>;
  /** Duncan index: share of all resources that would have to move to reach proportionality (0..1). */
  dissimilarity?: Maybe<Scalars['Float']['output']>;
  ignoredScopeFields: Array<Scalars['String']['output']>;
  /** True when any resource or need dataset used is illustrative. */
  illustrative: Scalars['Boolean']['output'];
  labor: TypeEquity;
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
  /** Year of the need figure used (the nearest to this year; ties go to the earlier). */
  needVintage?: Maybe<Scalars['Int']['output']>;
  nullReasons: Array<NullReason>;
  parityGap?: Maybe<Scalars['Float']['output']>;
  sex: TypeEquity;
  theil?: Maybe<Scalars['Float']['output']>;
  year: Scalars['Int']['output'];
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
  /** Invites someone to an organization with a role (admins; browser session only). */
  inviteMember: NewInvitation;
  /** Removes a member (admins; browser session only). The last admin cannot be removed. */
  removeMember: Scalars['Boolean']['output'];
  /** Revokes one of your API tokens (browser session only); it stops working at once. */
  revokeApiToken: ApiToken;
  /** Withdraws a pending invitation (admins; browser session only). */
  revokeInvitation: Scalars['Boolean']['output'];
  /**
   * Pools a private dataset with a coalition: the coalition's members then see it inside totals,
   * never its line items, with small service counts suppressed. Stewards of the dataset's
   * organization who are members of the coalition.
   */
  shareDataset: Array<Organization>;
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
export type MutationInviteMemberArgs = {
  email: Scalars['String']['input'];
  organizationId: Scalars['ID']['input'];
  role: Role;
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
export type MutationShareDatasetArgs = {
  coalitionId: Scalars['ID']['input'];
  datasetId: Scalars['ID']['input'];
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

/** Which need figures a result used. */
export type NeedUsed = {
  __typename?: 'NeedUsed';
  basis: NeedBasis;
  /** Weakest confidence among the figures used. */
  confidence?: Maybe<Confidence>;
  /** Datasets the need figures came from. */
  datasets: Array<Dataset>;
  /** Geography whose figures were used: the most specific containing the scope. */
  geography?: Maybe<Scalars['String']['output']>;
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
  /** One dataset, if visible to the caller. */
  dataset?: Maybe<Dataset>;
  /** The coalitions a private dataset is pooled with. Members of the dataset's organization only. */
  datasetShares: Array<Organization>;
  /** Datasets visible to the caller, with their provenance. */
  datasets: DatasetConnection;
  /** Labor's and sex trafficking's shares of resources against their shares of need, with every metric. */
  equity: EquityResult;
  /** Labor's equity ratio per funder, state or service category, with each group's totals. */
  equityBreakdown: EquityBreakdownResult;
  /** Every need basis available in scope crossed with every attribution rule, and each metric's range. */
  equitySensitivity: SensitivityGrid;
  /** The equity metrics year by year. */
  equityTrend: EquityTrend;
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
  /** An analyst who can also import and correct data, share datasets with coalitions and see unsuppressed service counts. */
  | 'STEWARD'
  /** Reads the organization's private datasets (small service counts suppressed). */
  | 'VIEWER';

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
  /** At least 12 characters; not the email address or name. */
  password: Scalars['String']['input'];
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

/** Why a cell is hidden (survivor-safe disclosure). */
export type SuppressionReason =
  /** Hidden so that a suppressed count cannot be recovered by subtraction from a total. */
  | 'COMPLEMENTARY'
  /** A count below the suppression threshold. */
  | 'PRIMARY';

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

/** Who may read a dataset. */
export type Visibility =
  /** Members of the owning organization (and coalitions it was shared with, pooled). */
  | 'PRIVATE'
  /** Anyone, signed in or not. */
  | 'PUBLIC';



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
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Confidence: Confidence;
  CredentialKind: CredentialKind;
  CurrentUser: ResolverTypeWrapper<CurrentUserRow>;
  Dataset: ResolverTypeWrapper<DbDataset>;
  DatasetConnection: ResolverTypeWrapper<Omit<DatasetConnection, 'nodes'> & { nodes: Array<ResolversTypes['Dataset']> }>;
  DatasetFilter: DatasetFilter;
  DatasetSort: DatasetSort;
  DatasetSortField: DatasetSortField;
  EquityBreakdown: EquityBreakdown;
  EquityBreakdownResult: ResolverTypeWrapper<EquityBreakdownOut>;
  EquityBreakdownRow: ResolverTypeWrapper<EquityBreakdownRowOut>;
  EquityResult: ResolverTypeWrapper<EquityResultOut>;
  EquityTrend: ResolverTypeWrapper<EquityTrendOut>;
  EquityTrendPoint: ResolverTypeWrapper<EquityTrendPoint>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Health: ResolverTypeWrapper<Health>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Invitation: ResolverTypeWrapper<InvitationRow>;
  Member: ResolverTypeWrapper<MemberRow>;
  Membership: ResolverTypeWrapper<MembershipRow>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NeedBasis: NeedBasis;
  NeedIndicator: ResolverTypeWrapper<DbNeedIndicator>;
  NeedIndicatorConnection: ResolverTypeWrapper<Omit<NeedIndicatorConnection, 'nodes'> & { nodes: Array<ResolversTypes['NeedIndicator']> }>;
  NeedIndicatorFilter: NeedIndicatorFilter;
  NeedIndicatorSort: NeedIndicatorSort;
  NeedIndicatorSortField: NeedIndicatorSortField;
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
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Range: ResolverTypeWrapper<Range>;
  RecordCounts: ResolverTypeWrapper<RecordCounts>;
  ResourceDimension: ResourceDimension;
  Role: Role;
  ScopeInput: ScopeInput;
  SensitivityCell: ResolverTypeWrapper<SensitivityCellOut>;
  SensitivityGrid: ResolverTypeWrapper<SensitivityGridOut>;
  SensitivityRanges: ResolverTypeWrapper<SensitivityRanges>;
  ServiceCategory: ServiceCategory;
  SignUpInput: SignUpInput;
  SignUpResult: ResolverTypeWrapper<SignUpResult>;
  SortDirection: SortDirection;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SuppressionReason: SuppressionReason;
  TokenScope: TokenScope;
  TraffickingType: TraffickingType;
  TypeEquity: ResolverTypeWrapper<TypeEquity>;
  Visibility: Visibility;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AllocationResult: AllocationResultOut;
  AllocationRow: AllocationRowOut;
  ApiToken: ApiTokenRow;
  AuditEntry: AuditRow;
  AuditEntryConnection: Omit<AuditEntryConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['AuditEntry']> };
  Boolean: Scalars['Boolean']['output'];
  CurrentUser: CurrentUserRow;
  Dataset: DbDataset;
  DatasetConnection: Omit<DatasetConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Dataset']> };
  DatasetFilter: DatasetFilter;
  DatasetSort: DatasetSort;
  EquityBreakdownResult: EquityBreakdownOut;
  EquityBreakdownRow: EquityBreakdownRowOut;
  EquityResult: EquityResultOut;
  EquityTrend: EquityTrendOut;
  EquityTrendPoint: EquityTrendPoint;
  Float: Scalars['Float']['output'];
  Health: Health;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Invitation: InvitationRow;
  Member: MemberRow;
  Membership: MembershipRow;
  Mutation: Record<PropertyKey, never>;
  NeedIndicator: DbNeedIndicator;
  NeedIndicatorConnection: Omit<NeedIndicatorConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['NeedIndicator']> };
  NeedIndicatorFilter: NeedIndicatorFilter;
  NeedIndicatorSort: NeedIndicatorSort;
  NeedUsed: NeedUsedOut;
  NewApiToken: NewApiTokenRow;
  NewInvitation: NewInvitationRow;
  NullReason: NullReason;
  Organization: DbOrganization;
  OrganizationConnection: Omit<OrganizationConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Organization']> };
  OrganizationFilter: OrganizationFilter;
  OrganizationSort: OrganizationSort;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Range: Range;
  RecordCounts: RecordCounts;
  ScopeInput: ScopeInput;
  SensitivityCell: SensitivityCellOut;
  SensitivityGrid: SensitivityGridOut;
  SensitivityRanges: SensitivityRanges;
  SignUpInput: SignUpInput;
  SignUpResult: SignUpResult;
  String: Scalars['String']['output'];
  TypeEquity: TypeEquity;
};

export type AllocationResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AllocationResult'] = ResolversParentTypes['AllocationResult']> = {
  datasets?: Resolver<Array<ResolversTypes['Dataset']>, ParentType, ContextType>;
  dimension?: Resolver<ResolversTypes['ResourceDimension'], ParentType, ContextType>;
  groupBy?: Resolver<Array<ResolversTypes['AllocationGroup']>, ParentType, ContextType>;
  ignoredScopeFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
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

export type CurrentUserResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CurrentUser'] = ResolversParentTypes['CurrentUser']> = {
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  tokenScope?: Resolver<Maybe<ResolversTypes['TokenScope']>, ParentType, ContextType>;
  via?: Resolver<ResolversTypes['CredentialKind'], ParentType, ContextType>;
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

export type EquityBreakdownResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EquityBreakdownResult'] = ResolversParentTypes['EquityBreakdownResult']> = {
  attribution?: Resolver<ResolversTypes['AttributionRule'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['EquityBreakdown'], ParentType, ContextType>;
  datasets?: Resolver<Array<ResolversTypes['Dataset']>, ParentType, ContextType>;
  dimension?: Resolver<ResolversTypes['ResourceDimension'], ParentType, ContextType>;
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
  nullReasons?: Resolver<Array<ResolversTypes['NullReason']>, ParentType, ContextType>;
  parityGap?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sex?: Resolver<ResolversTypes['TypeEquity'], ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type EquityResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EquityResult'] = ResolversParentTypes['EquityResult']> = {
  attribution?: Resolver<ResolversTypes['AttributionRule'], ParentType, ContextType>;
  datasets?: Resolver<Array<ResolversTypes['Dataset']>, ParentType, ContextType>;
  dimension?: Resolver<ResolversTypes['ResourceDimension'], ParentType, ContextType>;
  disparityMultiple?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  dissimilarity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  ignoredScopeFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  labor?: Resolver<ResolversTypes['TypeEquity'], ParentType, ContextType>;
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
  needVintage?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  nullReasons?: Resolver<Array<ResolversTypes['NullReason']>, ParentType, ContextType>;
  parityGap?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sex?: Resolver<ResolversTypes['TypeEquity'], ParentType, ContextType>;
  theil?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  inviteMember?: Resolver<ResolversTypes['NewInvitation'], ParentType, ContextType, RequireFields<MutationInviteMemberArgs, 'email' | 'organizationId' | 'role'>>;
  removeMember?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveMemberArgs, 'organizationId' | 'userId'>>;
  revokeApiToken?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType, RequireFields<MutationRevokeApiTokenArgs, 'id'>>;
  revokeInvitation?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRevokeInvitationArgs, 'id'>>;
  shareDataset?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<MutationShareDatasetArgs, 'coalitionId' | 'datasetId'>>;
  signIn?: Resolver<ResolversTypes['CurrentUser'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'email' | 'password'>>;
  signOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  signUp?: Resolver<ResolversTypes['SignUpResult'], ParentType, ContextType, RequireFields<MutationSignUpArgs, 'input'>>;
  unshareDataset?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<MutationUnshareDatasetArgs, 'coalitionId' | 'datasetId'>>;
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

export type NeedUsedResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NeedUsed'] = ResolversParentTypes['NeedUsed']> = {
  basis?: Resolver<ResolversTypes['NeedBasis'], ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Confidence']>, ParentType, ContextType>;
  datasets?: Resolver<Array<ResolversTypes['Dataset']>, ParentType, ContextType>;
  geography?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  allocations?: Resolver<ResolversTypes['AllocationResult'], ParentType, ContextType, RequireFields<QueryAllocationsArgs, 'dimension' | 'groupBy'>>;
  apiTokens?: Resolver<Array<ResolversTypes['ApiToken']>, ParentType, ContextType>;
  auditLog?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'first' | 'organizationId'>>;
  dataset?: Resolver<Maybe<ResolversTypes['Dataset']>, ParentType, ContextType, RequireFields<QueryDatasetArgs, 'id'>>;
  datasetShares?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<QueryDatasetSharesArgs, 'datasetId'>>;
  datasets?: Resolver<ResolversTypes['DatasetConnection'], ParentType, ContextType, RequireFields<QueryDatasetsArgs, 'first'>>;
  equity?: Resolver<ResolversTypes['EquityResult'], ParentType, ContextType, RequireFields<QueryEquityArgs, 'attribution' | 'dimension' | 'needBasis'>>;
  equityBreakdown?: Resolver<ResolversTypes['EquityBreakdownResult'], ParentType, ContextType, RequireFields<QueryEquityBreakdownArgs, 'attribution' | 'by' | 'dimension' | 'needBasis'>>;
  equitySensitivity?: Resolver<ResolversTypes['SensitivityGrid'], ParentType, ContextType, RequireFields<QueryEquitySensitivityArgs, 'dimension'>>;
  equityTrend?: Resolver<ResolversTypes['EquityTrend'], ParentType, ContextType, RequireFields<QueryEquityTrendArgs, 'attribution' | 'dimension' | 'needBasis'>>;
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
  invitations?: Resolver<Array<ResolversTypes['Invitation']>, ParentType, ContextType, RequireFields<QueryInvitationsArgs, 'organizationId'>>;
  me?: Resolver<Maybe<ResolversTypes['CurrentUser']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Member']>, ParentType, ContextType, RequireFields<QueryMembersArgs, 'organizationId'>>;
  myOrganizations?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  needIndicators?: Resolver<ResolversTypes['NeedIndicatorConnection'], ParentType, ContextType, RequireFields<QueryNeedIndicatorsArgs, 'first'>>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<QueryOrganizationsArgs, 'first'>>;
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

export type SignUpResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SignUpResult'] = ResolversParentTypes['SignUpResult']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TypeEquityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TypeEquity'] = ResolversParentTypes['TypeEquity']> = {
  equityRatio?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  need?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  needShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  perNeedUnit?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  resourceShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  resources?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  AllocationResult?: AllocationResultResolvers<ContextType>;
  AllocationRow?: AllocationRowResolvers<ContextType>;
  ApiToken?: ApiTokenResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  CurrentUser?: CurrentUserResolvers<ContextType>;
  Dataset?: DatasetResolvers<ContextType>;
  DatasetConnection?: DatasetConnectionResolvers<ContextType>;
  EquityBreakdownResult?: EquityBreakdownResultResolvers<ContextType>;
  EquityBreakdownRow?: EquityBreakdownRowResolvers<ContextType>;
  EquityResult?: EquityResultResolvers<ContextType>;
  EquityTrend?: EquityTrendResolvers<ContextType>;
  EquityTrendPoint?: EquityTrendPointResolvers<ContextType>;
  Health?: HealthResolvers<ContextType>;
  Invitation?: InvitationResolvers<ContextType>;
  Member?: MemberResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NeedIndicator?: NeedIndicatorResolvers<ContextType>;
  NeedIndicatorConnection?: NeedIndicatorConnectionResolvers<ContextType>;
  NeedUsed?: NeedUsedResolvers<ContextType>;
  NewApiToken?: NewApiTokenResolvers<ContextType>;
  NewInvitation?: NewInvitationResolvers<ContextType>;
  NullReason?: NullReasonResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationConnection?: OrganizationConnectionResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Range?: RangeResolvers<ContextType>;
  RecordCounts?: RecordCountsResolvers<ContextType>;
  SensitivityCell?: SensitivityCellResolvers<ContextType>;
  SensitivityGrid?: SensitivityGridResolvers<ContextType>;
  SensitivityRanges?: SensitivityRangesResolvers<ContextType>;
  SignUpResult?: SignUpResultResolvers<ContextType>;
  TypeEquity?: TypeEquityResolvers<ContextType>;
};

