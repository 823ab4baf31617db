/**
 * The customer intake page: public operations, the intake link's token is the credential. Sent with
 * `PUBLIC_OPERATION` so they never carry (or wait for) a staff session.
 */
import { graphql } from '../../../generated';

export const intakeFormQuery = graphql(`
  query IntakeForm($token: String!) {
    intakeForm(token: $token) {
      flowName {
        zh
        en
      }
      templateKey
      stepKey
      form
      expiresAt
    }
  }
`);

export const submitIntakeMutation = graphql(`
  mutation SubmitIntake($token: String!, $customer: CustomerInput, $data: JSON!, $idempotencyKey: String!) {
    submitIntake(token: $token, customer: $customer, data: $data, idempotencyKey: $idempotencyKey) {
      caseReference
      replayed
      followUpLink {
        url
        expiresAt
      }
    }
  }
`);
