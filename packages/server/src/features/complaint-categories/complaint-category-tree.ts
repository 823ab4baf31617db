/**
 * Pure tree arithmetic over the parent references, which are the source of truth. `path` and `depth`
 * are derived from them here, in one place, for the operations and for the repair alike.
 */
import type { Types } from 'mongoose';
import type { ComplaintCategoryDoc } from './complaint-category.model';

/** The fields the tree arithmetic needs (a projection of the category). */
export interface TreeNode {
  _id: Types.ObjectId;
  code: string;
  parentId: Types.ObjectId | null;
  path: string[];
  depth: number;
  order: number;
  active: boolean;
}

export const TREE_PROJECTION = {
  _id: 1,
  code: 1,
  parentId: 1,
  path: 1,
  depth: 1,
  order: 1,
  active: 1,
} as const;

export interface DerivedFields {
  path: string[];
  depth: number;
}

export interface DerivedTree {
  /** Keyed by id (hex). */
  derived: Map<string, DerivedFields>;
  /** Nodes whose parent does not exist (left by an interrupted write); derived as roots. */
  orphans: TreeNode[];
  /** Nodes on a parent-reference cycle (left by interrupted concurrent moves); one per cycle. */
  cycleBreaks: TreeNode[];
}

export class TreeIndex {
  readonly byId = new Map<string, TreeNode>();
  private readonly childrenOf = new Map<string, TreeNode[]>();

  constructor(readonly nodes: readonly TreeNode[]) {
    for (const n of nodes) this.byId.set(n._id.toHexString(), n);
    for (const n of nodes) {
      const key = n.parentId ? n.parentId.toHexString() : ROOT;
      const list = this.childrenOf.get(key) ?? [];
      list.push(n);
      this.childrenOf.set(key, list);
    }
  }

  get(id: Types.ObjectId | string): TreeNode | undefined {
    return this.byId.get(typeof id === 'string' ? id : id.toHexString());
  }

  /** Children of `parentId` (null: the roots), in display order. */
  children(parentId: Types.ObjectId | null): TreeNode[] {
    return sortSiblings([...(this.childrenOf.get(parentId ? parentId.toHexString() : ROOT) ?? [])]);
  }

  /** The node and everything under it, parents before children. Safe on cycles. */
  subtree(rootId: Types.ObjectId): TreeNode[] {
    const root = this.get(rootId);
    if (!root) return [];
    const out: TreeNode[] = [];
    const seen = new Set<string>();
    const visit = (n: TreeNode) => {
      const key = n._id.toHexString();
      if (seen.has(key)) return;
      seen.add(key);
      out.push(n);
      for (const c of this.childrenOf.get(key) ?? []) visit(c);
    };
    visit(root);
    return out;
  }

  /** True when `candidate` is `ancestorId` itself or lies below it, following parent references. */
  isSelfOrDescendant(candidate: TreeNode, ancestorId: Types.ObjectId): boolean {
    const seen = new Set<string>();
    for (let n: TreeNode | undefined = candidate; n; n = n.parentId ? this.get(n.parentId) : undefined) {
      const key = n._id.toHexString();
      if (n._id.equals(ancestorId)) return true;
      if (seen.has(key)) return false;
      seen.add(key);
    }
    return false;
  }

  /**
   * Derives every node's path and depth from the parent references. Orphans count as roots; a cycle is
   * cut at its member with the smallest code (deterministic, so two repairs agree).
   */
  derive(): DerivedTree {
    const derived = new Map<string, DerivedFields>();
    const orphans: TreeNode[] = [];
    const cycleBreaks: TreeNode[] = [];
    const cutAt = new Set<string>();

    for (const start of this.nodes) {
      const chain: TreeNode[] = [];
      const onChain = new Set<string>();
      let n: TreeNode | undefined = start;
      while (n && !derived.has(n._id.toHexString())) {
        const key = n._id.toHexString();
        if (onChain.has(key)) {
          const cycle = chain.slice(chain.findIndex((c) => c._id.toHexString() === key));
          const cut = cycle.reduce((a, b) => (b.code < a.code ? b : a));
          cutAt.add(cut._id.toHexString());
          cycleBreaks.push(cut);
          // Restart this walk: with the cut in place the chain now ends at `cut`.
          chain.length = 0;
          onChain.clear();
          n = start;
          continue;
        }
        chain.push(n);
        onChain.add(key);
        if (cutAt.has(key) || !n.parentId) break;
        const parent = this.get(n.parentId);
        if (!parent) {
          orphans.push(n);
          break;
        }
        n = parent;
      }
      // Unwind from the top of the chain down, each node extending its parent's path.
      for (let i = chain.length - 1; i >= 0; i--) {
        const node = chain[i]!;
        const key = node._id.toHexString();
        const parentKey = node.parentId?.toHexString();
        const parentDerived =
          cutAt.has(key) || !parentKey || !this.byId.has(parentKey) ? undefined : derived.get(parentKey);
        const path = [...(parentDerived?.path ?? []), node.code];
        derived.set(key, { path, depth: path.length - 1 });
      }
    }
    return { derived, orphans, cycleBreaks };
  }
}

const ROOT = 'root';

export function sortSiblings<T extends { order: number; code: string }>(list: T[]): T[] {
  return list.sort((a, b) => a.order - b.order || a.code.localeCompare(b.code));
}

export function sameDerived(node: TreeNode, d: DerivedFields): boolean {
  return (
    node.depth === d.depth && node.path.length === d.path.length && node.path.every((c, i) => c === d.path[i])
  );
}

/** Depth-first order; categories whose parent is filtered out (inactive) follow as their own roots. */
export function treeOrder(all: ComplaintCategoryDoc[]): ComplaintCategoryDoc[] {
  const byParent = new Map<string, ComplaintCategoryDoc[]>();
  const ids = new Set(all.map((c) => c._id.toHexString()));
  for (const c of all) {
    const key = c.parentId && ids.has(c.parentId.toHexString()) ? c.parentId.toHexString() : ROOT;
    const list = byParent.get(key) ?? [];
    list.push(c);
    byParent.set(key, list);
  }
  const out: ComplaintCategoryDoc[] = [];
  const visit = (key: string) => {
    for (const c of sortSiblings(byParent.get(key) ?? [])) {
      out.push(c);
      visit(c._id.toHexString());
    }
  };
  visit(ROOT);
  return out;
}
