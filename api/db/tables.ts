/** One constant per table name, and the row types of the tables that code reads and writes. */
import type {
  AttributionRule,
  Confidence,
  NeedBasis,
  NeedType,
  OrganizationKind,
  ResearchKind,
  Role,
  ServiceCategory,
  TraffickingType,
  TrainingAudience,
  Visibility,
} from '../../core/vocabulary';

export const T = {
  organizations: 'organizations',
  users: 'users',
  memberships: 'memberships',
  datasets: 'datasets',
  datasetShares: 'dataset_shares',
  grants: 'grants',
  grantRollups: 'grant_rollups',
  trainings: 'trainings',
  serviceRecords: 'service_records',
  researchOutputs: 'research_outputs',
  needIndicators: 'need_indicators',
  sessions: 'sessions',
  apiTokens: 'api_tokens',
  invitations: 'invitations',
  scenarios: 'scenarios',
  briefs: 'briefs',
  scenarioVersions: 'scenario_versions',
  importJobs: 'import_jobs',
  auditLog: 'audit_log',
  rateLimitHits: 'rate_limit_hits',
  signinFailures: 'signin_failures',
} as const;

export interface DbOrganization {
  id: number;
  slug: string;
  name: string;
  kind: OrganizationKind;
  country: string;
  us_state: string | null;
  is_illustrative: boolean;
  created_at: Date;
}
export type DbInsertOrganization = Omit<DbOrganization, 'id' | 'created_at'>;

export interface DbDataset {
  id: number;
  slug: string;
  name: string;
  source: string;
  citation: string;
  url: string | null;
  license: string | null;
  vintage: number | null;
  data_period: string | null;
  confidence: Confidence;
  is_illustrative: boolean;
  owner_organization_id: number | null;
  visibility: Visibility;
  description: string | null;
  imported_at: Date;
  imported_by: number | null;
  /** The embedded import still writing it (hidden until null). */
  pending_import_job?: number | null;
}
export type DbInsertDataset = Omit<DbDataset, 'id' | 'imported_at' | 'imported_by'> & {
  imported_by?: number | null;
};

export interface DbInsertGrant {
  dataset_id: number;
  funder_id: number;
  recipient_id: number | null;
  external_id: string | null;
  fiscal_year: number;
  amount_usd: number;
  trafficking_type: TraffickingType;
  labor_share: number | null;
  service_category: ServiceCategory;
  country: string;
  us_state: string | null;
  description: string | null;
  classification?: unknown;
  row_hash: string;
}
export type DbGrant = DbInsertGrant & { id: number };

export interface DbInsertTraining {
  dataset_id: number;
  provider_id: number;
  external_id: string | null;
  year: number;
  type_focus: TraffickingType;
  audience: TrainingAudience;
  participants: number;
  hours: number;
  country: string;
  us_state: string | null;
  row_hash: string;
}

export interface DbInsertServiceRecord {
  dataset_id: number;
  provider_id: number;
  external_id: string | null;
  year: number;
  trafficking_type: TraffickingType;
  survivors_served: number;
  capacity: number | null;
  declined_or_waitlisted: number | null;
  staff_fte: number | null;
  staff_turnover_rate: number | null;
  tip_trained_share: number | null;
  cost_usd: number | null;
  country: string;
  us_state: string | null;
  row_hash: string;
}

export interface DbInsertResearchOutput {
  dataset_id: number;
  external_id: string | null;
  year: number;
  type_focus: TraffickingType;
  kind: ResearchKind;
  output_count: number | null;
  funding_usd: number | null;
  note: string | null;
  /** First year of a count that covers a period, when known (see period_end). */
  period_start?: number | null;
  /** Set on a count that covers a period (= year, its last year); null for a yearly count. */
  period_end?: number | null;
  row_hash: string;
}

export interface DbInsertNeedIndicator {
  dataset_id: number;
  indicator: string;
  basis: NeedBasis;
  year: number;
  geography: string;
  trafficking_type: NeedType;
  value: number;
  low: number | null;
  high: number | null;
  unit: string;
  confidence: Confidence;
  note: string | null;
  published_total: number | null;
  row_hash: string;
}
export type DbNeedIndicator = DbInsertNeedIndicator & { id: number };

/** Accounts (api/auth). Secrets are stored only as digests (argon2id for passwords, SHA-256 else). */
export interface DbUser {
  id: number;
  email: string;
  display_name: string;
  password_hash: string;
  failed_signins: number;
  locked_until: Date | null;
  disabled_at: Date | null;
  created_at: Date;
}

export interface DbMembership {
  user_id: number;
  organization_id: number;
  role: Role;
  created_at: Date;
}

export interface DbSession {
  id_hash: string;
  user_id: number;
  created_at: Date;
  expires_at: Date;
  last_seen_at: Date;
}

export interface DbApiToken {
  id: number;
  user_id: number;
  name: string;
  token_hash: string;
  prefix: string;
  scope: 'read' | 'write';
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

export interface DbInvitation {
  id: number;
  organization_id: number;
  email: string;
  role: Role;
  token_hash: string;
  invited_by: number | null;
  created_at: Date;
  expires_at: Date;
  accepted_at: Date | null;
}

export interface DbAuditEntry {
  id: number;
  at: Date;
  actor_user_id: number | null;
  organization_id: number | null;
  action: string;
  entity: string | null;
  entity_id: string | null;
  details: Record<string, unknown> | null;
}

export type { AttributionRule };
