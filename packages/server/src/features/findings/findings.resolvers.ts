/**
 * `complaintRootCauses` (the engine's vocabulary), `Case.finding` (folded into the case projection from
 * `complaintFindingRecorded`) and `Case.findingRequired` (the case's flow is of kind COMPLAINT).
 */
import { ROOT_CAUSES, rootCauseOf } from '@parley/engine';
import type { Resolvers } from '../../generated/resolvers-types';
import { actorLoader } from '../cases';
import { isComplaintTemplate } from './complaint-flow';

export const findingResolvers: Resolvers = {
  Query: {
    complaintRootCauses: () =>
      ROOT_CAUSES.map((c) => ({ code: c.code, label: c.label, description: c.description })),
  },
  Case: {
    finding: async (c, _args, ctx) => {
      const f = c.finding;
      if (!f) return null;
      return {
        rootCause: f.rootCause,
        // A code no longer in the vocabulary still reads as itself.
        rootCauseLabel: rootCauseOf(f.rootCause)?.label ?? { zh: f.rootCause, en: f.rootCause },
        remedy: f.remedy,
        recordedAt: f.recordedAt,
        recordedBy: await actorLoader(ctx).load(f.recordedBy),
      };
    },
    findingRequired: (c, _args, { models }) => isComplaintTemplate(models, c.templateKey),
  },
};
