import { describe, expect, it } from 'vitest';
import { buildCategoryTree, toParentOptions, upsertRow, type CategoryRow } from './category-tree';

function row(path: string[], order = 0, extra: Partial<CategoryRow> = {}): CategoryRow {
  const code = path[path.length - 1] ?? '';
  return {
    id: `id-${code}`,
    code,
    name: { zh: `中${code}`, en: `en ${code}` },
    path,
    depth: path.length - 1,
    order,
    active: true,
    severity: 'MEDIUM',
    ...extra,
  };
}

const codes = (nodes: { code: string; children?: unknown[] }[]) => nodes.map((n) => n.code);

describe('buildCategoryTree', () => {
  it('nests by path and sorts siblings by order, then code', () => {
    const tree = buildCategoryTree([
      row(['SERVICE'], 1),
      row(['PRODUCT'], 0),
      row(['PRODUCT', 'PRODUCT-LOAN'], 1),
      row(['PRODUCT', 'PRODUCT-CARD'], 0),
      row(['PRODUCT', 'PRODUCT-CARD', 'CARD-FEE'], 0),
      row(['OTHER'], 1),
    ]);
    expect(codes(tree)).toEqual(['PRODUCT', 'OTHER', 'SERVICE']);
    expect(codes(tree[0]?.children ?? [])).toEqual(['PRODUCT-CARD', 'PRODUCT-LOAN']);
    expect(codes(tree[0]?.children?.[0]?.children ?? [])).toEqual(['CARD-FEE']);
  });

  it('gives leaves no children array (no expand arrow in the table)', () => {
    const [leaf] = buildCategoryTree([row(['ONLY'])]);
    expect(leaf).not.toHaveProperty('children');
  });

  it('keeps a category whose parent is missing, as a root', () => {
    const tree = buildCategoryTree([row(['GONE', 'ORPHAN'])]);
    expect(codes(tree)).toEqual(['ORPHAN']);
  });

  it('does not depend on the input order and does not mutate it', () => {
    const input = [row(['A', 'A-1']), row(['A'])];
    const snapshot = structuredClone(input);
    expect(codes(buildCategoryTree(input)[0]?.children ?? [])).toEqual(['A-1']);
    expect(input).toEqual(snapshot);
  });
});

describe('toParentOptions', () => {
  it('lists the tree depth-first with depths', () => {
    const tree = buildCategoryTree([row(['B'], 1), row(['A'], 0), row(['A', 'A-1'])]);
    expect(toParentOptions(tree).map((o) => [o.code, o.depth, o.value])).toEqual([
      ['A', 0, 'id-A'],
      ['A-1', 1, 'id-A-1'],
      ['B', 0, 'id-B'],
    ]);
  });
});

describe('upsertRow', () => {
  it('replaces by id, or appends', () => {
    const rows = [row(['A']), row(['B'])];
    const renamed = { ...row(['A']), name: { zh: '新', en: 'New' } };
    expect(upsertRow(rows, renamed).map((r) => r.name.en)).toEqual(['New', 'en B']);
    expect(upsertRow(rows, row(['C'])).map((r) => r.code)).toEqual(['A', 'B', 'C']);
    expect(rows.map((r) => r.name.en)).toEqual(['en A', 'en B']);
  });
});
