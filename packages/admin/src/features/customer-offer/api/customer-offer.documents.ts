/**
 * The customer's page: public operations, the link's token is the credential. Sent with
 * `PUBLIC_OPERATION` so they never carry (or wait for) a staff session.
 */
import { graphql } from '../../../generated';

export const planPreviewFieldsFragment = graphql(`
  fragment PlanPreviewFields on RepaymentPlanPreview {
    kind
    owedTotal {
      fen
    }
    forgiven {
      fen
    }
    downPayment {
      fen
    }
    financed {
      fen
    }
    totalDue {
      fen
    }
    termMonths
    annualisedRate
    schedule {
      period
      dueDate
      principal {
        fen
      }
      interest {
        fen
      }
      fee {
        fen
      }
      total {
        fen
      }
      remainingPrincipal {
        fen
      }
    }
  }
`);

export const agreementClauseFieldsFragment = graphql(`
  fragment AgreementClauseFields on AgreementClauseText {
    key
    title
    parts {
      text
      scheduleRows {
        period
        dueDate
        principal
        interest
        fee
        total
      }
      scheduleTotal {
        period
        dueDate
        principal
        interest
        fee
        total
      }
    }
  }
`);

export const customerViewFieldsFragment = graphql(`
  fragment CustomerViewFields on CustomerView {
    caseReference
    customerName
    actions
    expiresAt
    offer {
      id
      status
      plan {
        ...PlanPreviewFields
      }
    }
    agreement {
      id
      sha256
      size
      signatureKind
      signerName
      signedAt
    }
    agreementText {
      zh {
        ...AgreementClauseFields
      }
      en {
        ...AgreementClauseFields
      }
    }
    formSteps {
      stepKey
      name {
        zh
        en
      }
      form
      context
    }
  }
`);

/** The signed PDF, fetched only when the customer downloads it (each read is recorded in the case's log). */
export const customerAgreementPdfQuery = graphql(`
  query CustomerAgreementPdf($token: String!) {
    customerView(token: $token) {
      agreementPdfBase64
    }
  }
`);

export const customerViewQuery = graphql(`
  query CustomerView($token: String!) {
    customerView(token: $token) {
      ...CustomerViewFields
    }
  }
`);

export const acceptOfferMutation = graphql(`
  mutation AcceptOffer($token: String!, $idempotencyKey: String) {
    acceptOffer(token: $token, idempotencyKey: $idempotencyKey) {
      ...CustomerViewFields
    }
  }
`);

export const counterOfferMutation = graphql(`
  mutation CounterOffer($token: String!, $comment: String!, $idempotencyKey: String) {
    counterOffer(token: $token, comment: $comment, idempotencyKey: $idempotencyKey) {
      ...CustomerViewFields
    }
  }
`);

export const signAgreementMutation = graphql(`
  mutation SignAgreement($token: String!, $signature: SignatureInput!, $idempotencyKey: String) {
    signAgreement(token: $token, signature: $signature, idempotencyKey: $idempotencyKey) {
      ...CustomerViewFields
    }
  }
`);

/** The customer submits a form step of theirs (validated by the engine as staff submissions are). */
export const submitCustomerStepMutation = graphql(`
  mutation SubmitCustomerStep($token: String!, $stepKey: String!, $data: JSON!, $idempotencyKey: String) {
    submitCustomerStep(token: $token, stepKey: $stepKey, data: $data, idempotencyKey: $idempotencyKey) {
      ...CustomerViewFields
    }
  }
`);

/** A file for a file field of the customer's form step (stored encrypted, recorded in the case's log). */
export const uploadCustomerFileMutation = graphql(`
  mutation UploadCustomerFile(
    $token: String!
    $stepKey: String!
    $fileName: String!
    $contentType: String!
    $contentBase64: String!
  ) {
    uploadCustomerFile(
      token: $token
      stepKey: $stepKey
      fileName: $fileName
      contentType: $contentType
      contentBase64: $contentBase64
    ) {
      id
      name
      sizeBytes
      mime
    }
  }
`);
