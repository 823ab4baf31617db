/** The complaint clock of one case and its extension requests. */
import { graphql } from '../../../../generated';

export const complaintClockQuery = graphql(`
  query ComplaintClockPanel($id: ID!) {
    case(id: $id) {
      id
      status
      complaintClock {
        receivedAt
        deadline
        provisional
        status
        daysLeft
        workingDaysLeft
        extensions {
          days
          reason
          at
        }
        extensionRequests {
          id
          days
          reason
          requestedBy
          requestedAt
          status
          comment
        }
      }
    }
  }
`);

export const requestComplaintExtensionMutation = graphql(`
  mutation RequestComplaintExtension($caseId: ID!, $reason: String!, $idempotencyKey: String) {
    requestComplaintExtension(caseId: $caseId, reason: $reason, idempotencyKey: $idempotencyKey) {
      case {
        id
      }
    }
  }
`);
