/** The supervisors' approvals inbox: offers, plan reviews and complaint extensions waiting for them. */
import { graphql } from '../../../generated';

export const approvalsInboxQuery = graphql(`
  query ApprovalsInbox {
    pendingOfferApprovals {
      id
      caseId
      caseReference
      stepKey
      requiredRole
      requestedBy
      requestedAt
      plan {
        kind
        owedTotal {
          fen
        }
        forgiven {
          fen
        }
        totalDue {
          fen
        }
        termMonths
        annualisedRate
      }
    }
    pendingReviews {
      caseId
      caseReference
      stepKey
      stepName {
        zh
        en
      }
      flowName {
        zh
        en
      }
      role
      since
    }
    pendingComplaintExtensions {
      id
      caseId
      caseReference
      days
      reason
      requestedBy
      requestedAt
    }
  }
`);

export const decideOfferApprovalMutation = graphql(`
  mutation DecideOfferApproval($caseId: ID!, $requestId: ID!, $approve: Boolean!, $comment: String) {
    decideOfferApproval(caseId: $caseId, requestId: $requestId, approve: $approve, comment: $comment) {
      case {
        id
      }
    }
  }
`);

export const approveReviewMutation = graphql(`
  mutation ApproveReview($caseId: ID!, $stepKey: String!, $comment: String) {
    approveStep(caseId: $caseId, stepKey: $stepKey, comment: $comment) {
      case {
        id
      }
    }
  }
`);

export const rejectReviewMutation = graphql(`
  mutation RejectReview($caseId: ID!, $stepKey: String!, $reason: String!) {
    rejectStep(caseId: $caseId, stepKey: $stepKey, reason: $reason) {
      case {
        id
      }
    }
  }
`);

export const decideComplaintExtensionMutation = graphql(`
  mutation DecideComplaintExtension($caseId: ID!, $requestId: ID!, $approve: Boolean!, $comment: String) {
    decideComplaintExtension(caseId: $caseId, requestId: $requestId, approve: $approve, comment: $comment) {
      case {
        id
      }
    }
  }
`);
