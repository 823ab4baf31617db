/**
 * Shared by the complaint-category integration tests: the GraphQL documents of the category API, thin
 * wrappers that fail loudly on unexpected errors, and readers of what the database really holds.
 */
import { expect } from 'vitest';
import type { GqlError, GqlResponse, Harness } from './harness';

export const FIELDS = /* GraphQL */ `
  id
  code
  name {
    zh
    en
  }
  parent {
    code
  }
  depth
  path
  order
  active
  severity
  slaPolicyKey
  routing {
    departmentCode
    queueCode
  }
  regulatoryCodes {
    jrtBusinessType
    jrtCause
    cfpbProduct
    cfpbIssue
  }
  requiredFields
`;

export interface Category {
  id: string;
  code: string;
  name: { zh: string; en: string };
  parent: { code: string } | null;
  depth: number;
  path: string[];
  order: number;
  active: boolean;
  severity: string;
  slaPolicyKey: string;
  routing: { departmentCode: string | null; queueCode: string | null } | null;
  regulatoryCodes: {
    jrtBusinessType: string | null;
    jrtCause: string | null;
    cfpbProduct: string | null;
    cfpbIssue: string | null;
  } | null;
  requiredFields: string[];
}

export const CREATE = `mutation($input: CreateComplaintCategoryInput!) { createComplaintCategory(input: $input) { ${FIELDS} } }`;
export const UPDATE = `mutation($id: ID!, $input: UpdateComplaintCategoryInput!) { updateComplaintCategory(id: $id, input: $input) { ${FIELDS} } }`;
export const MOVE = `mutation($id: ID!, $parentId: ID, $order: Int) { moveComplaintCategory(id: $id, parentId: $parentId, order: $order) { ${FIELDS} } }`;
export const REORDER = `mutation($parentId: ID, $orderedIds: [ID!]!) { reorderComplaintCategories(parentId: $parentId, orderedIds: $orderedIds) { ${FIELDS} } }`;
export const SET_ACTIVE = `mutation($id: ID!, $active: Boolean!) { setComplaintCategoryActive(id: $id, active: $active) { ${FIELDS} } }`;
export const DELETE = `mutation($id: ID!) { deleteComplaintCategory(id: $id) }`;
export const RENAME = `mutation($id: ID!, $name: LocalizedTextInput!) { renameComplaintCategory(id: $id, name: $name) { ${FIELDS} } }`;

/** Runs a mutation expected to succeed and returns its single root field. */
export async function ok<T>(h: Harness, query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await h.gql<Record<string, T>>(query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return Object.values(res.data!)[0]!;
}

/** Runs a mutation expected to fail and returns its (only) error. */
export async function refused(
  h: Harness,
  query: string,
  variables: Record<string, unknown>,
): Promise<GqlError> {
  const res: GqlResponse<unknown> = await h.gql(query, variables);
  expect(res.errors, 'expected a refusal').toHaveLength(1);
  const err = res.errors![0]!;
  expect(err.extensions?.messages?.zh).toBeTruthy();
  expect(err.extensions?.messages?.en).toBeTruthy();
  return err;
}

export function create(h: Harness, input: Record<string, unknown>): Promise<Category> {
  return ok<Category>(h, CREATE, {
    input: { name: { zh: `分类${String(input['code'])}`, en: 'x' }, ...input },
  });
}

/** Creates `code` (under `parent`) with a name derived from the code. */
export function cat(h: Harness, code: string, parent?: Category): Promise<Category> {
  return create(h, {
    code,
    name: { zh: `分类 ${code}`, en: `Category ${code}` },
    parentId: parent?.id ?? null,
  });
}

/**
 * Everything a refused call must not have touched: every category (with its timestamps) and the
 * number of audit entries.
 */
export async function databaseState(h: Harness): Promise<{ categories: string; audit: number }> {
  const categories = await h.db.models.ComplaintCategory.find().sort({ code: 1 }).lean().exec();
  return {
    categories: JSON.stringify(categories),
    audit: await h.db.models.ConfigAudit.countDocuments().exec(),
  };
}

export function stored(h: Harness, code: string) {
  return h.db.models.ComplaintCategory.findOne({ code }).lean().exec();
}

/** Audit entries about `entityKey`, oldest first. */
export function auditOf(h: Harness, entityKey: string) {
  return h.db.models.ConfigAudit.find({ entityType: 'ComplaintCategory', entityKey })
    .sort({ at: 1, _id: 1 })
    .lean()
    .exec();
}

export async function childCodes(h: Harness, parentCode: string | null): Promise<string[]> {
  const parent = parentCode ? await stored(h, parentCode) : null;
  const children = await h.db.models.ComplaintCategory.find({ parentId: parent?._id ?? null })
    .sort({ order: 1, code: 1 })
    .lean()
    .exec();
  return children.map((c) => c.code);
}
