/**
 * Who handles a case, over GraphQL: reassign (to a user or a queue), claim and release. Each appends a
 * `caseAssigned` host event through the command path (runtime/case-commands.resolvers.ts).
 */
import { AppError, notFound } from '../../../errors/app-error';
import type { Resolvers } from '../../../generated/resolvers-types';
import { localObjectId } from '../runtime/case-query.service';
import { assigned, host, live } from '../runtime/case-commands.resolvers';

export const caseAssignmentResolvers: Resolvers = {
  Mutation: {
    reassignCase: async (_root, { caseId, assigneeId, queueId, idempotencyKey }, ctx) => {
      const userId = assigneeId ? localObjectId(assigneeId, 'User') : null;
      const user = userId ? await ctx.models.User.findById(userId).lean().exec() : null;
      if (assigneeId && (!user || !user.active)) throw notFound({ zh: '用户', en: 'user' }, ['assigneeId']);
      const queueOid = queueId ? localObjectId(queueId, 'Queue') : null;
      const queue = queueOid ? await ctx.models.Queue.findById(queueOid).lean().exec() : null;
      if (queueId && !queue) throw notFound({ zh: '队列', en: 'queue' }, ['queueId']);
      return host(
        ctx,
        caseId,
        'reassignCase',
        { assigneeId, queueId },
        (c) => {
          live(c);
          return assigned({
            assigneeId: user?._id.toHexString() ?? null,
            queueId: queue?._id.toHexString() ?? null,
            departmentCode: queue?.departmentCode ?? null,
            reason: 'reassign',
          });
        },
        idempotencyKey,
      );
    },
    claimCase: (_root, { caseId, idempotencyKey }, ctx) => {
      const me = ctx.viewer.kind === 'user' ? ctx.viewer.userId : null;
      if (!me)
        throw new AppError('FORBIDDEN', { zh: '只有用户可以认领案件。', en: 'Only users can claim cases.' });
      return host(
        ctx,
        caseId,
        'claimCase',
        {},
        (c) => {
          live(c);
          if (c.assigneeId && c.assigneeId.toHexString() !== me)
            throw new AppError('CONFLICT', {
              zh: '案件已分派给他人。',
              en: 'The case is already assigned to someone else.',
            });
          return assigned({ assigneeId: me, queueId: null, departmentCode: null, reason: 'claim' });
        },
        idempotencyKey,
      );
    },
    releaseCase: (_root, { caseId, idempotencyKey }, ctx) => {
      const me = ctx.viewer.kind === 'user' ? ctx.viewer.userId : null;
      return host(
        ctx,
        caseId,
        'releaseCase',
        {},
        (c) => {
          live(c);
          if (!me || c.assigneeId?.toHexString() !== me)
            throw new AppError('CONFLICT', {
              zh: '只能退回分派给自己的案件。',
              en: 'Only a case assigned to you can be released.',
            });
          return assigned({ assigneeId: null, queueId: null, departmentCode: null, reason: 'release' });
        },
        idempotencyKey,
      );
    },
  },
};
