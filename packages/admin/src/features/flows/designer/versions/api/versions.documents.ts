/**
 * The typed GraphQL documents of the designer's versions drawer: the history, a version's definition
 * and open cases, the server's diff of two published versions, roll back, and moving open cases to
 * another version (dry run, then migrate).
 */
import { graphql } from '../../../../../generated';

export const versionHistoryQuery = graphql(`
  query VersionHistory($key: String!) {
    flowTemplate(key: $key) {
      id
      key
      versions {
        id
        version
        contentHash
        releaseNotes
        publishedAt
        publishedBy {
          displayName
        }
        openCaseCount
      }
    }
  }
`);

export const versionDefinitionQuery = graphql(`
  query VersionDefinition($key: String!, $version: Int!) {
    flowVersion(templateKey: $key, version: $version) {
      id
      version
      definition
    }
  }
`);

export const versionDiffQuery = graphql(`
  query VersionDiff($key: String!, $from: Int!, $to: Int!) {
    flowVersionDiff(templateKey: $key, fromVersion: $from, toVersion: $to) {
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

export const versionOpenCasesQuery = graphql(`
  query VersionOpenCases($key: String!, $version: Int!) {
    flowVersion(templateKey: $key, version: $version) {
      id
      version
      openCases(first: 50) {
        totalCount
        edges {
          node {
            id
            reference
            status
            activeSteps
          }
        }
      }
    }
  }
`);

export const rollbackFlowMutation = graphql(`
  mutation RollbackFlow($key: String!, $toVersion: Int!, $releaseNotes: String) {
    rollbackFlowTemplate(key: $key, toVersion: $toVersion, releaseNotes: $releaseNotes) {
      id
      version
    }
  }
`);

export const planCaseMigrationQuery = graphql(`
  query PlanCaseMigration($key: String!, $from: Int!, $to: Int!, $mapping: [StepMappingInput!]!) {
    planCaseMigration(templateKey: $key, fromVersion: $from, toVersion: $to, stepMapping: $mapping) {
      migratableCount
      blockedCount
      cases {
        caseId
        reference
        migratable
        fromSteps
        toSteps
        changes {
          zh
          en
        }
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
  }
`);

export const migrateCasesMutation = graphql(`
  mutation MigrateCases(
    $key: String!
    $from: Int!
    $to: Int!
    $mapping: [StepMappingInput!]!
    $caseIds: [ID!]
    $idempotencyKey: String
  ) {
    migrateCases(
      templateKey: $key
      fromVersion: $from
      toVersion: $to
      stepMapping: $mapping
      caseIds: $caseIds
      idempotencyKey: $idempotencyKey
    ) {
      migrated
      skipped
      failed
      results {
        caseId
        reference
        outcome
        code
        message {
          zh
          en
        }
      }
    }
  }
`);
