/**
 * Every GraphQL operation the client sends. graphql-codegen reads the `/* GraphQL *\/` strings
 * here (api/graphql/codegen.ts) and writes their result and variable types to
 * ../generated/graphql.ts; `typed()` ties each string to its types so `useQuery` is checked.
 */
import type * as G from '../generated/graphql';
import { typed } from './typed';

const TYPE_EQUITY = /* GraphQL */ `
  fragment TypeEquityFields on TypeEquity {
    resources
    need
    resourceShare
    needShare
    equityRatio
    perNeedUnit
  }
`;

const DATASET_REF = /* GraphQL */ `
  fragment DatasetRef on Dataset {
    id
    name
    source
    citation
    url
    vintage
    confidence
    illustrative
  }
`;

const NEED_USED = /* GraphQL */ `
  fragment NeedUsedFields on NeedUsed {
    basis
    geography
    vintages
    unit
    confidence
    fallbacks {
      type
      kind
      reason
    }
    datasets {
      ...DatasetRef
    }
  }
`;

const NULL_REASON = /* GraphQL */ `
  fragment NullReasonFields on NullReason {
    metric
    reason
  }
`;

/** Every fragment an equity result uses (a document may not define fragments it does not use). */
const EQUITY_FRAGMENTS = TYPE_EQUITY + DATASET_REF + NEED_USED + NULL_REASON;

export const SCOPE_OPTIONS = typed<G.ScopeOptionsQuery, G.ScopeOptionsQueryVariables>(
  /* GraphQL */ `
    query ScopeOptions {
      funders: organizations(
        filter: { kinds: [FUNDER, AGENCY] }
        first: 200
        sort: { field: NAME }
      ) {
        pageInfo {
          hasNextPage
        }
        nodes {
          id
          name
          illustrative
        }
      }
      recipients: organizations(
        filter: { kinds: [PROVIDER, TTA_PROVIDER, COALITION, RESEARCH, AGENCY] }
        first: 500
        sort: { field: NAME }
      ) {
        pageInfo {
          hasNextPage
        }
        nodes {
          id
          name
          country
          usState
          illustrative
        }
      }
      datasets(first: 100, sort: { field: NAME }) {
        pageInfo {
          hasNextPage
        }
        nodes {
          id
          name
          illustrative
          recordCounts {
            grants
            trainings
            serviceRecords
            researchOutputs
            needIndicators
          }
        }
      }
    }
  `,
);

export const ALLOCATION_YEARS = typed<G.AllocationYearsQuery, G.AllocationYearsQueryVariables>(
  /* GraphQL */ `
    query AllocationYears($dimension: ResourceDimension!) {
      allocations(dimension: $dimension, groupBy: [YEAR]) {
        rows {
          year
        }
      }
    }
  `,
);

export const OVERVIEW = typed<G.OverviewQuery, G.OverviewQueryVariables>(/* GraphQL */ `
  query Overview(
    $scope: ScopeInput
    $dimension: ResourceDimension!
    $needBasis: NeedBasis!
    $attribution: AttributionRule!
  ) {
    equity(scope: $scope, dimension: $dimension, needBasis: $needBasis, attribution: $attribution) {
      unit
      labor {
        ...TypeEquityFields
      }
      sex {
        ...TypeEquityFields
      }
      disparityMultiple
      parityGap
      dissimilarity
      range {
        min
        max
      }
      nullReasons {
        ...NullReasonFields
      }
      need {
        ...NeedUsedFields
      }
      datasets {
        ...DatasetRef
      }
      illustrative
      years
      disclosure {
        protected
        threshold
        note
      }
      ignoredScopeFields
    }
    equitySensitivity(scope: $scope, dimension: $dimension) {
      needBases
      cells {
        needBasis
        attribution
      }
    }
  }
  ${EQUITY_FRAGMENTS}
`);

export const EQUITY_TREND = typed<G.EquityTrendQuery, G.EquityTrendQueryVariables>(/* GraphQL */ `
  query EquityTrend(
    $scope: ScopeInput
    $dimension: ResourceDimension!
    $needBasis: NeedBasis!
    $attribution: AttributionRule!
  ) {
    equityTrend(
      scope: $scope
      dimension: $dimension
      needBasis: $needBasis
      attribution: $attribution
    ) {
      unit
      points {
        year
        labor {
          ...TypeEquityFields
        }
        sex {
          ...TypeEquityFields
        }
        parityGap
        disparityMultiple
        needVintage
        needFallbacks {
          type
          kind
          reason
          fromYear
        }
        nullReasons {
          ...NullReasonFields
        }
      }
      need {
        ...NeedUsedFields
      }
      datasets {
        ...DatasetRef
      }
      illustrative
      disclosure {
        protected
        threshold
        note
      }
      ignoredScopeFields
    }
  }
  ${EQUITY_FRAGMENTS}
`);

export const ALLOCATIONS = typed<G.AllocationsQuery, G.AllocationsQueryVariables>(/* GraphQL */ `
  query Allocations(
    $scope: ScopeInput
    $dimension: ResourceDimension!
    $groupBy: [AllocationGroup!]!
  ) {
    allocations(scope: $scope, dimension: $dimension, groupBy: $groupBy) {
      unit
      total
      rows {
        type
        year
        funder {
          id
          name
        }
        recipient {
          id
          name
        }
        category
        state
        dataset {
          id
          name
        }
        value
        records
        suppressed
      }
      datasets {
        ...DatasetRef
      }
      illustrative
      mixesIllustrative
      disclosure {
        protected
        threshold
        note
      }
      ignoredScopeFields
    }
  }
  ${DATASET_REF}
`);

export const EQUITY_BREAKDOWN = typed<G.EquityBreakdownQuery, G.EquityBreakdownQueryVariables>(
  /* GraphQL */ `
    query EquityBreakdown(
      $scope: ScopeInput
      $dimension: ResourceDimension!
      $needBasis: NeedBasis!
      $attribution: AttributionRule!
      $by: EquityBreakdown!
    ) {
      equityBreakdown(
        scope: $scope
        dimension: $dimension
        needBasis: $needBasis
        attribution: $attribution
        by: $by
      ) {
        unit
        rows {
          key
          label
          total
          labor {
            ...TypeEquityFields
          }
          sex {
            ...TypeEquityFields
          }
          parityGap
          nullReasons {
            ...NullReasonFields
          }
        }
        need {
          ...NeedUsedFields
        }
        datasets {
          ...DatasetRef
        }
        illustrative
        disclosure {
          protected
          threshold
          note
        }
        ignoredScopeFields
      }
    }
    ${EQUITY_FRAGMENTS}
  `,
);

const EQUITY_BY_DIMENSION_FIELDS = /* GraphQL */ `
  fragment DimensionEquity on EquityResult {
    dimension
    unit
    labor {
      ...TypeEquityFields
    }
    sex {
      ...TypeEquityFields
    }
    disparityMultiple
    nullReasons {
      ...NullReasonFields
    }
    need {
      ...NeedUsedFields
    }
    datasets {
      ...DatasetRef
    }
    illustrative
    mixesIllustrative
    disclosure {
      protected
      threshold
      note
    }
  }
`;

export const EQUITY_BY_DIMENSION = typed<
  G.EquityByDimensionQuery,
  G.EquityByDimensionQueryVariables
>(/* GraphQL */ `
  query EquityByDimension(
    $scope: ScopeInput
    $needBasis: NeedBasis!
    $attribution: AttributionRule!
  ) {
    funding: equity(
      scope: $scope
      dimension: FUNDING
      needBasis: $needBasis
      attribution: $attribution
    ) {
      ...DimensionEquity
    }
    training: equity(
      scope: $scope
      dimension: TRAINING
      needBasis: $needBasis
      attribution: $attribution
    ) {
      ...DimensionEquity
    }
    services: equity(
      scope: $scope
      dimension: SERVICES
      needBasis: $needBasis
      attribution: $attribution
    ) {
      ...DimensionEquity
    }
    research: equity(
      scope: $scope
      dimension: RESEARCH
      needBasis: $needBasis
      attribution: $attribution
    ) {
      ...DimensionEquity
    }
  }
  ${EQUITY_BY_DIMENSION_FIELDS}
  ${EQUITY_FRAGMENTS}
`);

export const SENSITIVITY = typed<G.SensitivityQuery, G.SensitivityQueryVariables>(/* GraphQL */ `
  query Sensitivity($scope: ScopeInput, $dimension: ResourceDimension!) {
    equitySensitivity(scope: $scope, dimension: $dimension) {
      unit
      needBases
      cells {
        needBasis
        attribution
        labor {
          ...TypeEquityFields
        }
        sex {
          ...TypeEquityFields
        }
        disparityMultiple
        parityGap
        nullReasons {
          ...NullReasonFields
        }
        need {
          basis
          geography
          vintages
          unit
        }
      }
      ranges {
        laborEquityRatio {
          min
          max
        }
        parityGap {
          min
          max
        }
      }
      datasets {
        ...DatasetRef
      }
      illustrative
      disclosure {
        protected
        threshold
        note
      }
      ignoredScopeFields
    }
  }
  ${TYPE_EQUITY}
  ${DATASET_REF}
  ${NULL_REASON}
`);

export const SOURCES = typed<G.SourcesQuery, G.SourcesQueryVariables>(/* GraphQL */ `
  query Sources {
    scenarioDefaults {
      key
      label
      value
      unit
      basis
      source
      url
      reasoning
    }
    disclosureMethod {
      threshold
      countMaxNoise
      countNoiseVariance
      magnitudeNoiseMin
      magnitudeNoiseMax
    }
    datasets(first: 100, sort: { field: NAME }) {
      totalCount
      nodes {
        ...DatasetRef
        slug
        license
        dataPeriod
        visibility
        description
        importedAt
        owner {
          id
          name
        }
        recordCounts {
          grants
          trainings
          serviceRecords
          researchOutputs
          needIndicators
        }
      }
    }
  }
  ${DATASET_REF}
`);

/** Need figures a page at a time (the API's cost limit counts `first` times the fields). */
export const NEED_FIGURES = typed<G.NeedFiguresQuery, G.NeedFiguresQueryVariables>(/* GraphQL */ `
  query NeedFigures($after: String, $bases: [NeedBasis!]) {
    needIndicators(first: 200, after: $after, filter: { bases: $bases }, sort: { field: YEAR }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        indicator
        basis
        year
        geography
        traffickingType
        value
        low
        high
        unit
        confidence
        note
        publishedTotal
        dataset {
          id
          name
          illustrative
        }
      }
    }
  }
`);

const YEAR_TYPE_ROWS = /* GraphQL */ `
  fragment YearTypeAllocation on AllocationResult {
    unit
    rows {
      type
      year
      value
      suppressed
    }
    datasets {
      ...DatasetRef
    }
    illustrative
  }
`;

export const ALLOCATIONS_BY_DIMENSION = typed<
  G.AllocationsByDimensionQuery,
  G.AllocationsByDimensionQueryVariables
>(/* GraphQL */ `
  query AllocationsByDimension($scope: ScopeInput) {
    funding: allocations(scope: $scope, dimension: FUNDING, groupBy: [YEAR, TYPE]) {
      ...YearTypeAllocation
    }
    training: allocations(scope: $scope, dimension: TRAINING, groupBy: [YEAR, TYPE]) {
      ...YearTypeAllocation
    }
    services: allocations(scope: $scope, dimension: SERVICES, groupBy: [YEAR, TYPE]) {
      ...YearTypeAllocation
    }
    research: allocations(scope: $scope, dimension: RESEARCH, groupBy: [YEAR, TYPE]) {
      ...YearTypeAllocation
    }
  }
  ${YEAR_TYPE_ROWS}
  ${DATASET_REF}
`);

export const PROFILE = typed<G.ProfileQuery, G.ProfileQueryVariables>(/* GraphQL */ `
  query Profile(
    $scope: ScopeInput
    $dimension: ResourceDimension!
    $needBasis: NeedBasis!
    $attribution: AttributionRule!
    $withCategories: Boolean!
  ) {
    equity(scope: $scope, dimension: $dimension, needBasis: $needBasis, attribution: $attribution) {
      unit
      labor {
        ...TypeEquityFields
      }
      sex {
        ...TypeEquityFields
      }
      parityGap
      disparityMultiple
      nullReasons {
        ...NullReasonFields
      }
      need {
        ...NeedUsedFields
      }
      datasets {
        ...DatasetRef
      }
      illustrative
      years
      disclosure {
        protected
        threshold
        note
      }
      ignoredScopeFields
    }
    equityTrend(
      scope: $scope
      dimension: $dimension
      needBasis: $needBasis
      attribution: $attribution
    ) {
      points {
        year
        labor {
          equityRatio
          resourceShare
          needShare
        }
      }
    }
    # Service categories are recorded for grants only.
    byCategory: allocations(scope: $scope, dimension: $dimension, groupBy: [CATEGORY])
      @include(if: $withCategories) {
      total
      rows {
        category
        value
        suppressed
      }
    }
  }
  ${EQUITY_FRAGMENTS}
`);

export const DATA_SELECTION = typed<G.DataSelectionQuery, G.DataSelectionQueryVariables>(
  /* GraphQL */ `
    query DataSelection($scope: ScopeInput) {
      dataSelection(scope: $scope) {
        requested
        illustrativeIncluded
        explanation
        realResourceDatasets {
          id
          name
        }
      }
    }
  `,
);

export const RESEARCH_PERIODS = typed<G.ResearchPeriodsQuery, G.ResearchPeriodsQueryVariables>(
  /* GraphQL */ `
    query ResearchPeriods($scope: ScopeInput) {
      researchPeriods(scope: $scope) {
        dataset {
          ...DatasetRef
        }
        periodStart
        periodEnd
        kind
        unit
        labor
        sex
        both
        unspecified
        total
        laborShareOfTyped
        illustrative
      }
    }
    ${DATASET_REF}
  `,
);
