/**
 * Contact compliance over GraphQL: `contactCheck` (the guard's answer, nothing written) and
 * `Case.contactAttempts` (logged attempts, contacts masked). See contact.service.ts.
 */
import type { Resolvers } from '../../../generated/resolvers-types';
import { caseNotFound } from '../case.errors';
import { localObjectId } from '../runtime/case-query.service';
import { ContactService } from './contact.service';
import { actorLoader } from '../assignment/case-actors';

export const contactResolvers: Resolvers = {
  Query: {
    contactCheck: (_root, { caseId, contact, channel }, { models, viewer }) => {
      const id = localObjectId(caseId, 'Case');
      if (!id) throw caseNotFound();
      return new ContactService(models).check(viewer, id, contact, channel);
    },
  },
  Case: {
    contactAttempts: (c, _args, { models }) => new ContactService(models).attempts(c),
  },
  ContactAttempt: {
    performedBy: (a, _args, ctx) => actorLoader(ctx).load(a.actor),
  },
};
