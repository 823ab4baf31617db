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
          name {
            zh
            en
          }
        }
      }
      channel
      openedAt
      closedAt
      outcome
      departmentCode
      customer {
        name
        phone
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
      events(first: 200) {
        edges {
          node {
            seq
            type
            at
            actorKey
            data
          }
        }
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
        sha256
        signedAt
        signerName
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
