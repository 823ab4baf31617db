/**
 * `bulkReassignCases` and `bulkCloseCases`: each case through `reassignCase` / `closeCase` (see
 * case-bulk.service.ts). The assignee and queue are checked once, before any case is touched.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { notFound } from '../../../errors/app-error';
import type { Resolvers } from '../../../generated/resolvers-types';
import type { GraphQLContext } from '../../../graphql/context';
import { caseCommandResolvers } from '../runtime/case-commands.resolvers';
import { caseAssignmentResolvers } from './case-assignment.resolvers';
import { runBulk } from './case-bulk.service';
import { localObjectId } from '../runtime/case-query.service';
import type { CommandOutcome } from '../runtime/case-runtime.service';

type SingleCase = (
  root: unknown,
  args: Record<string, unknown>,
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
) => Promise<CommandOutcome>;

function single(name: 'reassignCase' | 'closeCase'): SingleCase {
  const mutations = { ...caseCommandResolvers.Mutation, ...caseAssignmentResolvers.Mutation };
  return (mutations as Record<string, unknown>)[name] as SingleCase;
}

export const caseBulkResolvers: Resolvers = {
  Mutation: {
    bulkReassignCases: async (root, { caseIds, assigneeId, queueId, idempotencyKey }, ctx, info) => {
      if (assigneeId) {
        const userId = localObjectId(assigneeId, 'User');
        const user = userId ? await ctx.models.User.findById(userId).lean().exec() : null;
        if (!user || !user.active) throw notFound({ zh: '用户', en: 'user' }, ['assigneeId']);
      }
      if (queueId) {
        const id = localObjectId(queueId, 'Queue');
        const queue = id ? await ctx.models.Queue.findById(id).lean().exec() : null;
        if (!queue) throw notFound({ zh: '队列', en: 'queue' }, ['queueId']);
      }
      const reassign = single('reassignCase');
      return runBulk('reassign', caseIds, idempotencyKey, (caseId, key) =>
        reassign(root, { caseId, assigneeId, queueId, idempotencyKey: key }, ctx, info),
      );
    },
    bulkCloseCases: (root, { caseIds, note, idempotencyKey }, ctx, info) => {
      const close = single('closeCase');
      return runBulk('close', caseIds, idempotencyKey, (caseId, key) =>
        close(root, { caseId, note, idempotencyKey: key }, ctx, info),
      );
    },
  },
};
