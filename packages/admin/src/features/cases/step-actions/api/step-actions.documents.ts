/** The current steps' actions: what the case needs now, who may do it, and the step commands. */
import { graphql } from '../../../../generated';

export const stepActionContextQuery = graphql(`
  query StepActionContext($id: ID!) {
    case(id: $id) {
      id
      status
      activeSteps
      flowVersion {
        id
        definition
      }
      followUps {
        id
        stepKey
        dueAt
        done
      }
      events(first: 200) {
        edges {
          node {
            seq
            type
            at
            data
          }
        }
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

export const stepCommandFieldsFragment = graphql(`
  fragment StepCommandFields on CaseCommandResult {
    replayed
    case {
      id
      status
      activeSteps
    }
  }
`);

export const submitStepMutation = graphql(`
  mutation SubmitStep($caseId: ID!, $stepKey: String!, $data: JSON!, $idempotencyKey: String) {
    submitStep(caseId: $caseId, stepKey: $stepKey, data: $data, idempotencyKey: $idempotencyKey) {
      ...StepCommandFields
    }
  }
`);

export const approveStepMutation = graphql(`
  mutation ApproveStep(
    $caseId: ID!
    $stepKey: String!
    $comment: String
    $data: JSON
    $idempotencyKey: String
  ) {
    approveStep(
      caseId: $caseId
      stepKey: $stepKey
      comment: $comment
      data: $data
      idempotencyKey: $idempotencyKey
    ) {
      ...StepCommandFields
    }
  }
`);

export const rejectStepMutation = graphql(`
  mutation RejectStep(
    $caseId: ID!
    $stepKey: String!
    $reason: String!
    $data: JSON
    $idempotencyKey: String
  ) {
    rejectStep(
      caseId: $caseId
      stepKey: $stepKey
      reason: $reason
      data: $data
      idempotencyKey: $idempotencyKey
    ) {
      ...StepCommandFields
    }
  }
`);

export const logCommunicationMutation = graphql(`
  mutation LogCommunication(
    $caseId: ID!
    $stepKey: String!
    $channel: String!
    $contact: String!
    $answered: Boolean!
    $summary: String!
    $idempotencyKey: String
  ) {
    logCommunication(
      caseId: $caseId
      stepKey: $stepKey
      channel: $channel
      contact: $contact
      answered: $answered
      summary: $summary
      idempotencyKey: $idempotencyKey
    ) {
      ...StepCommandFields
    }
  }
`);

export const contactCheckQuery = graphql(`
  query ContactCheck($caseId: ID!, $contact: String!, $channel: String!) {
    contactCheck(caseId: $caseId, contact: $contact, channel: $channel) {
      allowed
      reason {
        zh
        en
      }
      unansweredToday
      dailyLimit
      nextAllowedAt
    }
  }
`);

export const recordContactConsentMutation = graphql(`
  mutation RecordContactConsent(
    $caseId: ID!
    $grantedAt: DateTime!
    $expiresAt: DateTime
    $evidence: String!
    $idempotencyKey: String
  ) {
    recordContactConsent(
      caseId: $caseId
      grantedAt: $grantedAt
      expiresAt: $expiresAt
      evidence: $evidence
      idempotencyKey: $idempotencyKey
    ) {
      ...StepCommandFields
    }
  }
`);

export const recordCustomerResponseMutation = graphql(`
  mutation RecordCustomerResponse(
    $caseId: ID!
    $stepKey: String!
    $accepted: Boolean!
    $comment: String
    $idempotencyKey: String
  ) {
    recordCustomerResponse(
      caseId: $caseId
      stepKey: $stepKey
      accepted: $accepted
      comment: $comment
      idempotencyKey: $idempotencyKey
    ) {
      ...StepCommandFields
    }
  }
`);

export const addStepAttachmentMutation = graphql(`
  mutation AddStepAttachment(
    $caseId: ID!
    $fileName: String!
    $contentType: String!
    $contentBase64: String!
    $stepKey: String
    $idempotencyKey: String
  ) {
    addAttachment(
      caseId: $caseId
      fileName: $fileName
      contentType: $contentType
      contentBase64: $contentBase64
      stepKey: $stepKey
      idempotencyKey: $idempotencyKey
    ) {
      id
      fileName
      contentType
      size
    }
  }
`);
