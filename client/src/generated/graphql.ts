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

/** A dimension to break the equity ratio down by. */
export type EquityBreakdown =
  /** One row per service category (funding only). */
  | 'CATEGORY'
  /** One row per funder (funding only). */
  | 'FUNDER'
  /** One row per US state. */
  | 'STATE';

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

/** Why a cell is hidden (survivor-safe disclosure). */
export type SuppressionReason =
  /** Hidden so that a suppressed count cannot be recovered by subtraction from a total. */
  | 'COMPLEMENTARY'
  /** A count below the suppression threshold. */
  | 'PRIMARY';

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

export type TypeEquityFieldsFragment = { resources: number | null, need: number, resourceShare: number | null, needShare: number | null, equityRatio: number | null, perNeedUnit: number | null };

export type DatasetRefFragment = { id: string, name: string, source: string, citation: string, url: string | null, vintage: number | null, confidence: Confidence, illustrative: boolean };

export type NeedUsedFieldsFragment = { basis: NeedBasis, geography: string | null, vintages: Array<number>, unit: string | null, confidence: Confidence | null, datasets: Array<{ id: string, name: string, source: string, citation: string, url: string | null, vintage: number | null, confidence: Confidence, illustrative: boolean }> };

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


export type OverviewQuery = { equity: { unit: string, disparityMultiple: number | null, parityGap: number | null, dissimilarity: number | null, illustrative: boolean, years: Array<number>, ignoredScopeFields: Array<string>, labor: { resources: number | null, need: number, resourceShare: number | null, needShare: number | null, equityRatio: number | null, perNeedUnit: number | null }, sex: { resources: number | null, need: number, resourceShare: number | null, needShare: number | null, equityRatio: number | null, perNeedUnit: number | null }, range: { min: number | null, max: number | null }, nullReasons: Array<{ metric: string, reason: string }>, need: { basis: NeedBasis, geography: string | null, vintages: Array<number>, unit: string | null, confidence: Confidence | null, datasets: Array<{ id: string, name: string, source: string, citation: string, url: string | null, vintage: number | null, confidence: Confidence, illustrative: boolean }> }, datasets: Array<{ id: string, name: string, source: string, citation: string, url: string | null, vintage: number | null, confidence: Confidence, illustrative: boolean }> }, equitySensitivity: { needBases: Array<NeedBasis>, cells: Array<{ needBasis: NeedBasis, attribution: AttributionRule }> } };

export type EquityTrendQueryVariables = Exact<{
  scope?: ScopeInput | null | undefined;
  dimension: ResourceDimension;
  needBasis: NeedBasis;
  attribution: AttributionRule;
}>;


export type EquityTrendQuery = { equityTrend: { unit: string, illustrative: boolean, ignoredScopeFields: Array<string>, points: Array<{ year: number, parityGap: number | null, disparityMultiple: number | null, needVintage: number | null, labor: { resources: number | null, need: number, resourceShare: number | null, needShare: number | null, equityRatio: number | null, perNeedUnit: number | null }, sex: { resources: number | null, need: number, resourceShare: number | null, needShare: number | null, equityRatio: number | null, perNeedUnit: number | null }, nullReasons: Array<{ metric: string, reason: string }> }>, need: { basis: NeedBasis, geography: string | null, vintages: Array<number>, unit: string | null, confidence: Confidence | null, datasets: Array<{ id: string, name: string, source: string, citation: string, url: string | null, vintage: number | null, confidence: Confidence, illustrative: boolean }> }, datasets: Array<{ id: string, name: string, source: string, citation: string, url: string | null, vintage: number | null, confidence: Confidence, illustrative: boolean }> } };

export type AllocationsQueryVariables = Exact<{
  scope?: ScopeInput | null | undefined;
  dimension: ResourceDimension;
  groupBy: Array<AllocationGroup> | AllocationGroup;
}>;


export type AllocationsQuery = { allocations: { unit: string, total: number | null, illustrative: boolean, ignoredScopeFields: Array<string>, rows: Array<{ type: TraffickingType | null, year: number | null, category: ServiceCategory | null, state: string | null, value: number | null, records: number | null, suppressed: SuppressionReason | null, funder: { id: string, name: string } | null, recipient: { id: string, name: string } | null, dataset: { id: string, name: string } | null }>, datasets: Array<{ id: string, name: string, source: string, citation: string, url: string | null, vintage: number | null, confidence: Confidence, illustrative: boolean }> } };

export type EquityBreakdownQueryVariables = Exact<{
  scope?: ScopeInput | null | undefined;
  dimension: ResourceDimension;
  needBasis: NeedBasis;
  attribution: AttributionRule;
  by: EquityBreakdown;
}>;


export type EquityBreakdownQuery = { equityBreakdown: { unit: string, illustrative: boolean, ignoredScopeFields: Array<string>, rows: Array<{ key: string, label: string, total: number | null, parityGap: number | null, labor: { resources: number | null, need: number, resourceShare: number | null, needShare: number | null, equityRatio: number | null, perNeedUnit: number | null }, sex: { resources: number | null, need: number, resourceShare: number | null, needShare: number | null, equityRatio: number | null, perNeedUnit: number | null }, nullReasons: Array<{ metric: string, reason: string }> }>, need: { basis: NeedBasis, geography: string | null, vintages: Array<number>, unit: string | null, confidence: Confidence | null, datasets: Array<{ id: string, name: string, source: string, citation: string, url: string | null, vintage: number | null, confidence: Confidence, illustrative: boolean }> }, datasets: Array<{ id: string, name: string, source: string, citation: string, url: string | null, vintage: number | null, confidence: Confidence, illustrative: boolean }> } };

export type DimensionEquityFragment = { dimension: ResourceDimension, unit: string, disparityMultiple: number | null, illustrative: boolean, labor: { resources: number | null, need: number, resourceShare: number | null, needShare: number | null, equityRatio: number | null, perNeedUnit: number | null }, sex: { resources: number | null, need: number, resourceShare: number | null, needShare: number | null, equityRatio: number | null, perNeedUnit: number | null }, nullReasons: Array<{ metric: string, reason: string }>, need: { basis: NeedBasis, geography: string | null, vintages: Array<number>, unit: string | null, confidence: Confidence | null, datasets: Array<{ id: string, name: string, source: string, citation: string, url: string | null, vintage: number | null, confidence: Confidence, illustrative: boolean }> }, datasets: Array<{ id: string, name: string, source: string, citation: string, url: string | null, vintage: number | null, confidence: Confidence, illustrative: boolean }> };

export type EquityByDimensionQueryVariables = Exact<{
  scope?: ScopeInput | null | undefined;
  needBasis: NeedBasis;
  attribution: AttributionRule;
}>;


export type EquityByDimensionQuery = { funding: { dimension: ResourceDimension, unit: string, disparityMultiple: number | null, illustrative: boolean, labor: { resources: number | null, need: number, resourceShare: number | null, needShare: number | null, equityRatio: number | null, perNeedUnit: number | null }, sex: { resources: number | null, need: number, resourceShare: number | null, needShare: number | null, equityRatio: number | null, perNeedUnit: number | null }, nullReasons: Array<{ metric: string, reason: string }>, need: { basis: NeedBasis, geography: string | null, vintages: Array<number>, unit: string | null, confidence: Confidence | null, datasets: Array<{ id: string, name: string, source: string, citation: string, url: string | null, vintage: number | null, confidence: Confidence, illustrative: boolean }> }, datasets: Array<{ id: string, name: string, source: string, citation: string, url: string | null, vintage: number | null, confidence: Confidence, illustrative: boolean }> }, training: { dimension: ResourceDimension, unit: string, disparityMultiple: number | null, illustrative: boolean, labor: { resources: number | null, need: number, resourceShare: number | null, needShare: number | null, equityRatio: number | null, perNeedUnit: number | null }, sex: { resources: number | null, need: number, resourceShare: number | null, needShare: number | null, equityRatio: number | null, perNeedUnit: number | null }, nullReasons: Array<{ metric: string, reason: string }>, need: { basis: NeedBasis, geography: string | null, vintages: Array<number>, unit: string | null, confidence: Confidence | null, datasets: Array<{ id: string, name: string, source: string, citation: string, url: string | null, vintage: number | null, confidence: Confidence, illustrative: boolean }> }, datasets: Array<{ id: string, name: string, source: string, citation: string, url: string | null, vintage: number | null, confidence: Confidence, illustrative: boolean }> }, services: { dimension: ResourceDimension, unit: string, disparityMultiple: number | null, illustrative: boolean, labor: { resources: number | null, need: number, resourceShare: number | null, needShare: number | null, equityRatio: number | null, perNeedUnit: number | null }, sex: { resources: number | null, need: number, resourceShare: number | null, needShare: number | null, equityRatio: number | null, perNeedUnit: number | null }, nullReasons: Array<{ metric: string, reason: string }>, need: { basis: NeedBasis, geography: string | null, vintages: Array<number>, unit: string | null, confidence: Confidence | null, datasets: Array<{ id: string, name: string, source: string, citation: string, url: string | null, vintage: number | null, confidence: Confidence, illustrative: boolean }> }, datasets: Array<{ id: string, name: string, source: string, citation: string, url: string | null, vintage: number | null, confidence: Confidence, illustrative: boolean }> }, research: { dimension: ResourceDimension, unit: string, disparityMultiple: number | null, illustrative: boolean, labor: { resources: number | null, need: number, resourceShare: number | null, needShare: number | null, equityRatio: number | null, perNeedUnit: number | null }, sex: { resources: number | null, need: number, resourceShare: number | null, needShare: number | null, equityRatio: number | null, perNeedUnit: number | null }, nullReasons: Array<{ metric: string, reason: string }>, need: { basis: NeedBasis, geography: string | null, vintages: Array<number>, unit: string | null, confidence: Confidence | null, datasets: Array<{ id: string, name: string, source: string, citation: string, url: string | null, vintage: number | null, confidence: Confidence, illustrative: boolean }> }, datasets: Array<{ id: string, name: string, source: string, citation: string, url: string | null, vintage: number | null, confidence: Confidence, illustrative: boolean }> } };

export type SensitivityQueryVariables = Exact<{
  scope?: ScopeInput | null | undefined;
  dimension: ResourceDimension;
}>;


export type SensitivityQuery = { equitySensitivity: { unit: string, needBases: Array<NeedBasis>, illustrative: boolean, ignoredScopeFields: Array<string>, cells: Array<{ needBasis: NeedBasis, attribution: AttributionRule, disparityMultiple: number | null, parityGap: number | null, labor: { resources: number | null, need: number, resourceShare: number | null, needShare: number | null, equityRatio: number | null, perNeedUnit: number | null }, sex: { resources: number | null, need: number, resourceShare: number | null, needShare: number | null, equityRatio: number | null, perNeedUnit: number | null }, nullReasons: Array<{ metric: string, reason: string }>, need: { basis: NeedBasis, geography: string | null, vintages: Array<number>, unit: string | null } }>, ranges: { laborEquityRatio: { min: number | null, max: number | null }, parityGap: { min: number | null, max: number | null } }, datasets: Array<{ id: string, name: string, source: string, citation: string, url: string | null, vintage: number | null, confidence: Confidence, illustrative: boolean }> } };

export type SourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type SourcesQuery = { datasets: { totalCount: number, nodes: Array<{ slug: string, license: string | null, dataPeriod: string | null, visibility: Visibility, description: string | null, importedAt: string, id: string, name: string, source: string, citation: string, url: string | null, vintage: number | null, confidence: Confidence, illustrative: boolean, owner: { id: string, name: string } | null, recordCounts: { grants: number, trainings: number, serviceRecords: number, researchOutputs: number, needIndicators: number } }> } };

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
}>;


export type ProfileQuery = { equity: { unit: string, parityGap: number | null, disparityMultiple: number | null, illustrative: boolean, years: Array<number>, ignoredScopeFields: Array<string>, labor: { resources: number | null, need: number, resourceShare: number | null, needShare: number | null, equityRatio: number | null, perNeedUnit: number | null }, sex: { resources: number | null, need: number, resourceShare: number | null, needShare: number | null, equityRatio: number | null, perNeedUnit: number | null }, nullReasons: Array<{ metric: string, reason: string }>, need: { basis: NeedBasis, geography: string | null, vintages: Array<number>, unit: string | null, confidence: Confidence | null, datasets: Array<{ id: string, name: string, source: string, citation: string, url: string | null, vintage: number | null, confidence: Confidence, illustrative: boolean }> }, datasets: Array<{ id: string, name: string, source: string, citation: string, url: string | null, vintage: number | null, confidence: Confidence, illustrative: boolean }> }, equityTrend: { points: Array<{ year: number, labor: { equityRatio: number | null, resourceShare: number | null, needShare: number | null } }> }, byCategory: { total: number | null, rows: Array<{ category: ServiceCategory | null, value: number | null, suppressed: SuppressionReason | null }> } };
