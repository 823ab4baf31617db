/**
 * Operations on the shape of the complaint-category tree: move (with the subtree), reorder siblings,
 * activate / deactivate a subtree.
 *
 * Each runs under the category write lock (category-write-lock.ts), validates everything, then writes
 * the source of truth in one single-document write (the moved node's parent reference, the node's own
 * active flag) and its consequences after (derived paths, sibling orders, the subtree's flags). There
 * are no transactions: a crash between the two leaves the truth written and the consequences for
 * `repairCategoryTree` to finish at the next start.
 */
import { trusted } from 'mongoose';
import type { Models } from '../../db/models';
import type { Viewer } from '../access';
import { badInput } from '../../errors/app-error';
import type { ComplaintCategoryDoc } from './complaint-category.model';
import { ComplaintCategoryService } from './complaint-category.service';
import {
  activateUnderInactive,
  categoryNotFound,
  concurrentTreeChange,
  inactiveParent,
  moveUnderItself,
  parentNotFound,
  positionOutOfRange,
} from './complaint-category.errors';
import { ROOTS_KEY, recordCategoryChange } from './complaint-category.audit';
import type { TreeIndex, TreeNode } from './complaint-category-tree';
import { loadTree, refreshSubtree } from './complaint-category.repair';
import { withCategoryWriteLock } from './category-write-lock';

export class ComplaintCategoryTreeService {
  private readonly categories: ComplaintCategoryService;

  constructor(private readonly models: Models) {
    this.categories = new ComplaintCategoryService(models);
  }

  /**
   * Moves `id` (with its subtree) under `parentId` (null: to the roots) at `position` among the new
   * siblings (last when omitted). The new siblings are renumbered 0…n so positions stay meaningful;
   * the old ones keep their numbers (a gap does not change their order).
   */
  move(
    viewer: Viewer,
    id: string | null,
    parentId: string | null | undefined,
    position: number | null | undefined,
  ): Promise<ComplaintCategoryDoc> {
    if (position != null && position < 0) throw positionOutOfRange(0, ['order']);
    return withCategoryWriteLock(this.models, `move ${id ?? ''}`, async () => {
      const tree = await loadTree(this.models);
      const node = id ? tree.get(id) : undefined;
      if (!node) throw categoryNotFound(['id']);
      const parent = parentId ? tree.get(parentId) : null;
      if (parent === undefined) throw parentNotFound(['parentId']);
      if (parent && tree.isSelfOrDescendant(parent, node._id)) throw moveUnderItself(node.code, ['parentId']);
      if (parent && !parent.active && node.active) throw inactiveParent(parent.code, ['parentId']);
      const newParentId = parent?._id ?? null;
      const siblings = tree.children(newParentId).filter((s) => !s._id.equals(node._id));
      const at = position ?? siblings.length;
      if (at > siblings.length) throw positionOutOfRange(siblings.length, ['order']);
      const unchanged =
        (node.parentId?.toHexString() ?? null) === (newParentId?.toHexString() ?? null) &&
        tree.children(newParentId).findIndex((s) => s._id.equals(node._id)) === at;
      if (unchanged) return this.categories.require(id, ['id']);

      // The truth first.
      const res = await this.models.ComplaintCategory.updateOne(
        { _id: node._id, parentId: node.parentId },
        { $set: { parentId: newParentId, order: at } },
      ).exec();
      if (res.matchedCount === 0) throw concurrentTreeChange(node.code);
      const ordered = [...siblings.slice(0, at), node, ...siblings.slice(at)];
      for (const [i, s] of ordered.entries()) {
        if (s === node || s.order === i) continue;
        await this.models.ComplaintCategory.updateOne({ _id: s._id }, { $set: { order: i } }).exec();
      }
      await refreshSubtree(this.models, node._id);

      const moved = await this.categories.require(id, ['id']);
      await recordCategoryChange(this.models, viewer, 'category.move', node.code, {
        before: { parentCode: parentCode(tree, node), path: node.path, order: node.order },
        after: { parentCode: parent?.code ?? null, path: moved.path, order: moved.order },
        subtreeSize: tree.subtree(node._id).length,
      });
      return moved;
    });
  }

  /** Sets the order of all children of `parentId` (null: the roots); `orderedIds` must be exactly them. */
  reorder(
    viewer: Viewer,
    parentId: string | null | undefined,
    orderedIds: readonly (string | null)[],
  ): Promise<ComplaintCategoryDoc[]> {
    return withCategoryWriteLock(this.models, `reorder ${parentId ?? ROOTS_KEY}`, async () => {
      const tree = await loadTree(this.models);
      const parent = parentId ? tree.get(parentId) : null;
      if (parent === undefined) throw parentNotFound(['parentId']);
      const children = tree.children(parent?._id ?? null);
      const wanted = checkPermutation(tree, children, orderedIds);

      for (const [i, c] of wanted.entries()) {
        if (c.order === i) continue;
        await this.models.ComplaintCategory.updateOne({ _id: c._id }, { $set: { order: i } }).exec();
      }
      if (wanted.some((c, i) => c !== children[i])) {
        await recordCategoryChange(this.models, viewer, 'category.reorder', parent?.code ?? ROOTS_KEY, {
          before: children.map((c) => c.code),
          after: wanted.map((c) => c.code),
        });
      }
      return this.categories.children(parent?._id ?? null, false);
    });
  }

  /**
   * Activates or deactivates a category and its whole subtree. Activation needs an active parent (an
   * active category under an inactive one could receive complaints its parent no longer accepts).
   * Repeating the call finishes a cascade that a crash interrupted.
   */
  setActive(viewer: Viewer, id: string | null, active: boolean): Promise<ComplaintCategoryDoc> {
    return withCategoryWriteLock(
      this.models,
      `${active ? 'activate' : 'deactivate'} ${id ?? ''}`,
      async () => {
        const tree = await loadTree(this.models);
        const node = id ? tree.get(id) : undefined;
        if (!node) throw categoryNotFound(['id']);
        const parent = node.parentId ? tree.get(node.parentId) : undefined;
        if (active && parent && !parent.active)
          throw activateUnderInactive(node.code, parent.code, ['active']);

        const changed = tree.subtree(node._id).filter((n) => n.active !== active);
        if (changed.length > 0) {
          // The node first: it is the truth the repair completes a cascade from.
          await this.models.ComplaintCategory.updateOne({ _id: node._id }, { $set: { active } }).exec();
          await this.models.ComplaintCategory.updateMany(
            { _id: trusted({ $in: changed.map((n) => n._id) }) },
            { $set: { active } },
          ).exec();
          await recordCategoryChange(
            this.models,
            viewer,
            active ? 'category.activate' : 'category.deactivate',
            node.code,
            { before: { active: node.active }, after: { active }, affected: changed.map((n) => n.code) },
          );
        }
        return this.categories.require(id, ['id']);
      },
    );
  }
}

function parentCode(tree: TreeIndex, node: TreeNode): string | null {
  return node.parentId ? (tree.get(node.parentId)?.code ?? null) : null;
}

/** `orderedIds` must name every current child exactly once, and nothing else. */
function checkPermutation(
  tree: TreeIndex,
  children: readonly TreeNode[],
  orderedIds: readonly (string | null)[],
): TreeNode[] {
  const childIds = new Set(children.map((c) => c._id.toHexString()));
  const seen = new Set<string>();
  const wanted: TreeNode[] = [];
  for (const [i, id] of orderedIds.entries()) {
    const node = id ? tree.get(id) : undefined;
    if (!node || !childIds.has(node._id.toHexString())) {
      throw badInput(['orderedIds', i], {
        zh: `第 ${i + 1} 个 id 不是该上级分类的下级分类。`,
        en: `Entry ${i + 1} is not a child of that parent.`,
      });
    }
    if (seen.has(node._id.toHexString())) {
      throw badInput(['orderedIds', i], {
        zh: `分类“${node.code}”重复出现。`,
        en: `The category "${node.code}" is listed twice.`,
      });
    }
    seen.add(node._id.toHexString());
    wanted.push(node);
  }
  const missing = children.filter((c) => !seen.has(c._id.toHexString())).map((c) => c.code);
  if (missing.length > 0) {
    throw badInput(['orderedIds'], {
      zh: `列表须包含全部下级分类，缺少：${missing.join('、')}。`,
      en: `The list must name every child; missing: ${missing.join(', ')}.`,
    });
  }
  return wanted;
}
