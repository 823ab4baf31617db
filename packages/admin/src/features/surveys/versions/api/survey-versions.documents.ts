/**
 * The typed GraphQL documents of a survey's versions: the history (with each version's questions, so
 * a comparison can name questions by their titles), the server's diff of two versions, publishing the
 * draft with release notes, and rolling back to an earlier version.
 */
import { graphql } from '../../../../generated';

export const surveyVersionsQuery = graphql(`
  query SurveyVersionsHistory($key: String!) {
    survey(key: $key) {
      id
      key
      draftRevision
      versions {
        version
        contentHash
        releaseNotes
        publishedAt
        publishedByName
        restoredFrom
        definition
      }
    }
  }
`);

export const surveyVersionDiffQuery = graphql(`
  query SurveyVersionsDiff($key: String!, $from: Int!, $to: Int!) {
    surveyVersionDiff(key: $key, fromVersion: $from, toVersion: $to) {
      questionsAdded
      questionsRemoved
      questionsChanged
      changes {
        area
        key
        kind
        values {
          path
          before
          after
        }
      }
    }
  }
`);

export const publishSurveyMutation = graphql(`
  mutation SurveyVersionsPublish($key: String!, $baseRevision: Int!, $releaseNotes: String) {
    publishSurvey(key: $key, baseRevision: $baseRevision, releaseNotes: $releaseNotes) {
      id
      key
      version
      draftRevision
    }
  }
`);

export const rollbackSurveyMutation = graphql(`
  mutation SurveyVersionsRollback($key: String!, $toVersion: Int!, $baseRevision: Int!) {
    rollbackSurvey(key: $key, toVersion: $toVersion, baseRevision: $baseRevision) {
      id
      key
      version
      draftRevision
    }
  }
`);
