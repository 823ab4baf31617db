/**
 * The typed GraphQL documents of the flow designer's shell: the template with its draft, saving and
 * publishing the draft, and the server's own check of a definition (problems only the server can see,
 * e.g. a flow role no active user holds).
 */
import { graphql } from '../../../../generated';

export const designerTemplateQuery = graphql(`
  query DesignerTemplate($key: String!) {
    flowTemplate(key: $key) {
      id
      key
      name {
        zh
        en
      }
      kind
      archived
      latestVersion {
        version
      }
      draft {
        definition
        revision
        state
        updatedAt
        updatedBy {
          displayName
        }
      }
    }
  }
`);

export const saveFlowDraftMutation = graphql(`
  mutation SaveFlowDraft($key: String!, $baseRevision: Int!, $definition: JSON!) {
    saveFlowDraft(key: $key, baseRevision: $baseRevision, definition: $definition) {
      revision
      state
      updatedAt
    }
  }
`);

export const publishFlowDraftMutation = graphql(`
  mutation PublishFlowDraft($key: String!, $baseRevision: Int!, $releaseNotes: String) {
    publishFlowTemplate(key: $key, baseRevision: $baseRevision, releaseNotes: $releaseNotes) {
      id
      version
    }
  }
`);

export const serverValidationQuery = graphql(`
  query DesignerServerValidation($definition: JSON!) {
    validateFlowDefinition(definition: $definition) {
      problems {
        code
        path
        severity
        message {
          zh
          en
        }
      }
    }
  }
`);
