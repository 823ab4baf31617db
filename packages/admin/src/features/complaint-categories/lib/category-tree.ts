/**
 * Shapes the flat category list (tree order, as the server returns it) into the nested rows the
 * table shows, and into the indented options of the parent select. Pure.
 */
import type { Localized } from '../../../shared/lib/locale';
import type { ComplaintCategoryFieldsFragment } from '../../../generated/graphql';

export type CategoryRow = ComplaintCategoryFieldsFragment;

export interface CategoryNode extends CategoryRow {
  /** Absent on leaves, so the table shows no expand arrow for them. */
  children?: CategoryNode[];
}

export interface ParentOption {
  value: string;
  code: string;
  name: Localized;
  depth: number;
}

/**
 * Nests categories by their `path` (codes from the root). A category whose parent is missing from the
 * list (e.g. filtered out) becomes a root rather than disappearing. Siblings sort by `order`, then code.
 */
export function buildCategoryTree(rows: readonly CategoryRow[]): CategoryNode[] {
  const nodes = new Map<string, CategoryNode>(rows.map((row) => [row.code, { ...row }]));
  const roots: CategoryNode[] = [];
  for (const node of nodes.values()) {
    const parentCode = node.path.length > 1 ? node.path[node.path.length - 2] : undefined;
    const parent = parentCode === undefined ? undefined : nodes.get(parentCode);
    if (parent && parent !== node) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  sortDeep(roots);
  return roots;
}

/** Depth-first options for choosing a parent, each with its depth for indentation. */
export function toParentOptions(tree: readonly CategoryNode[]): ParentOption[] {
  const out: ParentOption[] = [];
  const visit = (nodes: readonly CategoryNode[], depth: number) => {
    for (const node of nodes) {
      out.push({ value: node.id, code: node.code, name: node.name, depth });
      visit(node.children ?? [], depth + 1);
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

function sortDeep(nodes: CategoryNode[]): void {
  nodes.sort((a, b) => a.order - b.order || a.code.localeCompare(b.code));
  for (const node of nodes) if (node.children) sortDeep(node.children);
}
