import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateComplaintCategoryInput!) {
    createComplaintCategory(input: $input) {
      id
      code
      name {
        zh
        en
      }
      depth
      path
      order
      active
      severity
      slaPolicyKey
      parent {
        code
      }
    }
  }
`;

const TREE = /* GraphQL */ `
  query Tree {
    complaintCategoryTree {
      code
      order
      children {
        code
        path
        depth
        children {
          code
        }
      }
    }
  }
`;

interface Created {
  createComplaintCategory: {
    id: string;
    code: string;
    name: { zh: string; en: string };
    depth: number;
    path: string[];
    order: number;
    active: boolean;
    severity: string;
    slaPolicyKey: string;
    parent: { code: string } | null;
  };
}

describe('complaint categories over HTTP against the real database', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('creates roots and children, and lists them as a tree and as a connection', async () => {
    const product = await h.gql<Created>(CREATE, {
      input: { code: 'PRODUCT', name: { zh: '产品类', en: 'Product' } },
    });
    expect(product.errors).toBeUndefined();
    const root = product.data!.createComplaintCategory;
    expect(root).toMatchObject({
      code: 'PRODUCT',
      depth: 0,
      path: ['PRODUCT'],
      order: 0,
      active: true,
      severity: 'MEDIUM',
      slaPolicyKey: 'regulatory-complaint',
      parent: null,
    });

    const service = await h.gql<Created>(CREATE, {
      input: { code: 'SERVICE', name: { zh: '服务类', en: 'Service' } },
    });
    expect(service.data!.createComplaintCategory.order).toBe(1);

    const card = await h.gql<Created>(CREATE, {
      input: {
        code: 'PRODUCT-CARD',
        name: { zh: ' 银行卡 ', en: 'Cards' },
        parentId: root.id,
        severity: 'HIGH',
      },
    });
    expect(card.errors).toBeUndefined();
    expect(card.data!.createComplaintCategory).toMatchObject({
      code: 'PRODUCT-CARD',
      name: { zh: '银行卡', en: 'Cards' },
      depth: 1,
      path: ['PRODUCT', 'PRODUCT-CARD'],
      severity: 'HIGH',
      parent: { code: 'PRODUCT' },
    });

    const tree = await h.gql<{
      complaintCategoryTree: { code: string; children: { code: string; path: string[]; depth: number }[] }[];
    }>(TREE);
    expect(tree.errors).toBeUndefined();
    expect(tree.data!.complaintCategoryTree.map((c) => c.code)).toEqual(['PRODUCT', 'SERVICE']);
    expect(tree.data!.complaintCategoryTree[0]!.children).toEqual([
      { code: 'PRODUCT-CARD', path: ['PRODUCT', 'PRODUCT-CARD'], depth: 1, children: [] },
    ]);

    const page1 = await h.gql<{
      complaintCategories: {
        edges: { node: { code: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
        totalCount: number;
      };
    }>(
      `query { complaintCategories(first: 2) { edges { node { code } } pageInfo { hasNextPage endCursor } totalCount } }`,
    );
    expect(page1.data!.complaintCategories.edges.map((e) => e.node.code)).toEqual([
      'PRODUCT',
      'PRODUCT-CARD',
    ]);
    expect(page1.data!.complaintCategories.totalCount).toBe(3);
    expect(page1.data!.complaintCategories.pageInfo.hasNextPage).toBe(true);
    const page2 = await h.gql<{
      complaintCategories: { edges: { node: { code: string } }[]; pageInfo: { hasNextPage: boolean } };
    }>(
      `query($after: String) { complaintCategories(first: 2, after: $after) { edges { node { code } } pageInfo { hasNextPage } } }`,
      { after: page1.data!.complaintCategories.pageInfo.endCursor },
    );
    expect(page2.data!.complaintCategories.edges.map((e) => e.node.code)).toEqual(['SERVICE']);
    expect(page2.data!.complaintCategories.pageInfo.hasNextPage).toBe(false);

    const node = await h.gql<{ node: { __typename: string; code: string } }>(
      `query($id: ID!) { node(id: $id) { __typename ... on ComplaintCategory { code } } }`,
      { id: root.id },
    );
    expect(node.data!.node).toEqual({ __typename: 'ComplaintCategory', code: 'PRODUCT' });
  });

  it('renames a category in both languages', async () => {
    const created = await h.gql<Created>(CREATE, {
      input: { code: 'POLICY', name: { zh: '政策', en: 'Policy' } },
    });
    const id = created.data!.createComplaintCategory.id;
    const renamed = await h.gql<{ renameComplaintCategory: { name: { zh: string; en: string } } }>(
      `mutation($id: ID!, $name: LocalizedTextInput!) { renameComplaintCategory(id: $id, name: $name) { name { zh en } } }`,
      { id, name: { zh: '政策类投诉', en: 'Policy complaints' } },
    );
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data!.renameComplaintCategory.name).toEqual({ zh: '政策类投诉', en: 'Policy complaints' });
    const stored = await h.db.models.ComplaintCategory.findOne({ code: 'POLICY' }).lean().exec();
    expect(stored?.name).toEqual({ zh: '政策类投诉', en: 'Policy complaints' });
  });

  it('refuses bad input with a coded error naming the field, and writes nothing', async () => {
    const before = await h.db.models.ComplaintCategory.countDocuments().exec();
    const bad = await h.gql(CREATE, { input: { code: 'lower case', name: { zh: '坏', en: 'Bad' } } });
    expect(bad.data).toBeNull();
    expect(bad.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldPath: ['input', 'code'],
    });
    expect(bad.errors![0]!.extensions!.messages!.zh).toMatch(/编码/);
    expect(bad.errors![0]!.extensions!.messages!.en).toMatch(/code/);

    const emptyName = await h.gql(CREATE, { input: { code: 'EMPTY', name: { zh: '   ', en: 'x' } } });
    expect(emptyName.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldPath: ['input', 'name', 'zh'],
    });

    const badParent = await h.gql(CREATE, {
      input: { code: 'ORPHAN', name: { zh: '孤', en: 'Orphan' }, parentId: 'nope' },
    });
    expect(badParent.errors![0]!.extensions).toMatchObject({
      code: 'NOT_FOUND',
      fieldPath: ['input', 'parentId'],
    });

    const wrongType = await h.gql(CREATE, { input: { code: 42, name: { zh: 'a', en: 'b' } } });
    expect(wrongType.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');

    expect(await h.db.models.ComplaintCategory.countDocuments().exec()).toBe(before);
  });

  it('lets exactly one of two concurrent creates with the same code win (unique index)', async () => {
    const input = { code: 'RACE', name: { zh: '竞争', en: 'Race' } };
    const results = await Promise.all([h.gql<Created>(CREATE, { input }), h.gql<Created>(CREATE, { input })]);
    const wins = results.filter((r) => r.data?.createComplaintCategory);
    const conflicts = results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT');
    expect(wins).toHaveLength(1);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.errors![0]!.extensions!.fieldPath).toEqual(['input', 'code']);
    expect(await h.db.models.ComplaintCategory.countDocuments({ code: 'RACE' }).exec()).toBe(1);
  });

  it('answers NOT_FOUND for unknown ids', async () => {
    const rename = await h.gql(
      `mutation { renameComplaintCategory(id: "bm9wZQ", name: { zh: "a", en: "b" }) { id } }`,
    );
    expect(rename.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', fieldPath: ['id'] });
    const missing = await h.gql<{ complaintCategory: null }>(
      `query { complaintCategory(id: "bm9wZQ") { id } }`,
    );
    expect(missing.data!.complaintCategory).toBeNull();
  });

  it('rejects documents over the depth limit and masks nothing it should not', async () => {
    const deep = `query { complaintCategoryTree { ${'children { '.repeat(14)}code${' }'.repeat(14)} } }`;
    const res = await h.gql(deep);
    expect(res.errors![0]!.extensions!.code, res.errors![0]!.message).toBe('QUERY_TOO_COMPLEX');
    const invalid = await h.gql(`query { complaintCategoryTree { nope } }`);
    expect(invalid.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
