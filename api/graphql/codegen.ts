import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'api/schema.graphql',
  generates: {
    'api/graphql/generated/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../../context#GraphQLContext',
        useIndexSignature: false,
        enumsAsTypes: true,
        avoidOptionals: false,
        maybeValue: 'T | null',
        inputMaybeValue: 'T | null | undefined',
        mappers: {
          Dataset: '../../db/tables#DbDataset',
          Organization: '../../db/tables#DbOrganization',
          NeedIndicator: '../../db/tables#DbNeedIndicator',
          Grant: '../../import/override#DbGrantRow',
          AllocationResult: '../../analytics/types#AllocationResultOut',
          AllocationRow: '../../analytics/types#AllocationRowOut',
          EquityResult: '../../analytics/types#EquityResultOut',
          EquityTrend: '../../analytics/types#EquityTrendOut',
          SensitivityGrid: '../../analytics/types#SensitivityGridOut',
          SensitivityCell: '../../analytics/types#SensitivityCellOut',
          EquityBreakdownResult: '../../analytics/types#EquityBreakdownOut',
          EquityBreakdownRow: '../../analytics/types#EquityBreakdownRowOut',
          NeedUsed: '../../analytics/types#NeedUsedOut',
          ResearchPeriodTotal: '../../analytics/researchPeriods#ResearchPeriodOut',
          DataSelection: '../../analytics/dataSelection#DataSelectionOut',
          CurrentUser: '../../data/accounts#CurrentUserRow',
          Membership: '../../data/accounts#MembershipRow',
          Member: '../../data/accounts#MemberRow',
          ApiToken: '../../auth/tokens#ApiTokenRow',
          NewApiToken: '../../auth/tokens#NewApiTokenRow',
          Invitation: '../../data/invitations#InvitationRow',
          NewInvitation: '../../data/invitations#NewInvitationRow',
          AuditEntry: '../../data/auditLog#AuditRow',
          ScenarioRun: '../../scenarios/run#ScenarioRunOut',
          ScenarioBaseline: '../../scenarios/baseline#ScenarioBaselineOut',
          ScenarioDataset: '../../scenarios/baseline#BaselineDataset',
          ScenarioNeedVintage: '../../scenarios/baseline#BaselineNeed',
          GoalSeekResult: '../../scenarios/run#GoalSeekOut',
          CategoryMixResult: '../../scenarios/run#CategoryMixOut',
          Scenario: '../../scenarios/saved#SavedScenarioOut',
          ComparedScenario: '../../scenarios/saved#ComparedScenarioOut',
        },
      },
    },
    // The client's operations (client/src/api/operations.ts): result and variable types.
    'client/src/generated/graphql.ts': {
      documents: ['client/src/**/*.ts', 'client/src/**/*.tsx', '!client/src/generated/**'],
      // typescript-operations 6 emits the enums and inputs the operations use by itself;
      // adding the `typescript` plugin too would declare them twice.
      plugins: ['typescript-operations'],
      config: {
        enumsAsTypes: true,
        avoidOptionals: false,
        maybeValue: 'T | null',
        inputMaybeValue: 'T | null | undefined',
        skipTypename: true,
        scalars: { ID: 'string' },
      },
    },
  },
};
export default config;
