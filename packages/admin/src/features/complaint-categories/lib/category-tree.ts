/**
 * Shapes the flat category list (tree order, as the server returns it) into the nested nodes the tree
 * shows; searches it; and turns a drop in the tree into the move the server understands. Pure.
 */
import type { Localized } from '../../../shared/lib/locale';
import type { ComplaintCategoryFieldsFragment } from '../../../generated/graphql';

export type CategoryRow = ComplaintCategoryFieldsFragment;

export interface CategoryNode extends CategoryRow {
  children: CategoryNode[];
}

export interface ParentOption {
  value: string;
  code: string;
  name: Localized;
  depth: number;
  active: boolean;
}

/**
 * Nests categories by their `path` (codes from the root). A category whose parent is missing from the
 * list becomes a root rather than disappearing. Siblings sort by `order`, then code.
 */
export function buildCategoryTree(rows: readonly CategoryRow[]): CategoryNode[] {
  const nodes = new Map<string, CategoryNode>(rows.map((row) => [row.code, { ...row, children: [] }]));
  const roots: CategoryNode[] = [];
  for (const node of nodes.values()) {
    const parentCode = parentCodeOf(node);
    const parent = parentCode === null ? undefined : nodes.get(parentCode);
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  sortDeep(roots);
  return roots;
}

export function parentCodeOf(row: Pick<CategoryRow, 'path'>): string | null {
  return row.path.length > 1 ? (row.path[row.path.length - 2] ?? null) : null;
}

/** Depth-first options for choosing a parent, each with its depth for indentation. */
export function toParentOptions(tree: readonly CategoryNode[], exceptSubtreeOf?: string): ParentOption[] {
  const out: ParentOption[] = [];
  const visit = (nodes: readonly CategoryNode[], depth: number) => {
    for (const node of nodes) {
      if (node.id === exceptSubtreeOf) continue;
      out.push({ value: node.id, code: node.code, name: node.name, depth, active: node.active });
      visit(node.children, depth + 1);
    }
  };
  visit(tree, 0);
  return out;
}

/** Replaces the row with the same id (or appends a new one), keeping the list immutable. */
export function upsertRow(rows: readonly CategoryRow[], row: CategoryRow): CategoryRow[] {
  const index = rows.findIndex((r) => r.id === row.id);
  return index === -1 ? [...rows, row] : rows.map((r, i) => (i === index ? row : r));
}

/** Normalises a search: trimmed, lower-case; empty means "everything". */
export function normaliseQuery(query: string): string {
  return query.trim().toLowerCase();
}

/** Whether a category matches a search by code or by its Chinese or English name (case-insensitive). */
export function matchesCategory(row: Pick<CategoryRow, 'code' | 'name'>, query: string): boolean {
  const q = normaliseQuery(query);
  if (q === '') return true;
  return [row.code, row.name.zh, row.name.en].some((text) => text.toLowerCase().includes(q));
}

/**
 * The tree reduced to the matches and their ancestors (so each match is shown where it lives); a
 * match keeps its whole subtree. The same rule Element's tree applies with `filter-node-method`.
 */
export function filterCategoryTree(tree: readonly CategoryNode[], query: string): CategoryNode[] {
  if (normaliseQuery(query) === '') return [...tree];
  const out: CategoryNode[] = [];
  for (const node of tree) {
    if (matchesCategory(node, query)) out.push(node);
    else {
      const children = filterCategoryTree(node.children, query);
      if (children.length > 0) out.push({ ...node, children });
    }
  }
  return out;
}

/** How many categories match (for "3 matches"). */
export function countMatches(rows: readonly CategoryRow[], query: string): number {
  return normaliseQuery(query) === '' ? rows.length : rows.filter((r) => matchesCategory(r, query)).length;
}

/** Number of categories below a node. */
export function descendantCount(node: CategoryNode): number {
  return node.children.reduce((n, c) => n + 1 + descendantCount(c), 0);
}

export type DropType = 'before' | 'after' | 'inner';

export interface MoveRequest {
  id: string;
  /** The new parent; null for the roots. */
  parentId: string | null;
  /** Position among the new siblings, not counting the moved node itself. */
  order: number;
}

/** The node with `id` and its parent (null for a root), searched in `tree`. */
export function locate(
  tree: readonly CategoryNode[],
  id: string,
  parent: CategoryNode | null = null,
): { node: CategoryNode; parent: CategoryNode | null } | null {
  for (const node of tree) {
    if (node.id === id) return { node, parent };
    const found = locate(node.children, id, node);
    if (found) return found;
  }
  return null;
}

/**
 * The move that puts `draggedId` before, after or inside `targetId`, computed on the tree as it was
 * before the drop. Null when nothing would change or the drop is impossible (onto itself or into its
 * own subtree).
 */
export function dropToMove(
  tree: readonly CategoryNode[],
  draggedId: string,
  targetId: string,
  type: DropType,
): MoveRequest | null {
  const dragged = locate(tree, draggedId);
  const target = locate(tree, targetId);
  if (!dragged || !target || draggedId === targetId) return null;
  if (locate(dragged.node.children, targetId)) return null;
  const parent = type === 'inner' ? target.node : target.parent;
  const siblings = (parent ? parent.children : tree).filter((s) => s.id !== draggedId);
  let order: number;
  if (type === 'inner') order = siblings.length;
  else {
    const at = siblings.findIndex((s) => s.id === targetId);
    order = type === 'before' ? at : at + 1;
  }
  const parentId = parent?.id ?? null;
  const samePlace =
    (dragged.parent?.id ?? null) === parentId &&
    (dragged.parent ? dragged.parent.children : tree).findIndex((s) => s.id === draggedId) === order;
  return samePlace ? null : { id: draggedId, parentId, order };
}

/** The sibling ids with `id` moved one place up (-1) or down (+1); null at either end. */
export function shiftAmongSiblings(
  tree: readonly CategoryNode[],
  id: string,
  delta: -1 | 1,
): { parentId: string | null; orderedIds: string[] } | null {
  const found = locate(tree, id);
  if (!found) return null;
  const siblings = (found.parent ? found.parent.children : tree).map((s) => s.id);
  const at = siblings.indexOf(id);
  const to = at + delta;
  if (to < 0 || to >= siblings.length) return null;
  [siblings[at], siblings[to]] = [siblings[to]!, siblings[at]!];
  return { parentId: found.parent?.id ?? null, orderedIds: siblings };
}

function sortDeep(nodes: CategoryNode[]): void {
  nodes.sort((a, b) => a.order - b.order || a.code.localeCompare(b.code));
  for (const node of nodes) sortDeep(node.children);
}
