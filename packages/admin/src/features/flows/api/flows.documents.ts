/**
 * The typed GraphQL documents of the flows list. `pnpm codegen` (repo root) turns each `graphql()` call
 * into a TypedDocumentNode in src/generated/. The draft is only asked for when the viewer may edit
 * flows (`FlowTemplate.draft` needs `flow.write`).
 */
import { graphql } from '../../../generated';

/** One page of templates, each with its versions' open-case counts, its newest version and draft state. */
export const flowTemplatesQuery = graphql(`
  query FlowTemplates($first: Int!, $after: String, $withDraft: Boolean!) {
    flowTemplates(first: $first, after: $after) {
      edges {
        node {
          id
          key
          name {
            zh
            en
          }
          kind
          archived
          updatedAt
          latestVersion {
            version
            publishedAt
            publishedBy {
              displayName
            }
          }
          versions {
            version
            openCaseCount
          }
          draft @include(if: $withDraft) {
            revision
            state
            updatedAt
            updatedBy {
              displayName
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const seedFlowTemplatesQuery = graphql(`
  query SeedFlowTemplates {
    seedFlowTemplates {
      key
      name {
        zh
        en
      }
      kind
      source
      description {
        zh
        en
      }
      steps {
        key
        kind
      }
      transitions {
        from
        to
      }
    }
  }
`);

export const createFlowTemplateMutation = graphql(`
  mutation CreateFlowTemplate($input: CreateFlowTemplateInput!) {
    createFlowTemplate(input: $input) {
      id
      key
    }
  }
`);

export const importFlowTemplateMutation = graphql(`
  mutation ImportFlowTemplate($document: JSON!, $key: String) {
    importFlowTemplate(document: $document, key: $key) {
      id
      key
    }
  }
`);

export const archiveFlowTemplateMutation = graphql(`
  mutation ArchiveFlowTemplate($key: String!) {
    archiveFlowTemplate(key: $key) {
      id
      key
      archived
    }
  }
`);

export const exportFlowTemplateQuery = graphql(`
  query ExportFlowTemplate($key: String!) {
    exportFlowTemplate(key: $key)
  }
`);
