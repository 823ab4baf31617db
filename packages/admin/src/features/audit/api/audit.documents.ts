/**
 * The audit page's GraphQL documents (`pnpm codegen` types them from schema.graphql).
 */
import { graphql } from '../../../generated';

export const configAuditLogQuery = graphql(`
  query ConfigAuditLog($filter: ConfigAuditFilter, $first: Int!, $after: String) {
    configAuditLog(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          at
          actor
          actorName
          action
          entityType
          entityKey
          details
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const configAuditFacetsQuery = graphql(`
  query ConfigAuditFacets {
    configAuditFacets {
      entityTypes
      actors {
        key
        name
        entries
      }
    }
  }
`);

export const caseIdByReferenceQuery = graphql(`
  query AuditCaseByReference($reference: String!) {
    caseByReference(reference: $reference) {
      id
      reference
    }
  }
`);

export const verifyAuditQuery = graphql(`
  query VerifyAudit($caseId: ID) {
    verifyAudit(caseId: $caseId) {
      ok
      casesChecked
      eventsChecked
      firstBroken {
        caseId
        seq
        reason
        caseReference
        explanation {
          zh
          en
        }
      }
    }
  }
`);
