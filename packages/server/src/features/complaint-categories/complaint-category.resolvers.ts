import type { Resolvers } from '../../generated/resolvers-types';
import { toGlobalId, fromGlobalId } from '../../graphql/global-id';
import { paginate } from '../../graphql/pagination';
import { ComplaintCategoryService } from './complaint-category.service';
import { ComplaintCategoryTreeService } from './complaint-category-tree.service';
import { parentNotFound } from './complaint-category.errors';
import { categoryOptions } from './complaint-category-options';
import { ComplaintCategoryImportService } from './import/complaint-category-import.service';

const TYPE = 'ComplaintCategory';

/** Decodes a ComplaintCategory global id, or null when it names something else. */
export function categoryLocalId(globalId: string): string | null {
  const decoded = fromGlobalId(globalId);
  return decoded && decoded.type === TYPE ? decoded.localId : null;
}

/** An optional parent argument: undefined / null stay as they are (the roots); junk is NOT_FOUND. */
function parentLocalId(
  globalId: string | null | undefined,
  fieldPath: readonly string[],
): string | null | undefined {
  if (globalId == null) return globalId;
  const localId = categoryLocalId(globalId);
  if (!localId) throw parentNotFound(fieldPath);
  return localId;
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
    complaintCategoryOptions: (_root, _args, { models }) => categoryOptions(models),
    exportComplaintCategories: (_root, _args, { models }) =>
      new ComplaintCategoryImportService(models).export(),
  },
  Mutation: {
    createComplaintCategory: (_root, { input }, { models, viewer }) =>
      new ComplaintCategoryService(models).create(viewer, {
        ...input,
        parentId: parentLocalId(input.parentId, ['input', 'parentId']),
      }),
    renameComplaintCategory: (_root, args, { models, viewer }) =>
      new ComplaintCategoryService(models).rename(viewer, categoryLocalId(args.id), args.name),
    updateComplaintCategory: (_root, args, { models, viewer }) =>
      new ComplaintCategoryService(models).update(viewer, categoryLocalId(args.id), args.input),
    moveComplaintCategory: (_root, args, { models, viewer }) =>
      new ComplaintCategoryTreeService(models).move(
        viewer,
        categoryLocalId(args.id),
        parentLocalId(args.parentId, ['parentId']),
        args.order,
      ),
    reorderComplaintCategories: (_root, args, { models, viewer }) =>
      new ComplaintCategoryTreeService(models).reorder(
        viewer,
        parentLocalId(args.parentId, ['parentId']),
        args.orderedIds.map(categoryLocalId),
      ),
    setComplaintCategoryActive: (_root, args, { models, viewer }) =>
      new ComplaintCategoryTreeService(models).setActive(viewer, categoryLocalId(args.id), args.active),
    deleteComplaintCategory: (_root, args, { models, viewer }) =>
      new ComplaintCategoryService(models).delete(viewer, categoryLocalId(args.id)),
    importComplaintCategories: (_root, args, { models, viewer }) =>
      new ComplaintCategoryImportService(models).import(viewer, args.fileBase64, args.dryRun ?? true),
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
