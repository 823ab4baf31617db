import { describe, expect, it } from 'vitest';
import {
  buildCategoryTree,
  countMatches,
  descendantCount,
  dropToMove,
  filterCategoryTree,
  matchesCategory,
  shiftAmongSiblings,
  toParentOptions,
  upsertRow,
  type CategoryNode,
  type CategoryRow,
} from './category-tree';

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
    slaPolicyKey: 'regulatory-complaint',
    routing: null,
    regulatoryCodes: null,
    requiredFields: [],
    ...extra,
  };
}

const codes = (nodes: readonly { code: string }[]) => nodes.map((n) => n.code);

const ROWS = [
  row(['SERVICE'], 1, { name: { zh: '服务类投诉', en: 'Service complaints' } }),
  row(['PRODUCT'], 0, { name: { zh: '产品类投诉', en: 'Product complaints' } }),
  row(['PRODUCT', 'PRODUCT-LOAN'], 1, { name: { zh: '贷款产品', en: 'Loan products' } }),
  row(['PRODUCT', 'PRODUCT-CARD'], 0, { name: { zh: '银行卡产品', en: 'Bank card products' } }),
  row(['PRODUCT', 'PRODUCT-CARD', 'CARD-FEE'], 0, { name: { zh: '年费', en: 'Annual fee' } }),
  row(['SERVICE', 'SERVICE-ATTITUDE'], 0, { name: { zh: '服务态度', en: 'Attitude' } }),
];

describe('buildCategoryTree', () => {
  it('nests by path and sorts siblings by order, then code', () => {
    const tree = buildCategoryTree(ROWS);
    expect(codes(tree)).toEqual(['PRODUCT', 'SERVICE']);
    expect(codes(tree[0]!.children)).toEqual(['PRODUCT-CARD', 'PRODUCT-LOAN']);
    expect(codes(tree[0]!.children[0]!.children)).toEqual(['CARD-FEE']);
    expect(descendantCount(tree[0]!)).toBe(3);
  });

  it('keeps a category whose parent is missing as a root', () => {
    expect(codes(buildCategoryTree([row(['GONE', 'ORPHAN'])]))).toEqual(['ORPHAN']);
  });

  it('offers parents depth-first, leaving out a subtree when asked', () => {
    const tree = buildCategoryTree(ROWS);
    expect(toParentOptions(tree).map((o) => [o.code, o.depth])).toEqual([
      ['PRODUCT', 0],
      ['PRODUCT-CARD', 1],
      ['CARD-FEE', 2],
      ['PRODUCT-LOAN', 1],
      ['SERVICE', 0],
      ['SERVICE-ATTITUDE', 1],
    ]);
    expect(codes(toParentOptions(tree, 'id-PRODUCT-CARD'))).not.toContain('CARD-FEE');
  });

  it('replaces a row by id or appends it', () => {
    const changed = upsertRow(ROWS, { ...ROWS[0]!, severity: 'HIGH' });
    expect(changed[0]!.severity).toBe('HIGH');
    expect(upsertRow(ROWS, row(['NEW']))).toHaveLength(ROWS.length + 1);
  });
});

describe('search', () => {
  it('matches code, Chinese and English names, ignoring case and spaces around', () => {
    const card = ROWS[3]!;
    expect(matchesCategory(card, 'product-card')).toBe(true);
    expect(matchesCategory(card, '银行卡')).toBe(true);
    expect(matchesCategory(card, '  BANK card ')).toBe(true);
    expect(matchesCategory(card, '贷款')).toBe(false);
    expect(matchesCategory(card, '')).toBe(true);
  });

  it('keeps matches with their ancestors and their whole subtree', () => {
    const tree = buildCategoryTree(ROWS);
    const fee = filterCategoryTree(tree, 'annual');
    expect(codes(fee)).toEqual(['PRODUCT']);
    expect(codes(fee[0]!.children)).toEqual(['PRODUCT-CARD']);
    expect(codes(fee[0]!.children[0]!.children)).toEqual(['CARD-FEE']);
    const card = filterCategoryTree(tree, '银行卡');
    expect(codes(card[0]!.children[0]!.children)).toEqual(['CARD-FEE']);
    expect(filterCategoryTree(tree, 'nothing like this')).toEqual([]);
    expect(countMatches(ROWS, '投诉')).toBe(2);
    expect(countMatches(ROWS, ' ')).toBe(ROWS.length);
  });
});

describe('dropToMove', () => {
  const tree = (): CategoryNode[] => buildCategoryTree(ROWS);

  it('moves inside a node as its last child', () => {
    expect(dropToMove(tree(), 'id-SERVICE-ATTITUDE', 'id-PRODUCT', 'inner')).toEqual({
      id: 'id-SERVICE-ATTITUDE',
      parentId: 'id-PRODUCT',
      order: 2,
    });
  });

  it('moves before or after a sibling, counting positions without the moved node', () => {
    expect(dropToMove(tree(), 'id-PRODUCT-LOAN', 'id-PRODUCT-CARD', 'before')).toEqual({
      id: 'id-PRODUCT-LOAN',
      parentId: 'id-PRODUCT',
      order: 0,
    });
    expect(dropToMove(tree(), 'id-PRODUCT', 'id-SERVICE', 'after')).toEqual({
      id: 'id-PRODUCT',
      parentId: null,
      order: 1,
    });
    expect(dropToMove(tree(), 'id-CARD-FEE', 'id-SERVICE', 'before')).toEqual({
      id: 'id-CARD-FEE',
      parentId: null,
      order: 1,
    });
  });

  it('returns null for drops that change nothing or would put a node under itself', () => {
    expect(dropToMove(tree(), 'id-PRODUCT-CARD', 'id-PRODUCT-LOAN', 'before')).toBeNull();
    expect(dropToMove(tree(), 'id-PRODUCT', 'id-CARD-FEE', 'inner')).toBeNull();
    expect(dropToMove(tree(), 'id-PRODUCT', 'id-PRODUCT', 'inner')).toBeNull();
  });

  it('shifts a node among its siblings for the up / down actions', () => {
    expect(shiftAmongSiblings(tree(), 'id-PRODUCT-LOAN', -1)).toEqual({
      parentId: 'id-PRODUCT',
      orderedIds: ['id-PRODUCT-LOAN', 'id-PRODUCT-CARD'],
    });
    expect(shiftAmongSiblings(tree(), 'id-PRODUCT-LOAN', 1)).toBeNull();
    expect(shiftAmongSiblings(tree(), 'id-PRODUCT', -1)).toBeNull();
  });
});
