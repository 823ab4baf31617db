/**
 * Keeps the derived fields (`path`, `depth`) and the "inactive parent ⇒ inactive subtree" rule true
 * without transactions. Every structural operation writes the source of truth first (a parent
 * reference, an active flag) and the consequences after; if a process dies in between,
 * `repairCategoryTree` — run at every server start — finishes the job from the truth.
 * Idempotent: a second run finds nothing to do.
 */
import { trusted, type Types } from 'mongoose';
import type { Models } from '../../db/models';
import type { Viewer } from '../access';
import { recordCategoryChange } from './complaint-category.audit';
import { LEASE_MS, withCategoryWriteLock } from './category-write-lock';
import { TREE_PROJECTION, TreeIndex, sameDerived, type TreeNode } from './complaint-category-tree';

export async function loadTree(models: Models): Promise<TreeIndex> {
  const nodes = await models.ComplaintCategory.find({}, TREE_PROJECTION).lean<TreeNode[]>().exec();
  return new TreeIndex(nodes);
}

/** Writes derived fields that differ from the truth, for the given nodes; returns how many. */
async function writeDerived(models: Models, tree: TreeIndex, nodes: readonly TreeNode[]): Promise<number> {
  const { derived } = tree.derive();
  let written = 0;
  for (const n of nodes) {
    const d = derived.get(n._id.toHexString());
    if (!d || sameDerived(n, d)) continue;
    await models.ComplaintCategory.updateOne(
      { _id: n._id },
      { $set: { path: d.path, depth: d.depth } },
    ).exec();
    written++;
  }
  return written;
}

/** Recomputes the derived fields of one subtree from a fresh read (the caller holds the write lock). */
export async function refreshSubtree(models: Models, rootId: Types.ObjectId): Promise<void> {
  const tree = await loadTree(models);
  await writeDerived(models, tree, tree.subtree(rootId));
}

export interface RepairReport {
  categories: number;
  /** Nodes whose path or depth was rewritten. */
  derivedFixed: number;
  /** Codes of categories whose parent no longer existed; they became roots. */
  orphansReRooted: string[];
  /** Codes where a parent-reference cycle was cut (the node became a root). */
  cyclesCut: string[];
  /** Codes deactivated because an ancestor was inactive (an interrupted deactivation). */
  deactivated: string[];
}

const REPAIR_VIEWER: Viewer = { kind: 'system', name: 'category-repair' };

/**
 * Recomputes every derived field from the parent references and finishes interrupted operations.
 * Changes to the truth itself (re-rooting an orphan, cutting a cycle, completing a deactivation) are
 * recorded in the audit log; rewriting derived fields is not a configuration change and is not.
 */
export function repairCategoryTree(models: Models): Promise<RepairReport> {
  return withCategoryWriteLock(models, 'repair', () => repair(models), LEASE_MS + 5_000);
}

async function repair(models: Models): Promise<RepairReport> {
  const report: RepairReport = {
    categories: 0,
    derivedFixed: 0,
    orphansReRooted: [],
    cyclesCut: [],
    deactivated: [],
  };
  let tree = await loadTree(models);
  report.categories = tree.nodes.length;

  const { orphans, cycleBreaks } = tree.derive();
  for (const [nodes, list] of [
    [orphans, report.orphansReRooted],
    [cycleBreaks, report.cyclesCut],
  ] as const) {
    for (const n of nodes) {
      // Conditional on the parent we saw, so a concurrent legitimate move is not undone.
      const res = await models.ComplaintCategory.updateOne(
        { _id: n._id, parentId: n.parentId },
        { $set: { parentId: null } },
      ).exec();
      if (res.modifiedCount === 0) continue;
      list.push(n.code);
      await recordCategoryChange(models, REPAIR_VIEWER, 'category.move', n.code, {
        reason: list === report.orphansReRooted ? 'parent missing' : 'parent-reference cycle',
        before: { parentId: n.parentId?.toHexString() ?? null },
        after: { parentId: null },
      });
    }
  }
  if (report.orphansReRooted.length + report.cyclesCut.length > 0) tree = await loadTree(models);

  report.derivedFixed = await writeDerived(models, tree, tree.nodes);

  for (const root of tree.children(null)) {
    for (const n of tree.subtree(root._id)) {
      if (!n.active || !n.parentId || tree.get(n.parentId)?.active !== false) continue;
      // An inactive parent: every active node below it is left over from an interrupted cascade.
      const stale = tree.subtree(n._id).filter((s) => s.active);
      await models.ComplaintCategory.updateMany(
        { _id: trusted({ $in: stale.map((s) => s._id) }) },
        { $set: { active: false } },
      ).exec();
      for (const s of stale) s.active = false;
      report.deactivated.push(...stale.map((s) => s.code));
      await recordCategoryChange(models, REPAIR_VIEWER, 'category.deactivate', n.code, {
        reason: 'ancestor inactive',
        before: { active: true },
        after: { active: false },
        affected: stale.map((s) => s.code),
      });
    }
  }
  return report;
}
