/** The case screen's own operations: reveal, files, links, the signed agreement, department names. */
import { graphql } from '../../../../generated';

export const revealCustomerFieldMutation = graphql(`
  mutation RevealCustomerField($caseId: ID!, $field: CustomerField!) {
    revealCustomerField(caseId: $caseId, field: $field)
  }
`);

export const addAttachmentMutation = graphql(`
  mutation AddCaseAttachment(
    $caseId: ID!
    $fileName: String!
    $contentType: String!
    $contentBase64: String!
  ) {
    addAttachment(
      caseId: $caseId
      fileName: $fileName
      contentType: $contentType
      contentBase64: $contentBase64
    ) {
      id
      fileName
    }
  }
`);

/** One file's content: reading it appends `attachmentRead` to the case's log. */
export const attachmentContentQuery = graphql(`
  query CaseAttachmentContent($caseId: ID!, $attachmentId: ID!) {
    case(id: $caseId) {
      id
      attachment(id: $attachmentId) {
        id
        fileName
        contentType
        contentBase64
      }
    }
  }
`);

export const linkCasesMutation = graphql(`
  mutation LinkCases($caseId: ID!, $relatedCaseId: ID!, $reason: String!) {
    linkCases(caseId: $caseId, relatedCaseId: $relatedCaseId, reason: $reason) {
      replayed
    }
  }
`);

/** Finds the case to link by its reference. */
export const caseByReferenceQuery = graphql(`
  query CaseByReference($reference: String!) {
    caseByReference(reference: $reference) {
      id
      reference
    }
  }
`);

/** The signed PDF: a reveal (it names the customer in full), recorded as `agreementRead`. */
export const agreementPdfQuery = graphql(`
  query CaseAgreementPdf($caseId: ID!) {
    case(id: $caseId) {
      id
      reference
      agreement {
        id
        pdfBase64
      }
    }
  }
`);

export const verifyAgreementQuery = graphql(`
  query VerifyCaseAgreement($caseId: ID!) {
    verifyAgreement(caseId: $caseId) {
      ok
      recordedSha256
      actualSha256
      signedEventSeq
    }
  }
`);

export const departmentNamesQuery = graphql(`
  query DepartmentNames {
    departments {
      code
      name {
        zh
        en
      }
    }
  }
`);
