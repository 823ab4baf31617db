/**
 * The typed GraphQL documents of the survey list and editor. `pnpm codegen` (repo root) turns each
 * `graphql()` call into a TypedDocumentNode in src/generated/.
 */
import { graphql } from '../../../generated';

/** One page of surveys (keyset: `after` is the last row's cursor). */
export const surveysQuery = graphql(`
  query Surveys($first: Int!, $after: String) {
    surveys(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          key
          title {
            zh
            en
          }
          version
          draftRevision
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

/** One survey with its draft (what the editor edits) and the newest published version. */
export const surveyQuery = graphql(`
  query Survey($key: String!) {
    survey(key: $key) {
      id
      key
      title {
        zh
        en
      }
      version
      draftRevision
      draftDefinition
    }
  }
`);

export const createSurveyMutation = graphql(`
  mutation CreateSurvey($input: CreateSurveyInput!) {
    createSurvey(input: $input) {
      id
      key
    }
  }
`);

export const saveSurveyDraftMutation = graphql(`
  mutation SaveSurveyDraft($key: String!, $baseRevision: Int!, $definition: JSON!) {
    saveSurveyDraft(key: $key, baseRevision: $baseRevision, definition: $definition) {
      id
      key
      title {
        zh
        en
      }
      version
      draftRevision
      draftDefinition
    }
  }
`);

export const publishSurveyMutation = graphql(`
  mutation PublishSurvey($key: String!, $baseRevision: Int!, $releaseNotes: String) {
    publishSurvey(key: $key, baseRevision: $baseRevision, releaseNotes: $releaseNotes) {
      id
      key
      version
      draftRevision
    }
  }
`);
