/** All resolvers, one file per GraphQL type (Query split by area), merged here. */
import type { Resolvers } from '../generated/resolvers';
import {
  AllocationResult,
  AllocationRow,
  EquityBreakdownResult,
  EquityBreakdownRow,
  EquityResult,
  EquityTrend,
  NeedUsed,
  SensitivityGrid,
} from './analyticsTypes';
import { Dataset } from './Dataset';
import { NeedIndicator } from './NeedIndicator';
import { analyticsQueries } from './Query.analytics';
import { Organization } from './Organization';
import { catalogQueries } from './Query.catalog';

export const resolvers: Resolvers = {
  Query: {
    ...catalogQueries,
    ...analyticsQueries,
  },
  AllocationResult,
  AllocationRow,
  EquityResult,
  EquityTrend,
  SensitivityGrid,
  EquityBreakdownResult,
  EquityBreakdownRow,
  NeedUsed,
  NeedIndicator,
  Dataset,
  Organization,
};
