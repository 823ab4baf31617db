import type { Resolvers } from '../../generated/resolvers-types';
import { toGlobalId, fromGlobalId } from '../../graphql/global-id';
import { paginate } from '../../graphql/pagination';
import { notFound } from '../../errors/app-error';
import { ComplaintCategoryService } from './complaint-category.service';

const TYPE = 'ComplaintCategory';

/** Decodes a ComplaintCategory global id, or null when it names something else. */
export function categoryLocalId(globalId: string): string | null {
  const decoded = fromGlobalId(globalId);
  return decoded && decoded.type === TYPE ? decoded.localId : null;
}

export const complaintCategoryResolvers: Resolvers = {
  Query: {
    complaintCategories: async (_root, args, { models }) =>
      paginate(
        await new ComplaintCategoryService(models).listInTreeOrder(args.activeOnly ?? false),
        args.first,
        args.after,
      ),
    complaintCategoryTree: (_root, args, { models }) =>
      new ComplaintCategoryService(models).roots(args.activeOnly ?? false),
    complaintCategory: (_root, args, { models }) => {
      const localId = categoryLocalId(args.id);
      return localId ? new ComplaintCategoryService(models).byId(localId) : null;
    },
  },
  Mutation: {
    createComplaintCategory: (_root, args, { models }) => {
      const input = args.input;
      const parentId = input.parentId == null ? input.parentId : categoryLocalId(input.parentId);
      if (input.parentId != null && parentId == null) {
        throw notFound({ zh: '上级分类', en: 'parent category' }, ['input', 'parentId']);
      }
      return new ComplaintCategoryService(models).create({ ...input, parentId });
    },
    renameComplaintCategory: (_root, args, { models }) => {
      const localId = categoryLocalId(args.id);
      if (!localId) throw notFound({ zh: '投诉分类', en: 'complaint category' }, ['id']);
      return new ComplaintCategoryService(models).rename(localId, args.name);
    },
  },
  ComplaintCategory: {
    id: (c) => toGlobalId(TYPE, c._id.toHexString()),
    parent: (c, _args, { models }) =>
      c.parentId ? new ComplaintCategoryService(models).byId(c.parentId) : null,
    children: (c, _args, { models }) => new ComplaintCategoryService(models).children(c._id, false),
    routing: (c) => c.routing ?? null,
    regulatoryCodes: (c) => c.regulatoryCodes ?? null,
    requiredFields: (c) => c.requiredFields ?? [],
  },
};
