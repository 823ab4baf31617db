import { describe, expect, it } from 'vitest';
import { Types } from 'mongoose';
import { TreeIndex, type TreeNode } from './complaint-category-tree';

/** Builds nodes from `code: parentCode` pairs (null for a root, 'MISSING' for a parent that does not exist). */
function tree(spec: Record<string, string | null>, stale: Partial<TreeNode> = {}): TreeIndex {
  const ids = new Map(Object.keys(spec).map((code) => [code, new Types.ObjectId()]));
  const nodes = Object.entries(spec).map(([code, parent], order) => ({
    _id: ids.get(code)!,
    code,
    parentId: parent === null ? null : (ids.get(parent) ?? new Types.ObjectId()),
    path: [code],
    depth: 0,
    order,
    active: true,
    ...stale,
  }));
  return new TreeIndex(nodes);
}

function paths(t: TreeIndex): Record<string, string[]> {
  const { derived } = t.derive();
  return Object.fromEntries(t.nodes.map((n) => [n.code, derived.get(n._id.toHexString())!.path]));
}

describe('TreeIndex.derive', () => {
  it('derives paths and depths from parent references alone, whatever the stored ones say', () => {
    const t = tree({ G: 'C', C: 'P', P: null, Q: null }, { path: ['STALE'], depth: 9 });
    expect(paths(t)).toEqual({ G: ['P', 'C', 'G'], C: ['P', 'C'], P: ['P'], Q: ['Q'] });
    const { derived, orphans, cycleBreaks } = t.derive();
    expect(derived.get(t.nodes[0]!._id.toHexString())!.depth).toBe(2);
    expect(orphans).toEqual([]);
    expect(cycleBreaks).toEqual([]);
  });

  it('treats a node whose parent is missing as a root and reports it', () => {
    const t = tree({ O: 'MISSING', OC: 'O' });
    expect(paths(t)).toEqual({ O: ['O'], OC: ['O', 'OC'] });
    expect(t.derive().orphans.map((n) => n.code)).toEqual(['O']);
  });

  it('cuts each cycle once, at its smallest code, including nodes hanging off it', () => {
    const t = tree({ B: 'C', C: 'A', A: 'B', D: 'A', X: 'Y', Y: 'X' });
    const { cycleBreaks } = t.derive();
    expect(cycleBreaks.map((n) => n.code).sort()).toEqual(['A', 'X']);
    expect(paths(t)).toEqual({
      A: ['A'],
      B: ['A', 'C', 'B'],
      C: ['A', 'C'],
      D: ['A', 'D'],
      X: ['X'],
      Y: ['X', 'Y'],
    });
  });
});

describe('TreeIndex.isSelfOrDescendant and subtree', () => {
  it('follows parent references upwards and stops on cycles', () => {
    const t = tree({ P: null, C: 'P', G: 'C', Q: null, L1: 'L2', L2: 'L1' });
    const [p, c, g, q, l1] = ['P', 'C', 'G', 'Q', 'L1'].map((code) => t.nodes.find((n) => n.code === code)!);
    expect(t.isSelfOrDescendant(g!, p!._id)).toBe(true);
    expect(t.isSelfOrDescendant(p!, p!._id)).toBe(true);
    expect(t.isSelfOrDescendant(p!, g!._id)).toBe(false);
    expect(t.isSelfOrDescendant(l1!, q!._id)).toBe(false);
    expect(t.subtree(p!._id).map((n) => n.code)).toEqual(['P', 'C', 'G']);
    expect(t.subtree(l1!._id).map((n) => n.code)).toEqual(['L1', 'L2']);
    expect(c!.code).toBe('C');
  });
});
