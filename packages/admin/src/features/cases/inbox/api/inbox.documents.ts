/** The inbox's GraphQL documents: the inbox page, saved views, claim and bulk commands, live counts. */
import { graphql } from '../../../../generated/gql';

export const inboxRowFieldsFragment = graphql(`
  fragment InboxRowFields on InboxItem {
    case {
      id
      reference
      status
      channel
      assignee {
        id
        displayName
      }
      queue {
        id
      }
    }
    customerName
    customerPhone
    flowName {
      zh
      en
    }
    currentSteps {
      key
      name {
        zh
        en
      }
    }
    dueAt
    warningAt
    slaState
  }
`);

export const inboxQuery = graphql(`
  query WorkspaceInbox($view: InboxView!, $filter: InboxFilter, $first: Int!, $after: String) {
    inbox(view: $view, filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...InboxRowFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const inboxOptionsQuery = graphql(`
  query InboxOptions {
    flowTemplates(first: 200) {
      edges {
        node {
          key
          name {
            zh
            en
          }
        }
      }
    }
    complaintCategories(first: 200) {
      edges {
        node {
          id
          code
          name {
            zh
            en
          }
        }
      }
    }
  }
`);

export const inboxViewsQuery = graphql(`
  query InboxViews {
    inboxViews {
      id
      name
      view
      filter
    }
  }
`);

export const saveInboxViewMutation = graphql(`
  mutation SaveInboxView($input: SaveInboxViewInput!) {
    saveInboxView(input: $input) {
      id
      name
      view
      filter
    }
  }
`);

export const deleteInboxViewMutation = graphql(`
  mutation DeleteInboxView($id: ID!) {
    deleteInboxView(id: $id)
  }
`);

export const claimInboxCaseMutation = graphql(`
  mutation ClaimInboxCase($caseId: ID!) {
    claimCase(caseId: $caseId) {
      case {
        id
      }
    }
  }
`);

export const bulkReassignInboxMutation = graphql(`
  mutation BulkReassignInbox($caseIds: [ID!]!, $assigneeId: ID) {
    bulkReassignCases(caseIds: $caseIds, assigneeId: $assigneeId) {
      caseId
      ok
      errorCode
      errorMessage {
        zh
        en
      }
    }
  }
`);

export const bulkCloseInboxMutation = graphql(`
  mutation BulkCloseInbox($caseIds: [ID!]!, $note: String) {
    bulkCloseCases(caseIds: $caseIds, note: $note) {
      caseId
      ok
      errorCode
      errorMessage {
        zh
        en
      }
    }
  }
`);

export const inboxAssigneesQuery = graphql(`
  query InboxAssignees {
    assignableUsers {
      id
      displayName
    }
  }
`);

export const inboxLiveSubscription = graphql(`
  subscription InboxLive {
    queueCounts {
      queue {
        id
      }
      open
      unassigned
      overdue
    }
  }
`);

export const inboxChangesSubscription = graphql(`
  subscription InboxChanges {
    inboxChanges {
      caseId
      version
      updatedAt
    }
  }
`);

/** The step filter's choices: each flow's newest published steps (a query of its own: with the flow and
 * category lists in one query it would pass the server's query-cost limit). */
export const inboxStepChoicesQuery = graphql(`
  query InboxStepChoices {
    flowTemplates(first: 200) {
      edges {
        node {
          key
          name {
            zh
            en
          }
          latestVersion {
            id
            steps {
              key
              kind
              name {
                zh
                en
              }
            }
          }
        }
      }
    }
  }
`);
