/** All resolvers, one file per GraphQL type (Query split by area), merged here. */
import type { Resolvers } from '../generated/resolvers';
import { Dataset } from './Dataset';
import { Organization } from './Organization';
import { catalogQueries } from './Query.catalog';

export const resolvers: Resolvers = {
  Query: {
    ...catalogQueries,
  },
  Dataset,
  Organization,
};
