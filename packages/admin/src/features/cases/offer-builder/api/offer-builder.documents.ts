/** The offer builder: the case's plan step and flow, the viewer's roles, the server's check, proposing. */
import { graphql } from '../../../../generated';

export const offerBuilderCaseQuery = graphql(`
  query OfferBuilderCase($id: ID!) {
    case(id: $id) {
      id
      status
      activeSteps
      openedAt
      flowVersion {
        id
        steps {
          key
          kind
          name {
            zh
            en
          }
        }
        definition
      }
      offers {
        id
        stepKey
        status
        customerComment
        input
      }
      offerApprovals {
        id
        stepKey
        status
        requiredRole
        requestedAt
        comment
      }
    }
    me {
      id
      roles {
        key
      }
      departments {
        code
      }
    }
  }
`);

export const checkOfferQuery = graphql(`
  query CheckOffer($caseId: ID!, $stepKey: String!, $plan: JSON!) {
    checkOffer(caseId: $caseId, stepKey: $stepKey, plan: $plan) {
      verdict
      requiredRole
      code
      message {
        zh
        en
      }
      problems {
        code
        path
        message {
          zh
          en
        }
      }
    }
  }
`);

export const proposeOfferMutation = graphql(`
  mutation ProposeOffer($caseId: ID!, $stepKey: String!, $plan: JSON!, $idempotencyKey: String) {
    proposeOffer(caseId: $caseId, stepKey: $stepKey, plan: $plan, idempotencyKey: $idempotencyKey) {
      case {
        id
        activeSteps
      }
      events {
        type
      }
    }
  }
`);
