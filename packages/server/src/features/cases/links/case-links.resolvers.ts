/**
 * Linked cases over GraphQL: `linkCases` and `Case.links` (both directions). See case-links.service.ts.
 */
import type { Resolvers } from '../../../generated/resolvers-types';
import { CaseLinkService } from './case-links.service';

export const caseLinkResolvers: Resolvers = {
  Mutation: {
    linkCases: (_root, { caseId, relatedCaseId, reason, idempotencyKey }, { models, viewer }) =>
      new CaseLinkService(models).link(viewer, caseId, relatedCaseId, reason, idempotencyKey),
  },
  Case: {
    links: (c, _args, { models, viewer }) => new CaseLinkService(models).linksOf(viewer, c),
  },
};
