/**
 * The Scenario studio's GraphQL operations. graphql-codegen reads the `/* GraphQL *\/` strings
 * (api/graphql/codegen.ts) and writes their types to ../generated/graphql.ts.
 */
import type * as G from '../generated/graphql';
import { typed } from '../api/typed';

/** Flat on purpose: the API limits query depth, and nested fragments count as levels. */
const BASELINE_FIELDS = /* GraphQL */ `
  fragment StudioBaseline on ScenarioBaseline {
    years {
      from
      to
    }
    mode
    needBasis
    attribution
    sexSharedBudget {
      value
      source
    }
    illustrative
    notes
    labor {
      budget {
        value
        source
      }
      survivorsServed {
        value
        source
      }
      costPerSurvivor {
        value
        source
      }
      turnoverRate {
        value
        source
      }
      trainedShare {
        value
        source
      }
      need {
        value
        source
      }
    }
    sex {
      budget {
        value
        source
      }
      survivorsServed {
        value
        source
      }
      costPerSurvivor {
        value
        source
      }
      turnoverRate {
        value
        source
      }
      trainedShare {
        value
        source
      }
      need {
        value
        source
      }
    }
    categoryCostPerSurvivor {
      category
      value
      source
    }
    datasets {
      id
      name
      vintage
      importedAt
      illustrative
      roles
    }
    need {
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
    }
  }
`;

export const STUDIO_BASELINE = typed<G.StudioBaselineQuery, G.StudioBaselineQueryVariables>(
  /* GraphQL */ `
    query StudioBaseline(
      $scope: ScopeInput
      $needBasis: NeedBasis!
      $mode: BaselineMode
      $attribution: AttributionRule
    ) {
      scenarioBaseline(
        scope: $scope
        needBasis: $needBasis
        mode: $mode
        attribution: $attribution
      ) {
        ...StudioBaseline
      }
    }
    ${BASELINE_FIELDS}
  `,
);

export const STUDIO_VIEWER = typed<G.StudioViewerQuery, G.StudioViewerQueryVariables>(
  /* GraphQL */ `
    query StudioViewer {
      me {
        id
        displayName
        memberships {
          role
          organization {
            id
            name
          }
        }
      }
    }
  `,
);

/** A saved scenario's levers, read by the studio (to reload them) and the comparison (to state them). */
const LEVER_SETTINGS = /* GraphQL */ `
  fragment StudioLeverSettings on ScenarioLeverSettings {
    shiftFraction
    shiftAmount
    phaseInYears
    newMoneyPerYear
    trainingShare
    categoryMix {
      category
      share
    }
  }
`;

const SAVED_SUMMARY = /* GraphQL */ `
  fragment StudioSavedSummary on Scenario {
    id
    name
    version
    latestVersion
    savedAt
    canEdit
    shared
    ownerName
    organization {
      id
      name
    }
  }
`;

export const SAVED_SCENARIOS = typed<
  G.StudioSavedScenariosQuery,
  G.StudioSavedScenariosQueryVariables
>(/* GraphQL */ `
  query StudioSavedScenarios {
    scenarios(first: 100) {
      totalCount
      nodes {
        ...StudioSavedSummary
      }
    }
  }
  ${SAVED_SUMMARY}
`);

export const SAVED_SCENARIO = typed<
  G.StudioSavedScenarioQuery,
  G.StudioSavedScenarioQueryVariables
>(/* GraphQL */ `
  query StudioSavedScenario($id: ID!, $version: Int, $shareToken: String) {
    scenario(id: $id, version: $version, shareToken: $shareToken) {
      ...StudioSavedSummary
      newerDataAvailable
      newerDataNote
      versions {
        version
        savedAt
        savedBy
      }
      settings {
        needBasis
        attribution
        baselineMode
        horizonYears
        monteCarloDraws
        monteCarloSeed
        scope {
          yearFrom
          yearTo
          countries
          usStates
          funderIds
          recipientIds
          categories
          datasetIds
          needDatasetIds
          illustrativeData
        }
        levers {
          ...StudioLeverSettings
        }
        overrides {
          key
          value
          low
          high
        }
      }
      baseline {
        ...StudioBaseline
      }
    }
  }
  ${SAVED_SUMMARY}
  ${BASELINE_FIELDS}
  ${LEVER_SETTINGS}
`);

export const SAVE_SCENARIO = typed<
  G.StudioSaveScenarioMutation,
  G.StudioSaveScenarioMutationVariables
>(/* GraphQL */ `
  mutation StudioSaveScenario($name: String!, $input: ScenarioInput!, $organizationId: ID) {
    saveScenario(name: $name, input: $input, organizationId: $organizationId) {
      ...StudioSavedSummary
    }
  }
  ${SAVED_SUMMARY}
`);

export const UPDATE_SCENARIO = typed<
  G.StudioUpdateScenarioMutation,
  G.StudioUpdateScenarioMutationVariables
>(/* GraphQL */ `
  mutation StudioUpdateScenario($id: ID!, $input: ScenarioInput!, $name: String) {
    updateScenario(id: $id, input: $input, name: $name) {
      ...StudioSavedSummary
    }
  }
  ${SAVED_SUMMARY}
`);

export const SHARE_SCENARIO = typed<
  G.StudioShareScenarioMutation,
  G.StudioShareScenarioMutationVariables
>(/* GraphQL */ `
  mutation StudioShareScenario($id: ID!) {
    shareScenario(id: $id) {
      token
      path
    }
  }
`);

export const COMPARE_SCENARIOS = typed<G.StudioCompareQuery, G.StudioCompareQueryVariables>(
  /* GraphQL */ `
    query StudioCompare($ids: [ID!]!) {
      compareScenarios(ids: $ids) {
        years
        scenarios {
          scenario {
            id
            name
            version
            settings {
              attribution
              levers {
                ...StudioLeverSettings
              }
            }
            run {
              illustrative
              totals {
                laborEquityRatio
                labor {
                  survivorsServed
                  unmetNeed
                  budget
                }
                sex {
                  survivorsServed
                }
              }
              differenceTotals {
                sex {
                  survivorsServed
                }
              }
              baseline {
                sex {
                  survivorsServed {
                    source
                  }
                }
                datasets {
                  id
                  name
                  vintage
                  illustrative
                }
              }
            }
          }
          years {
            year
            labor {
              survivorsServed
              unmetNeed
              equityRatio
              budget
            }
            sex {
              survivorsServed
            }
          }
        }
      }
    }
    ${LEVER_SETTINGS}
  `,
);
