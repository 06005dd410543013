/** All resolvers, one file per GraphQL type (Query split by area), merged here. */
import type { Resolvers } from '../generated/resolvers';
import {
  AllocationResult,
  DataSelection,
  ResearchPeriodTotal,
  AllocationRow,
  EquityBreakdownResult,
  EquityBreakdownRow,
  EquityResult,
  EquityTrend,
  NeedUsed,
  SensitivityGrid,
} from './analyticsTypes';
import {
  ApiToken,
  AuditEntry,
  CurrentUser,
  Invitation,
  Member,
  Membership,
  NewApiToken,
  NewInvitation,
} from './authTypes';
import { Dataset } from './Dataset';
import { Grant } from './Grant';
import { authMutations } from './Mutation.auth';
import { importMutations } from './Mutation.import';
import { NeedIndicator } from './NeedIndicator';
import { analyticsQueries } from './Query.analytics';
import { Organization } from './Organization';
import { authQueries } from './Query.auth';
import { catalogQueries } from './Query.catalog';
import { scenarioMutations } from './Mutation.scenarios';
import { scenarioQueries } from './Query.scenarios';
import { ComparedScenario, Scenario, ScenarioDataset } from './Scenario';
import {
  CategoryMixResult,
  GoalSeekResult,
  ScenarioBaseline,
  ScenarioNeedVintage,
  ScenarioRun,
} from './scenarioRunTypes';

export const resolvers: Resolvers = {
  Query: {
    ...catalogQueries,
    ...analyticsQueries,
    ...authQueries,
    ...scenarioQueries,
  },
  Mutation: {
    ...authMutations,
    ...scenarioMutations,
    ...importMutations,
  },
  CurrentUser,
  Membership,
  Member,
  ApiToken,
  NewApiToken,
  Invitation,
  NewInvitation,
  AuditEntry,
  AllocationResult,
  DataSelection,
  ResearchPeriodTotal,
  AllocationRow,
  EquityResult,
  EquityTrend,
  SensitivityGrid,
  EquityBreakdownResult,
  EquityBreakdownRow,
  NeedUsed,
  NeedIndicator,
  Dataset,
  Grant,
  Organization,
  ScenarioRun,
  ScenarioBaseline,
  ScenarioDataset,
  ScenarioNeedVintage,
  GoalSeekResult,
  CategoryMixResult,
  Scenario,
  ComparedScenario,
};
