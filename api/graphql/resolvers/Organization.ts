import type { OrganizationResolvers } from '../generated/resolvers';

export const Organization: OrganizationResolvers = {
  id: (o) => String(o.id),
  usState: (o) => o.us_state,
  illustrative: (o) => o.is_illustrative,
};
