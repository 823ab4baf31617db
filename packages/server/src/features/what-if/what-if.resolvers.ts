/**
 * The what-if of a flow draft on recorded cases over GraphQL. Access is in graphql/authorization.ts
 * (`flow.write`: the designer's own tool); the cases it reads are department-scoped like `Query.cases`.
 */
import type { Resolvers } from '../../generated/resolvers-types';
import { WhatIfService } from './what-if.service';

export const whatIfResolvers: Resolvers = {
  Query: {
    simulateDraftOnCases: (_root, args, { models, viewer }) =>
      new WhatIfService(models).simulate(viewer, args.templateKey, args.last),
  },
};
