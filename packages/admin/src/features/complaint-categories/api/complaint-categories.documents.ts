/**
 * The typed GraphQL documents of this feature. `pnpm codegen` (repo root) turns each `graphql()` call
 * into a TypedDocumentNode in src/generated/, so results and variables are checked against
 * schema.graphql. Edit a document → run `pnpm codegen` → commit the generated files.
 */
import { graphql } from '../../../generated';

export const complaintCategoryFieldsFragment = graphql(`
  fragment ComplaintCategoryFields on ComplaintCategory {
    id
    code
    name {
      zh
      en
    }
    path
    depth
    order
    active
    severity
  }
`);

/** One page of the flat list in tree order; the tree is shaped client-side from `path`. */
export const complaintCategoriesQuery = graphql(`
  query ComplaintCategories($first: Int!, $after: String) {
    complaintCategories(first: $first, after: $after) {
      edges {
        node {
          ...ComplaintCategoryFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const createComplaintCategoryMutation = graphql(`
  mutation CreateComplaintCategory($input: CreateComplaintCategoryInput!) {
    createComplaintCategory(input: $input) {
      ...ComplaintCategoryFields
    }
  }
`);

export const renameComplaintCategoryMutation = graphql(`
  mutation RenameComplaintCategory($id: ID!, $name: LocalizedTextInput!) {
    renameComplaintCategory(id: $id, name: $name) {
      ...ComplaintCategoryFields
    }
  }
`);
