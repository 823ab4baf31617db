/** The agent's workspace: the inbox, one case, and the customer link. */
import { graphql } from '../../../generated';

export const inboxCaseFieldsFragment = graphql(`
  fragment InboxCaseFields on Case {
    id
    reference
    status
    activeSteps
    dueAt
    customer {
      name
    }
    flowVersion {
      version
      steps {
        key
        name {
          zh
          en
        }
      }
    }
  }
`);

export const myInboxQuery = graphql(`
  query MyInbox($first: Int!, $after: String) {
    myInbox(first: $first, after: $after) {
      totalCount
      edges {
        node {
          ...InboxCaseFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/**
 * The next page of a case's events (after the case query's first 100). The server's query cost limit
 * counts every listed node (and a fragment spread dearer than the same fields inline): with the title
 * and the actor in words, 100 events a page keep the case query inside it (case-screen.integration.test.ts).
 */
export const caseEventsPageQuery = graphql(`
  query CaseEventsPage($id: ID!, $after: String!) {
    case(id: $id) {
      id
      events(first: 100, after: $after) {
        edges {
          node {
            seq
            type
            at
            data
            title {
              zh
              en
            }
            performedBy {
              kind
              displayName
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const caseDetailQuery = graphql(`
  query CaseDetail($id: ID!) {
    case(id: $id) {
      id
      reference
      status
      activeSteps
      dueAt
      dueAtProvisional
      sla {
        provisionalYears
      }
      complaintClock {
        deadline
        provisional
        provisionalYears
      }
      flowVersion {
        version
        steps {
          key
          kind
          name {
            zh
            en
          }
          config
          form {
            fields {
              name
              type
              label {
                zh
                en
              }
            }
          }
        }
        transitions {
          from
          to
        }
      }
      channel
      openedAt
      receivedAt
      receivedAtReason
      closedAt
      outcome
      findingRequired
      finding {
        rootCause
        rootCauseLabel {
          zh
          en
        }
        remedy
        recordedAt
        recordedBy {
          kind
          displayName
        }
      }
      departmentCode
      customer {
        name
        phone
        idNumber
        bankCard
        address
      }
      assignee {
        username
        displayName
      }
      queue {
        name {
          zh
          en
        }
      }
      events(first: 100) {
        edges {
          node {
            seq
            type
            at
            data
            title {
              zh
              en
            }
            performedBy {
              kind
              displayName
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
      contactAttempts {
        channel
        contact
        answered
        summary
        at
        performedBy {
          kind
          displayName
        }
      }
      attachments {
        id
        fileName
        contentType
        size
        sha256
        stepKey
        uploadedBy
        uploadedAt
      }
      links {
        case {
          id
          reference
          status
        }
        relation
        reason
        pausing
        at
      }
      followUps {
        id
        kind
        stepKey
        dueAt
        done
      }
    }
  }
`);

export const caseOffersQuery = graphql(`
  query CaseOffers($id: ID!) {
    case(id: $id) {
      id
      offers {
        id
        stepKey
        status
        proposedAt
        proposedBy
        customerComment
        plan {
          kind
          totalDue {
            fen
          }
          downPayment {
            fen
          }
          termMonths
          annualisedRate
        }
      }
      agreement {
        id
        sha256
        size
        signedAt
        signerName
        signatureKind
      }
    }
  }
`);

export const issueCustomerLinkMutation = graphql(`
  mutation IssueCustomerLink($caseId: ID!, $expiresInHours: Int) {
    issueCustomerLink(caseId: $caseId, expiresInHours: $expiresInHours) {
      url
      token
      linkId
      expiresAt
    }
  }
`);
