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

/** What the editor's pickers offer, and the departments with their queues for routing. */
export const categoryOptionsQuery = graphql(`
  query ComplaintCategoryOptions {
    complaintCategoryOptions {
      jrtBusinessTypes {
        key
        value
        label {
          zh
          en
        }
      }
      jrtCauses {
        key
        value
        label {
          zh
          en
        }
      }
      slaPolicies {
        key
        name {
          zh
          en
        }
        flowKeys
      }
      fields {
        name
        type
        label {
          zh
          en
        }
        form {
          zh
          en
        }
      }
    }
    departments {
      code
      name {
        zh
        en
      }
      queues {
        code
        name {
          zh
          en
        }
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

export const updateComplaintCategoryMutation = graphql(`
  mutation UpdateComplaintCategory($id: ID!, $input: UpdateComplaintCategoryInput!) {
    updateComplaintCategory(id: $id, input: $input) {
      ...ComplaintCategoryFields
    }
  }
`);

export const moveComplaintCategoryMutation = graphql(`
  mutation MoveComplaintCategory($id: ID!, $parentId: ID, $order: Int) {
    moveComplaintCategory(id: $id, parentId: $parentId, order: $order) {
      ...ComplaintCategoryFields
    }
  }
`);

export const reorderComplaintCategoriesMutation = graphql(`
  mutation ReorderComplaintCategories($parentId: ID, $orderedIds: [ID!]!) {
    reorderComplaintCategories(parentId: $parentId, orderedIds: $orderedIds) {
      ...ComplaintCategoryFields
    }
  }
`);

export const setComplaintCategoryActiveMutation = graphql(`
  mutation SetComplaintCategoryActive($id: ID!, $active: Boolean!) {
    setComplaintCategoryActive(id: $id, active: $active) {
      ...ComplaintCategoryFields
    }
  }
`);

export const deleteComplaintCategoryMutation = graphql(`
  mutation DeleteComplaintCategory($id: ID!) {
    deleteComplaintCategory(id: $id)
  }
`);

export const exportComplaintCategoriesQuery = graphql(`
  query ExportComplaintCategories {
    exportComplaintCategories {
      fileName
      contentBase64
      count
    }
  }
`);

export const importComplaintCategoriesMutation = graphql(`
  mutation ImportComplaintCategories($fileBase64: String!, $dryRun: Boolean!) {
    importComplaintCategories(fileBase64: $fileBase64, dryRun: $dryRun) {
      written
      created
      updated
      unchanged
      problems {
        row
        column
        message {
          zh
          en
        }
      }
    }
  }
`);
