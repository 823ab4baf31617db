/**
 * The public complaint form and its tracking page over GraphQL (docs/complaints-public.md). All three
 * are public: `publicComplaintCategories` shows names only, `submitComplaint` is validated first,
 * rate-limited per address and idempotent, and `complaintTracking` needs the signed tracking token.
 */
import type { Resolvers } from '../../generated/resolvers-types';
import { complaintTracking } from './complaint-tracking';
import { PublicComplaintService } from './public-complaint.service';

export const publicComplaintResolvers: Resolvers = {
  Query: {
    publicComplaintCategories: (_root, _args, { models }) => new PublicComplaintService(models).categories(),
    complaintTracking: (_root, { token }, { models }) => complaintTracking(models, token),
  },
  Mutation: {
    submitComplaint: (_root, { input, idempotencyKey }, { models, ip }) =>
      new PublicComplaintService(models).submit(input, idempotencyKey, ip),
  },
};
