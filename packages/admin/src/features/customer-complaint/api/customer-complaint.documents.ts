/**
 * The public complaint pages: public operations (no staff session), sent with `PUBLIC_OPERATION`.
 * The tracking token is the credential of `complaintTracking`.
 */
import { graphql } from '../../../generated';

export const publicComplaintCategoriesQuery = graphql(`
  query PublicComplaintCategories {
    publicComplaintCategories {
      id
      name {
        zh
        en
      }
      children {
        id
        name {
          zh
          en
        }
        children {
          id
          name {
            zh
            en
          }
        }
      }
    }
  }
`);

export const submitComplaintMutation = graphql(`
  mutation SubmitComplaint($input: PublicComplaintInput!, $idempotencyKey: String!) {
    submitComplaint(input: $input, idempotencyKey: $idempotencyKey) {
      caseReference
      trackingUrl
      expiresAt
      deadline
      replayed
    }
  }
`);

export const complaintTrackingQuery = graphql(`
  query ComplaintTracking($token: String!) {
    complaintTracking(token: $token) {
      caseReference
      categoryName {
        zh
        en
      }
      departmentName {
        zh
        en
      }
      status
      receivedAt
      deadline
      entries {
        at
        text {
          zh
          en
        }
      }
      expiresAt
    }
  }
`);
