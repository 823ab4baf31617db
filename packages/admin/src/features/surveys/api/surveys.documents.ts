/**
 * The typed GraphQL documents of the survey list and editor. `pnpm codegen` (repo root) turns each
 * `graphql()` call into a TypedDocumentNode in src/generated/.
 */
import { graphql } from '../../../generated';

/** One page of surveys (keyset: `after` is the last row's cursor). */
export const surveysQuery = graphql(`
  query Surveys($first: Int!, $after: String, $includeArchived: Boolean) {
    surveys(first: $first, after: $after, includeArchived: $includeArchived) {
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
          archived
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
      archived
      archivedAt
      archivedByName
      archiveReason
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

/** What archiving a survey affects: the flow versions and current flow drafts that refer to it. */
export const surveyReferencesQuery = graphql(`
  query SurveyReferences($key: String!) {
    survey(key: $key) {
      id
      key
      referencedBy {
        flowKey
        flowName {
          zh
          en
        }
        flowVersion
        draftRevision
        path
        pin
        pinnedVersion
      }
    }
  }
`);

export const archiveSurveyMutation = graphql(`
  mutation ArchiveSurvey($key: String!, $reason: String!) {
    archiveSurvey(key: $key, reason: $reason) {
      id
      key
      archived
      archivedAt
      archivedByName
      archiveReason
    }
  }
`);

export const restoreSurveyMutation = graphql(`
  mutation RestoreSurvey($key: String!) {
    restoreSurvey(key: $key) {
      id
      key
      archived
      archivedAt
      archivedByName
      archiveReason
    }
  }
`);
